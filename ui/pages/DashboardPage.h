#pragma once

#include "AppContext.h"

#include <QWidget>

class QLabel;
class QStandardItemModel;

namespace mdg {

class StageBars;

// Work per stage across the local store: how many cases sit in each stage now.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(AppContext& ctx, QWidget* parent = nullptr);

public slots:
    void refresh();

private:
    AppContext& m_ctx;
    QStandardItemModel* m_table;
    StageBars* m_bars;
    QLabel* m_summary;
};

} // namespace mdg
