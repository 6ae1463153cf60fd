#pragma once

#include "AppContext.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace mdg {

class CaseListModel;

// The queue of cases waiting for the second-stage check, oldest first.
class ReviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPage(AppContext& ctx, QWidget* parent = nullptr);

public slots:
    void refresh();

signals:
    void openCaseRequested(const QUuid& id);

private:
    void openSelected();

    AppContext& m_ctx;
    CaseListModel* m_queue;
    QTableView* m_view;
    QLabel* m_summary;
};

} // namespace mdg
