#include "GuidanceModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace mdg {

void GuidanceModel::setChecklist(
    QList<guidance::ChecklistEntry> entries, QList<Person> members, QHash<QString, QString> staffNames)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_members = std::move(members);
    m_staffNames = std::move(staffNames);
    endResetModel();
}

const guidance::ChecklistEntry* GuidanceModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int GuidanceModel::openCount() const
{
    return int(std::count_if(
        m_entries.cbegin(), m_entries.cend(), [](const auto& e) { return e.mark == guidance::Mark::Open; }));
}

QString GuidanceModel::markName(guidance::Mark m)
{
    switch (m) {
    case guidance::Mark::Open: return tr("To do");
    case guidance::Mark::Done: return tr("Done");
    case guidance::Mark::NotNeeded: return tr("Not needed");
    case guidance::Mark::Referred: return tr("Referred");
    }
    return {};
}

int GuidanceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int GuidanceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GuidanceModel::data(const QModelIndex& index, int role) const
{
    const guidance::ChecklistEntry* e = entry(index.row());
    if (!e)
        return {};
    if (role == Qt::ForegroundRole && index.column() == Status && e->mark == guidance::Mark::Open)
        return QBrush(QColor(0x8a, 0x4b, 0x00));
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    const guidance::Rule& rule = *e->item.rule;
    switch (index.column()) {
    case What:
        if (role == Qt::ToolTipRole) {
            QStringList bring;
            for (const auto& t : rule.bring)
                bring << t.inUiLanguage();
            return bring.isEmpty() ? rule.source : tr("Bring: %1").arg(bring.join(QStringLiteral("、")));
        }
        return rule.title.inUiLanguage();
    case ForWhom: {
        if (e->item.members.isEmpty())
            return tr("Household");
        QStringList names;
        for (const int i : e->item.members)
            if (i < m_members.size())
                names << m_members[i].name;
        return names.join(QStringLiteral("、"));
    }
    case Window:
        return rule.window.isEmpty() ? rule.department.inUiLanguage()
                                     : tr("%1, window %2").arg(rule.department.inUiLanguage(), rule.window);
    case Deadline:
        return e->item.deadline.isValid() ? QLocale().toString(e->item.deadline, QLocale::ShortFormat) : QString();
    case Status:
        if (e->mark == guidance::Mark::Open)
            return markName(e->mark);
        return tr("%1 (%2, %3)")
            .arg(markName(e->mark), m_staffNames.value(e->staffId, e->staffId),
                QLocale().toString(e->at.toLocalTime(), QLocale::ShortFormat));
    default: return {};
    }
}

QVariant GuidanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case What: return tr("Related procedure");
    case ForWhom: return tr("For");
    case Window: return tr("Where");
    case Deadline: return tr("By");
    case Status: return tr("Status");
    default: return {};
    }
}

} // namespace mdg
