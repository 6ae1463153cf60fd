#include "CallBar.h"

#include "Ui.h"
#include "workflow/CasePolicy.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>

namespace mdg {

CallBar::CallBar(AppContext& ctx, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_actor(std::move(actor))
    , m_counter(ctx.config.counterName())
    , m_stage(stageFromKey(ctx.config.callingStage()).value_or(Stage::Reception))
{
    setObjectName(QStringLiteral("callBar"));
    setAccessibleName(tr("Calling numbers"));
    m_where = new QLabel;
    m_where->setObjectName(QStringLiteral("callBarCounter"));
    m_number = new QLabel;
    m_number->setObjectName(QStringLiteral("callBarNumber"));
    QFont big = m_number->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_number->setFont(big);
    m_message = ui::messageLabel(QStringLiteral("callBarMessage"));
    m_callNext = ui::button(tr("&Call next (F2)"), QStringLiteral("callNextButton"));
    m_callNext->setShortcut(Qt::Key_F2);
    m_serve = ui::button(tr("&Serve (F4)"), QStringLiteral("serveButton"));
    m_serve->setShortcut(Qt::Key_F4);
    m_serve->setToolTip(tr("The resident has come to the counter: open the case and start serving."));
    m_recall = ui::button(tr("Call &again (F3)"), QStringLiteral("recallButton"));
    m_recall->setShortcut(Qt::Key_F3);
    m_noShow = ui::button(tr("&Not present"), QStringLiteral("noShowButton"));
    m_noShow->setToolTip(tr("Nobody came after the calls: the number is parked and can be brought back."));
    m_more = new QToolButton;
    m_more->setText(tr("More"));
    ui::name(m_more, QStringLiteral("callMoreButton"), tr("More calling actions"));
    m_more->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_more);
    const auto addAction = [menu](const QString& text, const QString& objectName, auto slot) {
        QAction* a = menu->addAction(text);
        a->setObjectName(objectName);
        connect(a, &QAction::triggered, menu, slot);
        return a;
    };
    addAction(tr("Call a number out of turn…"), QStringLiteral("callOutOfTurnAction"), [this] {
        bool ok = false;
        const int number = QInputDialog::getInt(this, tr("Call out of turn"), tr("Number"), 1, 1, 99999, 1, &ok);
        if (!ok)
            return;
        const QString reason = QInputDialog::getText(this, tr("Call out of turn"),
            tr("Why is number %1 called before the others?").arg(number), QLineEdit::Normal, {}, &ok);
        if (ok)
            callNumber(number, reason);
    });
    addAction(tr("&Hold the number"), QStringLiteral("holdNumberAction"), [this] { act(queue::Action::Hold); });
    addAction(tr("&Resume the number"), QStringLiteral("resumeNumberAction"), [this] { act(queue::Action::Resume); });
    addAction(tr("&Bring back the parked number"), QStringLiteral("unparkNumberAction"),
        [this] { act(queue::Action::Unpark); });
    addAction(tr("Call &first (priority)…"), QStringLiteral("prioritiseNumberAction"), [this] {
        bool ok = false;
        const int number = QInputDialog::getInt(
            this, tr("Priority"), tr("Number"), m_current ? m_current->number : 1, 1, 99999, 1, &ok);
        if (!ok)
            return;
        const QString reason = QInputDialog::getText(this, tr("Priority"),
            tr("Why is this number called first (elderly, disabled, with infants)?"), QLineEdit::Normal, {}, &ok);
        if (ok)
            prioritise(number, reason);
    });
    menu->addSeparator();
    addAction(tr("Transfer to a counter…"), QStringLiteral("transferToCounterAction"), [this] {
        bool ok = false;
        const QString counter = QInputDialog::getText(
            this, tr("Transfer"), tr("Counter the number waits for"), QLineEdit::Normal, {}, &ok);
        if (ok && !counter.trimmed().isEmpty())
            act(queue::Action::Transfer, {}, std::nullopt, counter.trimmed());
    });
    for (const Stage s : {Stage::Reception, Stage::Entry, Stage::Review})
        addAction(tr("Transfer to %1").arg(stageDisplayName(s)), QStringLiteral("transferTo%1Action").arg(stageKey(s)),
            [this, s] { act(queue::Action::Transfer, {}, s); });
    m_more->setMenu(menu);

    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_where);
    row->addWidget(m_callNext);
    row->addWidget(m_number);
    row->addWidget(m_serve);
    row->addWidget(m_recall);
    row->addWidget(m_noShow);
    row->addWidget(m_more);
    row->addWidget(m_message, 1);
    connect(m_callNext, &QPushButton::clicked, this, &CallBar::callNext);
    connect(m_serve, &QPushButton::clicked, this, &CallBar::serve);
    connect(m_recall, &QPushButton::clicked, this, [this] { act(queue::Action::Recall); });
    connect(m_noShow, &QPushButton::clicked, this, [this] { act(queue::Action::NoAnswer); });

    if (m_counter.isEmpty()) {
        m_where->setText(tr("No counter set"));
        ui::showMessage(m_message, tr("Set this workstation's counter in Settings to call numbers."), false);
        m_callNext->setEnabled(false);
    } else {
        m_where->setText(tr("Counter %1 · %2").arg(m_counter, stageDisplayName(m_stage)));
    }
    setCurrent(std::nullopt);
}

void CallBar::setBusy(bool busy)
{
    ui::setBusy(this, busy);
    m_callNext->setEnabled(!busy && !m_counter.isEmpty());
    const bool called = !busy && m_current.has_value();
    m_serve->setEnabled(called && m_current->status == queue::TicketStatus::Called);
    m_recall->setEnabled(called && m_current->status == queue::TicketStatus::Called);
    m_noShow->setEnabled(called && m_current->status == queue::TicketStatus::Called);
    m_more->setEnabled(!busy);
    emit busyChanged(busy);
}

void CallBar::setCurrent(const std::optional<queue::Ticket>& t)
{
    m_current = t;
    if (!t)
        m_number->setText(tr("—"));
    else if (t->status == queue::TicketStatus::Called)
        m_number->setText(
            t->calls > 1 ? tr("No. %1 (call %2)").arg(t->number).arg(t->calls) : tr("No. %1").arg(t->number));
    else
        m_number->setText(tr("No. %1").arg(t->number));
    setBusy(false);
}

void CallBar::fail(const QString& message)
{
    ui::showMessage(m_message, message, true);
    setBusy(false);
}

void CallBar::callNext()
{
    setBusy(true);
    QueueService* queue = &m_ctx.queue;
    ui::runInBackground(
        m_ctx.jobs, this,
        [queue, actor = m_actor, stage = m_stage, counter = m_counter] {
            return queue->callNext(actor, stage, counter);
        },
        [this](const Result<std::optional<queue::Ticket>>& r) {
            if (!r)
                return fail(r.error());
            if (!r.value()) {
                ui::showMessage(m_message, tr("Nobody is waiting for %1.").arg(stageDisplayName(m_stage)), false);
                return setCurrent(std::nullopt);
            }
            ui::showMessage(
                m_message, tr("Number %1 is called to counter %2.").arg(r.value()->number).arg(m_counter), false);
            setCurrent(r.value());
        });
}

void CallBar::act(queue::Action action, const QString& reason, std::optional<Stage> stage, const QString& toCounter)
{
    if (!m_current)
        return ui::showMessage(m_message, tr("Call a number first."), true);
    setBusy(true);
    queue::Request r;
    r.action = action;
    r.counter = action == queue::Action::Transfer ? toCounter : m_counter;
    r.reason = reason;
    r.stage = stage;
    QueueService* queue = &m_ctx.queue;
    ui::runInBackground(
        m_ctx.jobs, this, [queue, actor = m_actor, id = m_current->caseId, r] { return queue->act(actor, id, r); },
        [this, action](const Result<queue::Ticket>& t) {
            if (!t)
                return fail(t.error());
            const queue::Ticket& n = t.value();
            switch (n.status) {
            case queue::TicketStatus::Parked:
                ui::showMessage(m_message, tr("Number %1 is parked as not present.").arg(n.number), false);
                return setCurrent(std::nullopt);
            case queue::TicketStatus::Held:
                ui::showMessage(m_message, tr("Number %1 is on hold.").arg(n.number), false);
                break;
            case queue::TicketStatus::Waiting:
                ui::showMessage(m_message,
                    action == queue::Action::Transfer ? (n.counter.isEmpty()
                            ? tr("Number %1 now waits for %2.").arg(n.number).arg(stageDisplayName(n.stage))
                            : tr("Number %1 now waits for counter %2.").arg(n.number).arg(n.counter))
                                                      : tr("Number %1 waits again.").arg(n.number),
                    false);
                if (action == queue::Action::Transfer)
                    return setCurrent(std::nullopt);
                break;
            default:
                ui::showMessage(
                    m_message, tr("Number %1 is called to counter %2.").arg(n.number).arg(m_counter), false);
            }
            setCurrent(n);
        });
}

void CallBar::callNumber(int number, const QString& reason)
{
    queue::Request r;
    r.action = queue::Action::Call;
    r.counter = m_counter;
    r.reason = reason;
    byNumber(number, r);
}

void CallBar::prioritise(int number, const QString& reason)
{
    queue::Request r;
    r.action = queue::Action::Prioritise;
    r.reason = reason;
    byNumber(number, r);
}

void CallBar::byNumber(int number, const queue::Request& r)
{
    setBusy(true);
    QueueService* queue = &m_ctx.queue;
    ui::runInBackground(
        m_ctx.jobs, this,
        [queue, actor = m_actor, stage = m_stage, number, r]() -> Result<queue::Ticket> {
            const auto found = queue->findNumber(number);
            if (!found)
                return found;
            if (r.action == queue::Action::Call && found->stage != stage)
                return Result<queue::Ticket>::failure(ErrorCode::Invalid,
                    QueueService::tr("Number %1 is not waiting for %2.").arg(number).arg(stageDisplayName(stage)));
            return queue->act(actor, found->caseId, r);
        },
        [this, action = r.action](const Result<queue::Ticket>& t) {
            if (!t)
                return fail(t.error());
            if (action == queue::Action::Prioritise) {
                ui::showMessage(m_message, tr("Number %1 is called first.").arg(t.value().number), false);
                return setBusy(false);
            }
            ui::showMessage(
                m_message, tr("Number %1 is called to counter %2.").arg(t.value().number).arg(m_counter), false);
            setCurrent(t.value());
        });
}

void CallBar::serve()
{
    if (!m_current)
        return;
    setBusy(true);
    ClaimService* claims = &m_ctx.claims;
    const QUuid id = m_current->caseId;
    ui::runInBackground(
        m_ctx.jobs, this, [claims, actor = m_actor, id] { return claims->claim(actor, id); },
        [this, id](const Result<Claim>& r) {
            if (!r)
                return fail(r.error());
            queue::Ticket t = *m_current;
            t.status = queue::TicketStatus::Serving;
            ui::showMessage(m_message, tr("Serving number %1.").arg(t.number), false);
            setCurrent(t);
            emit served(id);
        });
}

} // namespace mdg
