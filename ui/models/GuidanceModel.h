#pragma once

#include "guidance/Checklist.h"

#include <QAbstractTableModel>
#include <QHash>

namespace mdg {

// The case's related procedures as the clerk ticks them: what, for whom, where, by when,
// and the last tick with who and when.
class GuidanceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Status, What, Deadline, Window, ForWhom, ColumnCount };

    explicit GuidanceModel(QObject* parent = nullptr)
        : QAbstractTableModel(parent)
    { }

    // `staffNames` maps staff ids to the names shown; `members` names the household's members.
    void setChecklist(
        QList<guidance::ChecklistEntry> entries, QList<Person> members, QHash<QString, QString> staffNames);
    const guidance::ChecklistEntry* entry(int row) const;
    int openCount() const;
    static QString markName(guidance::Mark m);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<guidance::ChecklistEntry> m_entries;
    QList<Person> m_members;
    QHash<QString, QString> m_staffNames;
};

} // namespace mdg
