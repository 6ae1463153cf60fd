#include "Resolution.h"

#include "domain/JapaneseDate.h"

#include <QRegularExpression>
#include <QUuid>

namespace mdg {
namespace {

struct MemberField
{
    int index = -1;
    QString name; // "birth_date"; empty for the whole member
    bool certificateOnly = false;
};

// "members[2].birth_date", "members[1]", "certificate.members[0]"
std::optional<MemberField> parseMemberField(const QString& field)
{
    static const QRegularExpression re(QStringLiteral("^(certificate\\.)?members\\[(\\d+)\\](?:\\.(\\w+))?$"));
    const auto m = re.match(field);
    if (!m.hasMatch())
        return std::nullopt;
    return MemberField {m.captured(2).toInt(), m.captured(3), m.hasCaptured(1) && !m.captured(1).isEmpty()};
}

// The building part of an address replaced (or added) with `building`.
QString withBuilding(const QString& address, const QString& oldBuilding, const QString& building)
{
    QString out = address;
    if (!oldBuilding.isEmpty() && out.contains(oldBuilding))
        return out.replace(out.lastIndexOf(oldBuilding), oldBuilding.size(), building).trimmed();
    return building.isEmpty() ? out : out.trimmed() + QStringLiteral(" ") + building;
}

} // namespace

QString Resolution::kindKey(Kind k)
{
    switch (k) {
    case Kind::TakeCertificate: return QStringLiteral("take_certificate");
    case Kind::KeepEntered: return QStringLiteral("keep_entered");
    case Kind::Edited: return QStringLiteral("edited");
    }
    return {};
}

std::optional<Resolution::Kind> Resolution::kindFromKey(const QString& key)
{
    for (Kind k : {Kind::TakeCertificate, Kind::KeepEntered, Kind::Edited})
        if (kindKey(k) == key)
            return k;
    return std::nullopt;
}

QJsonObject Resolution::toJson() const
{
    return {{QStringLiteral("kind"), kindKey(kind)}, {QStringLiteral("value"), value},
        {QStringLiteral("reason"), reason}, {QStringLiteral("staff"), staffId},
        {QStringLiteral("at"), at.toString(Qt::ISODate)}};
}

std::optional<Resolution> Resolution::fromJson(const QJsonObject& o)
{
    const auto kind = kindFromKey(o.value(QLatin1String("kind")).toString());
    if (!kind)
        return std::nullopt;
    return Resolution {*kind, o.value(QLatin1String("value")).toString(), o.value(QLatin1String("reason")).toString(),
        o.value(QLatin1String("staff")).toString(),
        QDateTime::fromString(o.value(QLatin1String("at")).toString(), Qt::ISODate)};
}

QJsonObject CaseFinding::toJson() const
{
    QJsonObject o = finding.toJson();
    if (resolution)
        o.insert(QStringLiteral("resolution"), resolution->toJson());
    return o;
}

CaseFinding CaseFinding::fromJson(const QJsonObject& o)
{
    return {Finding::fromJson(o), Resolution::fromJson(o.value(QLatin1String("resolution")).toObject())};
}

Result<Household> FindingResolver::apply(const Household& entered, const TransferOutCertificate& certificate,
    const Finding& finding, const Resolution& resolution)
{
    using Kind = Resolution::Kind;
    if (resolution.kind == Kind::KeepEntered) {
        if (resolution.reason.trimmed().isEmpty())
            return Result<Household>::failure(ErrorCode::Invalid, tr("Say why the entered value is kept."));
        return entered;
    }
    const QString value = resolution.kind == Kind::TakeCertificate ? finding.certificate : resolution.value.trimmed();
    Household h = entered;
    const auto date = [&](QDate* target) -> std::optional<QString> {
        const auto d = JapaneseDate::parse(value);
        if (!d)
            return tr("\"%1\" is not a date.").arg(value);
        *target = *d;
        return std::nullopt;
    };
    std::optional<QString> error;
    const QString& field = finding.field;
    if (field == QLatin1String("previous_address"))
        h.previousAddress = value;
    else if (field == QLatin1String("destination_address"))
        h.newAddress = value;
    else if (field == QLatin1String("previous_address_katagaki"))
        h.previousAddress = withBuilding(h.previousAddress, finding.entered, value);
    else if (field == QLatin1String("destination_address_katagaki"))
        h.newAddress = withBuilding(h.newAddress, finding.entered, value);
    else if (field == QLatin1String("planned_move_date"))
        error = date(&h.moveDate);
    else if (field == QLatin1String("household_head"))
        h.headName = value;
    else if (const auto m = parseMemberField(field)) {
        if (m->certificateOnly) {
            if (resolution.kind == Kind::Edited || m->index >= certificate.members.size())
                return Result<Household>::failure(ErrorCode::Invalid, tr("Add this member on the case page instead."));
            const auto& c = certificate.members[m->index];
            h.members << Person {QUuid::createUuid().toString(QUuid::WithoutBraces), c.name, c.nameKana, c.birthDate,
                c.sex.value_or(Sex::Male), c.relationship, {}, c.residentCode};
        } else if (m->index >= h.members.size()) {
            return Result<Household>::failure(ErrorCode::NotFound, tr("The member no longer exists in the case."));
        } else if (m->name.isEmpty()) {
            if (resolution.kind == Kind::Edited)
                return Result<Household>::failure(
                    ErrorCode::Invalid, tr("Change this member on the case page instead."));
            if (h.members.size() == 1)
                return Result<Household>::failure(ErrorCode::Invalid, tr("A case keeps at least one member."));
            h.members.removeAt(m->index); // the certificate does not list them: they do not move here
        } else {
            Person& p = h.members[m->index];
            if (m->name == QLatin1String("name"))
                p.name = value;
            else if (m->name == QLatin1String("name_kana"))
                p.nameKana = value;
            else if (m->name == QLatin1String("birth_date"))
                error = date(&p.birthDate);
            else if (m->name == QLatin1String("relationship"))
                p.relationship = value;
            else if (m->name == QLatin1String("resident_code"))
                p.residentCode = value;
            else if (m->name == QLatin1String("sex")) {
                const QString v = value.toLower();
                const auto sex = v == QStringLiteral("男") ? std::optional(Sex::Male)
                    : v == QStringLiteral("女")            ? std::optional(Sex::Female)
                                                           : sexFromKey(v);
                if (!sex)
                    error = tr("\"%1\" is not male or female.").arg(value);
                else
                    p.sex = *sex;
            }
        }
    } else {
        return Result<Household>::failure(ErrorCode::Invalid, tr("This finding cannot be changed here."));
    }
    if (error)
        return Result<Household>::failure(*error);
    if (value.isEmpty() && resolution.kind == Kind::Edited)
        return Result<Household>::failure(ErrorCode::Invalid, tr("Type the corrected value."));
    return h;
}

QList<CaseFinding> FindingResolver::carryOver(const QList<CaseFinding>& before, const QList<Finding>& fresh)
{
    QList<CaseFinding> out;
    for (const Finding& f : fresh) {
        CaseFinding cf {f, std::nullopt};
        for (const CaseFinding& old : before) {
            if (!old.resolution || old.finding.field != f.field)
                continue;
            const bool sameConflict = old.finding.entered == f.entered && old.finding.certificate == f.certificate;
            // Taking or typing a value changes the entered side; the certificate side stays.
            if (sameConflict || (!f.needsResolution() && old.finding.certificate == f.certificate))
                cf.resolution = old.resolution;
        }
        out << cf;
    }
    return out;
}

} // namespace mdg
