#include "CliIo.h"
#include "capture/DemoFrames.h"
#include "config/Config.h"
#include "db/Database.h"
#include "db/DemoSeed.h"

#include <QCommandLineParser>

namespace mdg::cli {

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
    Config config(p.value(QStringLiteral("config")));
    const QString path = p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db")) : config.localStorePath();
    Database db(path);
    QString error;
    if (!db.open(&error)) {
        err() << error << '\n';
        return 1;
    }
    const auto outcome = DemoSeed::run(db, config.workstationId());
    if (!outcome.error.isEmpty()) {
        err() << "seed failed: " << outcome.error << '\n';
        return 1;
    }
    if (outcome.seeded) {
        out() << "Seeded " << outcome.staff << " staff accounts and " << outcome.cases << " cases into " << path
              << '\n';
        const int frames = DemoFrames::write(config.demoFramesFolder(), config.keyFolder());
        out() << "Wrote " << frames << " demo camera frames to " << config.demoFramesFolder() << " and the demo key to "
              << config.keyFolder() << '\n';
    } else
        out() << "The store " << path << " already has staff; nothing seeded.\n";
    return 0;
}

} // namespace mdg::cli
