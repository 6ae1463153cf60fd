#pragma once

#include "domain/Person.h"

#include <QAbstractTableModel>

namespace mdg {

// The members of a household, editable on the walk-in form and read-only on the case.
class MembersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, NameKana, BirthDate, SexColumn, Relationship, ColumnCount };

    explicit MembersModel(bool editable, QObject* parent = nullptr)
        : QAbstractTableModel(parent)
        , m_editable(editable)
    { }

    void setMembers(QList<Person> members);
    const QList<Person>& members() const { return m_members; }
    void addMember();
    void removeMember(int row);
    // A message for the clerk naming the first incomplete row, or empty when all are complete.
    QString validate() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Person> m_members;
    bool m_editable;
};

} // namespace mdg
