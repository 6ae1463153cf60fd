#pragma once

#include "domain/Household.h"
#include "domain/Person.h"
#include "domain/Procedure.h"
#include "domain/Result.h"
#include "domain/TransferOutCertificate.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace mdg {

// One resident as the records system (住民記録システム) knows them.
struct ResidentRecord
{
    QString residentNo; // 宛名番号
    QString householdNo; // 世帯番号
    QString name;
    QString nameKana;
    QDate birthDate;
    Sex sex = Sex::Male;
    QString relationship;
    QString address;
    QString residentCode; // 住民票コード
};

// A search of the register. Empty parts do not restrict; at least one part must be given.
struct PersonQuery
{
    QString name; // variant characters and spacing are ignored
    QString kanaPrefix; // hiragana or katakana; small kana and spacing ignored
    QDate birthDate;
    QString address; // a part of the address, e.g. a town name
    QString residentCode;
    int limit = 50;

    bool isEmpty() const
    {
        return name.trimmed().isEmpty() && kanaPrefix.trimmed().isEmpty() && !birthDate.isValid()
            && address.trimmed().isEmpty() && residentCode.trimmed().isEmpty();
    }
};

// An approved change, as the notification record (届出データ) the records system imports.
struct ChangeNotification
{
    QString receptionNo; // the case reference: idempotency key of the submission
    Procedure procedure = Procedure::MovingIn;
    Household household;
};

// Whose transfer-out information (転出証明書情報) to fetch: a moving member, by name and
// birth date, or by resident code when it is known.
struct TransferOutQuery
{
    QString name;
    QDate birthDate;
    QString residentCode;
};

struct Receipt
{
    QString receiptNo;
    QDateTime acceptedAt; // UTC
};

// The records system, reached only through this interface, so the national standard
// systems can replace the city's without touching the counter. Built in: the local
// register (SQLite); others are plugins.
class RecordsConnector
{
public:
    virtual ~RecordsConnector() = default;
    virtual QString name() const = 0;

    virtual Result<QList<ResidentRecord>> searchPersons(const PersonQuery& query) = 0;
    // The members of a household, head first.
    virtual Result<QList<ResidentRecord>> household(const QString& householdNo) = 0;
    // Residents already registered who may be the incoming person (same resident code, or
    // same name and birth date): a 転入 must not register someone twice.
    virtual Result<QList<ResidentRecord>> existingRegistrations(const Person& incoming) = 0;
    // Idempotent by reception number: the same notification again returns the first receipt.
    virtual Result<Receipt> submit(const ChangeNotification& change) = 0;
    // 特例転入: the transfer-out information the previous city sent over the resident-registry
    // network for the household of this person, as a certificate whose source says so
    // (CONTRACTS.md section 2); ErrorCode::NotFound when none has arrived.
    virtual Result<TransferOutCertificate> transferOutInformation(const TransferOutQuery& who) = 0;
};

} // namespace mdg
