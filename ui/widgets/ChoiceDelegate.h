#pragma once

#include <QList>
#include <QPair>
#include <QStyledItemDelegate>

namespace mdg {

// A combo box editor over fixed choices (value stored in the model, label shown).
// `editable` lets the clerk type a value outside the list.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using Choice = QPair<QString, QString>; // value, label
    ChoiceDelegate(QList<Choice> choices, bool editable, QObject* parent = nullptr)
        : QStyledItemDelegate(parent)
        , m_choices(std::move(choices))
        , m_editable(editable)
    { }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    QList<Choice> m_choices;
    bool m_editable;
};

} // namespace mdg
