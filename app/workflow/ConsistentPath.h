#pragma once

#include "crosscheck/Resolution.h"
#include "domain/Procedure.h"
#include "domain/Stage.h"
#include "domain/TransferOutCertificate.h"

#include <QDate>
#include <QList>
#include <QString>

namespace mdg::consistent_path {

// What holds a case back from going to the review queue without the clerk (issue 18's
// zero-keystroke path). Everything else is the core's to decide once: the pages show it.
enum class Stop {
    NotInEntry, // only a case in Entry moves on by itself
    NoCertificate, // a 転入 waits for the moving-out certificate to be read and compared
    NoRecordsCheck, // any other procedure waits for its check against the resident register
    Mismatch, // the certificate says otherwise: the clerk chooses
    Missing, // a value on one side only
    Unsure, // the reader was not sure of a value that differs, if only in an advisory way
    LateForMoveIn, // the 14 days of the 転入届 have passed: the clerk handles the late report
};

struct Judgement
{
    QList<Stop> stops; // each kind once, in the order above
    QString firstField; // where the clerk starts: the first open finding or unsure value
    int agreeing = 0; // findings that match or are equivalent
    int advisories = 0; // shown but not holding the case back (a reading that differs)
    int corroborated = 0; // values the reader was unsure of that agree with the entry
    int forTheClerk = 0; // findings the clerk settles or looks at, each once
    bool consistent() const { return stops.isEmpty(); }
};

// For the clerk: why the case stopped (translated).
QString stopText(Stop stop);

// `certificate` is null when none was read. A value the reader returned with less than
// `unsureBelow` stops the path when it differs from the entry (an advisory difference
// included) and the clerk has not settled it; when it agrees, the entry corroborates it.
Judgement judge(Stage stage, Procedure procedure, const QDate& moveDate, const TransferOutCertificate* certificate,
    const QList<CaseFinding>& findings, double unsureBelow, const QDate& today);

} // namespace mdg::consistent_path
