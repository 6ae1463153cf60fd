// `madoguchi-cli bench sync`: a workstation's outbox pushed to PostgreSQL on loopback, the
// way the sync engine sends it (batches, version guard, idempotent by event id).
#include "CliIo.h"
#include "db/Database.h"
#include "harness/LocalPostgres.h"
#include "security/SignInService.h"
#include "sync/SqlCentralStore.h"
#include "sync/SyncService.h"
#include "workflow/CaseService.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <memory>

namespace mdg::cli {

bool fillOutbox(Database& local, const Actor& clerk, int events)
{
    CaseService cases(local);
    Household h;
    h.headName = QStringLiteral("川崎　太郎");
    h.members = {Person {{}, QStringLiteral("川崎　太郎"), QStringLiteral("カワサキ　タロウ"), QDate(1980, 1, 1),
        Sex::Male, QStringLiteral("世帯主"), {}, {}}};
    for (int i = 0; i < events / 2; ++i) {
        const auto c = cases.create(clerk, Procedure::MovingIn, h);
        if (!c || !cases.changeStage(clerk, c->id, c->version, Stage::Entry))
            return false;
    }
    return true;
}

void benchSync(int events, QString central)
{
    std::unique_ptr<LocalPostgres> server;
    if (central.isEmpty()) {
        server = std::make_unique<LocalPostgres>();
        auto ready = server->start();
        if (ready)
            ready = server->createDatabase(QStringLiteral("bench"));
        if (!ready) {
            err() << "bench sync: no server given and none could be started here (" << ready.error()
                  << "). Give one with --central postgresql://USER@HOST:PORT/DATABASE\n";
            return;
        }
        central = server->url(QStringLiteral("bench"));
    }
    QTemporaryDir dir;
    Database local(dir.filePath(QStringLiteral("store.sqlite")));
    if (const auto opened = local.open(); !opened) {
        err() << "bench sync: " << opened.error() << '\n';
        return;
    }
    const QString workstation = QStringLiteral("bench-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    auto staff = SignInService(local, workstation)
                     .createStaff(QStringLiteral("bench"), QStringLiteral("Bench"), QStringLiteral("bench-password-1"),
                         {Role::Clerk});
    if (!staff) {
        err() << "bench sync: " << staff.error() << '\n';
        return;
    }
    if (!fillOutbox(local, Actor {staff.value(), workstation}, events)) {
        err() << "bench sync: the local store refused a change\n";
        return;
    }
    SqlCentralStore store(central);
    if (const auto opened = store.open(); !opened) {
        err() << "bench sync: " << opened.error() << '\n';
        return;
    }
    SyncService sync(local, store, workstation);
    const int waiting = SyncService::status(local).waiting;
    QElapsedTimer timer;
    timer.start();
    int pushed = 0;
    while (true) {
        const auto s = sync.pushOnce(500);
        if (!s.reachable) {
            err() << "bench sync: " << s.message << '\n';
            return;
        }
        pushed += s.pushed;
        if (s.waiting == 0)
            break;
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    printJson(
        {{QStringLiteral("bench"), QStringLiteral("sync")}, {QStringLiteral("store"), QStringLiteral("postgresql")},
            {QStringLiteral("server"),
                server ? QStringLiteral("started by the bench on loopback") : QStringLiteral("given")},
            {QStringLiteral("events"), pushed}, {QStringLiteral("outbox_before"), waiting},
            {QStringLiteral("elapsed_ms"), ms}, {QStringLiteral("events_per_s"), double(pushed) / ms * 1000.0}});
}

} // namespace mdg::cli
