#include "HistoryModel.h"

#include "GuidanceModel.h"

#include <QLocale>

namespace mdg {

void HistoryModel::setEntries(QList<CaseService::HistoryEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::describe(const CaseEvent& e)
{
    if (e.kind == QLatin1String(EventKind::Created)
        && e.detail.value(QStringLiteral("source")).toString() == QLatin1String("qr"))
        return tr("Case opened from the pre-entry code");
    if (e.kind == QLatin1String(EventKind::Created))
        return tr("Case opened in %1").arg(stageDisplayName(e.toStage.value_or(Stage::Reception)));
    if (e.kind == QLatin1String(EventKind::StageChanged) && e.fromStage && e.toStage)
        return tr("%1 → %2").arg(stageDisplayName(*e.fromStage), stageDisplayName(*e.toStage));
    if (e.kind == QLatin1String(EventKind::HouseholdChanged))
        return tr("Entered data changed");
    if (e.kind == QLatin1String(EventKind::QrRescanned))
        return tr("Pre-entry code scanned again");
    if (e.kind == QLatin1String(EventKind::CertificateChecked))
        return tr("Certificate read and compared");
    if (e.kind == QLatin1String(EventKind::FindingResolved))
        return tr("Finding of the certificate check resolved");
    if (e.kind == QLatin1String(EventKind::Claimed))
        return tr("Taken from the queue");
    if (e.kind == QLatin1String(EventKind::Released))
        return tr("Handed back to the queue");
    if (e.kind == QLatin1String(EventKind::ChangeSubmitted))
        return tr("Accepted by the records system (receipt %1)")
            .arg(e.detail.value(QStringLiteral("receipt")).toString());
    if (e.kind == QLatin1String(EventKind::GuidanceMarked)) {
        const QString id = e.detail.value(QStringLiteral("item")).toString();
        const auto* rule = guidance::GuidanceRules::builtIn().rule(id);
        const QString title = rule ? rule->title.inUiLanguage() : id;
        const auto mark = guidance::markFromKey(e.detail.value(QStringLiteral("mark")).toString());
        return tr("Related procedure: %1 — %2").arg(title, mark ? GuidanceModel::markName(*mark) : QString());
    }
    if (e.kind == QLatin1String(EventKind::ConflictSettled))
        return e.detail.value(QStringLiteral("kept")).toString() == QLatin1String("mine")
            ? tr("Conflict settled: this workstation's version kept")
            : tr("Conflict settled: the central store's version taken");
    return e.kind;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (index.row() < 0 || index.row() >= m_entries.size()
        || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    const auto& h = m_entries.at(index.row());
    switch (index.column()) {
    case Time: return QLocale().toString(h.event.occurredAt.toLocalTime(), QLocale::ShortFormat);
    case What: return describe(h.event);
    case Staff: return h.staffName;
    case Workstation: return h.event.workstationId.left(8);
    case Reason: return h.event.detail.value(QStringLiteral("reason")).toString();
    default: return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("When");
    case What: return tr("What");
    case Staff: return tr("Who");
    case Workstation: return tr("Workstation");
    case Reason: return tr("Reason");
    default: return {};
    }
}

} // namespace mdg
