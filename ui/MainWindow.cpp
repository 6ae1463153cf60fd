#include "MainWindow.h"

#include "pages/CapturePage.h"
#include "pages/CasePage.h"
#include "pages/DashboardPage.h"
#include "pages/ReceptionPage.h"
#include "pages/ReviewPage.h"
#include "pages/SettingsPage.h"
#include "sync/SyncEngine.h"
#include "widgets/CallBar.h"
#include "widgets/ConsistentPathBar.h"
#include "widgets/LockScreen.h"
#include "widgets/ScannerInputFilter.h"
#include "widgets/Ui.h"
#include "workflow/CasePolicy.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QtConcurrent>

namespace mdg {

MainWindow::MainWindow(AppContext& ctx, Actor actor, QWidget* parent)
    : QMainWindow(parent)
    , m_ctx(ctx)
    , m_actor(std::move(actor))
    , m_nav(new QListWidget)
    , m_stack(new QStackedWidget)
    , m_path(new ConsistentPathBar(ctx, m_actor))
    , m_idle(ctx.clock, ctx.config.lockAfterMinutes() * 60)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Madoguchi — %1").arg(m_actor.staff.displayName));
    m_nav->setObjectName(QStringLiteral("pageList"));
    m_nav->setAccessibleName(tr("Pages"));
    m_nav->setMaximumWidth(170);
    QFont navFont = m_nav->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.2);
    m_nav->setFont(navFont);

    const auto may = [this](CasePolicy::Work work) { return CasePolicy::may(m_actor.staff.roles, work).allowed; };
    if (may(CasePolicy::Work::OpenCase)) {
        m_reception = new ReceptionPage(m_ctx, m_actor);
        addPage(m_reception, tr("Reception"), QStringLiteral("goReceptionAction"));
        connect(m_reception, &ReceptionPage::openCaseRequested, this, &MainWindow::openCase);
        connect(m_reception, &ReceptionPage::caseScanned, this, &MainWindow::startCounterPath);
        // A handheld scanner types into whatever has the focus; catch it anywhere.
        auto* scanner = new ScannerInputFilter(this);
        qApp->installEventFilter(scanner);
        connect(scanner, &ScannerInputFilter::scanned, m_reception, [this](const QString& code) {
            if (!isLocked()) // a code typed at a locked counter opens nothing
                m_reception->handleCode(code);
        });
    }
    m_case = new CasePage(m_ctx, m_actor);
    addPage(m_case, tr("Case"), QStringLiteral("goCaseAction"));
    if (may(CasePolicy::Work::CheckCertificate)) {
        m_capture = new CapturePage(m_ctx, m_actor);
        addPage(m_capture, tr("Certificate"), QStringLiteral("goCaptureAction"));
        connect(m_capture, &CapturePage::caseChanged, this, [this](const QUuid& id) {
            m_case->openCase(id);
            refreshLists();
            m_path->check(id); // a certificate compared or a finding settled: on, or what is left
        });
        connect(m_case, &CasePage::caseChanged, m_capture, &CapturePage::setCase);
    }
    connect(m_case, &CasePage::caseChanged, this, &MainWindow::refreshLists);
    if (may(CasePolicy::Work::ReviewQueue)) {
        m_review = new ReviewPage(m_ctx, m_actor);
        addPage(m_review, tr("Review queue"), QStringLiteral("goReviewAction"));
        connect(m_review, &ReviewPage::caseClaimed, this, [this](const QUuid& id) {
            m_case->openClaimed(id);
            showPage(m_case);
        });
    }
    if (may(CasePolicy::Work::Dashboard)) {
        m_dashboard = new DashboardPage(m_ctx, m_actor);
        addPage(m_dashboard, tr("Dashboard"), QStringLiteral("goDashboardAction"));
    }
    m_settings = new SettingsPage(m_ctx, m_actor);
    addPage(m_settings, tr("Settings"), QStringLiteral("goSettingsAction"));

    connect(m_path, &ConsistentPathBar::waitingForCertificate, this, [this](const QUuid& id) {
        if (m_capture && id == m_scanned)
            showPage(m_capture); // its camera runs while it is shown
    });
    connect(m_path, &ConsistentPathBar::needsClerk, this, [this](const QUuid&, const QString& field) {
        if (m_capture && !field.isEmpty()) {
            showPage(m_capture);
            m_capture->focusField(field);
        } else {
            showPage(m_case);
        }
    });
    connect(m_path, &ConsistentPathBar::caseChanged, this, [this](const QUuid& id) {
        if (m_capture)
            m_capture->setCase(id); // the comparison with the transfer-out information
    });
    connect(m_path, &ConsistentPathBar::sentToReview, this, [this](const QUuid&) {
        m_scanned = {};
        refreshLists();
        if (const auto c = m_case->currentCase())
            m_case->openCase(c->id);
        if (m_reception)
            showPage(m_reception); // ready for the next resident's code
    });

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    auto* work = new QVBoxLayout;
    if (may(CasePolicy::Work::CallNumbers)) {
        m_calls = new CallBar(m_ctx, m_actor);
        connect(m_calls, &CallBar::served, this, [this](const QUuid& id) {
            m_case->openClaimed(id);
            showPage(m_case);
        });
        work->addWidget(m_calls);
    }
    work->addWidget(m_path);
    work->addWidget(m_stack, 1);
    layout->addWidget(m_nav);
    layout->addLayout(work, 1);
    // The pages, or the lock screen in their place: hidden pages also stop their cameras.
    m_screens = new QStackedWidget;
    m_screens->addWidget(central);
    m_lockScreen = new LockScreen(m_actor.staff.displayName);
    m_screens->addWidget(m_lockScreen);
    setCentralWidget(m_screens);
    connect(m_lockScreen, &LockScreen::unlockRequested, this, &MainWindow::unlock);
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_nav->setCurrentRow(0);

    // Menus: every action has a shortcut, so the mouse is optional.
    QMenu* file = menuBar()->addMenu(tr("&File"));
    if (m_reception) {
        auto* newCase = file->addAction(tr("&New walk-in case"));
        newCase->setObjectName(QStringLiteral("newWalkInAction"));
        newCase->setShortcut(QKeySequence::New);
        connect(newCase, &QAction::triggered, this, [this] {
            showPage(m_reception);
            m_reception->startWalkIn();
        });
    }
    auto* refresh = file->addAction(tr("&Refresh"));
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, &MainWindow::refreshLists);
    file->addSeparator();
    auto* lockNow = file->addAction(tr("&Lock now"));
    lockNow->setObjectName(QStringLiteral("lockNowAction"));
    lockNow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lockNow, &QAction::triggered, this, [this] {
        m_idle.lockNow();
        lock();
    });
    auto* signOut = file->addAction(tr("Sign &out"));
    signOut->setObjectName(QStringLiteral("signOutAction"));
    signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(signOut, &QAction::triggered, this, [this] {
        // Hand back every case still claimed here; the window does not wait for the store,
        // the context does before it goes.
        ClaimService* claims = &m_ctx.claims;
        // A claim the store cannot take back now expires on its own.
        (void)QtConcurrent::run(&m_ctx.jobs, [claims, actor = m_actor] { (void)claims->releaseAll(actor); });
        emit signOutRequested();
    });
    connect(m_lockScreen, &LockScreen::switchUserRequested, signOut, &QAction::trigger);
    // Every key and click in this window keeps it open; a timer asks the lock each second.
    qApp->installEventFilter(this);
    auto* idleTimer = new QTimer(this);
    idleTimer->setInterval(1000);
    connect(idleTimer, &QTimer::timeout, this, [this] {
        switch (m_idle.check()) {
        case IdleLock::State::Locked: lock(); break;
        case IdleLock::State::Warning:
            statusBar()->showMessage(
                tr("No key or click for a while: this window locks in %1 s.").arg(m_idle.secondsToLock()), 1500);
            break;
        case IdleLock::State::Active: break;
        }
    });
    idleTimer->start();
    auto* quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_stack->count(); ++i) {
        QWidget* page = m_stack->widget(i);
        auto* a = go->addAction(m_nav->item(i)->text());
        a->setObjectName(page->property("goAction").toString());
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, page] { showPage(page); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    auto* about = help->addAction(tr("&About Madoguchi"));
    about->setObjectName(QStringLiteral("aboutAction"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Madoguchi"),
            tr("<h3>Madoguchi %1</h3><p>The resident-registration counter.</p><p>Workstation %2</p>")
                .arg(QStringLiteral(MADOGUCHI_VERSION).toHtmlEscaped(), m_ctx.config.workstationId().toHtmlEscaped()));
    });

    QStringList roleNames;
    for (Role r : allRoles())
        if (m_actor.staff.has(r))
            roleNames << roleDisplayName(r);
    auto* who
        = new QLabel(tr("Signed in: %1 (%2)").arg(m_actor.staff.displayName, roleNames.join(QStringLiteral(", "))));
    who->setObjectName(QStringLiteral("signedInLabel"));
    statusBar()->addPermanentWidget(who);
    // The outbox reaching the central store, from its own thread; the clerk sees whether
    // the store is reached and how many changes wait.
    auto* sync = new QLabel(tr("Central store: connecting…"));
    sync->setObjectName(QStringLiteral("syncStatusLabel"));
    sync->setAccessibleName(tr("Central store status"));
    statusBar()->addWidget(sync, 1); // the free width: messages grow with the counts
    auto* engine = new SyncEngine(m_ctx.db, m_ctx.config.centralStorePath(), m_actor.workstationId, 5000, this);
    connect(engine, &SyncEngine::statusChanged, sync, [sync](const QString& message, bool reachable, int) {
        sync->setText(message);
        sync->setStyleSheet(reachable ? QString() : QStringLiteral("color: #a00000; font-weight: bold;"));
    });
    // Other workstations' cases and changes show in the lists as soon as they arrive.
    // (The open case is left alone: a reason being typed must not be lost.)
    connect(engine, &SyncEngine::changesArrived, this, [this] {
        if (m_reception)
            m_reception->refresh();
        if (m_review)
            m_review->refresh();
    });
    resize(1280, 800);
}

bool MainWindow::isLocked() const
{
    return m_screens->currentWidget() == m_lockScreen;
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (auto* w = qobject_cast<QWidget*>(watched); w && w->window() == this)
            m_idle.activity();
        break;
    default: break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::lock()
{
    if (isLocked())
        return;
    m_screens->setCurrentWidget(m_lockScreen); // the pages hide: nothing of a case stays on screen
    statusBar()->clearMessage();
    menuBar()->setEnabled(false);
    m_nav->setEnabled(false);
    m_lockScreen->clear();
}

void MainWindow::unlock()
{
    SignInService* accounts = &m_ctx.accounts;
    m_lockScreen->setBusy(true);
    ui::runInBackground(
        m_ctx.jobs, this,
        [accounts, login = m_actor.staff.login, password = m_lockScreen->password()] {
            return accounts->signIn(login, password, SignInService::Purpose::Unlock);
        },
        [this](const Result<Actor>& r) {
            m_lockScreen->setBusy(false);
            if (!r)
                return m_lockScreen->showRefusal(r.error());
            m_idle.unlocked();
            m_lockScreen->clear();
            m_screens->setCurrentIndex(0);
            menuBar()->setEnabled(true);
            m_nav->setEnabled(true);
        });
}

void MainWindow::addPage(QWidget* page, const QString& title, const QString& objectName)
{
    page->setProperty("goAction", objectName);
    page->setAccessibleName(title);
    m_stack->addWidget(page);
    m_nav->addItem(title);
}

void MainWindow::showPage(QWidget* page)
{
    const int i = m_stack->indexOf(page);
    if (i >= 0)
        m_nav->setCurrentRow(i);
}

void MainWindow::openCase(const QUuid& id)
{
    m_case->openCase(id);
    if (m_capture)
        m_capture->setCase(id);
    showPage(m_case);
}

void MainWindow::startCounterPath(const QUuid& id)
{
    m_scanned = id;
    openCase(id);
    m_path->check(id);
}

void MainWindow::refreshLists()
{
    if (m_reception)
        m_reception->refresh();
    if (m_review)
        m_review->refresh();
    if (m_dashboard)
        m_dashboard->refresh();
    if (const auto c = m_case->currentCase(); c && m_stack->currentWidget() == m_case && sender() != m_case)
        m_case->openCase(c->id);
}

} // namespace mdg
