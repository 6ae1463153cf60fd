#include "CaseRepository.h"

#include "SqlUtil.h"

#include <QJsonDocument>

namespace mdg {

namespace {
const QString HeaderColumns = QStringLiteral(
    "id, procedure, stage, version, reference, queue_date, queue_number, created_at, updated_at, "
    "sent_back_reason, head_name, move_date, previous_address, new_address, destination_address, preentry_id, "
    "applicant, certificates, answers, queue_origin");

Case readHeader(const QSqlQuery& q)
{
    Case c;
    c.id = QUuid::fromString(q.value(0).toString());
    c.procedure = procedureFromKey(q.value(1).toString()).value_or(Procedure::MovingIn);
    c.stage = stageFromKey(q.value(2).toString()).value_or(Stage::Reception);
    c.version = q.value(3).toInt();
    c.reference = q.value(4).toString();
    c.queueDate = fromDbDate(q.value(5));
    c.queueNumber = q.value(6).toInt();
    c.createdAt = fromDbTime(q.value(7));
    c.updatedAt = fromDbTime(q.value(8));
    c.sentBackReason = q.value(9).toString();
    c.household.headName = q.value(10).toString();
    c.household.moveDate = fromDbDate(q.value(11));
    c.household.previousAddress = q.value(12).toString();
    c.household.newAddress = q.value(13).toString();
    c.household.destinationAddress = q.value(14).toString();
    c.preEntryId = QUuid::fromString(q.value(15).toString());
    c.applicant = QJsonDocument::fromJson(q.value(16).toByteArray()).object();
    c.certificates = QJsonDocument::fromJson(q.value(17).toByteArray()).array();
    c.answers = QJsonDocument::fromJson(q.value(18).toByteArray()).object();
    c.queueOrigin = q.value(19).toString();
    return c;
}

QString idText(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

QVariant idOrNull(const QUuid& id)
{
    return id.isNull() ? QVariant() : QVariant(idText(id));
}

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString json(const QJsonArray& a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}
} // namespace

void CaseRepository::insert(const Case& c)
{
    execSql(m_db,
        QStringLiteral("INSERT INTO cases (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(HeaderColumns),
        {idText(c.id), procedureKey(c.procedure), stageKey(c.stage), c.version, c.reference, toDbDate(c.queueDate),
            c.queueNumber, toDbTime(c.createdAt), toDbTime(c.updatedAt), c.sentBackReason, c.household.headName,
            toDbDate(c.household.moveDate), c.household.previousAddress, c.household.newAddress,
            c.household.destinationAddress, idOrNull(c.preEntryId), json(c.applicant), json(c.certificates),
            json(c.answers), c.queueOrigin});
    replaceMembers(c.id, c.household.members);
}

void CaseRepository::update(const Case& c)
{
    execSql(m_db,
        QStringLiteral("UPDATE cases SET procedure = ?, stage = ?, version = ?, updated_at = ?, sent_back_reason = ?, "
                       "head_name = ?, move_date = ?, previous_address = ?, new_address = ?, "
                       "destination_address = ? WHERE id = ?"),
        {procedureKey(c.procedure), stageKey(c.stage), c.version, toDbTime(c.updatedAt), c.sentBackReason,
            c.household.headName, toDbDate(c.household.moveDate), c.household.previousAddress, c.household.newAddress,
            c.household.destinationAddress, idText(c.id)});
}

void CaseRepository::replaceMembers(const QUuid& caseId, const QList<Person>& members)
{
    execSql(m_db, QStringLiteral("DELETE FROM persons WHERE case_id = ?"), {idText(caseId)});
    int position = 0;
    for (const Person& p : members) {
        const QString pid = p.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : p.id;
        execSql(m_db,
            QStringLiteral("INSERT INTO persons (id, case_id, position, name, name_kana, birth_date, sex, "
                           "relationship, nationality, resident_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {pid, idText(caseId), position++, p.name, p.nameKana, toDbDate(p.birthDate), sexKey(p.sex), p.relationship,
                p.nationality, p.residentCode});
    }
}

std::optional<Case> CaseRepository::find(const QUuid& id) const
{
    const QList<Case> found = selectHeaders(QStringLiteral("WHERE id = ?"), {idText(id)});
    if (found.isEmpty())
        return std::nullopt;
    Case c = found.first();
    QSqlQuery q = execSql(m_db,
        QStringLiteral("SELECT id, name, name_kana, birth_date, sex, relationship, nationality, "
                       "resident_code FROM persons WHERE case_id = ? ORDER BY position"),
        {idText(id)});
    while (q.next()) {
        Person p;
        p.id = q.value(0).toString();
        p.name = q.value(1).toString();
        p.nameKana = q.value(2).toString();
        p.birthDate = fromDbDate(q.value(3));
        p.sex = sexFromKey(q.value(4).toString()).value_or(Sex::Male);
        p.relationship = q.value(5).toString();
        p.nationality = q.value(6).toString();
        p.residentCode = q.value(7).toString();
        c.household.members << p;
    }
    return c;
}

QList<Case> CaseRepository::listByQueueDate(const QDate& day) const
{
    return selectHeaders(QStringLiteral("WHERE queue_date = ? ORDER BY queue_number"), {toDbDate(day)});
}

QList<Case> CaseRepository::listByStage(Stage stage) const
{
    // Oldest first: the queue is served in order of waiting.
    return selectHeaders(QStringLiteral("WHERE stage = ? ORDER BY updated_at, queue_number"), {stageKey(stage)});
}

QHash<Stage, int> CaseRepository::countByStage() const
{
    QHash<Stage, int> counts;
    for (Stage s : allStages())
        counts.insert(s, 0);
    QSqlQuery q = execSql(m_db, QStringLiteral("SELECT stage, COUNT(*) FROM cases GROUP BY stage"));
    while (q.next())
        if (const auto s = stageFromKey(q.value(0).toString()))
            counts[*s] = q.value(1).toInt();
    return counts;
}

QHash<QUuid, int> CaseRepository::memberCounts(const QList<QUuid>& ids) const
{
    QHash<QUuid, int> counts;
    if (ids.isEmpty())
        return counts;
    QStringList marks;
    QVariantList binds;
    for (const QUuid& id : ids) {
        marks << QStringLiteral("?");
        binds << idText(id);
    }
    QSqlQuery q = execSql(m_db,
        QStringLiteral("SELECT case_id, COUNT(*) FROM persons WHERE case_id IN (%1) GROUP BY case_id")
            .arg(marks.join(u',')),
        binds);
    while (q.next())
        counts.insert(QUuid::fromString(q.value(0).toString()), q.value(1).toInt());
    return counts;
}

std::optional<QUuid> CaseRepository::findByPreEntry(const QUuid& preEntryId) const
{
    QSqlQuery q = execSql(m_db, QStringLiteral("SELECT id FROM cases WHERE preentry_id = ?"), {idText(preEntryId)});
    if (!q.next())
        return std::nullopt;
    return QUuid::fromString(q.value(0).toString());
}

bool CaseRepository::referenceTaken(const QString& reference) const
{
    QSqlQuery q = execSql(m_db, QStringLiteral("SELECT 1 FROM cases WHERE reference = ?"), {reference});
    return q.next();
}

int CaseRepository::nextQueueNumber(const QDate& day, const QString& origin) const
{
    QSqlQuery q = execSql(m_db,
        QStringLiteral(
            "SELECT COALESCE(MAX(queue_number), 0) + 1 FROM cases WHERE queue_date = ? AND queue_origin = ?"),
        {toDbDate(day), origin});
    return q.next() ? q.value(0).toInt() : 1;
}

QList<Case> CaseRepository::selectHeaders(const QString& where, const QVariantList& binds) const
{
    QSqlQuery q = execSql(m_db, QStringLiteral("SELECT %1 FROM cases %2").arg(HeaderColumns, where), binds);
    QList<Case> out;
    while (q.next())
        out << readHeader(q);
    return out;
}

} // namespace mdg
