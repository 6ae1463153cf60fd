#include "ReviewPage.h"

#include "models/CaseListModel.h"
#include "widgets/Ui.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace mdg {

ReviewPage::ReviewPage(AppContext& ctx, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_queue(new CaseListModel(this))
{
    setObjectName(QStringLiteral("reviewPage"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_view = ui::tableView(m_queue, QStringLiteral("reviewQueueView"), tr("Cases waiting for review"));
    m_view->hideColumn(CaseListModel::StageColumn);
    auto* open = ui::button(tr("&Open for review"), QStringLiteral("openReviewCaseButton"));
    auto* refreshButton = ui::button(tr("Refresh"), QStringLiteral("refreshReviewButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addStretch();
    buttons->addWidget(refreshButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(open, &QPushButton::clicked, this, &ReviewPage::openSelected);
    connect(m_view, &QTableView::activated, this, &ReviewPage::openSelected);
    connect(refreshButton, &QPushButton::clicked, this, &ReviewPage::refresh);
    // Waiting times move on their own; the queue is re-read twice a minute.
    auto* timer = new QTimer(this);
    timer->setInterval(30'000);
    connect(timer, &QTimer::timeout, this, &ReviewPage::refresh);
    timer->start();
    refresh();
}

void ReviewPage::refresh()
{
    auto cases = m_ctx.cases.casesInStage(Stage::Review);
    if (!cases) {
        m_summary->setText(cases.error());
        return;
    }
    auto counts = m_ctx.cases.memberCounts(cases.value());
    m_queue->setCases(cases.value(), counts ? counts.value() : QHash<QUuid, int> {}, m_ctx.clock.nowUtc());
    m_summary->setText(tr("%n case(s) waiting for review, the oldest first.", nullptr, int(cases->size())));
}

void ReviewPage::openSelected()
{
    if (const Case* c = m_queue->caseAt(m_view->currentIndex().row()))
        emit openCaseRequested(c->id);
}

} // namespace mdg
