#pragma once

#include "AppContext.h"
#include "analytics/AnalyticsService.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWidget>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QStandardItemModel;
class QTabWidget;

namespace mdg {

class BarChart;
class StageBars;

// The supervisors' page: per stage waiting and handling (mean, median, p90), work in
// progress, throughput and the bottleneck in words; breakdowns by staff, counter and ward;
// arrivals by hour and by day of the year; filters by dates, ward and procedure; CSV
// export. The figures are computed on a worker thread from the event log and refresh
// every 30 s.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    DashboardPage(AppContext& ctx, Actor actor, QWidget* parent = nullptr);
    ~DashboardPage() override;

    bool isComputing() const { return m_watcher.isRunning(); }
    // Writes the figures on screen in the background, audited (exported() tells how it went);
    // false with the reason shown on the page when there is nothing to write yet.
    bool exportCsv(const QString& path);

signals:
    void exported(bool written);

public slots:
    void refresh();

private:
    void showCounts();
    void showLive(const Result<QList<queue::Ticket>>& tickets, const Result<queue::Board>& board,
        const QHash<QString, QString>& staffNames);
    void showCounts(const Result<QHash<Stage, int>>& counts);
    void show(const AnalyticsService::Answer& answer);

    AppContext& m_ctx;
    Actor m_actor;
    AnalyticsService m_analytics; // touched only on m_pool's thread
    QThreadPool m_pool;
    QFutureWatcher<AnalyticsService::Answer> m_watcher;
    bool m_again = false;
    std::optional<analytics::Dashboard> m_last;

    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_ward;
    QComboBox* m_procedure;
    QLabel* m_summary;
    QLabel* m_bottleneck;
    QLabel* m_office = nullptr; // how long residents stayed and waited
    QLabel* m_staffing = nullptr; // the staffing advice
    QLabel* m_estimate = nullptr; // the live board's estimated wait
    QSpinBox* m_target = nullptr; // minutes of waiting the city aims at
    QStandardItemModel* m_officeByDay = nullptr;
    QStandardItemModel* m_officeByHour = nullptr;
    QStandardItemModel* m_live = nullptr; // numbers being called or served now
    QLabel* m_message;
    QTabWidget* m_tabs;
    QStandardItemModel* m_counts;
    QStandardItemModel* m_stages;
    QStandardItemModel* m_staff;
    QStandardItemModel* m_counters;
    QStandardItemModel* m_wards;
    QStandardItemModel* m_guidance; // related procedures ticked, per kind
    StageBars* m_bars;
    BarChart* m_byHour;
    BarChart* m_byDay;
};

} // namespace mdg
