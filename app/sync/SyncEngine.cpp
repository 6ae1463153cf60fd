#include "SyncEngine.h"

#include "SqlCentralStore.h"
#include "SyncService.h"

#include <QTimer>
#include <memory>

namespace mdg {
namespace {

// Lives on the engine's thread: its database connections belong to that thread.
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    SyncWorker(Database& local, QString centralLocation, QString workstationId, int intervalMs, SyncEngine::Mode mode)
        : m_local(local)
        , m_centralLocation(std::move(centralLocation))
        , m_workstationId(std::move(workstationId))
        , m_intervalMs(intervalMs)
        , m_mode(mode)
    { }

    void start()
    {
        auto* timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, &SyncWorker::round);
        timer->start(m_intervalMs);
        round();
    }

signals:
    void status(const QString& message, bool reachable, int waiting);
    void pulled(int changes);

private:
    void round()
    {
        if (!m_central) {
            auto central = std::make_unique<SqlCentralStore>(m_centralLocation);
            if (central->open())
                m_central = std::move(central);
        }
        if (!m_central) {
            // Not reachable yet: the count of what waits still tells the clerk nothing is lost.
            const int waiting = SyncService::status(m_local).waiting;
            emit status(SyncService::tr("Central store: not reachable, %n change(s) kept here", nullptr, waiting),
                false, waiting);
            return;
        }
        SyncService service(m_local, *m_central, m_workstationId);
        const auto s = m_mode == SyncEngine::Mode::PushOnly ? service.pushOnce() : service.syncOnce();
        if (!s.reachable)
            m_central.reset(); // a server that went away is reconnected from scratch
        emit status(s.message, s.reachable, s.waiting);
        if (s.pulled > 0)
            emit pulled(s.pulled);
        // A full batch means more are waiting (a morning's catch-up, a new workstation):
        // go on at once instead of one batch per interval.
        if (s.reachable && s.pulled >= SyncService::PullBatch)
            QTimer::singleShot(0, this, &SyncWorker::round);
    }

    Database& m_local;
    QString m_centralLocation;
    QString m_workstationId;
    int m_intervalMs;
    SyncEngine::Mode m_mode;
    std::unique_ptr<CentralStore> m_central;
};

} // namespace

SyncEngine::SyncEngine(
    Database& local, QString centralLocation, QString workstationId, int intervalMs, QObject* parent, Mode mode)
    : QObject(parent)
{
    auto* worker = new SyncWorker(local, std::move(centralLocation), std::move(workstationId), intervalMs, mode);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, worker, &SyncWorker::start);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &SyncWorker::status, this, &SyncEngine::statusChanged);
    connect(worker, &SyncWorker::pulled, this, &SyncEngine::changesArrived);
    m_thread.setObjectName(QStringLiteral("sync"));
    m_thread.start();
}

SyncEngine::~SyncEngine()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace mdg

#include "SyncEngine.moc"
