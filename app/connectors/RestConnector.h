#pragma once

#include "RecordsConnector.h"

#include <QCoreApplication>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;

namespace mdg {

// A records system behind a REST/JSON API. Calls block their thread, so callers run them
// off the GUI thread. Each attempt has a timeout; a system that does not answer, refuses
// the connection or answers 5xx is tried again a bounded number of times, then reported
// unavailable. Plain HTTP is refused except on this machine (loopback).
//
//   GET  /persons?name=&kana=&birth_date=&address=&resident_code=&limit=  -> {"persons": [...]}
//   GET  /households/{no}                                                  -> {"members": [...]}, 404
//   POST /registrations/check {name, birth_date, resident_code}            -> {"persons": [...]}
//   POST /notifications (Idempotency-Key: reception no.)                   -> {"receipt_no", "accepted_at"}, 422
//   {"reason"}
class RestConnector : public RecordsConnector
{
    Q_DECLARE_TR_FUNCTIONS(mdg::RestConnector)

public:
    struct Options
    {
        QUrl base;
        int timeoutMs = 5000;
        int retries = 2; // after the first attempt
        int backoffMs = 200; // doubled each retry
        QString caCertificatesFile; // PEM; empty: the system's
        QString token; // sent as "Authorization: Bearer …" when set
    };
    explicit RestConnector(Options options);
    ~RestConnector() override;

    // nullopt when the options can be used, else why not (not https, bad URL, unreadable CA).
    std::optional<QString> problem() const;

    QString name() const override;
    Result<QList<ResidentRecord>> searchPersons(const PersonQuery& query) override;
    Result<QList<ResidentRecord>> household(const QString& householdNo) override;
    Result<QList<ResidentRecord>> existingRegistrations(const Person& incoming) override;
    Result<Receipt> submit(const ChangeNotification& change) override;
    // GET /transfer-out?name=&birth_date= (or resident_code=): the information as CONTRACTS.md
    // section 2 writes a certificate; 404 when none has arrived.
    Result<TransferOutCertificate> transferOutInformation(const TransferOutQuery& who) override;

    // What an answer of the records system says, from its status and body alone (fuzzed:
    // tests/fuzz/fuzz_rest_replies.cpp): the persons under `key`, or the receipt of a change.
    static Result<QList<ResidentRecord>> personsFrom(int status, const QByteArray& body, const char* key);
    static Result<Receipt> receiptFrom(int status, const QByteArray& body);
    static Result<TransferOutCertificate> transferOutFrom(int status, const QByteArray& body);

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
    };
    Result<Reply> call(const QByteArray& verb, const QString& path, const QUrlQuery& query, const QByteArray& body = {},
        const QByteArray& idempotencyKey = {});
    Result<QList<ResidentRecord>> persons(const Result<Reply>& reply, const char* key);

    Options m_options;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QString m_problem;
};

} // namespace mdg
