#include "DashboardPage.h"

#include "guidance/GuidanceRules.h"

#include "widgets/BarChart.h"
#include "widgets/StageBars.h"
#include "widgets/Ui.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace mdg {
namespace {

QString minutes(double seconds)
{
    return QLocale().toString(seconds / 60.0, 'f', 1);
}

QStandardItem* number(const QString& text)
{
    auto* item = new QStandardItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void fillBreakdown(QStandardItemModel* model, const QString& what, const QList<analytics::Breakdown>& rows)
{
    model->clear();
    model->setHorizontalHeaderLabels({what, DashboardPage::tr("Handled"), DashboardPage::tr("Waiting median (min)"),
        DashboardPage::tr("Handling mean (min)"), DashboardPage::tr("Handling median (min)"),
        DashboardPage::tr("Handling p90 (min)")});
    for (const analytics::Breakdown& b : rows)
        model->appendRow(
            {new QStandardItem(b.name), number(QString::number(b.handled)), number(minutes(b.waiting.median)),
                number(minutes(b.handling.mean)), number(minutes(b.handling.median)), number(minutes(b.handling.p90))});
}

QTableView* table(QStandardItemModel* model, const char* objectName, const QString& accessibleName)
{
    auto* view = ui::tableView(model, QString::fromLatin1(objectName), accessibleName);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setSortingEnabled(false);
    return view;
}

} // namespace

DashboardPage::DashboardPage(AppContext& ctx, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_actor(std::move(actor))
    , m_analytics(ctx.db)
    , m_counts(new QStandardItemModel(this))
    , m_stages(new QStandardItemModel(this))
    , m_staff(new QStandardItemModel(this))
    , m_counters(new QStandardItemModel(this))
    , m_wards(new QStandardItemModel(this))
    , m_guidance(new QStandardItemModel(this))
    , m_bars(new StageBars)
    , m_byHour(new BarChart)
    , m_byDay(new BarChart)
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_pool.setMaxThreadCount(1); // one computation at a time: the visit log is not shared
    const QDate today = m_ctx.clock.nowUtc().toLocalTime().date();
    m_from = new QDateEdit(today.addDays(-364));
    ui::name(m_from, QStringLiteral("dashboardFromDate"), tr("Arrivals from"));
    m_to = new QDateEdit(today);
    ui::name(m_to, QStringLiteral("dashboardToDate"), tr("Arrivals until"));
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_ward = new QComboBox;
    ui::name(m_ward, QStringLiteral("dashboardWardCombo"), tr("Ward"));
    m_ward->addItem(tr("All wards"), QString());
    m_procedure = new QComboBox;
    ui::name(m_procedure, QStringLiteral("dashboardProcedureCombo"), tr("Procedure"));
    m_procedure->addItem(tr("All procedures"), QString());
    for (Procedure p : allProcedures())
        m_procedure->addItem(procedureDisplayName(p), procedureKey(p));
    m_target = new QSpinBox;
    ui::name(m_target, QStringLiteral("targetWaitSpin"), tr("Waiting target in minutes"));
    m_target->setRange(5, 240);
    m_target->setValue(30);
    m_target->setSuffix(tr(" min"));
    auto* refreshButton = ui::button(tr("&Refresh"), QStringLiteral("refreshDashboardButton"));
    auto* exportButton = ui::button(tr("&Export CSV…"), QStringLiteral("exportCsvButton"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Arrivals from")));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("until")));
    filters->addWidget(m_to);
    filters->addSpacing(12);
    filters->addWidget(m_ward);
    filters->addWidget(m_procedure);
    filters->addSpacing(12);
    filters->addWidget(new QLabel(tr("Waiting target")));
    filters->addWidget(m_target);
    filters->addStretch(1);
    filters->addWidget(refreshButton);
    filters->addWidget(exportButton);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    m_bottleneck = new QLabel;
    m_bottleneck->setObjectName(QStringLiteral("bottleneckLabel"));
    m_bottleneck->setWordWrap(true);
    QFont strong = m_bottleneck->font();
    strong.setPointSizeF(strong.pointSizeF() * 1.25);
    strong.setBold(true);
    m_bottleneck->setFont(strong);
    m_message = ui::messageLabel(QStringLiteral("dashboardMessage"));
    m_office = new QLabel;
    m_office->setObjectName(QStringLiteral("officeTimeLabel"));
    m_office->setWordWrap(true);
    m_office->setFont(strong);
    m_staffing = new QLabel;
    m_staffing->setObjectName(QStringLiteral("staffingAdviceLabel"));
    m_staffing->setWordWrap(true);
    m_estimate = new QLabel;
    m_estimate->setObjectName(QStringLiteral("estimatedWaitLabel"));
    m_estimate->setWordWrap(true);
    m_officeByDay = new QStandardItemModel(this);
    m_officeByHour = new QStandardItemModel(this);
    m_live = new QStandardItemModel(this);

    m_bars->setObjectName(QStringLiteral("stageBars"));
    m_bars->setAccessibleName(tr("Cases per stage"));
    auto* now = new QWidget;
    auto* nowLayout = new QHBoxLayout(now);
    nowLayout->addWidget(table(m_counts, "stageCountsView", tr("Cases per stage")), 1);
    nowLayout->addWidget(m_bars, 2);
    m_byHour->setObjectName(QStringLiteral("arrivalsByHourChart"));
    m_byHour->setAccessibleName(tr("Arrivals by hour of the day"));
    m_byDay->setObjectName(QStringLiteral("arrivalsByDayChart"));
    m_byDay->setAccessibleName(tr("Arrivals by day of the year"));
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    auto* office = new QWidget;
    auto* officeLayout = new QHBoxLayout(office);
    officeLayout->addWidget(table(m_officeByDay, "officeByDayView", tr("Time in the office per day")), 3);
    officeLayout->addWidget(table(m_officeByHour, "officeByHourView", tr("Time in the office by hour of arrival")), 2);
    auto* live = new QWidget;
    auto* liveLayout = new QVBoxLayout(live);
    liveLayout->addWidget(m_estimate);
    liveLayout->addWidget(table(m_live, "liveBoardView", tr("Numbers called and served now")), 1);
    m_tabs->addTab(office, tr("Time in the office"));
    m_tabs->addTab(live, tr("Live board"));
    m_tabs->addTab(table(m_stages, "stageFiguresView", tr("Waiting and handling per stage")), tr("Stages"));
    m_tabs->addTab(now, tr("Now"));
    m_tabs->addTab(m_byHour, tr("Arrivals by hour"));
    m_tabs->addTab(m_byDay, tr("Arrivals by day"));
    m_tabs->addTab(table(m_staff, "staffFiguresView", tr("Figures per staff member")), tr("Staff"));
    m_tabs->addTab(table(m_counters, "counterFiguresView", tr("Figures per counter")), tr("Counters"));
    m_tabs->addTab(table(m_wards, "wardFiguresView", tr("Figures per ward")), tr("Wards"));
    m_tabs->addTab(
        table(m_guidance, "guidanceFiguresView", tr("Related procedures ticked per kind")), tr("Related procedures"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_office);
    layout->addWidget(m_bottleneck);
    layout->addWidget(m_staffing);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);

    connect(refreshButton, &QPushButton::clicked, this, &DashboardPage::refresh);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the figures"),
            QStringLiteral("madoguchi-%1.csv")
                .arg(m_ctx.clock.nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm"))),
            tr("CSV (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    for (QDateEdit* e : {m_from, m_to})
        connect(e, &QDateEdit::dateChanged, this, &DashboardPage::refresh);
    connect(m_ward, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    connect(m_procedure, &QComboBox::currentIndexChanged, this, &DashboardPage::refresh);
    connect(m_target, &QSpinBox::valueChanged, this, &DashboardPage::refresh);
    connect(&m_watcher, &QFutureWatcher<AnalyticsService::Answer>::finished, this, [this] {
        show(m_watcher.result());
        if (std::exchange(m_again, false))
            refresh();
    });
    auto* timer = new QTimer(this);
    timer->setInterval(30'000);
    connect(timer, &QTimer::timeout, this, &DashboardPage::refresh);
    timer->start();
    refresh();
}

DashboardPage::~DashboardPage()
{
    m_watcher.waitForFinished();
    m_pool.waitForDone();
}

void DashboardPage::refresh()
{
    showCounts();
    if (m_watcher.isRunning()) {
        m_again = true; // the filters changed while computing: once more afterwards
        return;
    }
    AnalyticsService::Query q;
    q.from = m_from->date();
    q.to = m_to->date();
    q.ward = m_ward->currentData().toString();
    q.procedure = procedureFromKey(m_procedure->currentData().toString());
    q.targetWaitMinutes = m_target->value();
    const qint64 now = m_ctx.clock.nowUtc().toMSecsSinceEpoch();
    if (!m_last)
        m_summary->setText(tr("Reading the event log…"));
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [this, q, now] { return m_analytics.compute(q, now); }));
}

void DashboardPage::showCounts()
{
    // The live board: the office's queue as the central store holds it now.
    QueueService* queue = &m_ctx.queue;
    SignInService* accounts = &m_ctx.accounts;
    ui::runInBackground(
        m_ctx.jobs, this,
        [queue, accounts] {
            QHash<QString, QString> names;
            if (const auto staff = accounts->staff())
                for (const StaffMember& s : staff.value())
                    names.insert(s.id, s.displayName);
            return std::make_tuple(queue->tickets(), queue->board(), names);
        },
        [this](const std::tuple<Result<QList<queue::Ticket>>, Result<queue::Board>, QHash<QString, QString>>& live) {
            showLive(std::get<0>(live), std::get<1>(live), std::get<2>(live));
        });
    CaseService* cases = &m_ctx.cases;
    ui::runInBackground(
        m_ctx.store, this, [cases] { return cases->countsByStage(); },
        [this](const Result<QHash<Stage, int>>& counts) { showCounts(counts); });
}

void DashboardPage::showLive(const Result<QList<queue::Ticket>>& tickets, const Result<queue::Board>& board,
    const QHash<QString, QString>& staffNames)
{
    if (!tickets || !board) {
        m_estimate->setText(tickets ? board.error() : tickets.error());
        return;
    }
    QStringList lines;
    for (const queue::StageLine& l : board->stages)
        lines << tr("%1: %2 waiting").arg(stageDisplayName(l.stage)).arg(l.waiting);
    m_estimate->setText(
        tr("Waiting now — %1. A number drawn now is called at reception in %2.")
            .arg(lines.join(QStringLiteral(", ")),
                board->estimatedWaitMinutes ? tr("about %1 min").arg(qRound(*board->estimatedWaitMinutes))
                                            : tr("an unknown time (no calls in the last hour)")));
    m_live->clear();
    m_live->setHorizontalHeaderLabels({tr("No."), tr("Stage"), tr("Status"), tr("Counter"), tr("Called by"),
        tr("Calls"), tr("Waiting since"), tr("In the office (min)")});
    const QDateTime now = m_ctx.clock.nowUtc();
    for (const queue::Ticket& t : tickets.value()) {
        if (t.status == queue::TicketStatus::Done)
            continue;
        const QString status = t.status == queue::TicketStatus::Waiting ? tr("waiting")
            : t.status == queue::TicketStatus::Called                   ? tr("called")
            : t.status == queue::TicketStatus::Serving                  ? tr("being served")
            : t.status == queue::TicketStatus::Parked                   ? tr("not present (parked)")
                                                                        : tr("on hold");
        m_live->appendRow({number(QString::number(t.number)), new QStandardItem(stageDisplayName(t.stage)),
            new QStandardItem(status), new QStandardItem(t.calledCounter.isEmpty() ? t.counter : t.calledCounter),
            new QStandardItem(staffNames.value(t.calledBy)), number(QString::number(t.calls)),
            new QStandardItem(QLocale().toString(t.waitingSince.toLocalTime().time(), QLocale::ShortFormat)),
            number(QLocale().toString(t.arrivedAt.secsTo(now) / 60))});
    }
}

void DashboardPage::showCounts(const Result<QHash<Stage, int>>& counts)
{
    if (!counts) {
        ui::showMessage(m_message, counts.error(), true);
        return;
    }
    m_counts->clear();
    m_counts->setHorizontalHeaderLabels({tr("Stage"), tr("Cases")});
    for (Stage s : allStages())
        m_counts->appendRow({new QStandardItem(stageDisplayName(s)), number(QString::number(counts->value(s)))});
    m_bars->setCounts(counts.value());
}

void DashboardPage::show(const AnalyticsService::Answer& answer)
{
    const analytics::Dashboard& d = answer.dashboard;
    m_last = d;
    if (!answer.warning.isEmpty())
        ui::showMessage(m_message, answer.warning, true);
    // New wards appear in the filter as sync brings their events.
    for (const QString& w : answer.wards)
        if (m_ward->findData(w) < 0)
            m_ward->addItem(w, w);
    int open = 0;
    for (const analytics::StageFigures& f : d.stages)
        open += f.inProgress;
    m_summary->setText(
        tr("Cases that arrived in the range: %1   In progress now: %2   Events read: %3   As of %4")
            .arg(QLocale().toString(d.cases), QLocale().toString(open), QLocale().toString(answer.events),
                QLocale().toString(m_ctx.clock.nowUtc().toLocalTime().time(), QLocale::ShortFormat)));
    m_bottleneck->setText(analytics::describeBottleneck(d));
    m_office->setText(analytics::describeOfficeTime(answer.office));
    m_staffing->setText(analytics::describeStaffing(answer.staffing));
    m_officeByDay->clear();
    m_officeByDay->setHorizontalHeaderLabels({tr("Day"), tr("Residents"), tr("In the office median (min)"),
        tr("In the office p90 (min)"), tr("Waited over the target")});
    for (auto it = answer.office.byDay.crbegin(); it != answer.office.byDay.crend(); ++it)
        m_officeByDay->appendRow({new QStandardItem(QLocale().toString(it->day, QLocale::ShortFormat)),
            number(QLocale().toString(it->residents)), number(minutes(it->timeInOffice.median)),
            number(minutes(it->timeInOffice.p90)),
            number(QStringLiteral("%1 %").arg(it->residents ? qRound(100.0 * it->overTarget / it->residents) : 0))});
    m_officeByHour->clear();
    m_officeByHour->setHorizontalHeaderLabels(
        {tr("Arrived at"), tr("Residents"), tr("In the office median (min)"), tr("In the office p90 (min)")});
    for (int h = 0; h < 24; ++h) {
        const analytics::Durations& hour = answer.office.byHour[size_t(h)];
        if (hour.count > 0)
            m_officeByHour->appendRow({new QStandardItem(QStringLiteral("%1:00").arg(h)),
                number(QLocale().toString(hour.count)), number(minutes(hour.median)), number(minutes(hour.p90))});
    }

    m_stages->clear();
    m_stages->setHorizontalHeaderLabels(
        {tr("Stage"), tr("Completed"), tr("In progress"), tr("Waiting now"), tr("Waiting mean (min)"),
            tr("Waiting median (min)"), tr("Waiting p90 (min)"), tr("Handling mean (min)"), tr("Handling median (min)"),
            tr("Handling p90 (min)"), tr("Per hour"), tr("Share of waiting"), tr("Sent back")});
    for (const analytics::StageFigures& f : d.stages) {
        auto* name = new QStandardItem(stageDisplayName(f.stage));
        if (d.bottleneck == f.stage) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
            name->setBackground(QColor(0xff, 0xe8, 0xc0));
        }
        m_stages->appendRow({name, number(QLocale().toString(f.completed)), number(QLocale().toString(f.inProgress)),
            number(QLocale().toString(f.waitingNow)), number(minutes(f.waiting.mean)),
            number(minutes(f.waiting.median)), number(minutes(f.waiting.p90)), number(minutes(f.handling.mean)),
            number(minutes(f.handling.median)), number(minutes(f.handling.p90)),
            number(QLocale().toString(f.perHour, 'f', 1)),
            number(QStringLiteral("%1 %").arg(qRound(f.waitingShare * 100))), number(QLocale().toString(f.sentBack))});
    }
    fillBreakdown(m_staff, tr("Staff member"), d.byStaff);
    fillBreakdown(m_counters, tr("Counter"), d.byCounter);
    fillBreakdown(m_wards, tr("Ward"), d.byWard);
    // Done here against referred to another window: how much of a move one counter settles.
    m_guidance->clear();
    m_guidance->setHorizontalHeaderLabels(
        {tr("Related procedure"), tr("Done"), tr("Referred"), tr("Not needed"), tr("Done at the counter")});
    for (const analytics::GuidanceCount& g : d.guidance) {
        const auto* rule = guidance::GuidanceRules::builtIn().rule(g.item);
        const QString title = rule ? rule->title.inUiLanguage() : g.item;
        const int acted = g.done + g.referred;
        m_guidance->appendRow({new QStandardItem(title), number(QLocale().toString(g.done)),
            number(QLocale().toString(g.referred)), number(QLocale().toString(g.notNeeded)),
            number(acted > 0 ? QStringLiteral("%1 %").arg(qRound(100.0 * g.done / acted)) : QString())});
    }

    QVector<int> hours(d.arrivalsByHour.cbegin(), d.arrivalsByHour.cend());
    QStringList hourLabels;
    for (int h = 0; h < 24; ++h)
        hourLabels << (h % 3 == 0 ? QString::number(h) : QString());
    m_byHour->setData(tr("Arrivals by hour of the day (cases in the range)"), hours, hourLabels);
    // Day of the year from 1 January; the moving season (March and April) in the accent.
    QVector<int> days(d.arrivalsByDayOfYear.cbegin() + 1, d.arrivalsByDayOfYear.cend());
    QStringList dayLabels;
    QVector<bool> season(days.size());
    for (int i = 0; i < days.size(); ++i) {
        const QDate date = QDate(2024, 1, 1).addDays(i); // a leap year: 366 days
        dayLabels << (date.day() == 1 ? QLocale().monthName(date.month(), QLocale::ShortFormat) : QString());
        season[i] = date.month() == 3 || date.month() == 4;
    }
    m_byDay->setData(tr("Arrivals by day of the year (March and April highlighted)"), days, dayLabels, season);
}

bool DashboardPage::exportCsv(const QString& path)
{
    if (!m_last) {
        ui::showMessage(m_message, tr("The figures are not ready yet."), true);
        return false;
    }
    Database* store = &m_ctx.db;
    ui::runInBackground(
        m_ctx.store, this,
        [store, actor = m_actor, figures = *m_last, path, now = m_ctx.clock.nowUtc()] {
            return AnalyticsService::exportCsv(*store, actor, figures, path, now);
        },
        [this, path](const Result<void>& done) {
            if (done)
                ui::showMessage(m_message, tr("Exported to %1.").arg(path), false);
            else
                ui::showMessage(m_message, done.error(), true);
            emit exported(bool(done));
        });
    return true;
}

} // namespace mdg
