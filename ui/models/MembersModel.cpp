#include "MembersModel.h"

#include <QLocale>

namespace mdg {

void MembersModel::setMembers(QList<Person> members)
{
    beginResetModel();
    m_members = std::move(members);
    endResetModel();
}

void MembersModel::addMember()
{
    const int row = int(m_members.size());
    beginInsertRows({}, row, row);
    Person p;
    // The first member is usually the head of the household.
    p.relationship = row == 0 ? QStringLiteral("世帯主") : QString();
    m_members << p;
    endInsertRows();
}

void MembersModel::removeMember(int row)
{
    if (row < 0 || row >= m_members.size())
        return;
    beginRemoveRows({}, row, row);
    m_members.removeAt(row);
    endRemoveRows();
}

QString MembersModel::validate() const
{
    if (m_members.isEmpty())
        return tr("Add at least one member.");
    for (int i = 0; i < m_members.size(); ++i) {
        const Person& p = m_members.at(i);
        if (p.name.trimmed().isEmpty())
            return tr("Member %1: enter the name.").arg(i + 1);
        if (!p.birthDate.isValid())
            return tr("Member %1: enter the date of birth.").arg(i + 1);
        if (p.relationship.trimmed().isEmpty())
            return tr("Member %1: enter the relationship to the head of household.").arg(i + 1);
    }
    return {};
}

int MembersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int MembersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MembersModel::data(const QModelIndex& index, int role) const
{
    if (index.row() < 0 || index.row() >= m_members.size())
        return {};
    const Person& p = m_members.at(index.row());
    const bool edit = role == Qt::EditRole;
    if (role != Qt::DisplayRole && !edit && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Name: return p.name;
    case NameKana: return p.nameKana;
    case BirthDate:
        if (edit)
            return p.birthDate.isValid() ? p.birthDate : QDate(1990, 1, 1);
        return p.birthDate.isValid() ? QLocale().toString(p.birthDate, QLocale::ShortFormat) : QString();
    case SexColumn: return edit ? sexKey(p.sex) : sexDisplayName(p.sex);
    case Relationship: return p.relationship;
    default: return {};
    }
}

bool MembersModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_editable || role != Qt::EditRole || index.row() < 0 || index.row() >= m_members.size())
        return false;
    Person& p = m_members[index.row()];
    switch (index.column()) {
    case Name: p.name = value.toString().trimmed(); break;
    case NameKana: p.nameKana = value.toString().trimmed(); break;
    case BirthDate: p.birthDate = value.toDate(); break;
    case SexColumn: {
        const auto s = sexFromKey(value.toString());
        if (!s)
            return false;
        p.sex = *s;
        break;
    }
    case Relationship: p.relationship = value.toString().trimmed(); break;
    default: return false;
    }
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags MembersModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    // The table itself (the invalid index) is no cell to edit.
    return m_editable && index.isValid() ? f | Qt::ItemIsEditable : f;
}

QVariant MembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case NameKana: return tr("Name (kana)");
    case BirthDate: return tr("Date of birth");
    case SexColumn: return tr("Sex");
    case Relationship: return tr("Relationship");
    default: return {};
    }
}

} // namespace mdg
