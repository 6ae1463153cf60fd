#pragma once

#include "db/Database.h"

#include <QObject>
#include <QString>
#include <QThread>

namespace mdg {

// Sends the outbox to the central store and pulls other workstations' changes, from a
// thread of its own, every few seconds, and says how it went (for the status bar). Work
// never waits for it.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    // PushOnly: a public device (the writing desk's tablet) sends what it opened and never
    // brings other residents' cases onto itself.
    enum class Mode { PushAndPull, PushOnly };
    SyncEngine(Database& local, QString centralLocation, QString workstationId, int intervalMs = 5000,
        QObject* parent = nullptr, Mode mode = Mode::PushAndPull);
    ~SyncEngine() override;

signals:
    void statusChanged(const QString& message, bool reachable, int waiting);
    // Other workstations' changes reached the local store: lists may refresh.
    void changesArrived(int count);

private:
    QThread m_thread;
};

} // namespace mdg
