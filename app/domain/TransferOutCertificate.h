#pragma once

#include "Person.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QRect>
#include <QString>
#include <optional>

namespace mdg {

// What a moving-out certificate (転出証明書) says, as read (CONTRACTS.md section 2).
// Empty text and invalid dates mean "could not be read" and print as null.
struct TransferOutCertificate
{
    struct Member
    {
        QString name;
        QString nameKana;
        QDate birthDate;
        std::optional<Sex> sex;
        QString relationship;
        QString residentCode; // 11 digits
    };
    // One read value with where it stood and how sure the reader is.
    struct Field
    {
        QString key; // "members[0].birth_date"
        QString text; // as read, before correction
        double confidence = 0; // 0..1
        QRect box; // in the image's pixels
    };

    // Where the facts come from: the paper; for a 転居 or 転出, which bring none, the resident
    // register's household, which knows who lives where but not the move; for a 特例転入, the
    // transfer-out information the previous city sent over the resident-registry network; or
    // the four facts of a My Number card's chip.
    enum class Source { Paper, ResidentRegister, RegistryNetwork, MyNumberCard };
    Source source = Source::Paper;
    QString issuer; // 横浜市港北区長
    QDate issuedOn;
    QString previousAddress;
    QString destinationAddress;
    QDate plannedMoveDate;
    QString householdHead;
    QString honseki;
    QString hittousha;
    QList<Member> members;
    QList<Field> fields;
    qint64 elapsedMs = 0;

    QList<QRect> boxes() const; // of every field, for drawing them on the page
    QRect boxOf(const QString& key) const; // empty when the field was not read
    // Lowers the field's confidence to at most `confidence`: a value the reader corrected
    // from the rest of the page is shown flagged.
    void capConfidence(const QString& key, double confidence);
    // The field's confidence; none when no field has that key.
    std::optional<double> confidenceOf(const QString& key) const;

    // The fields of data that was not read (the registry network, a card's chip): every value
    // as it stands, fully sure, so the comparison treats none as a doubtful reading.
    void markEveryValueSure();
    static QString documentKey(Source s); // the JSON's "document"
    QJsonObject toJson() const;
    static TransferOutCertificate fromJson(const QJsonObject& o);
};

} // namespace mdg
