#include "Towns.h"

#include "Municipalities.h"

#include <QFile>

#include <algorithm>

namespace mdg {

Towns::Towns()
{
    QFile f(QStringLiteral(":/crosscheck/towns.tsv"));
    if (!f.open(QIODevice::ReadOnly))
        return;
    for (const QByteArray& line : f.readAll().split('\n')) {
        QStringList parts = QString::fromUtf8(line).split(QLatin1Char('\t'));
        if (parts.size() < 2)
            continue;
        const QString code = parts.takeFirst();
        m_towns.insert(code, parts);
    }
}

const Towns& Towns::instance()
{
    static const Towns towns;
    return towns;
}

const QStringList& Towns::of(const QString& municipalityCode) const
{
    static const QStringList none;
    // Five digits, or six with the check digit as municipalities.json has them.
    const auto it = m_towns.constFind(municipalityCode.left(5));
    return it == m_towns.cend() ? none : *it;
}

bool Towns::isKnown(const QString& address) const
{
    return knownTownLength(address) > 0;
}

qsizetype Towns::knownTownLength(const QString& address) const
{
    const Locality place = Municipalities::instance().locate(address);
    QStringView rest = QStringView(address).mid(place.length);
    if (rest.startsWith(QStringLiteral("大字")))
        rest = rest.mid(2);
    qsizetype longest = 0;
    for (const QString& code : place.codes)
        for (const QString& town : of(code))
            if (rest.startsWith(town))
                longest = std::max(longest, town.size());
    return longest;
}

QStringList Towns::nearReadings(const QString& address) const
{
    const Locality place = Municipalities::instance().locate(address);
    if (place.codes.isEmpty())
        return {};
    qsizetype start = place.length;
    if (address.mid(start).startsWith(QStringLiteral("大字")))
        start += 2;
    const QStringView rest = QStringView(address).mid(start);
    // What follows must end the town: its numbers, 丁目 in kanji, or nothing.
    const auto endsAt = [&](qsizetype at) {
        static const QString enders = QStringLiteral("一二三四五六七八九十百千〇丁番");
        const QChar next = at < rest.size() ? rest[at] : QChar();
        return next.isNull() || next.isDigit() || enders.contains(next) || next == u'-';
    };
    QStringList near;
    // A town of this municipality that ends where the numbers start: nothing to put right. One
    // that is only the start of what is written (北 of 北下田1番地, where 北疋田 is the town)
    // leaves a longer town one character off to be found.
    qsizetype partial = 0;
    for (const QString& code : place.codes)
        for (const QString& town : of(code))
            if (rest.startsWith(town)) {
                if (endsAt(town.size()))
                    return {};
                partial = std::max(partial, town.size());
            }
    for (const QString& code : place.codes) {
        for (const QString& town : of(code)) {
            if (town.size() < 2 || town.size() <= partial || town.size() > rest.size())
                continue;
            int differences = 0;
            for (qsizetype i = 0; i < town.size() && differences < 2; ++i)
                differences += rest[i] != town[i];
            const QString reading = address.left(start) + town + rest.mid(town.size()).toString();
            if (differences == 1 && endsAt(town.size()) && !near.contains(reading))
                near << reading;
        }
    }
    return near;
}

QString Towns::snap(const QString& address, bool* corrected) const
{
    *corrected = false;
    // A prefecture, municipality or ward one character off is put right first.
    if (const QString fixed = Municipalities::instance().repaired(address); !fixed.isEmpty()) {
        bool unused = false;
        *corrected = true;
        return snap(fixed, &unused);
    }
    const QStringList near = nearReadings(address);
    if (near.size() == 1) {
        *corrected = true;
        return near.first();
    }
    // The place garbled past one character (千葉県省志野巾否澄): the one real place a few
    // characters off whose towns hold the town written after it; else the one whose towns
    // hold one a character off it.
    // (The longest town wins: 福岡県福山市南区那の川 is 福岡市南区's 那の川, not 郡山市's 南.)
    QStringList exact, oneOff;
    qsizetype longest = 0;
    for (const QString& reading : Municipalities::instance().nearPlaces(address)) {
        if (const qsizetype town = knownTownLength(reading); town > 0) {
            if (town > longest)
                exact.clear();
            if (town >= longest)
                exact << reading;
            longest = std::max(longest, town);
        } else if (const QStringList towns = nearReadings(reading); towns.size() == 1) {
            oneOff << towns.first();
        }
    }
    const QStringList& places = exact.isEmpty() ? oneOff : exact;
    if (places.size() != 1)
        return address; // none, or ambiguous: the clerk reads the paper
    *corrected = true;
    return places.first();
}

} // namespace mdg
