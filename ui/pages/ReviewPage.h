#pragma once

#include "AppContext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace mdg {

class CaseListModel;

// The queue of cases waiting for the second-stage check, oldest first, with how long each
// has waited. Opening a case claims it first (exclusive across workstations), so two
// reviewers never check the same case. Below it, the approved cases the records system has
// not accepted yet, with what went wrong and a button to send them again.
class ReviewPage : public QWidget
{
    Q_OBJECT
public:
    ReviewPage(AppContext& ctx, Actor actor, QWidget* parent = nullptr);

public slots:
    void refresh();

signals:
    void caseClaimed(const QUuid& id);

private:
    void show(const Result<CaseService::Listing>& listing, const Result<QList<Submission>>& waiting);
    void openSelected();
    void submitWaiting();

    AppContext& m_ctx;
    Actor m_actor;
    CaseListModel* m_queue;
    QStandardItemModel* m_waiting;
    QTableView* m_view;
    QLabel* m_summary;
    QLabel* m_message;
    QPushButton* m_open;
    QPushButton* m_retry;
};

} // namespace mdg
