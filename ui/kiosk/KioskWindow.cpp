#include "KioskWindow.h"

#include "AddressField.h"
#include "AppContext.h"
#include "DateField.h"
#include "MemberForm.h"
#include "guidance/Guidance.h"
#include "i18n/Language.h"
#include "sync/SyncEngine.h"
#include "widgets/CardReadDialog.h"
#include "widgets/Ui.h"

#include <QApplication>
#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace mdg::ui {

namespace {

struct LanguageButton
{
    const char* code;
    const char* name; // in its own language: a resident looks for their own
};
const LanguageButton languages[] = {{"ja", "日本語"}, {"en", "English"}, {"zh", "简体中文"}, {"ko", "한국어"},
    {"vi", "Tiếng Việt"}, {"pt", "Português"}};

const Procedure moves[] = {Procedure::MovingIn, Procedure::MovingOut, Procedure::IntraCityMove};

QString html(const QString& text)
{
    return text.toHtmlEscaped();
}

// Large touch targets: a finger, not a mouse pointer.
const char* const kioskStyle = R"(
QWidget { font-size: 20px; }
QPushButton { min-height: 56px; min-width: 120px; padding: 2px 20px; border-radius: 10px;
              background: #e8eef7; border: 2px solid #9db2d0; }
QPushButton:checked { background: #2f6db5; color: white; border-color: #1d4f8a; }
QPushButton:disabled { color: #999; }
QPushButton[primary="true"] { background: #2f6db5; color: white; font-weight: bold; }
QLineEdit, QComboBox { min-height: 48px; padding: 0 10px; }
QLabel[kioskMessage="true"] { color: #b00020; font-weight: bold; }
QLabel#kioskTitle { font-size: 34px; font-weight: bold; }
QLabel#kioskIdleText { font-size: 30px; font-weight: bold; }
QLabel#kioskNumber { font-size: 100px; font-weight: bold; color: #1d4f8a; }
QWidget#kioskIdleOverlay, QWidget#kioskPinPanel { background: rgba(255, 255, 255, 235); }
)";

} // namespace

KioskWindow::KioskWindow(AppContext& ctx, QString pinHash, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_desk(ctx.cases, ctx.config.workstationId(), ctx.clock)
    , m_idle(ctx.clock)
    , m_pin(std::move(pinHash), ctx.clock)
    , m_entryId(QUuid::createUuid())
{
    setObjectName(QStringLiteral("kioskWindow"));
    setStyleSheet(QLatin1String(kioskStyle));
    m_hasPrinter = !QPrinterInfo::availablePrinterNames().isEmpty();

    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("kioskTitle"));
    m_title->setWordWrap(true);
    m_exit = new QPushButton(this);
    m_exit->setObjectName(QStringLiteral("kioskExitButton"));
    m_exit->setFlat(true);
    m_exit->setStyleSheet(QStringLiteral("min-width: 64px; background: transparent; border: none; color: #888;"));
    top->addWidget(m_title, 1);
    top->addWidget(m_exit);
    layout->addLayout(top);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("kioskScreens"));
    for (QWidget* screen : {makeWelcome(), makeProcedure(), makeMoveDate(), makeAddresses(), makeMembers(),
             makeQuestions(), makeConfirm(), makeDone()})
        m_stack->addWidget(screen);
    layout->addWidget(m_stack, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("kioskMessage"));
    m_message->setProperty("kioskMessage", true);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* bottom = new QHBoxLayout;
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("kioskBack"));
    m_next = new QPushButton(this);
    m_next->setObjectName(QStringLiteral("kioskNext"));
    m_next->setProperty("primary", true);
    bottom->addWidget(m_back);
    bottom->addStretch();
    bottom->addWidget(m_next);
    layout->addLayout(bottom);
    connect(m_back, &QPushButton::clicked, this, &KioskWindow::back);
    connect(m_next, &QPushButton::clicked, this, &KioskWindow::next);

    // Asked after a minute without a touch; the resident's answer is any touch.
    m_idleOverlay = new QWidget(this);
    m_idleOverlay->setObjectName(QStringLiteral("kioskIdleOverlay"));
    m_idleOverlay->setAttribute(Qt::WA_StyledBackground);
    auto* idleLayout = new QVBoxLayout(m_idleOverlay);
    m_idleText = new QLabel(m_idleOverlay);
    m_idleText->setObjectName(QStringLiteral("kioskIdleText"));
    m_idleText->setAlignment(Qt::AlignCenter);
    m_idleText->setWordWrap(true);
    m_stillHere = new QPushButton(m_idleOverlay);
    m_stillHere->setObjectName(QStringLiteral("kioskStillHere"));
    m_stillHere->setProperty("primary", true);
    idleLayout->addStretch();
    idleLayout->addWidget(m_idleText);
    idleLayout->addWidget(m_stillHere, 0, Qt::AlignCenter);
    idleLayout->addStretch();
    m_idleOverlay->hide();
    connect(m_stillHere, &QPushButton::clicked, this, [this] {
        m_idle.touched();
        m_idleOverlay->hide();
    });

    // Staff only: the PIN ends kiosk mode.
    m_pinPanel = new QWidget(this);
    m_pinPanel->setObjectName(QStringLiteral("kioskPinPanel"));
    m_pinPanel->setAttribute(Qt::WA_StyledBackground);
    auto* pinLayout = new QVBoxLayout(m_pinPanel);
    m_pinLabel = new QLabel(m_pinPanel);
    m_pinLabel->setAlignment(Qt::AlignCenter);
    m_pinInput = new QLineEdit(m_pinPanel);
    m_pinInput->setObjectName(QStringLiteral("kioskPinInput"));
    m_pinInput->setEchoMode(QLineEdit::Password);
    m_pinInput->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_pinInput->setMaximumWidth(300);
    m_pinOk = new QPushButton(m_pinPanel);
    m_pinOk->setObjectName(QStringLiteral("kioskPinOk"));
    m_pinCancel = new QPushButton(m_pinPanel);
    m_pinCancel->setObjectName(QStringLiteral("kioskPinCancel"));
    auto* pinButtons = new QHBoxLayout;
    pinButtons->addStretch();
    pinButtons->addWidget(m_pinCancel);
    pinButtons->addWidget(m_pinOk);
    pinButtons->addStretch();
    pinLayout->addStretch();
    pinLayout->addWidget(m_pinLabel);
    pinLayout->addWidget(m_pinInput, 0, Qt::AlignCenter);
    pinLayout->addLayout(pinButtons);
    pinLayout->addStretch();
    m_pinPanel->hide();
    connect(m_exit, &QPushButton::clicked, this, [this] {
        m_pinInput->clear();
        m_pinPanel->setGeometry(rect());
        m_pinPanel->show();
        m_pinPanel->raise();
        m_pinInput->setFocus();
    });
    connect(m_pinCancel, &QPushButton::clicked, m_pinPanel, &QWidget::hide);
    connect(m_pinOk, &QPushButton::clicked, this, &KioskWindow::askPin);
    connect(m_pinInput, &QLineEdit::returnPressed, this, &KioskWindow::askPin);

    // What the tablet opens reaches the counters through the central store; nothing of
    // other residents comes back onto it.
    new SyncEngine(
        ctx.db, ctx.config.centralStorePath(), ctx.config.workstationId(), 5000, this, SyncEngine::Mode::PushOnly);
    qApp->installEventFilter(this);
    connect(&m_idleTimer, &QTimer::timeout, this, &KioskWindow::checkIdle);
    m_idleTimer.start(1000);
    setLanguage(chooseLanguage({}, {})); // the system's, until a resident picks theirs
    go(Welcome);
}

KioskWindow::~KioskWindow()
{
    // A hand-over or a PIN check still running uses this window's intake and PIN.
    m_ctx.store.waitForDone();
    m_ctx.jobs.waitForDone();
    qApp->removeEventFilter(this);
    QCoreApplication::removeTranslator(&m_translator);
}

KioskWindow::Screen KioskWindow::currentScreen() const
{
    return Screen(m_stack->currentIndex());
}

QWidget* KioskWindow::makeWelcome()
{
    auto* w = new QWidget(this);
    auto* v = new QVBoxLayout(w);
    m_welcome = new QLabel(w);
    m_welcome->setWordWrap(true);
    m_welcome->setAlignment(Qt::AlignCenter);
    v->addStretch();
    v->addWidget(m_welcome);
    auto* grid = new QGridLayout;
    int i = 0;
    for (const LanguageButton& l : languages) {
        auto* b = new QPushButton(QString::fromUtf8(l.name), w);
        const QString code = QString::fromLatin1(l.code);
        b->setObjectName(QStringLiteral("kioskLang_") + code);
        b->setAccessibleName(QString::fromUtf8(l.name));
        b->setMinimumHeight(96);
        connect(b, &QPushButton::clicked, this, [this, code] {
            setLanguage(code);
            go(ProcedureScreen);
        });
        grid->addWidget(b, i / 3, i % 3);
        ++i;
    }
    v->addLayout(grid);
    v->addStretch();
    return w;
}

QWidget* KioskWindow::makeProcedure()
{
    auto* w = new QWidget(this);
    auto* v = new QVBoxLayout(w);
    m_procedureQuestion = new QLabel(w);
    m_procedureQuestion->setWordWrap(true);
    v->addWidget(m_procedureQuestion);
    for (const Procedure p : moves) {
        auto* b = new QPushButton(w);
        b->setObjectName(QStringLiteral("kioskProcedure_") + procedureKey(p));
        b->setMinimumHeight(110);
        connect(b, &QPushButton::clicked, this, [this, p] {
            m_entry.procedure = p;
            go(MoveDate);
        });
        m_procedureButtons << b;
        v->addWidget(b);
    }
    v->addStretch();
    return w;
}

QWidget* KioskWindow::makeMoveDate()
{
    auto* w = new QWidget(this);
    auto* v = new QVBoxLayout(w);
    m_moveDateQuestion = new QLabel(w);
    m_moveDateQuestion->setWordWrap(true);
    m_moveDate = new DateField(QStringLiteral("kioskMoveDate"), w);
    // Said as soon as the day is complete, not only on Next.
    connect(m_moveDate, &DateField::edited, this, [this] {
        const kiosk::DateInput d = m_moveDate->input();
        const bool complete = d.year > 0 && d.month > 0 && d.day > 0;
        say(complete && !m_moveDate->date()
                ? kiosk::Problem {QStringLiteral("move_date"), kiosk::Problem::Kind::NoSuchDate}.message()
                : QString());
    });
    v->addWidget(m_moveDateQuestion);
    v->addWidget(m_moveDate);
    v->addStretch();
    return w;
}

QWidget* KioskWindow::makeAddresses()
{
    auto* w = new QWidget(this);
    auto* v = new QVBoxLayout(w);
    m_fromLabel = new QLabel(w);
    m_from = new AddressField(QStringLiteral("kioskFrom"), w);
    m_toLabel = new QLabel(w);
    m_to = new AddressField(QStringLiteral("kioskTo"), w);
    for (QLabel* l : {m_fromLabel, m_toLabel})
        l->setStyleSheet(QStringLiteral("font-weight: bold;"));
    v->addWidget(m_fromLabel);
    v->addWidget(m_from);
    v->addSpacing(24);
    v->addWidget(m_toLabel);
    v->addWidget(m_to);
    v->addStretch();
    return w;
}

QWidget* KioskWindow::makeMembers()
{
    auto* w = new QWidget(this);
    auto* v = new QVBoxLayout(w);
    m_membersHint = new QLabel(w);
    m_membersHint->setWordWrap(true);
    m_member = new MemberForm(w);
    m_member->setHeadFirst(true);
    m_addMember = new QPushButton(w);
    m_addMember->setObjectName(QStringLiteral("kioskAddMember"));
    m_readCard = new QPushButton(w);
    m_readCard->setObjectName(QStringLiteral("kioskReadCard"));
    m_memberList = new QListWidget(w);
    m_memberList->setObjectName(QStringLiteral("kioskMemberList"));
    m_memberList->setMaximumHeight(110);
    v->addWidget(m_membersHint);
    v->addWidget(m_readCard, 0, Qt::AlignLeft);
    v->addWidget(m_member);
    v->addWidget(m_addMember, 0, Qt::AlignLeft);
    v->addWidget(m_memberList);
    connect(m_addMember, &QPushButton::clicked, this, &KioskWindow::addMember);
    connect(m_readCard, &QPushButton::clicked, this, &KioskWindow::readCard);
    return w;
}

QWidget* KioskWindow::makeQuestions()
{
    auto* area = new QScrollArea(this);
    area->setObjectName(QStringLiteral("kioskQuestions"));
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    auto* w = new QWidget(area);
    auto* v = new QVBoxLayout(w);
    m_questionsHint = new QLabel(w);
    m_questionsHint->setWordWrap(true);
    v->addWidget(m_questionsHint);
    for (const guidance::Question& q : guidance::GuidanceRules::builtIn().questions()) {
        auto* text = new QLabel(w);
        text->setWordWrap(true);
        text->setProperty("questionKey", q.key);
        auto* group = new QButtonGroup(w);
        group->setExclusive(true);
        // Yes and no side by side; longer choices one under the other.
        QBoxLayout* row = q.choices.isEmpty() ? static_cast<QBoxLayout*>(new QHBoxLayout)
                                              : static_cast<QBoxLayout*>(new QVBoxLayout);
        const auto add = [&](const QString& suffix, const QJsonValue& answer) {
            auto* b = new QPushButton(w);
            b->setCheckable(true);
            b->setObjectName(QStringLiteral("kioskQuestion_%1_%2").arg(q.key, suffix));
            b->setProperty("answer", answer.toVariant());
            group->addButton(b);
            row->addWidget(b);
        };
        if (q.choices.isEmpty()) {
            add(QStringLiteral("yes"), true);
            add(QStringLiteral("no"), false);
            row->addStretch();
        } else {
            for (const guidance::Question::Choice& c : q.choices)
                add(QString::number(c.value), c.value);
        }
        v->addWidget(text);
        v->addLayout(row);
        v->addSpacing(12);
        m_questionTexts << text;
        m_answerGroups << group;
    }
    v->addStretch();
    area->setWidget(w);
    return area;
}

QWidget* KioskWindow::makeConfirm()
{
    auto* w = new QWidget(this);
    auto* v = new QVBoxLayout(w);
    m_summary = new QLabel(w);
    m_summary->setObjectName(QStringLiteral("kioskSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_submit = new QPushButton(w);
    m_submit->setObjectName(QStringLiteral("kioskSubmit"));
    m_submit->setProperty("primary", true);
    m_submit->setMinimumHeight(96);
    v->addWidget(m_summary, 1);
    v->addWidget(m_submit);
    connect(m_submit, &QPushButton::clicked, this, &KioskWindow::handOver);
    return w;
}

QWidget* KioskWindow::makeDone()
{
    auto* w = new QWidget(this);
    auto* v = new QVBoxLayout(w);
    m_numberCaption = new QLabel(w);
    m_numberCaption->setAlignment(Qt::AlignCenter);
    m_numberCaption->setWordWrap(true);
    m_number = new QLabel(w);
    m_number->setObjectName(QStringLiteral("kioskNumber"));
    m_number->setAlignment(Qt::AlignCenter);
    m_guidance = new QLabel(w);
    m_guidance->setObjectName(QStringLiteral("kioskGuidance"));
    m_guidance->setWordWrap(true);
    m_guidance->setTextFormat(Qt::RichText);
    auto* scroll = new QScrollArea(w);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_guidance);
    m_print = new QPushButton(w);
    m_print->setObjectName(QStringLiteral("kioskPrint"));
    m_finish = new QPushButton(w);
    m_finish->setObjectName(QStringLiteral("kioskFinish"));
    m_finish->setProperty("primary", true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addStretch();
    buttons->addWidget(m_finish);
    v->addWidget(m_numberCaption);
    v->addWidget(m_number);
    v->addWidget(scroll, 1);
    v->addLayout(buttons);
    connect(m_print, &QPushButton::clicked, this, &KioskWindow::printSlip);
    connect(m_finish, &QPushButton::clicked, this, &KioskWindow::wipe);
    return w;
}

void KioskWindow::setLanguage(const QString& language)
{
    QCoreApplication::removeTranslator(&m_translator);
    m_language = language;
    // Japanese is the application's own catalogue; the residents' other languages have one
    // for the tablet's screens only. English is the source.
    const QString catalogue = language == QLatin1String("ja")
        ? QStringLiteral(":/i18n/madoguchi_ja.qm")
        : QStringLiteral(":/i18n/madoguchi_kiosk_%1.qm").arg(language);
    if (language != QLatin1String("en") && m_translator.load(catalogue))
        QCoreApplication::installTranslator(&m_translator);
    retranslate();
}

void KioskWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void KioskWindow::retranslate()
{
    static const char* const titles[] = {QT_TR_NOOP("Welcome"), QT_TR_NOOP("What would you like to report?"),
        QT_TR_NOOP("Date of the move"), QT_TR_NOOP("Addresses"), QT_TR_NOOP("Who is moving"),
        QT_TR_NOOP("A few questions"), QT_TR_NOOP("Please check"), QT_TR_NOOP("Your reception number")};
    m_title->setText(tr(titles[m_stack->currentIndex()]));
    m_exit->setText(QStringLiteral("⚙"));
    m_exit->setAccessibleName(tr("Staff: leave kiosk mode"));
    m_back->setText(tr("Back"));
    m_next->setText(tr("Next"));
    m_back->setAccessibleName(tr("Back"));
    m_next->setAccessibleName(tr("Next"));
    m_welcome->setText(tr("Welcome. Enter your move here and get a reception number.\n"
                          "Please choose your language."));
    m_procedureQuestion->setText(tr("Please choose what you would like to report."));
    static const char* const procedureTexts[] = {QT_TR_NOOP("Moving in\n(you moved here from another city)"),
        QT_TR_NOOP("Moving out\n(you are moving to another city)"),
        QT_TR_NOOP("Moving within the city\n(a new address in this city)")};
    for (int i = 0; i < m_procedureButtons.size(); ++i) {
        m_procedureButtons[i]->setText(tr(procedureTexts[i]));
        m_procedureButtons[i]->setAccessibleName(tr(procedureTexts[i]));
    }
    const bool movingOut = m_entry.procedure == Procedure::MovingOut;
    m_moveDateQuestion->setText(
        movingOut ? tr("On which day do you move out (planned)?") : tr("On which day did you move?"));
    m_fromLabel->setText(movingOut ? tr("Your address now") : tr("Where you lived before"));
    m_toLabel->setText(movingOut ? tr("Where you are moving to") : tr("Your new address"));
    m_membersHint->setText(tr("Enter each person who moves, one at a time, starting with yourself. "
                              "Press \"Add this person\" after each."));
    m_addMember->setText(tr("Add this person"));
    m_addMember->setAccessibleName(tr("Add this person"));
    m_readCard->setText(tr("Read my My Number card"));
    m_readCard->setAccessibleName(tr("Read my My Number card"));
    m_questionsHint->setText(tr("These answers tell you which other procedures your move needs. "
                                "Skip any you do not want to answer."));
    const QList<guidance::Question>& questions = guidance::GuidanceRules::builtIn().questions();
    for (int i = 0; i < m_questionTexts.size() && i < questions.size(); ++i) {
        const guidance::Question& q = questions[i];
        m_questionTexts[i]->setText(q.text.in(m_language));
        for (QAbstractButton* b : m_answerGroups[i]->buttons()) {
            const QVariant answer = b->property("answer");
            QString label;
            if (q.choices.isEmpty())
                label = answer.toBool() ? tr("Yes") : tr("No");
            else
                for (const guidance::Question::Choice& c : q.choices)
                    if (c.value == answer.toInt())
                        label = c.text.in(m_language);
            b->setText(label);
            b->setAccessibleName(q.text.in(m_language) + QStringLiteral(": ") + label);
        }
    }
    m_submit->setText(tr("Send and get my number"));
    m_submit->setAccessibleName(tr("Send and get my number"));
    m_numberCaption->setText(tr("Thank you. Please wait until this number is called."));
    m_print->setText(tr("Print a slip"));
    m_print->setAccessibleName(tr("Print a slip"));
    m_finish->setText(tr("Finish"));
    m_finish->setAccessibleName(tr("Finish"));
    m_stillHere->setText(tr("I am still here"));
    m_stillHere->setAccessibleName(tr("I am still here"));
    m_pinLabel->setText(tr("Administrator PIN"));
    m_pinInput->setAccessibleName(tr("Administrator PIN"));
    m_pinOk->setText(tr("Leave kiosk mode"));
    m_pinCancel->setText(tr("Cancel"));
    if (currentScreen() == Confirm)
        refreshConfirm();
    if (currentScreen() == Done && m_receipt)
        showReceipt(*m_receipt);
    refreshMembers();
}

void KioskWindow::go(Screen screen)
{
    m_stack->setCurrentIndex(screen);
    m_message->clear();
    m_back->setVisible(screen != Welcome && screen != Done);
    m_next->setVisible(screen >= MoveDate && screen <= Questions);
    retranslate(); // also fills the summary and the receipt of the screen shown
}

void KioskWindow::say(const QString& message)
{
    m_message->setText(message);
}

bool KioskWindow::acceptScreen()
{
    const QDate today = m_ctx.clock.nowUtc().toLocalTime().date();
    const auto problem = [this](const kiosk::Problem& p) {
        say(p.message());
        return false;
    };
    switch (currentScreen()) {
    case MoveDate: {
        if (!m_moveDate->isBlank() && !m_moveDate->date())
            return problem({QStringLiteral("move_date"), kiosk::Problem::Kind::NoSuchDate});
        m_entry.moveDate = m_moveDate->date().value_or(QDate());
        const QList<kiosk::Problem> problems = m_entry.moveDateProblems(today);
        return problems.isEmpty() || problem(problems.first());
    }
    case Addresses:
        for (const AddressField* f : {m_from, m_to})
            if (const QString p = f->problem(); !p.isEmpty()) {
                say(p);
                return false;
            }
        m_entry.fromAddress = m_from->address();
        m_entry.toAddress = m_to->address();
        return true;
    case Members:
        // A person filled in but not added yet is added now.
        if (!m_member->person().name.trimmed().isEmpty() || m_entry.members.isEmpty()) {
            if (m_member->showProblems(today))
                return false;
            addMember();
        }
        return true;
    case Questions: {
        QJsonObject answers;
        const QList<guidance::Question>& questions = guidance::GuidanceRules::builtIn().questions();
        for (int i = 0; i < m_answerGroups.size() && i < questions.size(); ++i)
            if (const QAbstractButton* checked = m_answerGroups[i]->checkedButton())
                answers.insert(questions[i].key, QJsonValue::fromVariant(checked->property("answer")));
        m_entry.answers = answers;
        return true;
    }
    default: return true;
    }
}

void KioskWindow::next()
{
    if (acceptScreen())
        go(Screen(currentScreen() + 1));
}

void KioskWindow::back()
{
    go(Screen(std::max(0, currentScreen() - 1)));
}

void KioskWindow::addMember()
{
    const QDate today = m_ctx.clock.nowUtc().toLocalTime().date();
    if (m_member->showProblems(today))
        return;
    m_entry.members << m_member->person();
    m_member->clear();
    m_member->setHeadFirst(false);
    refreshMembers();
    say(QString());
}

void KioskWindow::readCard()
{
    CardReadDialog dialog(
        m_ctx, kiosk::DeskIntake::actor(m_ctx.config.workstationId()), {}, QStringLiteral("writing desk"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const card::BasicFacts& facts = dialog.facts();
    m_member->fillFromCard(facts.name, facts.birthDate, facts.sex);
    say(tr("Your name, date of birth and sex were taken from your card. Please type the reading of your name."));
}

void KioskWindow::refreshMembers()
{
    if (!m_memberList)
        return;
    m_memberList->clear();
    for (const Person& p : std::as_const(m_entry.members))
        m_memberList->addItem(
            QStringLiteral("%1（%2）  %3").arg(p.name, p.nameKana, p.birthDate.toString(Qt::ISODate)));
}

void KioskWindow::refreshConfirm()
{
    static const char* const procedureTexts[]
        = {QT_TR_NOOP("Moving in"), QT_TR_NOOP("Moving out"), QT_TR_NOOP("Moving within the city")};
    QString text = QStringLiteral("<table cellpadding='6'>");
    const auto row = [&](const QString& label, const QString& value) {
        text += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(html(label), value);
    };
    row(tr("Procedure"), html(tr(procedureTexts[std::min(int(m_entry.procedure), 2)])));
    row(tr("Date of the move"), html(m_entry.moveDate.toString(Qt::ISODate)));
    row(m_entry.procedure == Procedure::MovingOut ? tr("Your address now") : tr("Where you lived before"),
        html(m_entry.fromAddress));
    row(m_entry.procedure == Procedure::MovingOut ? tr("Where you are moving to") : tr("Your new address"),
        html(m_entry.toAddress));
    QStringList people;
    for (const Person& p : std::as_const(m_entry.members))
        people << html(QStringLiteral("%1（%2） %3 %4")
                           .arg(p.name, p.nameKana, p.birthDate.toString(Qt::ISODate), p.relationship));
    row(tr("Who is moving"), people.join(QStringLiteral("<br>")));
    row(tr("Questions answered"), QString::number(m_entry.answers.size()));
    text += QStringLiteral("</table>");
    m_summary->setText(text);
}

void KioskWindow::handOver()
{
    if (m_busy)
        return;
    m_busy = true;
    ui::setBusy(this, true);
    say(tr("Sending…"));
    kiosk::DeskIntake* desk = &m_desk;
    runInBackground(
        m_ctx.store, this, [desk, entry = m_entry, id = m_entryId] { return desk->handOver(entry, id); },
        [this](const Result<kiosk::DeskIntake::Receipt>& r) {
            m_busy = false;
            ui::setBusy(this, false);
            if (!r) {
                // Kept as entered: the resident may try again or ask at the counter.
                say(tr("Your entry could not be sent (%1). Please try again, or ask at the counter.").arg(r.error()));
                return;
            }
            // Nothing of the resident stays on the tablet beyond what intake keeps: the
            // inputs go now, the number and the guidance until Finish or the idle wipe.
            m_receipt = r.value();
            clearInputs();
            showReceipt(*m_receipt);
        });
}

void KioskWindow::showReceipt(const kiosk::DeskIntake::Receipt& receipt)
{
    m_number->setText(QString::number(receipt.queueNumber));
    QString text = QStringLiteral("<p><b>%1</b></p><ol>").arg(html(tr("Other procedures your move needs, in order:")));
    for (const guidance::Item& item : guidance::guidanceFor(receipt.entry)) {
        const guidance::Rule& rule = *item.rule;
        text += QStringLiteral("<li><b>%1</b> — %2")
                    .arg(html(rule.title.in(m_language)),
                        html(tr("%1, window %2").arg(rule.department.in(m_language), rule.window)));
        if (item.deadline.isValid())
            text += QStringLiteral("<br>") + html(tr("By %1").arg(item.deadline.toString(Qt::ISODate)));
        QStringList bring;
        for (const guidance::Text& b : rule.bring)
            bring << b.in(m_language);
        if (!bring.isEmpty())
            text += QStringLiteral("<br>") + html(tr("Bring: %1").arg(bring.join(QStringLiteral(", "))));
        text += QStringLiteral("</li>");
    }
    text += QStringLiteral("</ol>");
    m_guidance->setText(text);
    m_print->setVisible(m_hasPrinter);
    if (currentScreen() != Done)
        go(Done);
}

void KioskWindow::printSlip()
{
    if (!m_receipt)
        return;
    // The slip: number, procedure and what to bring, on the default printer, no dialog.
    QPrinter printer;
    printer.setPageSize(QPageSize(QPageSize::A6));
    QPainter p;
    if (!p.begin(&printer)) {
        say(tr("The slip could not be printed. Please note your number."));
        return;
    }
    QFont big = p.font();
    big.setPointSize(48);
    p.setFont(big);
    const QRect page = printer.pageLayout().paintRectPixels(printer.resolution());
    p.drawText(QRect(0, 0, page.width(), page.height() / 3), Qt::AlignCenter, QString::number(m_receipt->queueNumber));
    QFont small = p.font();
    small.setPointSize(9);
    p.setFont(small);
    QStringList lines {procedureDisplayName(m_receipt->entry.procedure)};
    for (const guidance::Item& item : guidance::guidanceFor(m_receipt->entry)) {
        lines << QStringLiteral("・") + item.rule->title.in(m_language);
        for (const guidance::Text& b : item.rule->bring)
            lines << QStringLiteral("    ") + tr("Bring: %1").arg(b.in(m_language));
    }
    p.drawText(QRect(0, page.height() / 3, page.width(), page.height() * 2 / 3), Qt::TextWordWrap,
        lines.join(QLatin1Char('\n')));
    p.end();
    CaseService* cases = &m_ctx.cases;
    (void)QtConcurrent::run(&m_ctx.store,
        [cases, actor = kiosk::DeskIntake::actor(m_ctx.config.workstationId()), reference = m_receipt->reference] {
            if (!cases->recordAudit(actor, {}, AuditAction::CasePrint, QStringLiteral("desk slip ") + reference))
                qWarning("Kiosk: the printed slip could not be audited");
        });
}

void KioskWindow::askPin()
{
    if (m_busy)
        return;
    m_busy = true;
    m_pinOk->setEnabled(false);
    kiosk::KioskPin* pin = &m_pin;
    // A key derivation: off the GUI thread.
    runInBackground(
        m_ctx.jobs, this, [pin, text = m_pinInput->text()] { return pin->verify(text); },
        [this](kiosk::KioskPin::Outcome outcome) {
            m_busy = false;
            m_pinOk->setEnabled(true);
            m_pinInput->clear();
            if (outcome == kiosk::KioskPin::Outcome::Accepted) {
                m_pinPanel->hide();
                emit exitRequested();
                return;
            }
            m_pinLabel->setText(outcome == kiosk::KioskPin::Outcome::Locked
                    ? tr("Too many wrong PINs. Try again later.")
                    : tr("Wrong PIN."));
        });
}

bool KioskWindow::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::MouseButtonPress:
    case QEvent::KeyPress:
    case QEvent::InputMethod: m_idle.touched(); break;
    default: break;
    }
    return QWidget::eventFilter(watched, event);
}

void KioskWindow::checkIdle()
{
    // Nothing entered and nothing shown: there is nothing to forget.
    const bool untouched = currentScreen() == Welcome;
    if (untouched) {
        m_idle.touched();
        return;
    }
    switch (m_idle.check()) {
    case kiosk::IdleWatch::State::Active: m_idleOverlay->hide(); break;
    case kiosk::IdleWatch::State::Asking:
        m_idleText->setText(
            tr("Are you still there? If not, your entry will be erased in %1 seconds.").arg(m_idle.secondsToWipe()));
        m_idleOverlay->setGeometry(rect());
        m_idleOverlay->show();
        m_idleOverlay->raise();
        break;
    case kiosk::IdleWatch::State::Wipe: wipe(); break;
    }
}

void KioskWindow::clearInputs()
{
    m_entry = {};
    m_entryId = QUuid::createUuid();
    m_moveDate->clear();
    m_from->clear();
    m_to->clear();
    m_member->clear();
    m_member->setHeadFirst(true);
    for (QButtonGroup* g : std::as_const(m_answerGroups)) {
        g->setExclusive(false); // an exclusive group keeps one button checked
        for (QAbstractButton* b : g->buttons())
            b->setChecked(false);
        g->setExclusive(true);
    }
    refreshMembers();
}

void KioskWindow::wipe()
{
    clearInputs();
    m_receipt.reset();
    m_number->clear();
    m_guidance->clear();
    m_idleOverlay->hide();
    m_pinPanel->hide();
    m_idle.touched();
    setLanguage(chooseLanguage({}, {}));
    go(Welcome);
}

} // namespace mdg::ui
