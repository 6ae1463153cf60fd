#pragma once

#include "sync/CentralStore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace mdg {

// The central store in a SQLite file: the embedded default. One instance per thread.
class SqliteCentralStore : public CentralStore
{
    Q_DECLARE_TR_FUNCTIONS(mdg::SqliteCentralStore)

public:
    explicit SqliteCentralStore(QString path);
    ~SqliteCentralStore() override;
    SqliteCentralStore(const SqliteCentralStore&) = delete;
    SqliteCentralStore& operator=(const SqliteCentralStore&) = delete;

    bool open(QString* error) override;
    Result<PushOutcome> push(const QList<SyncedChange>& batch) override;
    Result<QList<PulledChange>> pull(qint64 cursor, const QString& exceptWorkstation, int limit) override;

private:
    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
};

} // namespace mdg
