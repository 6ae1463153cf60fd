#include "CliIo.h"
#include "config/Config.h"
#include "connectors/LocalRegister.h"
#include "connectors/PopulationGenerator.h"
#include "db/Database.h"
#include "harness/DemoFrames.h"
#include "harness/DemoSeed.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>

namespace mdg::cli {

namespace {

int seedPopulation(qint64 population, const QString& path)
{
    if (population <= 0 || population > 20'000'000) {
        err() << "seed: --population takes a number of residents (1 to 20,000,000)\n";
        return 2;
    }
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    LocalRegister reg(path);
    if (const auto opened = reg.open(); !opened) {
        err() << "seed: cannot open the register " << path << ": " << opened.error() << '\n';
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const bool ok = generateKawasakiPopulation(reg, population, 20230201, [](qint64 done) {
        err() << done << " residents…\n";
        err().flush();
    });
    if (!ok) {
        err() << "seed: writing the register failed\n";
        return 1;
    }
    out() << "Seeded " << reg.count() << " residents into " << path << " in " << timer.elapsed() / 1000.0 << " s\n";
    return 0;
}

} // namespace

int seed(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Fill the local store."));
    p.addHelpOption();
    p.addOption({QStringLiteral("demo"), QStringLiteral("Demo staff accounts and a handful of cases in every stage.")});
    p.addOption({QStringLiteral("config"), QStringLiteral("INI file to use."), QStringLiteral("path")});
    p.addOption({QStringLiteral("db"), QStringLiteral("Local store to fill (default: from the configuration)."),
        QStringLiteral("path")});
    p.addOption({QStringLiteral("population"),
        QStringLiteral("Fill the local register with N residents of Kawasaki's seven wards (replacing it)."),
        QStringLiteral("N")});
    p.addOption({QStringLiteral("register"), QStringLiteral("Register file (default: from the configuration)."),
        QStringLiteral("path")});
    p.process(args);
    Config config(p.value(QStringLiteral("config")));
    if (p.isSet(QStringLiteral("population")))
        return seedPopulation(p.value(QStringLiteral("population")).toLongLong(),
            p.isSet(QStringLiteral("register")) ? p.value(QStringLiteral("register")) : config.registerPath());
    if (!p.isSet(QStringLiteral("demo"))) {
        err() << "seed: say what to seed (--demo or --population N)\n";
        return 2;
    }
    const QString path = p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db")) : config.localStorePath();
    Database db(path);
    if (const auto opened = db.open(); !opened) {
        err() << opened.error() << '\n';
        return 1;
    }
    const auto seeded = DemoSeed::run(db, config.workstationId());
    if (!seeded) {
        err() << "seed failed: " << seeded.error() << '\n';
        return 1;
    }
    const DemoSeed::Outcome& outcome = seeded.value();
    if (outcome.seeded) {
        out() << "Seeded " << outcome.staff << " staff accounts and " << outcome.cases << " cases into " << path
              << '\n';
        const int frames
            = DemoFrames::write(config.demoFramesFolder(), config.keyFolder(), config.demoDocumentFolder());
        LocalRegister reg(config.registerPath());
        bool registered = bool(reg.open()) && reg.beginLoad();
        for (const ResidentRecord& r : DemoFrames::registeredResidents())
            registered = registered && reg.add(r);
        registered = registered && reg.endLoad()
            && reg.addTransferOutInformation(
                DemoFrames::transferOutInformation(QDateTime::currentDateTime().date()));
        if (!registered)
            err() << "seed: the demo residents could not be written to the register " << config.registerPath() << '\n';
        out() << "Wrote " << frames << " demo camera frames to " << config.demoFramesFolder()
              << ", the demo certificate photo to " << config.demoDocumentFolder() << " and the demo key to "
              << config.keyFolder() << '\n';
    } else
        out() << "The store " << path << " already has staff; nothing seeded.\n";
    return 0;
}

} // namespace mdg::cli
