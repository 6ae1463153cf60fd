#include "SyncEngine.h"

#include "SqliteCentralStore.h"
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
    SyncWorker(Database& local, QString centralPath, int intervalMs)
        : m_local(local)
        , m_centralPath(std::move(centralPath))
        , m_intervalMs(intervalMs)
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

private:
    void round()
    {
        if (!m_central) {
            auto central = std::make_unique<SqliteCentralStore>(m_centralPath);
            QString error;
            if (central->open(&error))
                m_central = std::move(central);
        }
        if (!m_central) {
            // Not reachable yet: the count of what waits still tells the clerk nothing is lost.
            const int waiting = SyncService::status(m_local).waiting;
            emit status(SyncService::tr("Central store: not reachable, %n change(s) kept here", nullptr, waiting),
                false, waiting);
            return;
        }
        const auto s = SyncService(m_local, *m_central).pushOnce();
        emit status(s.message, s.reachable, s.waiting);
    }

    Database& m_local;
    QString m_centralPath;
    int m_intervalMs;
    std::unique_ptr<CentralStore> m_central;
};

} // namespace

SyncEngine::SyncEngine(Database& local, QString centralPath, int intervalMs, QObject* parent)
    : QObject(parent)
{
    auto* worker = new SyncWorker(local, std::move(centralPath), intervalMs);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, worker, &SyncWorker::start);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &SyncWorker::status, this, &SyncEngine::statusChanged);
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
