#include "PreEntry.h"

#include <QJsonArray>

namespace mdg {

namespace {
QString isoDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

void putIfSet(QJsonObject& o, const char* key, const QString& value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

// A date field: absent is allowed (an invalid QDate) when `required` is false; present must be ISO.
Result<QDate> readDate(const QJsonObject& o, const char* key, bool required, const QString& where)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty())) {
        if (required)
            return Result<QDate>::failure(
                ErrorCode::Invalid, where + QLatin1String(key) + QStringLiteral(" is missing"));
        return QDate();
    }
    const QDate date = QDate::fromString(v.toString(), Qt::ISODate);
    if (!date.isValid())
        return Result<QDate>::failure(
            ErrorCode::Invalid, where + QLatin1String(key) + QStringLiteral(" is not a YYYY-MM-DD date"));
    return date;
}
} // namespace

QJsonObject PreEntry::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("v"), version);
    o.insert(QStringLiteral("id"), id.toString(QUuid::WithoutBraces));
    o.insert(QStringLiteral("ref"), ref);
    o.insert(QStringLiteral("iat"), issuedAt.toSecsSinceEpoch());
    o.insert(QStringLiteral("exp"), expiresAt.toSecsSinceEpoch());
    o.insert(QStringLiteral("procedure"), procedureKey(procedure));
    if (!detailInInbox) {
        QJsonObject a {{QStringLiteral("name"), applicant.name}, {QStringLiteral("name_kana"), applicant.nameKana},
            {QStringLiteral("birth_date"), isoDate(applicant.birthDate)}};
        putIfSet(a, "phone", applicant.phone);
        o.insert(QStringLiteral("applicant"), a);
        QJsonObject m {
            {QStringLiteral("date"), isoDate(move.date)}, {QStringLiteral("household_head"), move.householdHead}};
        putIfSet(m, "previous_address", move.previousAddress);
        putIfSet(m, "new_address", move.newAddress);
        putIfSet(m, "destination_address", move.destinationAddress);
        o.insert(QStringLiteral("move"), m);
        QJsonArray ms;
        for (const Person& p : members) {
            QJsonObject j {{QStringLiteral("name"), p.name}, {QStringLiteral("name_kana"), p.nameKana},
                {QStringLiteral("birth_date"), isoDate(p.birthDate)}, {QStringLiteral("sex"), sexKey(p.sex)},
                {QStringLiteral("relationship"), p.relationship}};
            putIfSet(j, "nationality", p.nationality);
            putIfSet(j, "resident_code", p.residentCode);
            ms.append(j);
        }
        o.insert(QStringLiteral("members"), ms);
        QJsonArray cs;
        for (const CertificateRequest& c : certificates)
            cs.append(QJsonObject {{QStringLiteral("type"), c.type}, {QStringLiteral("copies"), c.copies}});
        o.insert(QStringLiteral("certificates"), cs);
        o.insert(QStringLiteral("answers"), answers);
    }
    if (detailInInbox)
        o.insert(QStringLiteral("detail_in_inbox"), true);
    return o;
}

Result<PreEntry> PreEntry::fromJson(const QJsonObject& o)
{
    const auto fail = [](const QString& why) { return Result<PreEntry>::failure(ErrorCode::Invalid, why); };
    PreEntry p;
    p.version = o.value(QStringLiteral("v")).toInt(0);
    p.id = QUuid::fromString(str(o, "id"));
    if (p.id.isNull())
        return fail(QStringLiteral("id is missing or not a UUID"));
    p.ref = str(o, "ref");
    if (!o.value(QStringLiteral("iat")).isDouble() || !o.value(QStringLiteral("exp")).isDouble())
        return fail(QStringLiteral("iat and exp must be seconds since the epoch"));
    p.issuedAt = QDateTime::fromSecsSinceEpoch(qint64(o.value(QStringLiteral("iat")).toDouble())).toUTC();
    p.expiresAt = QDateTime::fromSecsSinceEpoch(qint64(o.value(QStringLiteral("exp")).toDouble())).toUTC();
    const auto procedure = procedureFromKey(str(o, "procedure"));
    if (!procedure)
        return fail(
            QStringLiteral("procedure is not one of moving_in, moving_out, intra_city_move, certificate_request"));
    p.procedure = *procedure;
    p.detailInInbox = o.value(QStringLiteral("detail_in_inbox")).toBool(false);
    if (p.detailInInbox)
        return p; // the personal part arrives through the inbox

    const QJsonObject a = o.value(QStringLiteral("applicant")).toObject();
    p.applicant.name = str(a, "name");
    p.applicant.nameKana = str(a, "name_kana");
    p.applicant.phone = str(a, "phone");
    const auto applicantBirth = readDate(a, "birth_date", false, QStringLiteral("applicant."));
    if (!applicantBirth)
        return Result<PreEntry>::failure(applicantBirth);
    p.applicant.birthDate = applicantBirth.value();
    const QJsonObject m = o.value(QStringLiteral("move")).toObject();
    const auto moveDate = readDate(m, "date", false, QStringLiteral("move."));
    if (!moveDate)
        return Result<PreEntry>::failure(moveDate);
    p.move.date = moveDate.value();
    p.move.previousAddress = str(m, "previous_address");
    p.move.newAddress = str(m, "new_address");
    p.move.destinationAddress = str(m, "destination_address");
    p.move.householdHead = str(m, "household_head");
    const QJsonArray ms = o.value(QStringLiteral("members")).toArray();
    for (qsizetype i = 0; i < ms.size(); ++i) {
        const QJsonObject j = ms.at(i).toObject();
        const QString where = QStringLiteral("members[%1].").arg(i);
        Person person;
        person.name = str(j, "name");
        if (person.name.isEmpty())
            return fail(where + QStringLiteral("name is missing"));
        person.nameKana = str(j, "name_kana");
        const auto birth = readDate(j, "birth_date", true, where);
        if (!birth)
            return Result<PreEntry>::failure(birth);
        person.birthDate = birth.value();
        const auto sex = sexFromKey(str(j, "sex"));
        if (!sex)
            return fail(where + QStringLiteral("sex must be male or female"));
        person.sex = *sex;
        person.relationship = str(j, "relationship");
        person.nationality = str(j, "nationality");
        person.residentCode = str(j, "resident_code");
        p.members << person;
    }
    for (const QJsonValue& v : o.value(QStringLiteral("certificates")).toArray()) {
        const QJsonObject c = v.toObject();
        p.certificates << CertificateRequest {str(c, "type"), c.value(QStringLiteral("copies")).toInt(1)};
    }
    p.answers = o.value(QStringLiteral("answers")).toObject();
    return p;
}

Household PreEntry::household() const
{
    Household h;
    h.headName = move.householdHead;
    h.moveDate = move.date;
    h.previousAddress = move.previousAddress;
    h.newAddress = move.newAddress;
    h.destinationAddress = move.destinationAddress;
    h.members = members;
    if (h.headName.isEmpty() && !members.isEmpty())
        h.headName = members.first().name;
    return h;
}

} // namespace mdg
