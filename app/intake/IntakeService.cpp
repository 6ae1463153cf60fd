#include "IntakeService.h"

#include "db/AuditRepository.h"
#include "db/InboxRepository.h"
#include "db/SqlUtil.h"

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
        try {
            AuditRepository(m_db.connection())
                .append({0, m_clock.nowUtc(), actor.staff.id, actor.workstationId,
                    QString::fromLatin1(AuditAction::QrRejected), {}, PreEntryCodec::rejectionKey(decoded.rejection)});
        } catch (const DbError& e) {
            qWarning("Audit of a rejected code failed: %s", e.what());
        }
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
        try {
            if (InboxRepository(m_db.connection())
                    .add(d.preEntry->id, signed_, QString::fromUtf8(d.kid), m_clock.nowUtc()))
                ++added;
        } catch (const DbError& e) {
            qWarning("Inbox import failed: %s", e.what());
        }
    }
    return added;
}

std::optional<PreEntry> IntakeService::fromInbox(const QUuid& id)
{
    try {
        const auto stored = InboxRepository(m_db.connection()).signedPayload(id);
        if (!stored)
            return std::nullopt;
        const auto d = PreEntryCodec::verify(*stored, m_keys, m_clock.nowUtc());
        if (!d || d.preEntry->id != id)
            return std::nullopt;
        return d.preEntry;
    } catch (const DbError& e) {
        qWarning("Inbox read failed: %s", e.what());
        return std::nullopt;
    }
}

} // namespace mdg
