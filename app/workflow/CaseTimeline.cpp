#include "CaseTimeline.h"

#include <QCoreApplication>
#include <QLocale>

namespace mdg {

QString caseTimeline(const QList<CaseEvent>& events)
{
    QStringList steps;
    const auto at = [](const CaseEvent& e) {
        return QLocale().toString(e.occurredAt.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
    };
    for (const CaseEvent& e : events) {
        const QLatin1String kind(e.kind.toLatin1());
        if (kind == QLatin1String(EventKind::Created)) {
            steps << (e.detail.value(QStringLiteral("source")).toString() == QLatin1String("qr")
                    ? QCoreApplication::translate("mdg::CaseTimeline", "scanned %1")
                    : QCoreApplication::translate("mdg::CaseTimeline", "opened %1"))
                         .arg(at(e));
        } else if (kind == QLatin1String(EventKind::CertificateChecked)) {
            const int open = e.detail.value(QStringLiteral("open")).toInt();
            steps << (open > 0 ? QCoreApplication::translate("mdg::CaseTimeline", "certificate read %1 (%2 to check)")
                                     .arg(at(e))
                                     .arg(open)
                               : QCoreApplication::translate("mdg::CaseTimeline", "certificate read %1").arg(at(e)));
        } else if (kind == QLatin1String(EventKind::FindingResolved)) {
            steps << QCoreApplication::translate("mdg::CaseTimeline", "finding settled %1").arg(at(e));
        } else if (kind == QLatin1String(EventKind::StageChanged) && e.toStage) {
            if (e.detail.value(QStringLiteral("by_scan")).toBool())
                continue; // "scanned" said it: the scan was the reception step
            if (e.detail.value(QStringLiteral("by_itself")).toBool())
                steps << QCoreApplication::translate("mdg::CaseTimeline", "%1 fields agree · to %2 by itself %3")
                             .arg(e.detail.value(QStringLiteral("agreeing")).toInt())
                             .arg(stageDisplayName(*e.toStage), at(e));
            else
                steps << QCoreApplication::translate("mdg::CaseTimeline", "to %1 %2")
                             .arg(stageDisplayName(*e.toStage), at(e));
        }
    }
    return steps.join(QStringLiteral(" · "));
}

} // namespace mdg
