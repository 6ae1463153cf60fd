#pragma once

#include "AppContext.h"
#include "card/MyNumberCard.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace mdg {

// Reads the four facts of the resident's My Number card, with the resident present: the
// reader is asked first how many PIN tries are left (shown), the resident types the 4-digit
// PIN, one try is made and its answer shown; nothing is retried by itself. The PIN field is
// wiped after each try. A reading is audited (`purpose`, the case when there is one) before its
// facts are given: none are used unaudited. Accepted with the facts.
class CardReadDialog : public QDialog
{
    Q_OBJECT
public:
    CardReadDialog(AppContext& ctx, Actor actor, const QUuid& caseId, QString purpose, QWidget* parent = nullptr);

    const card::BasicFacts& facts() const { return m_facts; }

public slots:
    void lookAtTheCard(); // the tries left, again (after the card was put back)
    void readCard();

private:
    void setBusy(bool busy);
    void say(const QString& text, bool problem);

    AppContext& m_ctx;
    Actor m_actor;
    QUuid m_caseId;
    QString m_purpose;
    card::BasicFacts m_facts;
    QLabel* m_state;
    QLineEdit* m_pin;
    QPushButton* m_read;
    QPushButton* m_again;
    bool m_locked = false;
};

} // namespace mdg
