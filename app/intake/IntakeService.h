#pragma once

#include "intake/KeyRing.h"
#include "intake/PreEntryCodec.h"
#include "workflow/CaseService.h"

#include <QCoreApplication>

namespace mdg {

// From a scanned pre-entry QR text to an open case: verify the code, fetch the detail
// from the inbox when the code carries only the id, and open or reopen the case.
class IntakeService
{
    Q_DECLARE_TR_FUNCTIONS(mdg::IntakeService)

public:
    IntakeService(
        Database& db, CaseService& cases, KeyRing keys, QString inboxFolder, const Clock& clock = Clock::system());

    Result<CaseService::PreEntryCase> open(const Actor& actor, const QString& qrText);

    // Reads the signed "*.cose" files of the inbox folder into the local store; files
    // that do not verify are left where they are. Returns how many were new.
    int importInbox();

    const KeyRing& keys() const { return m_keys; }

private:
    std::optional<PreEntry> fromInbox(const QUuid& id);

    Database& m_db;
    CaseService& m_cases;
    KeyRing m_keys;
    QString m_inbox;
    const Clock& m_clock;
};

} // namespace mdg
