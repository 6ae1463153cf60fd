#pragma once

#include "RecordsConnector.h"
#include "domain/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>

namespace mdg {

// The built-in records connector: a register of residents in a SQLite file, searched by
// folded name and reading (FTS5 trigram for parts of names and addresses), birth date,
// address and resident code. The embedded default for one PC, demos and training, and
// large enough (`madoguchi-cli seed --population`) to measure searches on a city's scale.
// One instance per thread: it holds its own connection.
class LocalRegister : public RecordsConnector
{
public:
    explicit LocalRegister(QString path);
    ~LocalRegister() override;
    LocalRegister(const LocalRegister&) = delete;
    LocalRegister& operator=(const LocalRegister&) = delete;

    // Creates the file and its tables when missing. False with `error` when it cannot.
    Result<void> open();

    QString name() const override;
    Result<QList<ResidentRecord>> searchPersons(const PersonQuery& query) override;
    Result<QList<ResidentRecord>> household(const QString& householdNo) override;
    Result<QList<ResidentRecord>> existingRegistrations(const Person& incoming) override;
    Result<Receipt> submit(const ChangeNotification& change) override;
    Result<TransferOutCertificate> transferOutInformation(const TransferOutQuery& who) override;

    // What the registry network delivers for a 特例転入 (the demo seed, tests).
    bool addTransferOutInformation(const TransferOutCertificate& information);

    // Bulk loading (the population seed): one transaction, the text index rebuilt at the end.
    bool beginLoad();
    bool add(const ResidentRecord& r);
    bool endLoad();
    void cancelLoad();
    qint64 count();

    static QString nameKey(QStringView name); // what names are compared by
    static QString kanaKey(QStringView kana);

private:
    Result<QList<ResidentRecord>> select(const QString& where, const QVariantList& binds, int limit);
    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    std::unique_ptr<QSqlQuery> m_insert; // prepared once for a load
};

} // namespace mdg
