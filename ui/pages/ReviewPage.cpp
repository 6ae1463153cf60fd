#include "ReviewPage.h"

#include "models/CaseListModel.h"
#include "widgets/Ui.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace mdg {

ReviewPage::ReviewPage(AppContext& ctx, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_actor(std::move(actor))
    , m_queue(new CaseListModel(this))
    , m_waiting(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("reviewPage"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_view = ui::tableView(m_queue, QStringLiteral("reviewQueueView"), tr("Cases waiting for review"));
    m_view->hideColumn(CaseListModel::StageColumn);
    m_open = ui::button(tr("&Open for review"), QStringLiteral("openReviewCaseButton"));
    auto* refreshButton = ui::button(tr("Refresh"), QStringLiteral("refreshReviewButton"));
    m_message = ui::messageLabel(QStringLiteral("reviewMessage"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_message, 1);
    buttons->addWidget(refreshButton);

    auto* waitingBox = new QGroupBox(tr("Approved, not yet accepted by the records system"));
    auto* waitingView = ui::tableView(m_waiting, QStringLiteral("waitingSubmissionsView"),
        tr("Approved cases not yet accepted by the records system"));
    waitingView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    waitingView->horizontalHeader()->setStretchLastSection(true);
    m_retry = ui::button(tr("Send &again"), QStringLiteral("retrySubmissionsButton"));
    auto* waitingLayout = new QVBoxLayout(waitingBox);
    waitingLayout->addWidget(waitingView);
    waitingLayout->addWidget(m_retry, 0, Qt::AlignLeft);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 3);
    layout->addLayout(buttons);
    layout->addWidget(waitingBox, 1);

    connect(m_open, &QPushButton::clicked, this, &ReviewPage::openSelected);
    connect(m_view, &QTableView::activated, this, &ReviewPage::openSelected);
    connect(refreshButton, &QPushButton::clicked, this, &ReviewPage::refresh);
    connect(m_retry, &QPushButton::clicked, this, &ReviewPage::submitWaiting);
    // Waiting times move on their own; the queue is re-read twice a minute.
    auto* timer = new QTimer(this);
    timer->setInterval(30'000);
    connect(timer, &QTimer::timeout, this, &ReviewPage::refresh);
    timer->start();
    refresh();
}

void ReviewPage::refresh()
{
    struct Queue
    {
        Result<CaseService::Listing> listing;
        Result<QList<Submission>> waiting;
    };
    AppContext* ctx = &m_ctx;
    ui::setBusy(this, true);
    ui::runInBackground(
        m_ctx.store, this,
        [ctx] {
            return Queue {CaseService::Listing::of(ctx->cases, ctx->cases.casesInStage(Stage::Review)),
                ctx->submissions.waiting()};
        },
        [this](const Queue& q) {
            ui::setBusy(this, false);
            show(q.listing, q.waiting);
        });
}

void ReviewPage::show(const Result<CaseService::Listing>& listing, const Result<QList<Submission>>& waiting)
{
    if (!listing) {
        m_summary->setText(listing.error());
        return;
    }
    m_queue->setCases(listing->cases, listing->memberCounts, m_ctx.clock.nowUtc());
    m_summary->setText(tr("%n case(s) waiting for review, the oldest first.", nullptr, int(listing->cases.size())));

    m_waiting->clear();
    m_waiting->setHorizontalHeaderLabels({tr("Reference"), tr("Approved"), tr("Attempts"), tr("Last error")});
    if (waiting)
        for (const Submission& s : waiting.value()) {
            auto* reference = new QStandardItem(s.reference);
            reference->setData(s.caseId, Qt::UserRole); // what submitWaiting sends
            m_waiting->appendRow(
                {reference, new QStandardItem(QLocale().toString(s.approvedAt.toLocalTime(), QLocale::ShortFormat)),
                    new QStandardItem(QString::number(s.attempts)), new QStandardItem(s.lastError)});
        }
    m_retry->setEnabled(waiting && !waiting->isEmpty());
}

void ReviewPage::openSelected()
{
    const Case* c = m_queue->caseAt(m_view->currentIndex().row());
    if (!c)
        return;
    const QUuid id = c->id;
    m_open->setEnabled(false);
    ui::showMessage(m_message, tr("Claiming the case…"), false);
    ClaimService* claims = &m_ctx.claims;
    const Actor actor = m_actor;
    ui::runInBackground(
        m_ctx.jobs, this, [claims, actor, id] { return claims->claim(actor, id); },
        [this, id](const Result<Claim>& claimed) {
            m_open->setEnabled(true);
            if (!claimed) {
                ui::showMessage(m_message, claimed.error(), true);
                return;
            }
            m_message->clear();
            emit caseClaimed(id);
        });
}

void ReviewPage::submitWaiting()
{
    QList<QUuid> ids;
    for (int r = 0; r < m_waiting->rowCount(); ++r)
        ids << m_waiting->item(r, 0)->data(Qt::UserRole).toUuid();
    if (ids.isEmpty())
        return;
    m_retry->setEnabled(false);
    ui::showMessage(m_message, tr("Sending to the records system…"), false);
    AppContext* ctx = &m_ctx;
    const Actor actor = m_actor;
    ui::runInBackground(
        m_ctx.jobs, this,
        [ctx, actor, ids] {
            const auto connector = ctx->recordsConnector();
            QString error = connector.error();
            int sent = 0;
            for (const QUuid& id : ids) {
                if (!connector)
                    break;
                const auto r = ctx->submissions.submit(actor, id, *connector.value());
                if (r)
                    ++sent;
                else
                    error = r.error();
            }
            return std::pair {sent, error};
        },
        [this, total = int(ids.size())](const std::pair<int, QString>& outcome) {
            refresh();
            if (outcome.first == total)
                ui::showMessage(m_message, tr("%n change(s) accepted by the records system.", nullptr, total), false);
            else
                ui::showMessage(
                    m_message, tr("%1 of %2 accepted. %3").arg(outcome.first).arg(total).arg(outcome.second), true);
        });
}

} // namespace mdg
