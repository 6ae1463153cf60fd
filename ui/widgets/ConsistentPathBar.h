#pragma once

#include "AppContext.h"

#include <QFrame>
#include <QSet>
#include <QTimer>
#include <QUuid>
#include <functional>

class QLabel;
class QPushButton;
class QShortcut;

namespace mdg {

// The zero-keystroke path on screen (issue 18): when the core finds a case in Entry
// consistent, a short countdown that Esc stops, then the case goes to the review queue by
// itself; otherwise what holds it back, in the clerk's words. Never silent: whatever it
// does stays written on the bar until the next case.
class ConsistentPathBar : public QFrame
{
    Q_OBJECT
public:
    ConsistentPathBar(AppContext& ctx, Actor actor, QWidget* parent = nullptr);

    // Asks the core about the case (on the store thread) and shows the answer; a later call
    // replaces an earlier one, a running countdown included.
    void check(const QUuid& id);
    bool counting() const { return m_timer.isActive(); }

signals:
    void sentToReview(const QUuid& id);
    // The path stopped on something the clerk must look at; `field` is where to start
    // (empty when the stop is not about one value).
    void needsClerk(const QUuid& id, const QString& field);
    void waitingForCertificate(const QUuid& id);
    void caseChanged(const QUuid& id); // a comparison was attached here

private:
    enum class Tone { Info, Attention, Done };
    void show(const QString& text, Tone tone);
    void tick();
    void send();
    void stopCountdown();
    // A 転居 or 転出: the household is looked up in the resident register (once per case), then
    // judged again.
    void checkRegister(const QUuid& id);
    // A 転入 without paper (特例転入): the transfer-out information from the records system,
    // asked for by the clerk (only the resident knows they moved out with a My Number card).
    void fetchTransferOut();
    // Runs `work` against the records system on the jobs pool, then judges the case again;
    // `refused` after the bar has said why it did not work.
    using RecordsWork = std::function<Result<Case>(AppContext&, const Actor&, const QUuid&, RecordsConnector&)>;
    void compareWithRecords(
        const QUuid& id, const QString& busy, RecordsWork work, std::function<void(const Result<Case>&)> refused);

    AppContext& m_ctx;
    Actor m_actor;
    QLabel* m_text;
    QPushButton* m_stop;
    QPushButton* m_transferOut;
    QShortcut* m_escape;
    QTimer m_timer;
    QUuid m_case;
    QString m_reference;
    int m_version = 0;
    int m_left = 0;
    QString m_agreeing; // "14 values agree" for the countdown text
    quint64 m_requests = 0;
    QSet<QUuid> m_registerTried; // a failed look-up is not repeated by itself: the bar says why
};

} // namespace mdg
