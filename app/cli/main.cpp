#include "config/Config.h"
#include "db/Database.h"
#include "db/DemoSeed.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

int seed(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Fill the local store."));
    p.addHelpOption();
    p.addOption({QStringLiteral("demo"), QStringLiteral("Demo staff accounts and a handful of cases in every stage.")});
    p.addOption({QStringLiteral("config"), QStringLiteral("INI file to use."), QStringLiteral("path")});
    p.addOption({QStringLiteral("db"), QStringLiteral("Local store to fill (default: from the configuration)."),
        QStringLiteral("path")});
    p.process(args);
    if (!p.isSet(QStringLiteral("demo"))) {
        err() << "seed: say what to seed (--demo)\n";
        return 2;
    }
    mdg::Config config(p.value(QStringLiteral("config")));
    const QString path = p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db")) : config.localStorePath();
    mdg::Database db(path);
    QString error;
    if (!db.open(&error)) {
        err() << error << '\n';
        return 1;
    }
    const auto outcome = mdg::DemoSeed::run(db, config.workstationId());
    if (!outcome.error.isEmpty()) {
        err() << "seed failed: " << outcome.error << '\n';
        return 1;
    }
    if (outcome.seeded)
        out() << "Seeded " << outcome.staff << " staff accounts and " << outcome.cases << " cases into " << path
              << '\n';
    else
        out() << "The store " << path << " already has staff; nothing seeded.\n";
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    mdg::Config::setApplicationIdentity();
    QCoreApplication::setApplicationVersion(QStringLiteral(MADOGUCHI_VERSION));

    QStringList args = app.arguments();
    const QString command = args.size() > 1 ? args.at(1) : QString();
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out() << "madoguchi-cli " << MADOGUCHI_VERSION << '\n';
        return 0;
    }
    if (command == QLatin1String("seed")) {
        args.removeAt(1);
        return seed(args);
    }
    err() << "Usage: madoguchi-cli --version\n"
             "       madoguchi-cli seed --demo [--db PATH] [--config INI]\n";
    return command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") ? 0 : 2;
}
