#include "Case.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace mdg {

QString makeCaseReference()
{
    static constexpr char alphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    constexpr int size = sizeof(alphabet) - 1;
    QString ref;
    for (int i = 0; i < 9; ++i) {
        if (i == 3 || i == 6)
            ref += QLatin1Char('-');
        ref += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(size)]);
    }
    return ref;
}

namespace {

QString date(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate dateOf(const QJsonObject& o, const char* key)
{
    return QDate::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate);
}

QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

QJsonObject Case::toJson() const
{
    QJsonArray members;
    for (const Person& p : household.members)
        members.append(QJsonObject {{QStringLiteral("id"), p.id}, {QStringLiteral("name"), p.name},
            {QStringLiteral("name_kana"), p.nameKana}, {QStringLiteral("birth_date"), date(p.birthDate)},
            {QStringLiteral("sex"), sexKey(p.sex)}, {QStringLiteral("relationship"), p.relationship},
            {QStringLiteral("nationality"), p.nationality}, {QStringLiteral("resident_code"), p.residentCode}});
    const QJsonObject h {{QStringLiteral("head_name"), household.headName},
        {QStringLiteral("move_date"), date(household.moveDate)},
        {QStringLiteral("previous_address"), household.previousAddress},
        {QStringLiteral("new_address"), household.newAddress},
        {QStringLiteral("destination_address"), household.destinationAddress}, {QStringLiteral("members"), members}};
    return {{QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("procedure"), procedureKey(procedure)}, {QStringLiteral("stage"), stageKey(stage)},
        {QStringLiteral("version"), version}, {QStringLiteral("reference"), reference},
        {QStringLiteral("queue_date"), date(queueDate)}, {QStringLiteral("queue_number"), queueNumber},
        {QStringLiteral("queue_origin"), queueOrigin},
        {QStringLiteral("created_at"), createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("updated_at"), updatedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("sent_back_reason"), sentBackReason},
        {QStringLiteral("preentry_id"), preEntryId.isNull() ? QString() : preEntryId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("applicant"), applicant}, {QStringLiteral("certificates"), certificates},
        {QStringLiteral("answers"), answers}, {QStringLiteral("household"), h}};
}

std::optional<Case> Case::fromJson(const QJsonObject& o)
{
    Case c;
    c.id = QUuid::fromString(text(o, "id"));
    const auto procedure = procedureFromKey(text(o, "procedure"));
    const auto stage = stageFromKey(text(o, "stage"));
    if (c.id.isNull() || !procedure || !stage)
        return std::nullopt;
    c.procedure = *procedure;
    c.stage = *stage;
    c.version = o.value(QLatin1String("version")).toInt();
    c.reference = text(o, "reference");
    c.queueDate = dateOf(o, "queue_date");
    c.queueNumber = o.value(QLatin1String("queue_number")).toInt();
    c.queueOrigin = text(o, "queue_origin");
    c.createdAt = QDateTime::fromString(text(o, "created_at"), Qt::ISODateWithMs);
    c.updatedAt = QDateTime::fromString(text(o, "updated_at"), Qt::ISODateWithMs);
    c.sentBackReason = text(o, "sent_back_reason");
    c.preEntryId = QUuid::fromString(text(o, "preentry_id"));
    c.applicant = o.value(QLatin1String("applicant")).toObject();
    c.certificates = o.value(QLatin1String("certificates")).toArray();
    c.answers = o.value(QLatin1String("answers")).toObject();
    const QJsonObject h = o.value(QLatin1String("household")).toObject();
    c.household.headName = text(h, "head_name");
    c.household.moveDate = dateOf(h, "move_date");
    c.household.previousAddress = text(h, "previous_address");
    c.household.newAddress = text(h, "new_address");
    c.household.destinationAddress = text(h, "destination_address");
    for (const QJsonValue& v : h.value(QLatin1String("members")).toArray()) {
        const QJsonObject m = v.toObject();
        c.household.members << Person {text(m, "id"), text(m, "name"), text(m, "name_kana"), dateOf(m, "birth_date"),
            sexFromKey(text(m, "sex")).value_or(Sex::Male), text(m, "relationship"), text(m, "nationality"),
            text(m, "resident_code")};
    }
    return c;
}

} // namespace mdg
