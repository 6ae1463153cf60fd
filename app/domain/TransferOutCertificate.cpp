#include "TransferOutCertificate.h"

#include <algorithm>

#include <QJsonArray>

namespace mdg {

namespace {
QJsonValue textOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue dateOrNull(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QDate date(const QJsonObject& o, const char* key)
{
    return QDate::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate);
}

QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

QList<QRect> TransferOutCertificate::boxes() const
{
    QList<QRect> out;
    for (const Field& f : fields)
        out << f.box;
    return out;
}

QRect TransferOutCertificate::boxOf(const QString& key) const
{
    for (const Field& f : fields)
        if (f.key == key)
            return f.box;
    return {};
}

void TransferOutCertificate::capConfidence(const QString& key, double confidence)
{
    for (Field& f : fields)
        if (f.key == key)
            f.confidence = std::min(f.confidence, confidence);
}

std::optional<double> TransferOutCertificate::confidenceOf(const QString& key) const
{
    for (const Field& f : fields)
        if (f.key == key)
            return f.confidence;
    return std::nullopt;
}

namespace {
// The "document" of the JSON names the source (CONTRACTS.md section 2 is the paper's).
const std::pair<TransferOutCertificate::Source, const char*> Documents[] {
    {TransferOutCertificate::Source::Paper, "transfer_out_certificate"},
    {TransferOutCertificate::Source::ResidentRegister, "resident_register_household"},
    {TransferOutCertificate::Source::RegistryNetwork, "transfer_out_information"},
    {TransferOutCertificate::Source::MyNumberCard, "my_number_card"},
};
} // namespace

QString TransferOutCertificate::documentKey(Source s)
{
    for (const auto& [source, key] : Documents)
        if (source == s)
            return QString::fromLatin1(key);
    return QString::fromLatin1(Documents[0].second);
}

void TransferOutCertificate::markEveryValueSure()
{
    fields.clear();
    const auto sure = [this](const QString& key, const QString& text) {
        if (!text.isEmpty())
            fields << Field {key, text, 1.0, {}};
    };
    sure(QStringLiteral("issuer"), issuer);
    sure(QStringLiteral("issued_on"), issuedOn.toString(Qt::ISODate));
    sure(QStringLiteral("previous_address"), previousAddress);
    sure(QStringLiteral("destination_address"), destinationAddress);
    sure(QStringLiteral("planned_move_date"), plannedMoveDate.toString(Qt::ISODate));
    sure(QStringLiteral("household_head"), householdHead);
    sure(QStringLiteral("honseki"), honseki);
    sure(QStringLiteral("hittousha"), hittousha);
    for (qsizetype i = 0; i < members.size(); ++i) {
        const Member& m = members[i];
        const QString key = QStringLiteral("members[%1].").arg(i);
        sure(key + QStringLiteral("name"), m.name);
        sure(key + QStringLiteral("name_kana"), m.nameKana);
        sure(key + QStringLiteral("birth_date"), m.birthDate.toString(Qt::ISODate));
        sure(key + QStringLiteral("sex"), m.sex ? sexKey(*m.sex) : QString());
        sure(key + QStringLiteral("relationship"), m.relationship);
        sure(key + QStringLiteral("resident_code"), m.residentCode);
    }
}

QJsonObject TransferOutCertificate::toJson() const
{
    QJsonArray ms;
    for (const Member& m : members)
        ms.append(QJsonObject {{QStringLiteral("name"), textOrNull(m.name)},
            {QStringLiteral("name_kana"), textOrNull(m.nameKana)},
            {QStringLiteral("birth_date"), dateOrNull(m.birthDate)},
            {QStringLiteral("sex"), m.sex ? QJsonValue(sexKey(*m.sex)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("relationship"), textOrNull(m.relationship)},
            {QStringLiteral("resident_code"), textOrNull(m.residentCode)}});
    QJsonArray fs;
    for (const Field& f : fields)
        fs.append(QJsonObject {{QStringLiteral("key"), f.key}, {QStringLiteral("text"), f.text},
            {QStringLiteral("confidence"), qRound(f.confidence * 1000) / 1000.0},
            {QStringLiteral("box"), QJsonArray {f.box.x(), f.box.y(), f.box.width(), f.box.height()}}});
    return {{QStringLiteral("document"), documentKey(source)}, {QStringLiteral("issuer"), textOrNull(issuer)},
        {QStringLiteral("issued_on"), dateOrNull(issuedOn)},
        {QStringLiteral("previous_address"), textOrNull(previousAddress)},
        {QStringLiteral("destination_address"), textOrNull(destinationAddress)},
        {QStringLiteral("planned_move_date"), dateOrNull(plannedMoveDate)},
        {QStringLiteral("household_head"), textOrNull(householdHead)}, {QStringLiteral("honseki"), textOrNull(honseki)},
        {QStringLiteral("hittousha"), textOrNull(hittousha)}, {QStringLiteral("members"), ms},
        {QStringLiteral("fields"), fs}, {QStringLiteral("elapsed_ms"), elapsedMs}};
}

TransferOutCertificate TransferOutCertificate::fromJson(const QJsonObject& o)
{
    TransferOutCertificate c;
    const QString document = o.value(QStringLiteral("document")).toString();
    for (const auto& [source, key] : Documents)
        if (document == QLatin1String(key))
            c.source = source;
    c.issuer = text(o, "issuer");
    c.issuedOn = date(o, "issued_on");
    c.previousAddress = text(o, "previous_address");
    c.destinationAddress = text(o, "destination_address");
    c.plannedMoveDate = date(o, "planned_move_date");
    c.householdHead = text(o, "household_head");
    c.honseki = text(o, "honseki");
    c.hittousha = text(o, "hittousha");
    for (const QJsonValue& v : o.value(QStringLiteral("members")).toArray()) {
        const QJsonObject m = v.toObject();
        c.members << Member {text(m, "name"), text(m, "name_kana"), date(m, "birth_date"), sexFromKey(text(m, "sex")),
            text(m, "relationship"), text(m, "resident_code")};
    }
    for (const QJsonValue& v : o.value(QStringLiteral("fields")).toArray()) {
        const QJsonObject f = v.toObject();
        const QJsonArray box = f.value(QStringLiteral("box")).toArray();
        c.fields << Field {text(f, "key"), text(f, "text"), f.value(QStringLiteral("confidence")).toDouble(),
            QRect(box.at(0).toInt(), box.at(1).toInt(), box.at(2).toInt(), box.at(3).toInt())};
    }
    c.elapsedMs = o.value(QStringLiteral("elapsed_ms")).toInteger();
    return c;
}

} // namespace mdg
