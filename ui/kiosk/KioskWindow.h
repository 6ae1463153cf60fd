#pragma once

#include "kiosk/DeskEntry.h"
#include "kiosk/DeskIntake.h"
#include "kiosk/IdleWatch.h"
#include "kiosk/KioskPin.h"

#include <QTimer>
#include <QTranslator>
#include <QUuid>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace mdg {
struct AppContext;
}

namespace mdg::ui {

class AddressField;
class DateField;
class MemberForm;

// The tablet at the writing desk (`madoguchi --kiosk`): a resident enters a move one screen
// at a time, in one of six languages, and gets a reception number; the pre-entry goes to the
// reception queue through the desk's intake. No staff sign-in, nothing of anyone else shown;
// a resident who walks away is asked, then wiped; leaving needs the administrator's PIN.
class KioskWindow : public QWidget
{
    Q_OBJECT
public:
    enum Screen { Welcome, ProcedureScreen, MoveDate, Addresses, Members, Questions, Confirm, Done };

    KioskWindow(AppContext& ctx, QString pinHash, QWidget* parent = nullptr);
    ~KioskWindow() override;

    Screen currentScreen() const;
    QString language() const { return m_language; }

public slots:
    // Reads the idle clock: asks, then wipes. A timer calls it every second; tests call it
    // after moving the clock.
    void checkIdle();
    // Forgets the resident: every input, the entry and its id; back to the welcome screen.
    void wipe();

signals:
    void exitRequested(); // the administrator's PIN was given

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QWidget* makeWelcome();
    QWidget* makeProcedure();
    QWidget* makeMoveDate();
    QWidget* makeAddresses();
    QWidget* makeMembers();
    QWidget* makeQuestions();
    QWidget* makeConfirm();
    QWidget* makeDone();
    void setLanguage(const QString& language);
    void retranslate();
    void go(Screen screen);
    bool acceptScreen(); // the current screen's answers, checked; the first problem shown
    void next();
    void back();
    void addMember();
    void readCard(); // the resident's own facts from their My Number card
    void refreshMembers();
    void refreshConfirm();
    void clearInputs(); // the resident's answers and the entry's id
    void handOver();
    void showReceipt(const kiosk::DeskIntake::Receipt& receipt);
    void printSlip();
    void askPin();
    void say(const QString& message); // the message line under the screen

    AppContext& m_ctx;
    kiosk::DeskIntake m_desk;
    kiosk::IdleWatch m_idle;
    kiosk::KioskPin m_pin;
    QTranslator m_translator;
    QTimer m_idleTimer;
    QString m_language;
    kiosk::DeskEntry m_entry;
    QUuid m_entryId;
    std::optional<kiosk::DeskIntake::Receipt> m_receipt;
    bool m_busy = false;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_exit = nullptr;
    QWidget* m_idleOverlay = nullptr;
    QLabel* m_idleText = nullptr;
    QPushButton* m_stillHere = nullptr;
    QWidget* m_pinPanel = nullptr;
    QLabel* m_pinLabel = nullptr;
    QLineEdit* m_pinInput = nullptr;
    QPushButton* m_pinOk = nullptr;
    QPushButton* m_pinCancel = nullptr;
    bool m_hasPrinter = false;
    // Welcome
    QLabel* m_welcome = nullptr;
    // Procedure
    QLabel* m_procedureQuestion = nullptr;
    QList<QPushButton*> m_procedureButtons;
    // Move date
    QLabel* m_moveDateQuestion = nullptr;
    DateField* m_moveDate = nullptr;
    // Addresses
    QLabel* m_fromLabel = nullptr;
    QLabel* m_toLabel = nullptr;
    AddressField* m_from = nullptr;
    AddressField* m_to = nullptr;
    // Members
    QLabel* m_membersHint = nullptr;
    MemberForm* m_member = nullptr;
    QPushButton* m_addMember = nullptr;
    QPushButton* m_readCard = nullptr;
    QListWidget* m_memberList = nullptr;
    // Questions
    QLabel* m_questionsHint = nullptr;
    QList<QLabel*> m_questionTexts;
    QList<QButtonGroup*> m_answerGroups;
    // Confirm
    QLabel* m_summary = nullptr;
    QPushButton* m_submit = nullptr;
    // Done
    QLabel* m_numberCaption = nullptr;
    QLabel* m_number = nullptr;
    QLabel* m_guidance = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_finish = nullptr;
};

} // namespace mdg::ui
