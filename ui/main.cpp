#include "AppContext.h"
#include "FirstStartDialog.h"
#include "MainWindow.h"
#include "SignInDialog.h"
#include "congestion/CongestionServer.h"
#include "display/DisplayWindow.h"
#include "i18n/Language.h"
#include "kiosk/KioskWindow.h"
#include "workflow/RetentionService.h"
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QScreen>
#include <QtConcurrent>
#include <vector>

namespace {

// The value of `--name value` or `--name=value` before QApplication has parsed anything.
QString earlyOption(int argc, char* argv[], const char* name)
{
    const QString flag = QStringLiteral("--") + QLatin1String(name);
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg == flag && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith(flag + QLatin1Char('=')))
            return arg.mid(flag.size() + 1);
    }
    return {};
}

bool hasFlag(int argc, char* argv[], const char* name)
{
    for (int i = 1; i < argc; ++i)
        if (QString::fromLocal8Bit(argv[i]) == QStringLiteral("--") + QLatin1String(name))
            return true;
    return false;
}

// A keyboard the kernel knows (evdev names keyboards "*-kbd"); elsewhere assume one.
bool hardwareKeyboardAttached()
{
#ifdef Q_OS_LINUX
    return !QDir(QStringLiteral("/dev/input/by-path")).entryList({QStringLiteral("*-kbd")}, QDir::System).isEmpty()
        || !QDir(QStringLiteral("/dev/input/by-id")).entryList({QStringLiteral("*-kbd")}, QDir::System).isEmpty();
#else
    return true;
#endif
}

// The tablet at the writing desk: no sign-in, the resident's screens until the PIN is given.
int runKiosk(QApplication& app, mdg::AppContext& ctx, mdg::Config& config)
{
    if (config.kioskPinHash().isEmpty()) {
        QMessageBox::critical(nullptr, QObject::tr("Madoguchi"),
            QObject::tr("Kiosk mode needs an administrator PIN to leave it. Set one with "
                        "\"madoguchi-cli kiosk-pin\" and start again."));
        return 1;
    }
    mdg::ui::KioskWindow kiosk(ctx, config.kioskPinHash());
    QObject::connect(&kiosk, &mdg::ui::KioskWindow::exitRequested, &app, &QApplication::quit);
    // The whole screen, also where no window manager honours full-screen requests.
    kiosk.setGeometry(QGuiApplication::primaryScreen()->geometry());
    kiosk.showFullScreen();
    return app.exec();
}

// The waiting room's wall screen: no sign-in, numbers only; it also serves the public
// congestion page on the office network when a port is configured.
int runDisplay(QApplication& app, mdg::AppContext& ctx, mdg::Config& config)
{
    mdg::ui::DisplayWindow display([&ctx] { return ctx.queue.board(); }, true);
    mdg::congestion::CongestionServer page;
    if (const int port = config.congestionPagePort(); port > 0) {
        if (page.listen(QHostAddress::Any, quint16(port)) == 0)
            qWarning("The congestion page cannot listen on port %d; the display runs without it.", port);
        QObject::connect(&display, &mdg::ui::DisplayWindow::boardChanged, &page,
            [&page](const mdg::queue::Board& board) { page.setBoard(board); });
    }
    display.setGeometry(QGuiApplication::primaryScreen()->geometry());
    display.showFullScreen();
    return app.exec();
}

} // namespace

int main(int argc, char* argv[])
{
#ifdef __GLIBC__
    // SQLite opens and closes small temporary B-trees inside statements; glibc would hand
    // the freed top of the heap back to the kernel every time (brk, TLB flushes), which made
    // bulk writes three times slower. Keep up to 64 MiB of freed memory for reuse.
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    mallopt(M_TOP_PAD, 16 << 20);
#endif
    mdg::Config::setApplicationIdentity();
    const bool kioskMode = hasFlag(argc, argv, "kiosk");
    const bool displayMode = hasFlag(argc, argv, "display");
    if (kioskMode && qEnvironmentVariableIsEmpty("QT_IM_MODULE")) {
        // Qt Virtual Keyboard is an input method chosen before the application starts.
        const QString wanted = mdg::Config(earlyOption(argc, argv, "config")).kioskVirtualKeyboard();
        if (wanted == QLatin1String("on") || (wanted == QLatin1String("auto") && !hardwareKeyboardAttached()))
            qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    }
    // Qt's X11 platform takes "-display NAME" (and "--display NAME") for the X server: our
    // --display must not reach it, or the next argument is taken for a server's name.
    std::vector<char*> args;
    for (int i = 0; i < argc; ++i)
        if (qstrcmp(argv[i], "--display") != 0)
            args.push_back(argv[i]);
    args.push_back(nullptr);
    int argCount = int(args.size()) - 1;
    QApplication app(argCount, args.data());
    QApplication::setApplicationDisplayName(QStringLiteral("Madoguchi"));
    QApplication::setApplicationVersion(QStringLiteral(MADOGUCHI_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Madoguchi: the resident-registration counter."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("lang"), QStringLiteral("Interface language: ja or en."), QStringLiteral("ja|en")});
    parser.addOption({QStringLiteral("config"), QStringLiteral("INI file to use."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("kiosk"),
        QStringLiteral("The tablet at the writing desk: residents enter their move; no staff sign-in.")});
    parser.addOption({QStringLiteral("display"),
        QStringLiteral("The calling display of the waiting room: numbers and counters only; no staff sign-in.")});
    parser.process(app);

    mdg::Config config(parser.value(QStringLiteral("config")));
    const QString lang = mdg::chooseLanguage(parser.value(QStringLiteral("lang")), config.language());
    // The tablet loads the language each resident picks itself.
    if (!kioskMode && !mdg::installTranslators(app, lang))
        qWarning("The Japanese catalogue is missing; the interface stays in English.");

    mdg::Database db(config.localStorePath());
    if (const auto opened = db.open(); !opened) {
        QMessageBox::critical(nullptr, QObject::tr("Madoguchi"), opened.error());
        return 1;
    }
    // An installed workstation starts without accounts: its administrator makes the first
    // (and sets the ward and the central store, which the context below then uses).
    if (!kioskMode && !displayMode && !mdg::SignInService(db, config.workstationId()).hasAnyStaff()) {
        mdg::FirstStartDialog firstStart(config, db);
        if (firstStart.exec() != QDialog::Accepted)
            return 0;
    }
    mdg::AppContext ctx(config, db);
    // Personal data past its time goes at every start, off the GUI thread (audited).
    (void)QtConcurrent::run(&ctx.store,
        [&db, id = config.workstationId(), days = config.retentionDays(), grace = config.preEntryGraceDays()] {
            if (const auto purged = mdg::RetentionService(db, id).purge(days, grace); !purged)
                qWarning("Retention: %s", qPrintable(purged.error()));
        });
    if (kioskMode)
        return runKiosk(app, ctx, config);
    if (displayMode)
        return runDisplay(app, ctx, config);

    // Sign-in, work, sign-out, and back to sign-in until someone quits.
    for (;;) {
        mdg::SignInDialog signIn(ctx);
        if (signIn.exec() != QDialog::Accepted || !signIn.actor())
            return 0;
        const mdg::Actor actor = *signIn.actor();
        bool signedOut = false;
        {
            mdg::MainWindow window(ctx, actor);
            QObject::connect(&window, &mdg::MainWindow::signOutRequested, &window, [&] {
                signedOut = true;
                window.close();
            });
            window.show();
            app.exec();
        }
        // Recorded on the store thread; the next sign-in does not wait for it, quitting does.
        mdg::SignInService* accounts = &ctx.accounts;
        (void)QtConcurrent::run(&ctx.store, [accounts, actor] { accounts->signOut(actor); });
        if (!signedOut)
            return 0;
    }
}
