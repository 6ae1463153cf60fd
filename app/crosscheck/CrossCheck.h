#pragma once

#include "TextFold.h"
#include "domain/Household.h"
#include "domain/TransferOutCertificate.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mdg {

// One compared value (CONTRACTS.md section 4).
struct Finding
{
    QString field; // the entered side's key: "members[0].birth_date", "previous_address"
    QString certificateKey; // the certificate's key, for its box: "members[2].birth_date"
    QString entered; // as the resident entered it (dates ISO)
    QString certificate; // as the certificate says
    Verdict verdict = Verdict::Match;
    QStringList reasonKeys; // stable keys; reason() is the text for the clerk
    QString detail; // what differs, e.g. "髙→高"

    QString reason() const;
    // Shown to the clerk but not holding the case back: a reading (フリガナ) may differ for
    // good reasons while records catch up with the official readings (DOMAIN.md, Names).
    bool advisory = false;

    bool differs() const { return verdict == Verdict::Mismatch || verdict == Verdict::Missing; }
    // A mismatch or a missing value waits for the clerk; a case cannot go to Review before.
    bool needsResolution() const { return differs() && !advisory; }
    QJsonObject toJson() const;
    static Finding fromJson(const QJsonObject& o);
};

// The text of a reason key for the clerk (translated; English source).
QString reasonText(const QString& key);

// Compares what the resident entered with what the certificate says. Members are paired
// by name and birth date, not by position; a member on one side only is a finding.
class CrossCheck
{
    Q_DECLARE_TR_FUNCTIONS(mdg::CrossCheck)

public:
    static QList<Finding> compare(const Household& entered, const TransferOutCertificate& certificate);
    static QJsonObject toJson(const QList<Finding>& findings); // {"findings": [...]}

    // Member pairs (entered index, certificate index); -1 for a member on one side only.
    static QList<QPair<int, int>> pairMembers(
        const QList<Person>& entered, const QList<TransferOutCertificate::Member>& certificate);

    // The single comparisons, exposed for the rule tests.
    static Finding compareName(const QString& entered, const QString& certificate);
    static Finding compareKana(const QString& entered, const QString& certificate);
    static Finding compareDate(const QDate& entered, const QDate& certificate);
    static Finding compareSex(std::optional<Sex> entered, std::optional<Sex> certificate);
    // The address, then its 方書 (building, room) when either side has one.
    static QList<Finding> compareAddress(const QString& entered, const QString& certificate);
    static Finding compareRelationship(const QString& entered, const QString& certificate);
    static Finding compareResidentCode(const QString& entered, const QString& certificate);
};

} // namespace mdg
