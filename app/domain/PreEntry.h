#pragma once

#include "Household.h"
#include "Person.h"
#include "Procedure.h"
#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

namespace mdg {

// What a resident entered on the web before coming to the counter (CONTRACTS.md
// section 1). The same fields travel as CBOR in the QR and as JSON on the command line.
struct PreEntry
{
    static constexpr int CurrentVersion = 1;

    struct Applicant
    {
        QString name;
        QString nameKana;
        QDate birthDate;
        QString phone;
        friend bool operator==(const Applicant&, const Applicant&) = default;
    };
    struct Move
    {
        QDate date;
        QString previousAddress;
        QString newAddress;
        QString destinationAddress;
        QString householdHead;
        friend bool operator==(const Move&, const Move&) = default;
    };
    struct CertificateRequest
    {
        QString type; // "residence_record", "seal_registration", ...
        int copies = 1;
        friend bool operator==(const CertificateRequest&, const CertificateRequest&) = default;
    };

    int version = CurrentVersion;
    QUuid id; // idempotency key
    QString ref;
    QDateTime issuedAt; // UTC, whole seconds
    QDateTime expiresAt;
    Procedure procedure = Procedure::MovingIn;
    Applicant applicant;
    Move move;
    QList<Person> members;
    QList<CertificateRequest> certificates;
    QJsonObject answers;
    bool detailInInbox = false;

    friend bool operator==(const PreEntry&, const PreEntry&) = default;

    // The household as the case holds it (the head defaults to the first member).
    Household household() const;

    QJsonObject toJson() const;
    // Reads the JSON (or CBOR converted to JSON) form; nullopt with `error` naming the
    // first missing or malformed field. The version is read but not judged here.
    static Result<PreEntry> fromJson(const QJsonObject& o);
};

} // namespace mdg
