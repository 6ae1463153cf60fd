#include "Municipalities.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace mdg {

const Municipalities& Municipalities::instance()
{
    static const Municipalities table = [] {
        Municipalities list;
        QFile f(QStringLiteral(":/crosscheck/municipalities.json"));
        if (!f.open(QIODevice::ReadOnly))
            return list;
        const QJsonArray prefectures = QJsonDocument::fromJson(f.readAll()).array();
        for (const QJsonValue& pv : prefectures) {
            const QJsonObject p = pv.toObject();
            const QString prefCode = p.value(QLatin1String("code")).toString();
            const QString prefName = p.value(QLatin1String("name")).toString();
            list.m_prefectures.append({prefCode, prefName});
            for (const QJsonValue& mv : p.value(QLatin1String("municipalities")).toArray()) {
                const QJsonObject m = mv.toObject();
                City c {m.value(QLatin1String("code")).toString(), m.value(QLatin1String("name")).toString(), prefCode,
                    prefName, {}};
                for (const QJsonValue& wv : m.value(QLatin1String("wards")).toArray())
                    c.wards.append({wv[QLatin1String("code")].toString(), wv[QLatin1String("name")].toString()});
                list.m_cities.append(std::move(c));
            }
        }
        return list;
    }();
    return table;
}

Locality Municipalities::locate(QStringView address) const
{
    Locality loc;
    QStringView rest = address;
    QString prefCode;
    for (const auto& [code, name] : m_prefectures) {
        if (rest.startsWith(name)) {
            loc.prefecture = name;
            prefCode = code;
            rest = rest.mid(name.size());
            break;
        }
    }
    // The longest municipality name at `at`; several when the prefecture is unknown.
    const auto citiesAt = [&](QStringView at) {
        QList<const City*> found;
        qsizetype best = 0;
        for (const City& c : m_cities) {
            if (!prefCode.isEmpty() && c.prefectureCode != prefCode)
                continue;
            if (c.name.size() < best || !at.startsWith(c.name))
                continue;
            if (c.name.size() > best)
                found.clear();
            best = c.name.size();
            found << &c;
        }
        return found;
    };
    QList<const City*> cities = citiesAt(rest);
    if (cities.isEmpty()) {
        // 愛甲郡愛川町: the county is written before a town or village.
        const qsizetype gun = rest.left(6).indexOf(u'郡');
        if (gun > 0) {
            cities = citiesAt(rest.mid(gun + 1));
            if (!cities.isEmpty()) {
                loc.county = rest.left(gun + 1).toString();
                rest = rest.mid(gun + 1);
            }
        }
    }
    if (cities.isEmpty()) {
        loc.length = address.size() - rest.size();
        return loc;
    }
    loc.city = cities.first()->name;
    rest = rest.mid(loc.city.size());
    for (const City* c : cities) {
        QString code = c->code;
        for (const auto& [wardCode, wardName] : c->wards) {
            if (rest.startsWith(wardName)) {
                loc.ward = wardName;
                code = wardCode;
                break;
            }
        }
        loc.codes << code;
    }
    rest = rest.mid(loc.ward.size());
    loc.length = address.size() - rest.size();
    return loc;
}

bool Municipalities::lacksItsWard(const Locality& place) const
{
    return !place.city.isEmpty() && place.ward.isEmpty()
        && std::any_of(m_cities.cbegin(), m_cities.cend(),
            [&](const City& c) { return c.name == place.city && !c.wards.isEmpty(); });
}

QStringList Municipalities::nearPlaces(QStringView address) const
{
    const Locality place = locate(address);
    const bool wardMissing = lacksItsWard(place);
    if (!place.codes.isEmpty() && !wardMissing)
        return {};
    QStringList out;
    const auto consider = [&](const QString& name) {
        const qsizetype n = name.size();
        if (n < 3 || address.size() <= n)
            return;
        int differences = 0;
        for (qsizetype i = 0; i < n; ++i)
            differences += address[i] != name[i] ? 1 : 0;
        // A short name (韮崎市 read 僕崎市) one character off only: many are that close to it.
        const qsizetype allowed = n < 5 ? 1 : std::max<qsizetype>(2, n * 45 / 100);
        if (differences >= 1 && differences <= allowed)
            out << name + address.mid(n).toString();
    };
    for (const City& c : m_cities) {
        // A designated city is written with its ward; the prefecture may be left out.
        if (c.wards.isEmpty()) {
            consider(c.prefecture + c.name);
            consider(c.name);
        }
        for (const auto& ward : c.wards) {
            consider(c.prefecture + c.name + ward.second);
            consider(c.name + ward.second);
        }
    }
    return out;
}

QStringList Municipalities::codes() const
{
    QStringList out;
    for (const City& c : m_cities) {
        if (c.wards.isEmpty())
            out << c.code;
        for (const auto& [wardCode, wardName] : c.wards)
            out << wardCode;
    }
    return out;
}

QString Municipalities::nameOf(const QString& code) const
{
    for (const City& c : m_cities) {
        if (c.code == code)
            return c.prefecture + c.name;
        for (const auto& [wc, wn] : c.wards)
            if (wc == code)
                return c.prefecture + c.name + wn;
    }
    return {};
}

namespace {
// One character replaced, nothing added or lost.
bool oneOff(QStringView written, QStringView name)
{
    if (written.size() != name.size())
        return false;
    int differences = 0;
    for (qsizetype i = 0; i < name.size(); ++i)
        differences += written[i] != name[i] ? 1 : 0;
    return differences == 1;
}
} // namespace

QString Municipalities::repaired(QStringView address) const
{
    const Locality place = locate(address);
    const bool wardMissing = lacksItsWard(place);
    if (!place.codes.isEmpty() && !wardMissing)
        return {};
    QSet<QString> candidates;
    const auto consider = [&](const QString& fixed) {
        const Locality l = locate(fixed);
        if (!l.codes.isEmpty() && (wardMissing ? !l.ward.isEmpty() : true))
            candidates.insert(fixed);
    };
    const QString text = address.toString();
    if (wardMissing) {
        const qsizetype at = place.length;
        for (const City& c : m_cities)
            if (c.name == place.city)
                for (const auto& ward : c.wards)
                    if (oneOff(QStringView(text).mid(at, ward.second.size()), ward.second))
                        consider(text.left(at) + ward.second + text.mid(at + ward.second.size()));
    } else {
        // The prefecture one off (a municipality must then follow it).
        if (place.prefecture.isEmpty())
            for (const auto& [code, name] : m_prefectures)
                if (oneOff(QStringView(text).left(name.size()), name))
                    consider(name + text.mid(name.size()));
        // The prefecture garbled beyond one character (財筆県海津市, 受門果伊予市) before a
        // municipality whose name no other prefecture has: that municipality's prefecture,
        // when it is as long as what was written.
        if (place.prefecture.isEmpty()) {
            QHash<QString, int> sameName;
            for (const City& c : m_cities)
                ++sameName[c.name];
            for (const City& c : m_cities) {
                if (sameName.value(c.name) != 1)
                    continue;
                for (const auto& [code, name] : m_prefectures) {
                    if (code != c.prefectureCode)
                        continue;
                    if (text.size() > name.size() && QStringView(text).mid(name.size()).startsWith(c.name))
                        consider(name + text.mid(name.size()));
                    // …or a character of it lost, its 県 standing (重県桑名市).
                    const qsizetype shorter = name.size() - 1;
                    if (text.size() > shorter && text[shorter - 1] == name.back()
                        && QStringView(text).mid(shorter).startsWith(c.name))
                        consider(name + text.mid(shorter));
                }
            }
        }
        // The municipality one off, after the prefecture as written.
        const qsizetype at = place.prefecture.size();
        QString prefCode;
        for (const auto& [code, name] : m_prefectures)
            if (name == place.prefecture)
                prefCode = code;
        for (const City& c : m_cities)
            if ((prefCode.isEmpty() || c.prefectureCode == prefCode)
                && oneOff(QStringView(text).mid(at, c.name.size()), c.name))
                consider(text.left(at) + c.name + text.mid(at + c.name.size()));
    }
    return candidates.size() == 1 ? *candidates.cbegin() : QString();
}

} // namespace mdg
