#include "ConsistentPath.h"

#include <algorithm>

namespace mdg::consistent_path {

namespace {
// The days a 転入届 may be made after moving in (住民基本台帳法 第22条).
constexpr int MoveInDays = 14;
} // namespace

Judgement judge(Stage stage, Procedure procedure, const QDate& moveDate, const TransferOutCertificate* certificate,
    const QList<CaseFinding>& findings, double unsureBelow, const QDate& today)
{
    Judgement j;
    QList<Stop> found;
    if (stage != Stage::Entry)
        found << Stop::NotInEntry;
    if (procedure == Procedure::MovingIn && !certificate)
        found << Stop::NoCertificate;
    for (const CaseFinding& f : findings) {
        if (f.open()) {
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
            found << Stop::Unsure;
            if (j.firstField.isEmpty())
                j.firstField = f.finding.field;
        }
    }
    if (procedure == Procedure::MovingIn && moveDate.isValid() && moveDate.daysTo(today) > MoveInDays)
        found << Stop::LateForMoveIn;
    for (const Stop s :
        {Stop::NotInEntry, Stop::NoCertificate, Stop::Mismatch, Stop::Missing, Stop::Unsure, Stop::LateForMoveIn})
        if (found.contains(s))
            j.stops << s;
    return j;
}

} // namespace mdg::consistent_path
