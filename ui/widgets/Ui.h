#pragma once

#include <QString>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QWidget;

// Small builders so every input and action gets an objectName (tests find it) and an
// accessible name (screen readers say it) without repeating the same five lines.
namespace mdg::ui {

void name(QWidget* w, const QString& objectName, const QString& accessibleName);
QPushButton* button(const QString& text, const QString& objectName);
QLineEdit* lineEdit(const QString& objectName, const QString& accessibleName);
QTableView* tableView(QAbstractItemModel* model, const QString& objectName, const QString& accessibleName);
QLabel* messageLabel(const QString& objectName);
void showMessage(QLabel* label, const QString& text, bool isError);

} // namespace mdg::ui
