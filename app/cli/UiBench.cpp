// `madoguchi-cli bench ui`: how long the counter window's event loop stalls while its sync
// engine pulls a burst of other workstations' changes and the reader reads a certificate.
// A precise timer ticks every few milliseconds on the GUI thread; a tick's lateness is the
// time the loop could not react (a click, a repaint) then.
#include "AppContext.h"
#include "CliIo.h"
#include "MainWindow.h"
#include "pages/CapturePage.h"
#include "security/SignInService.h"
#include "sync/SqlCentralStore.h"
#include "sync/SyncEngine.h"
#include "sync/SyncService.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

namespace mdg::cli {
namespace {

constexpr int TickMs = 4;

// Another workstation's day: `changes` events (a new case and its move to Entry, in turn)
// pushed to the central store, for this window to pull.
Result<void> fillCentral(const QString& dir, const QString& central, int changes)
{
    Database other(QDir(dir).filePath(QStringLiteral("other.sqlite")));
    if (auto opened = other.open(); !opened)
        return opened;
    const QString ws = QStringLiteral("ws-other");
    auto staff = SignInService(other, ws).createStaff(
        QStringLiteral("other"), QStringLiteral("Other"), QStringLiteral("other-password-1"), {Role::Clerk});
    if (!staff)
        return Result<void>::failure(staff);
    if (!fillOutbox(other, Actor {staff.value(), ws}, changes))
        return Result<void>::failure(
            ErrorCode::Store, QStringLiteral("the other workstation's store refused a change"));
    SqlCentralStore store(central);
    if (auto opened = store.open(); !opened)
        return opened;
    SyncService sync(other, store, ws);
    for (;;) {
        const auto s = sync.pushOnce(500);
        if (!s.reachable)
            return Result<void>::failure(ErrorCode::Unreachable, s.message);
        if (s.waiting == 0)
            return {};
    }
}

} // namespace

void benchUi(QString central)
{
    QTemporaryDir dir;
    const int changes = 10000;
    Config config(dir.filePath(QStringLiteral("madoguchi.ini")));
    if (central.isEmpty())
        central = config.centralStorePath(); // the SQLite file beside the local store
    config.setCentralStorePath(central);
    if (const auto filled = fillCentral(dir.path(), central, changes); !filled) {
        err() << "bench ui: " << filled.error() << '\n';
        return;
    }
    const QString pages = dir.filePath(QStringLiteral("pages"));
    if (!generatePages(QStringLiteral(MADOGUCHI_LAYOUTGEN),
            {QStringLiteral("--seed"), QStringLiteral("41001"), QStringLiteral("--count"), QStringLiteral("1"),
                QStringLiteral("--degradations"), QStringLiteral("camera")},
            pages))
        return;
    const QStringList photos
        = QDir(pages).entryList({QStringLiteral("*.png"), QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
    const QImage photo(QDir(pages).filePath(photos.value(0)));
    if (photo.isNull()) {
        err() << "bench ui: the page generator wrote no page\n";
        return;
    }

    Database db(config.localStorePath());
    if (const auto opened = db.open(); !opened) {
        err() << "bench ui: " << opened.error() << '\n';
        return;
    }
    const QString ws = config.workstationId();
    auto staff = SignInService(db, ws).createStaff(QStringLiteral("lead"), QStringLiteral("Lead"),
        QStringLiteral("lead-password-1"), {Role::Clerk, Role::Reviewer, Role::Supervisor});
    if (!staff) {
        err() << "bench ui: " << staff.error() << '\n';
        return;
    }
    AppContext ctx(config, db);
    QList<double> lateMs;
    qint64 pulled = 0, ocrMs = -1;
    QElapsedTimer clock;
    {
        MainWindow window(ctx, Actor {staff.value(), ws});
        window.show();
        QObject::connect(
            window.capturePage(), &CapturePage::certificateRead, &window, [&] { ocrMs = clock.elapsed(); });
        if (auto* engine = window.findChild<SyncEngine*>())
            QObject::connect(engine, &SyncEngine::changesArrived, &window, [&](int count) { pulled += count; });
        // The reader starts once the pull is under way, so the two overlap.
        QTimer::singleShot(200, &window, [&] { window.capturePage()->readImage(photo); });

        QTimer tick;
        tick.setTimerType(Qt::PreciseTimer);
        QElapsedTimer since;
        QObject::connect(&tick, &QTimer::timeout, [&] {
            lateMs << std::max(0.0, double(since.nsecsElapsed()) / 1e6 - TickMs);
            since.restart();
        });
        // Done when every change is here and the page is read; a minute at most.
        QTimer check;
        QObject::connect(&check, &QTimer::timeout, [&] {
            if ((pulled >= changes && ocrMs >= 0) || clock.elapsed() > 60000)
                QApplication::quit();
        });
        clock.start();
        since.start();
        tick.start(TickMs);
        check.start(250);
        QApplication::exec();
    }
    const double elapsed = double(clock.elapsed());
    printJson({{QStringLiteral("bench"), QStringLiteral("ui_event_loop")},
        {QStringLiteral("load"),
            QStringLiteral("sync engine pulling %1 changes + the reader reading a camera photo").arg(changes)},
        {QStringLiteral("changes_pulled"), pulled}, {QStringLiteral("ocr_ms"), double(ocrMs)},
        {QStringLiteral("ticks"), int(lateMs.size())}, {QStringLiteral("tick_ms"), TickMs},
        {QStringLiteral("p50_ms"), round1(percentile(lateMs, 50))},
        {QStringLiteral("p99_ms"), round1(percentile(lateMs, 99))},
        {QStringLiteral("max_ms"), round1(percentile(lateMs, 100))}, {QStringLiteral("elapsed_ms"), elapsed}});
}

} // namespace mdg::cli
