#pragma once

#include "AppContext.h"
#include "queue/Ticket.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QToolButton;

namespace mdg {

// The clerk's calling controls above every page: call the next number to this counter,
// call it again, mark it not present (parked after its calls), hold it, transfer it, call
// one out of order with a reason, and serve the resident who came (the case opens,
// claimed: the service starts). Every request goes to the central store on the jobs pool;
// the bar is busy meanwhile.
class CallBar : public QWidget
{
    Q_OBJECT
public:
    CallBar(AppContext& ctx, Actor actor, QWidget* parent = nullptr);

    void callNext();
    void serve();
    // Transfer: to `stage` (none: the same) and `toCounter` (empty: any counter of it).
    void act(queue::Action action, const QString& reason = {}, std::optional<Stage> stage = std::nullopt,
        const QString& toCounter = {});
    // Calls `number` of this counter's stage out of its turn.
    void callNumber(int number, const QString& reason);
    // Marks today's `number` to be called first (elderly, disabled, with infants).
    void prioritise(int number, const QString& reason);
    std::optional<queue::Ticket> current() const { return m_current; }

signals:
    void served(const QUuid& caseId); // claimed by this clerk: open it
    void busyChanged(bool busy);

private:
    void setCurrent(const std::optional<queue::Ticket>& t);
    void byNumber(int number, const queue::Request& r);
    void setBusy(bool busy);
    void fail(const QString& message);

    AppContext& m_ctx;
    Actor m_actor;
    QString m_counter;
    Stage m_stage = Stage::Reception;
    std::optional<queue::Ticket> m_current;
    QLabel* m_where = nullptr;
    QLabel* m_number = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_callNext = nullptr;
    QPushButton* m_serve = nullptr;
    QPushButton* m_recall = nullptr;
    QPushButton* m_noShow = nullptr;
    QToolButton* m_more = nullptr;
};

} // namespace mdg
