#pragma once

#include "domain/Case.h"

#include <QAbstractTableModel>
#include <QHash>

namespace mdg {

// Case headers for the reception list and the stage queues. No personal data: the
// queue number and reference identify a case at the counter.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { QueueNumber, Reference, ProcedureColumn, StageColumn, Members, Received, Waiting, ColumnCount };
    static constexpr int CaseIdRole = Qt::UserRole + 1;

    explicit CaseListModel(QObject* parent = nullptr)
        : QAbstractTableModel(parent)
    { }

    void setCases(QList<Case> cases, QHash<QUuid, int> memberCounts, const QDateTime& nowUtc);
    const Case* caseAt(int row) const;
    int rowOf(const QUuid& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Case> m_cases;
    QHash<QUuid, int> m_memberCounts;
    QDateTime m_now;
};

} // namespace mdg
