#pragma once

#include "workflow/CaseService.h"

#include <QAbstractTableModel>

namespace mdg {

// The stage history of one case: what happened, who did it, where and when.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, What, Staff, Workstation, Reason, ColumnCount };

    explicit HistoryModel(QObject* parent = nullptr)
        : QAbstractTableModel(parent)
    { }

    void setEntries(QList<CaseService::HistoryEntry> entries);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString describe(const CaseEvent& e);

private:
    QList<CaseService::HistoryEntry> m_entries;
};

} // namespace mdg
