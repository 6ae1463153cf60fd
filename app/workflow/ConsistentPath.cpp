#include "ConsistentPath.h"

#include <QCoreApplication>

#include <algorithm>

namespace mdg::consistent_path {

namespace {
// The days a 転入届 may be made after moving in (住民基本台帳法 第22条).
constexpr int MoveInDays = 14;
} // namespace

QString stopText(Stop stop)
{
    const char* text = "";
    switch (stop) {
    case Stop::NotInEntry:
        text = QT_TRANSLATE_NOOP("mdg::consistent_path", "Only a case in Entry goes on by itself.");
        break;
    case Stop::NoCertificate:
        text = QT_TRANSLATE_NOOP("mdg::consistent_path", "The moving-out certificate has not been read yet.");
        break;
    case Stop::NoRecordsCheck:
        text = QT_TRANSLATE_NOOP(
            "mdg::consistent_path", "The household has not been checked against the resident register yet.");
        break;
    case Stop::Mismatch:
        text = QT_TRANSLATE_NOOP(
            "mdg::consistent_path", "The certificate differs from what was entered: choose the value.");
        break;
    case Stop::Missing:
        text = QT_TRANSLATE_NOOP(
            "mdg::consistent_path", "A value is on one side only (the certificate or the entry): check it.");
        break;
    case Stop::Unsure:
        text = QT_TRANSLATE_NOOP(
            "mdg::consistent_path", "The reader was not sure of a value: look at it on the certificate.");
        break;
    case Stop::LateForMoveIn:
        text = QT_TRANSLATE_NOOP(
            "mdg::consistent_path", "More than 14 days have passed since the move: handle the late notification.");
        break;
    }
    return QCoreApplication::translate("mdg::consistent_path", text);
}

Judgement judge(Stage stage, Procedure procedure, const QDate& moveDate, const TransferOutCertificate* certificate,
    const QList<CaseFinding>& findings, double unsureBelow, const QDate& today)
{
    Judgement j;
    QList<Stop> found;
    if (stage != Stage::Entry)
        found << Stop::NotInEntry;
    if (!certificate)
        found << (procedure == Procedure::MovingIn ? Stop::NoCertificate : Stop::NoRecordsCheck);
    for (const CaseFinding& f : findings) {
        if (f.open()) {
            ++j.forTheClerk;
            found << (f.finding.verdict == Verdict::Missing ? Stop::Missing : Stop::Mismatch);
            if (j.firstField.isEmpty())
                j.firstField = f.finding.field;
        } else if (f.finding.differs() && f.finding.advisory) {
            ++j.advisories;
        } else if (!f.finding.differs()) {
            ++j.agreeing;
        }
    }
    if (certificate) {
        for (const CaseFinding& f : findings) {
            if (f.resolution)
                continue;
            const auto unsure = std::find_if(certificate->fields.cbegin(), certificate->fields.cend(),
                [&](const auto& x) { return x.key == f.finding.certificateKey && x.confidence < unsureBelow; });
            if (unsure == certificate->fields.cend())
                continue;
            // The resident wrote it and the paper, read unsurely, says the same: two sources
            // that do not know of each other agree, which a misreading almost never does.
            if (!f.finding.differs()) {
                ++j.corroborated;
                continue;
            }
            found << Stop::Unsure;
            if (!f.open())
                ++j.forTheClerk; // an advisory difference: open ones were counted above
            if (j.firstField.isEmpty())
                j.firstField = f.finding.field;
        }
    }
    if (procedure == Procedure::MovingIn && moveDate.isValid() && moveDate.daysTo(today) > MoveInDays)
        found << Stop::LateForMoveIn;
    for (const Stop s : {Stop::NotInEntry, Stop::NoCertificate, Stop::NoRecordsCheck, Stop::Mismatch, Stop::Missing,
             Stop::Unsure, Stop::LateForMoveIn})
        if (found.contains(s))
            j.stops << s;
    return j;
}

} // namespace mdg::consistent_path
