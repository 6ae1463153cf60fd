#include "Migrations.h"

#include "SqlUtil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace mdg::Migrations {

namespace {

QMap<int, QString> migrationFiles(const char* folder)
{
    QMap<int, QString> files;
    static const QRegularExpression re(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    const QDir dir(QString::fromLatin1(folder));
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        const auto m = re.match(name);
        if (m.hasMatch())
            files.insert(m.captured(1).toInt(), dir.filePath(name));
    }
    return files;
}

// Statements end with ";" at the end of a line; "--" comments are dropped.
QStringList statements(const QString& script)
{
    QStringList out;
    QString current;
    for (const QString& line : script.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")) || trimmed.isEmpty())
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            out << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

} // namespace

int latestVersion(const char* folder)
{
    const auto files = migrationFiles(folder);
    return files.isEmpty() ? 0 : files.lastKey();
}

int currentVersion(QSqlDatabase db)
{
    if (!db.tables().contains(QStringLiteral("schema_version")))
        return 0;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && q.next())
        return q.value(0).toInt();
    return 0;
}

Result<void> apply(QSqlDatabase db, int target, const char* folder)
{
    const auto files = migrationFiles(folder);
    const int latest = latestVersion(folder);
    if (target < 0)
        target = latest;
    try {
        execSql(db,
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                           "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"));
        const int current = currentVersion(db);
        if (current > latest) {
            return Result<void>::failure(ErrorCode::Store,
                QCoreApplication::translate("mdg::Database",
                    "The store was written by a newer version of Madoguchi (schema %1; this build knows up to %2). "
                    "Update Madoguchi before using it.")
                    .arg(current)
                    .arg(latest));
        }
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            if (it.key() <= current || it.key() > target)
                continue;
            QFile f(it.value());
            if (!f.open(QIODevice::ReadOnly))
                throw DbError(QStringLiteral("missing migration %1").arg(it.value()));
            const QString script = QString::fromUtf8(f.readAll());
            // A table rebuild must not cascade the DROP into its children; SQLite takes
            // this pragma only outside a transaction, so the runner sets it around the file.
            const bool foreignKeysOff = script.startsWith(QLatin1String("-- madoguchi: foreign_keys off"));
            if (foreignKeysOff)
                execSql(db, QStringLiteral("PRAGMA foreign_keys=OFF"));
            try {
                Transaction tx(db);
                for (const QString& stmt : statements(script))
                    execSql(db, stmt);
                if (foreignKeysOff && execSql(db, QStringLiteral("PRAGMA foreign_key_check")).next())
                    throw DbError(QStringLiteral("migration %1 broke a foreign key").arg(it.key()));
                execSql(db, QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"),
                    {it.key(), toDbTime(QDateTime::currentDateTimeUtc())});
                tx.commit();
            } catch (const DbError&) {
                if (foreignKeysOff)
                    execSql(db, QStringLiteral("PRAGMA foreign_keys=ON"));
                throw;
            }
            if (foreignKeysOff)
                execSql(db, QStringLiteral("PRAGMA foreign_keys=ON"));
        }
    } catch (const DbError& e) {
        return Result<void>::failure(ErrorCode::Store,
            QCoreApplication::translate("mdg::Database", "Updating the store failed: %1").arg(e.message()));
    }
    return {};
}

} // namespace mdg::Migrations
