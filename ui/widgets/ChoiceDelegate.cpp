#include "ChoiceDelegate.h"

#include <QComboBox>

namespace mdg {

QWidget* ChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("choiceEditor"));
    combo->setEditable(m_editable);
    for (const Choice& c : m_choices)
        combo->addItem(c.second, c.first);
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    const QString value = index.data(Qt::EditRole).toString();
    const int i = combo->findData(value);
    if (i >= 0)
        combo->setCurrentIndex(i);
    else if (m_editable)
        combo->setEditText(value);
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    const int i = combo->findText(combo->currentText());
    model->setData(index, i >= 0 ? combo->itemData(i) : QVariant(combo->currentText()), Qt::EditRole);
}

} // namespace mdg
