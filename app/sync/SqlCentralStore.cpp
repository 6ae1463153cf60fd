#include "SqlCentralStore.h"

#include "db/AuditRepository.h"
#include "db/Migrations.h"
#include "db/SqlUtil.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>

namespace mdg {
namespace {

QVariant stageOrNull(const std::optional<Stage>& s)
{
    return s ? QVariant(stageKey(*s)) : QVariant(QString());
}

QString unavailable()
{
    return SqlCentralStore::tr("The central store cannot be reached; work continues here and is sent later.");
}

// "?, ?, ?" for an IN list.
QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), n);
    return marks.join(QStringLiteral(", "));
}

constexpr auto TicketColumns
    = "case_id, number, procedure, stage, counter, priority, status, waiting_since, arrived_at, calls,"
      " called_at, called_counter, called_by";

queue::Ticket ticketFrom(const QSqlQuery& q)
{
    queue::Ticket t;
    t.caseId = QUuid::fromString(q.value(0).toString());
    t.number = q.value(1).toInt();
    t.procedure = procedureFromKey(q.value(2).toString()).value_or(Procedure::MovingIn);
    t.stage = stageFromKey(q.value(3).toString()).value_or(Stage::Reception);
    t.counter = q.value(4).toString();
    t.priority = q.value(5).toInt() != 0;
    t.status = queue::statusFromKey(q.value(6).toString()).value_or(queue::TicketStatus::Done);
    t.waitingSince = fromDbTime(q.value(7));
    t.arrivedAt = fromDbTime(q.value(8));
    t.calls = q.value(9).toInt();
    t.calledAt = fromDbTime(q.value(10));
    t.calledCounter = q.value(11).toString();
    t.calledBy = q.value(12).toString();
    t.changedAt = fromDbTime(q.value(13));
    return t;
}

Claim claimFrom(const QSqlQuery& q)
{
    return Claim {QUuid::fromString(q.value(0).toString()), q.value(1).toString(), q.value(2).toString(),
        fromDbTime(q.value(3)), fromDbTime(q.value(4))};
}

} // namespace

SqlCentralStore::SqlCentralStore(QString location)
    : m_location(std::move(location))
    , m_connection(QStringLiteral("central-%1").arg(toDbId(QUuid::createUuid())))
{ }

SqlCentralStore::~SqlCentralStore()
{
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

std::unique_ptr<CentralStore> SqlCentralStore::connect(const QString& location, const char* who)
{
    auto store = std::make_unique<SqlCentralStore>(location);
    if (const auto opened = store->open(); !opened) {
        qWarning("%s: central store: %s", who, qPrintable(opened.error()));
        return nullptr;
    }
    return store;
}

bool SqlCentralStore::isPostgresLocation(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

bool SqlCentralStore::configurePostgres(QSqlDatabase& db, const QUrl& url)
{
    if (!url.isValid() || !isPostgresLocation(url.toString()))
        return false;
    db.setHostName(url.host().isEmpty() ? QStringLiteral("localhost") : url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(url.path().mid(1).isEmpty() ? QStringLiteral("madoguchi") : url.path().mid(1));
    // A dead network must not hang the sync thread: connect_timeout unless the URL says otherwise.
    QUrlQuery query(url);
    if (!query.hasQueryItem(QStringLiteral("connect_timeout")))
        query.addQueryItem(QStringLiteral("connect_timeout"), QStringLiteral("5"));
    QStringList options;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded))
        options << key + QLatin1Char('=') + value;
    db.setConnectOptions(options.join(QLatin1Char(';')));
    return true;
}

Result<void> SqlCentralStore::open()
{
    const bool postgres = isPostgresLocation(m_location);
    m_db = QSqlDatabase::addDatabase(postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), m_connection);
    if (!m_db.isValid())
        return Result<void>::failure(ErrorCode::Unreachable,
            tr("The database driver for the central store is not installed (%1).").arg(m_db.driverName()));
    if (postgres)
        configurePostgres(m_db, QUrl(m_location));
    else
        m_db.setDatabaseName(m_location);
    if (!m_db.open())
        return Result<void>::failure(ErrorCode::Unreachable, m_db.lastError().text());
    if (!postgres) {
        QSqlQuery q(m_db);
        for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA busy_timeout=10000", "PRAGMA foreign_keys=ON"})
            q.exec(QString::fromLatin1(pragma));
        return Migrations::apply(m_db, -1, Migrations::CentralStore);
    }
    // Workstations starting together must not run the same migration twice.
    QSqlQuery lock(m_db);
    if (!lock.exec(QStringLiteral("SELECT pg_advisory_lock(7061)")))
        return Result<void>::failure(ErrorCode::Unreachable, lock.lastError().text());
    auto applied = Migrations::apply(m_db, -1, Migrations::CentralStorePostgres);
    lock.exec(QStringLiteral("SELECT pg_advisory_unlock(7061)"));
    return applied;
}

Result<PushOutcome> SqlCentralStore::push(const QList<SyncedChange>& batch)
{
    PushOutcome outcome;
    if (batch.isEmpty())
        return outcome;
    return guarded(
        [&]() -> Result<PushOutcome> {
            // SQLite: BEGIN IMMEDIATE. PostgreSQL: one pusher at a time, so the version check
            // holds and seq values commit in order (a puller never skips one that commits late).
            Transaction tx(m_db);
            lockForWriting();

            QVariantList eventIds, caseIds;
            for (const SyncedChange& c : batch) {
                eventIds << toDbId(c.event.eventId);
                caseIds << toDbId(c.event.caseId);
            }
            QSet<QString> known;
            QSqlQuery k = execSql(m_db,
                QStringLiteral("SELECT event_id FROM central_events WHERE event_id IN (%1)")
                    .arg(placeholders(batch.size())),
                eventIds);
            while (k.next())
                known.insert(k.value(0).toString());
            struct Held
            {
                int version = 0;
                QString snapshot;
            };
            QHash<QString, Held> held;
            QSqlQuery v = execSql(m_db,
                QStringLiteral("SELECT case_id, version, snapshot FROM central_cases WHERE case_id IN (%1)")
                    .arg(placeholders(batch.size())),
                caseIds);
            while (v.next())
                held.insert(v.value(0).toString(), Held {v.value(1).toInt(), v.value(2).toString()});

            PreparedSql insertEvent(m_db,
                QStringLiteral(
                    "INSERT INTO central_events (event_id, case_id, case_version, kind, from_stage, to_stage,"
                    " staff_id, workstation_id, occurred_at, detail, snapshot)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            PreparedSql upsertCase(m_db,
                QStringLiteral("INSERT INTO central_cases (case_id, version, snapshot, workstation_id, updated_at)"
                               " VALUES (?, ?, ?, ?, ?) ON CONFLICT(case_id) DO UPDATE SET version = excluded.version,"
                               " snapshot = excluded.snapshot, workstation_id = excluded.workstation_id,"
                               " updated_at = excluded.updated_at"));
            QHash<QUuid, queue::Ticket> tickets;
            for (const queue::Ticket& t :
                selectTickets(QStringLiteral("case_id IN (%1)").arg(placeholders(batch.size())), caseIds))
                tickets.insert(t.caseId, t);
            QSet<QString> conflicted;
            for (const SyncedChange& c : batch) {
                const CaseEvent& e = c.event;
                const QString eventId = toDbId(e.eventId), caseId = toDbId(e.caseId);
                if (known.contains(eventId)) {
                    outcome.accepted << e.eventId; // pushed before: the acknowledgement was lost
                    continue;
                }
                Held& current = held[caseId];
                if (conflicted.contains(caseId) || current.version != c.expected()) {
                    conflicted.insert(caseId);
                    outcome.conflicts << PushOutcome::Conflict {e.eventId, e.caseId, current.version,
                        current.version > 0 ? fromDbJson(current.snapshot) : QJsonObject()};
                    continue;
                }
                const QString snapshot = toDbJson(c.caseSnapshot);
                insertEvent.run(
                    {eventId, caseId, e.caseVersion, e.kind, stageOrNull(e.fromStage), stageOrNull(e.toStage),
                        e.staffId, e.workstationId, toDbTime(e.occurredAt), toDbJson(e.detail), snapshot});
                upsertCase.run({caseId, e.caseVersion, snapshot, e.workstationId, toDbTime(e.occurredAt)});
                current = Held {e.caseVersion, snapshot};
                const auto ticketNow = tickets.constFind(e.caseId);
                const auto ticket = queue::afterCaseEvent(
                    ticketNow == tickets.constEnd() ? std::nullopt : std::optional<queue::Ticket>(*ticketNow), e.caseId,
                    c.caseSnapshot.value(QLatin1String("queue_number")).toInt(),
                    procedureFromKey(c.caseSnapshot.value(QLatin1String("procedure")).toString())
                        .value_or(Procedure::MovingIn),
                    e.kind, e.toStage, e.detail.value(QLatin1String("source")).toString() == QLatin1String("desk"),
                    e.occurredAt);
                if (ticket) {
                    saveTicket(*ticket, e.occurredAt);
                    tickets.insert(e.caseId, *ticket);
                }
                known.insert(eventId);
                outcome.accepted << e.eventId;
            }
            tx.commit();
            return outcome;
        },
        ErrorCode::Unreachable, unavailable(), "Central store");
}

Result<QList<PulledChange>> SqlCentralStore::pull(qint64 cursor, const QString& exceptWorkstation, int limit)
{
    return guarded(
        [&]() -> Result<QList<PulledChange>> {
            QSqlQuery q = execSql(m_db,
                QStringLiteral("SELECT seq, event_id, case_id, case_version, kind, from_stage, to_stage, staff_id,"
                               " workstation_id, occurred_at, detail, snapshot FROM central_events"
                               " WHERE seq > ? AND workstation_id <> ? ORDER BY seq LIMIT ?"),
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
        },
        ErrorCode::Unreachable, unavailable(), "Central store");
}

Result<Claim> SqlCentralStore::claim(
    const QUuid& caseId, const QString& staff, const QString& workstation, const QDateTime& now, const QDateTime& until)
{
    return guarded(
        [&]() -> Result<Claim> {
            // One statement, so the store decides the race: a free or expired case is taken, the
            // holder renews, anyone else changes nothing.
            execSql(m_db,
                QStringLiteral(
                    "INSERT INTO central_claims (case_id, staff_id, workstation_id, claimed_at, expires_at)"
                    " VALUES (?, ?, ?, ?, ?) ON CONFLICT(case_id) DO UPDATE SET staff_id = excluded.staff_id,"
                    " workstation_id = excluded.workstation_id,"
                    " claimed_at = CASE WHEN central_claims.staff_id = excluded.staff_id"
                    " AND central_claims.workstation_id = excluded.workstation_id"
                    " AND central_claims.expires_at > ? THEN central_claims.claimed_at"
                    " ELSE excluded.claimed_at END,"
                    " expires_at = excluded.expires_at"
                    " WHERE central_claims.expires_at <= ? OR (central_claims.staff_id = excluded.staff_id"
                    " AND central_claims.workstation_id = excluded.workstation_id)"),
                {toDbId(caseId), staff, workstation, toDbTime(now), toDbTime(until), toDbTime(now), toDbTime(now)});
            QSqlQuery q = execSql(m_db,
                QStringLiteral("SELECT case_id, staff_id, workstation_id, claimed_at, expires_at FROM central_claims"
                               " WHERE case_id = ?"),
                {toDbId(caseId)});
            if (!q.next())
                return Result<Claim>::failure(ErrorCode::Unreachable, unavailable());
            return claimFrom(q);
        },
        ErrorCode::Unreachable, unavailable(), "Central store");
}

Result<int> SqlCentralStore::release(const QUuid& caseId, const QString& staff, const QString& workstation)
{
    return guarded(
        [&]() -> Result<int> {
            QSqlQuery q = caseId.isNull()
                ? execSql(m_db, QStringLiteral("DELETE FROM central_claims WHERE staff_id = ? AND workstation_id = ?"),
                    {staff, workstation})
                : execSql(m_db,
                    QStringLiteral(
                        "DELETE FROM central_claims WHERE case_id = ? AND staff_id = ? AND workstation_id = ?"),
                    {toDbId(caseId), staff, workstation});
            return q.numRowsAffected();
        },
        ErrorCode::Unreachable, unavailable(), "Central store");
}

Result<QList<Claim>> SqlCentralStore::claims(const QDateTime& now)
{
    return guarded(
        [&]() -> Result<QList<Claim>> {
            QSqlQuery q = execSql(m_db,
                QStringLiteral("SELECT case_id, staff_id, workstation_id, claimed_at, expires_at FROM central_claims"
                               " WHERE expires_at > ? ORDER BY claimed_at"),
                {toDbTime(now)});
            QList<Claim> out;
            while (q.next())
                out << claimFrom(q);
            return out;
        },
        ErrorCode::Unreachable, unavailable(), "Central store");
}

Result<QList<queue::FirstCall>> SqlCentralStore::firstCalls(const QDateTime& since)
{
    return guarded(
        [&]() -> Result<QList<queue::FirstCall>> {
            QSqlQuery q = execSql(m_db,
                QStringLiteral("SELECT detail, occurred_at FROM central_events WHERE kind = ? AND occurred_at >= ?"),
                {QString::fromLatin1(EventKind::NumberCalled), toDbTime(since)});
            QList<queue::FirstCall> out;
            while (q.next()) {
                const QJsonObject detail = fromDbJson(q.value(0));
                if (detail.value(QLatin1String("action")).toString() != queue::actionKey(queue::Action::Call))
                    continue;
                if (const auto stage = stageFromKey(detail.value(QLatin1String("stage")).toString()))
                    out << queue::FirstCall {*stage, fromDbTime(q.value(1))};
            }
            return out;
        },
        ErrorCode::Unreachable, unavailable(), "Central store");
}

Result<int> SqlCentralStore::pushAudit(const QList<ChainedAuditEntry>& rows)
{
    if (rows.isEmpty())
        return 0;
    return guarded(
        [&]() -> Result<int> {
            Transaction tx(m_db);
            int added = 0;
            // A hundred rows a statement: one round trip each to a PostgreSQL across the network.
            constexpr qsizetype PerStatement = 100;
            for (qsizetype from = 0; from < rows.size(); from += PerStatement) {
                const qsizetype n = std::min(PerStatement, rows.size() - from);
                QStringList tuples;
                QVariantList binds;
                for (qsizetype i = from; i < from + n; ++i) {
                    const ChainedAuditEntry& r = rows[i];
                    const AuditEntry& e = r.entry;
                    tuples << QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    binds << r.hash << r.prevHash << e.workstationId << e.seq << toDbTime(e.at)
                          << (e.staffId.isEmpty() ? QVariant() : QVariant(e.staffId)) << e.action
                          << (e.caseId.isEmpty() ? QVariant() : QVariant(e.caseId)) << e.detail;
                }
                const QSqlQuery q = execSql(m_db,
                    QStringLiteral("INSERT INTO central_audit (hash, prev_hash, workstation_id, seq, at, staff_id, "
                                   "action, case_id, detail) VALUES %1 ON CONFLICT (hash) DO NOTHING")
                        .arg(tuples.join(QStringLiteral(", "))),
                    binds);
                added += std::max(0, q.numRowsAffected());
            }
            tx.commit();
            return added;
        },
        ErrorCode::Unreachable, unavailable(), "Central store");
}

Result<QStringList> SqlCentralStore::auditWorkstations()
{
    return guarded(
        [&]() -> Result<QStringList> {
            QSqlQuery q = execSql(
                m_db, QStringLiteral("SELECT DISTINCT workstation_id FROM central_audit ORDER BY workstation_id"));
            QStringList out;
            while (q.next())
                out << q.value(0).toString();
            return out;
        },
        ErrorCode::Unreachable, unavailable(), "Central store");
}

Result<QList<ChainedAuditEntry>> SqlCentralStore::auditOf(const QString& workstation)
{
    return guarded(
        [&]() -> Result<QList<ChainedAuditEntry>> {
            QSqlQuery q = execSql(m_db,
                QStringLiteral("SELECT %1 FROM central_audit WHERE workstation_id = ? ORDER BY seq, hash")
                    .arg(QLatin1String(AuditRepository::ChainedColumns)),
                {workstation});
            QList<ChainedAuditEntry> out;
            while (q.next())
                out << AuditRepository::chainedFrom(q);
            return out;
        },
        ErrorCode::Unreachable, unavailable(), "Central store");
}

void SqlCentralStore::lockForWriting()
{
    if (!isSqlite(m_db))
        execSql(m_db, QStringLiteral("SELECT pg_advisory_xact_lock(7062)"));
}

QList<queue::Ticket> SqlCentralStore::line(Stage stage, const QDateTime& issuedSince)
{
    return selectTickets(QStringLiteral("status = 'waiting' AND stage = ? AND arrived_at >= ?"),
        {stageKey(stage), toDbTime(issuedSince.isValid() ? issuedSince : QDateTime::fromSecsSinceEpoch(0))});
}

QList<queue::Ticket> SqlCentralStore::selectTickets(const QString& where, const QVariantList& binds)
{
    QSqlQuery q = execSql(m_db,
        QStringLiteral("SELECT %1, updated_at FROM central_queue WHERE %2").arg(QLatin1String(TicketColumns), where),
        binds);
    QList<queue::Ticket> out;
    while (q.next())
        out << ticketFrom(q);
    return out;
}

void SqlCentralStore::saveTicket(const queue::Ticket& t, const QDateTime& now)
{
    execSql(m_db,
        QStringLiteral("INSERT INTO central_queue (%1, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT(case_id) DO UPDATE SET number = excluded.number, procedure = excluded.procedure, "
                       "stage = excluded.stage,"
                       " counter = excluded.counter, priority = excluded.priority, status = excluded.status,"
                       " waiting_since = excluded.waiting_since, arrived_at = excluded.arrived_at,"
                       " calls = excluded.calls, called_at = excluded.called_at,"
                       " called_counter = excluded.called_counter, called_by = excluded.called_by,"
                       " updated_at = excluded.updated_at")
            .arg(QLatin1String(TicketColumns)),
        {toDbId(t.caseId), t.number, procedureKey(t.procedure), stageKey(t.stage), t.counter, t.priority ? 1 : 0,
            queue::statusKey(t.status), toDbTime(t.waitingSince), toDbTime(t.arrivedAt), t.calls,
            t.calledAt.isValid() ? toDbTime(t.calledAt) : QString(), t.calledCounter, t.calledBy, toDbTime(now)});
}

Result<QList<queue::Ticket>> SqlCentralStore::tickets(const QDateTime& since)
{
    return guarded(
        [&]() -> Result<QList<queue::Ticket>> {
            return selectTickets(QStringLiteral("arrived_at >= ? ORDER BY waiting_since, number"), {toDbTime(since)});
        },
        ErrorCode::Unreachable, unavailable(), "Central store");
}

Result<std::optional<queue::Ticket>> SqlCentralStore::callNext(
    Stage stage, const queue::Request& r, const QDateTime& now)
{
    using Answer = Result<std::optional<queue::Ticket>>;
    return guarded(
        [&]() -> Answer {
            Transaction tx(m_db);
            lockForWriting();
            const QList<queue::Ticket> waiting = line(stage, r.issuedSince);
            const auto next = queue::pickNext(waiting, stage, r.counter);
            if (!next)
                return std::optional<queue::Ticket>();
            queue::Request call = r;
            call.action = queue::Action::Call;
            const auto called = queue::apply(waiting.at(*next), call, waiting, now);
            if (!called)
                return Answer::failure(called);
            saveTicket(called.value(), now);
            tx.commit();
            return std::optional<queue::Ticket>(called.value());
        },
        ErrorCode::Unreachable, unavailable(), "Central store");
}

Result<queue::Ticket> SqlCentralStore::act(const QUuid& caseId, const queue::Request& r, const QDateTime& now)
{
    return guarded(
        [&]() -> Result<queue::Ticket> {
            Transaction tx(m_db);
            lockForWriting();
            const QList<queue::Ticket> found = selectTickets(QStringLiteral("case_id = ?"), {toDbId(caseId)});
            if (found.isEmpty())
                return Result<queue::Ticket>::failure(
                    ErrorCode::NotFound, tr("This case has no number in the office's queue."));
            // Only a call needs the rest of the line, to know whether it is out of order.
            const QList<queue::Ticket> waiting
                = r.action == queue::Action::Call ? line(found.first().stage, r.issuedSince) : QList<queue::Ticket>();
            const auto changed = queue::apply(found.first(), r, waiting, now);
            if (!changed)
                return changed;
            saveTicket(changed.value(), now);
            tx.commit();
            return changed;
        },
        ErrorCode::Unreachable, unavailable(), "Central store");
}

} // namespace mdg
