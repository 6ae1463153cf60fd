#include "AppContext.h"
#include "MainWindow.h"
#include "SignInDialog.h"
#include "i18n/Language.h"
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QtConcurrent>

int main(int argc, char* argv[])
{
#ifdef __GLIBC__
    // SQLite opens and closes small temporary B-trees inside statements; glibc would hand
    // the freed top of the heap back to the kernel every time (brk, TLB flushes), which made
    // bulk writes three times slower. Keep up to 64 MiB of freed memory for reuse.
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    mallopt(M_TOP_PAD, 16 << 20);
#endif
    QApplication app(argc, argv);
    mdg::Config::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Madoguchi"));
    QApplication::setApplicationVersion(QStringLiteral(MADOGUCHI_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Madoguchi: the resident-registration counter."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("lang"), QStringLiteral("Interface language: ja or en."), QStringLiteral("ja|en")});
    parser.addOption({QStringLiteral("config"), QStringLiteral("INI file to use."), QStringLiteral("path")});
    parser.process(app);

    mdg::Config config(parser.value(QStringLiteral("config")));
    const QString lang = mdg::chooseLanguage(parser.value(QStringLiteral("lang")), config.language());
    if (!mdg::installTranslators(app, lang))
        qWarning("The Japanese catalogue is missing; the interface stays in English.");

    mdg::Database db(config.localStorePath());
    if (const auto opened = db.open(); !opened) {
        QMessageBox::critical(nullptr, QObject::tr("Madoguchi"), opened.error());
        return 1;
    }
    mdg::AppContext ctx(config, db);

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
