#include "SqliteCentralStore.h"

#include "Migrations.h"
#include "SqlUtil.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace mdg {
namespace {

QVariant stageOrNull(const std::optional<Stage>& s)
{
    return s ? QVariant(stageKey(*s)) : QVariant(QString());
}

QString unavailable(const DbError& e)
{
    qWarning("Central store: %s", e.what());
    return SqliteCentralStore::tr("The central store cannot be reached; work continues here and is sent later.");
}

} // namespace

SqliteCentralStore::SqliteCentralStore(QString path)
    : m_path(std::move(path))
    , m_connection(QStringLiteral("central-%1").arg(toDbId(QUuid::createUuid())))
{ }

SqliteCentralStore::~SqliteCentralStore()
{
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

bool SqliteCentralStore::open(QString* error)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(m_path);
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery q(m_db);
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA busy_timeout=10000", "PRAGMA foreign_keys=ON"})
        q.exec(QString::fromLatin1(pragma));
    return Migrations::apply(m_db, error, -1, Migrations::CentralStore);
}

Result<PushOutcome> SqliteCentralStore::push(const QList<SyncedChange>& batch)
{
    PushOutcome outcome;
    try {
        Transaction tx(m_db); // BEGIN IMMEDIATE: two workstations' pushes run one after the other
        QSet<QUuid> conflicted;
        for (const SyncedChange& c : batch) {
            const CaseEvent& e = c.event;
            if (execSql(m_db, QStringLiteral("SELECT 1 FROM central_events WHERE event_id = ?"), {toDbId(e.eventId)})
                    .next()) {
                outcome.accepted << e.eventId; // pushed before: the acknowledgement was lost
                continue;
            }
            QSqlQuery current = execSql(m_db,
                QStringLiteral("SELECT version, snapshot FROM central_cases WHERE case_id = ?"), {toDbId(e.caseId)});
            const int version = current.next() ? current.value(0).toInt() : 0;
            if (conflicted.contains(e.caseId) || version != e.caseVersion - 1) {
                conflicted.insert(e.caseId);
                outcome.conflicts << PushOutcome::Conflict {
                    e.eventId, e.caseId, version, version > 0 ? fromDbJson(current.value(1)) : QJsonObject()};
                continue;
            }
            const QString snapshot = toDbJson(c.caseSnapshot);
            execSql(m_db,
                QStringLiteral(
                    "INSERT INTO central_events (event_id, case_id, case_version, kind, from_stage, to_stage,"
                    " staff_id, workstation_id, occurred_at, detail, snapshot)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {toDbId(e.eventId), toDbId(e.caseId), e.caseVersion, e.kind, stageOrNull(e.fromStage),
                    stageOrNull(e.toStage), e.staffId, e.workstationId, toDbTime(e.occurredAt), toDbJson(e.detail),
                    snapshot});
            execSql(m_db,
                QStringLiteral("INSERT INTO central_cases (case_id, version, snapshot, workstation_id, updated_at)"
                               " VALUES (?, ?, ?, ?, ?) ON CONFLICT(case_id) DO UPDATE SET version = excluded.version,"
                               " snapshot = excluded.snapshot, workstation_id = excluded.workstation_id,"
                               " updated_at = excluded.updated_at"),
                {toDbId(e.caseId), e.caseVersion, snapshot, e.workstationId, toDbTime(e.occurredAt)});
            outcome.accepted << e.eventId;
        }
        tx.commit();
        return outcome;
    } catch (const DbError& e) {
        return Result<PushOutcome>::failure(unavailable(e));
    }
}

Result<QList<PulledChange>> SqliteCentralStore::pull(qint64 cursor, const QString& exceptWorkstation, int limit)
{
    try {
        QSqlQuery q = execSql(m_db,
            QStringLiteral("SELECT seq, event_id, case_id, case_version, kind, from_stage, to_stage, staff_id,"
                           " workstation_id, occurred_at, detail, snapshot FROM central_events"
                           " WHERE seq > ? AND workstation_id != ? ORDER BY seq LIMIT ?"),
            {cursor, exceptWorkstation, std::clamp(limit, 1, 10000)});
        QList<PulledChange> out;
        while (q.next()) {
            PulledChange p;
            p.cursor = q.value(0).toLongLong();
            CaseEvent& e = p.change.event;
            e.eventId = QUuid::fromString(q.value(1).toString());
            e.caseId = QUuid::fromString(q.value(2).toString());
            e.caseVersion = q.value(3).toInt();
            e.kind = q.value(4).toString();
            e.fromStage = stageFromKey(q.value(5).toString());
            e.toStage = stageFromKey(q.value(6).toString());
            e.staffId = q.value(7).toString();
            e.workstationId = q.value(8).toString();
            e.occurredAt = fromDbTime(q.value(9));
            e.detail = fromDbJson(q.value(10));
            p.change.caseSnapshot = fromDbJson(q.value(11));
            out << p;
        }
        return out;
    } catch (const DbError& e) {
        return Result<QList<PulledChange>>::failure(unavailable(e));
    }
}

} // namespace mdg
