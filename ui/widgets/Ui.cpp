#include "Ui.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QWidget>

namespace mdg::ui {

void name(QWidget* w, const QString& objectName, const QString& accessibleName)
{
    w->setObjectName(objectName);
    w->setAccessibleName(accessibleName);
}

QPushButton* button(const QString& text, const QString& objectName)
{
    auto* b = new QPushButton(text);
    name(b, objectName, QString(text).remove(QLatin1Char('&')));
    return b;
}

QLineEdit* lineEdit(const QString& objectName, const QString& accessibleName)
{
    auto* e = new QLineEdit;
    name(e, objectName, accessibleName);
    e->setPlaceholderText(accessibleName);
    return e;
}

QTableView* tableView(QAbstractItemModel* model, const QString& objectName, const QString& accessibleName)
{
    auto* v = new QTableView;
    name(v, objectName, accessibleName);
    v->setModel(model);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->setAlternatingRowColors(true);
    v->setTabKeyNavigation(false); // Tab leaves the table, so the form stays keyboard-friendly
    v->verticalHeader()->hide();
    v->horizontalHeader()->setStretchLastSection(true);
    v->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Widths from the rows in view only: measuring a thousand rows at every reset of a
    // city's list held the GUI thread about 14 ms (bench ui).
    v->horizontalHeader()->setResizeContentsPrecision(0);
    return v;
}

QLabel* messageLabel(const QString& objectName)
{
    auto* l = new QLabel;
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

void showMessage(QLabel* label, const QString& text, bool isError)
{
    label->setStyleSheet(
        isError ? QStringLiteral("color: #b00020; font-weight: bold;") : QStringLiteral("color: #1b5e20;"));
    label->setText(text);
    label->setAccessibleDescription(text);
}

void setBusy(QWidget* page, bool busy)
{
    page->setProperty("busy", busy);
    if (busy)
        page->setCursor(Qt::BusyCursor);
    else
        page->unsetCursor();
}

} // namespace mdg::ui
