#pragma once

#include "Database.h"

#include <QObject>
#include <QString>
#include <QThread>

namespace mdg {

// Sends the outbox to the central store from a thread of its own, every few seconds, and
// says how it went (for the status bar). Work never waits for it.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(Database& local, QString centralPath, int intervalMs = 5000, QObject* parent = nullptr);
    ~SyncEngine() override;

signals:
    void statusChanged(const QString& message, bool reachable, int waiting);

private:
    QThread m_thread;
};

} // namespace mdg
