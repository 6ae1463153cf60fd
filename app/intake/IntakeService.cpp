#include "IntakeService.h"

#include "db/AuditRepository.h"
#include "db/Database.h"
#include "db/InboxRepository.h"

#include <QDir>
#include <QFile>

namespace mdg {

IntakeService::IntakeService(Database& db, CaseService& cases, KeyRing keys, QString inboxFolder, const Clock& clock)
    : m_db(db)
    , m_cases(cases)
    , m_keys(std::move(keys))
    , m_inbox(std::move(inboxFolder))
    , m_clock(clock)
{ }

Result<CaseService::PreEntryCase> IntakeService::open(const Actor& actor, const QString& qrText)
{
    using R = Result<CaseService::PreEntryCase>;
    const auto decoded = PreEntryCodec::decode(qrText, m_keys, m_clock.nowUtc());
    if (!decoded) {
        // Who scanned what kind of bad code, for the security officer; never the content.
        // The clerk's message is the rejection; a store that cannot record it is in the log.
        (void)m_db.read([&](QSqlDatabase db) {
            AuditRepository(db).append({0, m_clock.nowUtc(), actor.staff.id, actor.workstationId,
                QString::fromLatin1(AuditAction::QrRejected), {}, PreEntryCodec::rejectionKey(decoded.rejection)});
            return true;
        });
        return R::failure(ErrorCode::Rejected, PreEntryCodec::rejectionMessage(decoded.rejection));
    }
    PreEntry p = *decoded.preEntry;
    if (p.detailInInbox) {
        importInbox();
        auto full = fromInbox(p.id);
        if (!full)
            return R::failure(ErrorCode::NotFound,
                tr("The details of pre-entry %1 have not arrived in the inbox yet. Try again in a few "
                   "minutes, or open a walk-in case.")
                    .arg(p.ref));
        p = *full;
    }
    return m_cases.openPreEntry(actor, p);
}

int IntakeService::importInbox()
{
    if (m_inbox.isEmpty())
        return 0;
    int added = 0;
    const QDir dir(m_inbox);
    for (const QFileInfo& fi : dir.entryInfoList({QStringLiteral("*.cose")}, QDir::Files, QDir::Name)) {
        QFile f(fi.filePath());
        if (fi.size() > PreEntryCodec::MaxPayloadBytes || !f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray signed_ = f.readAll();
        // Expiry is judged when the code is scanned, not on arrival.
        const auto d = PreEntryCodec::verify(signed_, m_keys, QDateTime::fromSecsSinceEpoch(0));
        if (!d || d.preEntry->detailInInbox) {
            qWarning("Inbox file %s skipped: %s", qPrintable(fi.fileName()),
                qPrintable(d ? QStringLiteral("carries no detail") : PreEntryCodec::rejectionKey(d.rejection)));
            continue;
        }
        const auto stored = m_db.read([&](QSqlDatabase db) {
            return InboxRepository(db).add(
                d.preEntry->id, signed_, QString::fromUtf8(d.kid), m_clock.nowUtc(), d.preEntry->expiresAt);
        });
        if (stored && stored.value())
            ++added;
    }
    return added;
}

std::optional<PreEntry> IntakeService::fromInbox(const QUuid& id)
{
    const auto stored = m_db.read([&](QSqlDatabase db) { return InboxRepository(db).signedPayload(id); });
    if (!stored || !stored.value())
        return std::nullopt;
    const auto d = PreEntryCodec::verify(*stored.value(), m_keys, m_clock.nowUtc());
    if (!d || d.preEntry->id != id)
        return std::nullopt;
    return d.preEntry;
}

} // namespace mdg
