#include "CaseListModel.h"

#include <QLocale>

namespace mdg {

void CaseListModel::setCases(QList<Case> cases, QHash<QUuid, int> memberCounts, const QDateTime& nowUtc)
{
    beginResetModel();
    m_cases = std::move(cases);
    m_memberCounts = std::move(memberCounts);
    m_now = nowUtc;
    endResetModel();
}

const Case* CaseListModel::caseAt(int row) const
{
    return row >= 0 && row < m_cases.size() ? &m_cases.at(row) : nullptr;
}

int CaseListModel::rowOf(const QUuid& id) const
{
    for (int i = 0; i < m_cases.size(); ++i)
        if (m_cases.at(i).id == id)
            return i;
    return -1;
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    const Case* c = caseAt(index.row());
    if (!c)
        return {};
    if (role == CaseIdRole)
        return c->id;
    if (role == Qt::TextAlignmentRole && (index.column() == QueueNumber || index.column() == Members))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case QueueNumber: return c->queueNumber;
    case Reference: return c->reference;
    case ProcedureColumn: return procedureDisplayName(c->procedure);
    case StageColumn: return stageDisplayName(c->stage);
    case Members: return m_memberCounts.value(c->id);
    case Received: return QLocale().toString(c->createdAt.toLocalTime().time(), QLocale::ShortFormat);
    case Waiting: {
        const qint64 minutes = c->updatedAt.secsTo(m_now) / 60;
        return tr("%n min", nullptr, int(std::max<qint64>(0, minutes)));
    }
    default: return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case QueueNumber: return tr("No.");
    case Reference: return tr("Reference");
    case ProcedureColumn: return tr("Procedure");
    case StageColumn: return tr("Stage");
    case Members: return tr("Members");
    case Received: return tr("Received");
    case Waiting: return tr("In stage for");
    default: return {};
    }
}

} // namespace mdg
