#pragma once

#include "DeskEntry.h"
#include "domain/Clock.h"
#include "domain/StaffMember.h"
#include "workflow/CaseService.h"

#include <QUuid>

namespace mdg::kiosk {

// The tablet's hand-over: its entry goes through the same intake as a scanned QR
// (CaseService::openPreEntry), as the desk device, whose only right is to open cases. The
// case waits in Reception for a clerk; handing over the same entry again (a double tap, a
// retry after a dead network) gives back the same case and number.
class DeskIntake
{
public:
    DeskIntake(CaseService& cases, QString workstationId, const Clock& clock = Clock::system());

    // The desk device acting: role Desk, a staff id of its own derived from the workstation.
    static Actor actor(const QString& workstationId);

    struct Receipt
    {
        int queueNumber = 0;
        QString reference;
        PreEntry entry; // what was handed over, for the guidance on the last screen
    };
    // `entryId` is made once per resident (when they start) and kept across retries.
    Result<Receipt> handOver(const DeskEntry& entry, const QUuid& entryId);

private:
    CaseService& m_cases;
    Actor m_actor;
    const Clock& m_clock;
};

} // namespace mdg::kiosk
