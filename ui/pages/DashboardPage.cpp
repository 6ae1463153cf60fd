#include "DashboardPage.h"

#include "widgets/StageBars.h"
#include "widgets/Ui.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace mdg {

DashboardPage::DashboardPage(AppContext& ctx, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_table(new QStandardItemModel(this))
    , m_bars(new StageBars)
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_bars->setObjectName(QStringLiteral("stageBars"));
    m_bars->setAccessibleName(tr("Cases per stage"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    auto* view = ui::tableView(m_table, QStringLiteral("stageCountsView"), tr("Cases per stage"));
    auto* refreshButton = ui::button(tr("Refresh"), QStringLiteral("refreshDashboardButton"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(refreshButton);
    auto* body = new QHBoxLayout;
    body->addWidget(view, 1);
    body->addWidget(m_bars, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(body, 1);

    connect(refreshButton, &QPushButton::clicked, this, &DashboardPage::refresh);
    auto* timer = new QTimer(this);
    timer->setInterval(30'000);
    connect(timer, &QTimer::timeout, this, &DashboardPage::refresh);
    timer->start();
    refresh();
}

void DashboardPage::refresh()
{
    auto counts = m_ctx.cases.countsByStage();
    if (!counts) {
        m_summary->setText(counts.error());
        return;
    }
    m_table->clear();
    m_table->setHorizontalHeaderLabels({tr("Stage"), tr("Cases")});
    int open = 0;
    for (Stage s : allStages()) {
        const int n = counts->value(s);
        if (!isTerminal(s))
            open += n;
        auto* count = new QStandardItem(QString::number(n));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->appendRow({new QStandardItem(stageDisplayName(s)), count});
    }
    m_bars->setCounts(counts.value());
    auto today = m_ctx.cases.todaysCases();
    m_summary->setText(tr("Open cases: %1   Received today: %2   As of %3")
                           .arg(open)
                           .arg(today ? today->size() : 0)
                           .arg(QLocale().toString(m_ctx.clock.nowUtc().toLocalTime().time(), QLocale::ShortFormat)));
}

} // namespace mdg
