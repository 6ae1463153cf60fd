#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QtConcurrent>
#include <type_traits>

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

// Runs work() on `pool` and done(result) back on context's thread, unless context is gone by
// then: what reaches the network never blocks the GUI thread. The pool's owner outlives what
// work() uses (AppContext::jobs).
template <typename Work, typename Done> void runInBackground(QThreadPool& pool, QObject* context, Work work, Done done)
{
    using R = std::invoke_result_t<Work>;
    auto* watcher = new QFutureWatcher<R>(context);
    QObject::connect(watcher, &QFutureWatcher<R>::finished, context, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(&pool, std::move(work)));
}

// A page marks itself busy while its store work runs: controls that would act on what is
// being read are disabled, and tests wait for `busy` to clear instead of sleeping.
void setBusy(QWidget* page, bool busy);

} // namespace mdg::ui
