#pragma once

#include "CrossCheck.h"
#include "domain/Household.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace mdg {

// How the clerk settled a finding: the certificate's value taken into the case, the
// entered value kept for a stated reason, or a corrected value typed in.
struct Resolution
{
    enum class Kind { TakeCertificate, KeepEntered, Edited };
    Kind kind = Kind::KeepEntered;
    QString value; // Edited: the value typed
    QString reason; // KeepEntered: why (required)
    QString staffId;
    QDateTime at; // UTC

    static QString kindKey(Kind k); // "take_certificate" | "keep_entered" | "edited"
    static std::optional<Kind> kindFromKey(const QString& key);
    QJsonObject toJson() const;
    static std::optional<Resolution> fromJson(const QJsonObject& o);
};

// A finding as the case keeps it: the comparison and, once settled, its resolution.
struct CaseFinding
{
    Finding finding;
    std::optional<Resolution> resolution;

    bool open() const { return finding.needsResolution() && !resolution; }
    QJsonObject toJson() const; // the finding's JSON with "resolution" when settled
    static CaseFinding fromJson(const QJsonObject& o);
};

class FindingResolver
{
    Q_DECLARE_TR_FUNCTIONS(mdg::FindingResolver)

public:
    // The household after the resolution: the certificate's or the typed value written
    // into the entered field; KeepEntered changes nothing. Fails with a message for the
    // clerk when the resolution does not fit the finding (no reason, a date that is not
    // a date, the last member removed).
    static Result<Household> apply(const Household& entered, const TransferOutCertificate& certificate,
        const Finding& finding, const Resolution& resolution);

    // The fresh comparison with the earlier resolutions kept: one stays attached while the
    // same two values are in conflict, and as a record once the finding needs nothing.
    static QList<CaseFinding> carryOver(const QList<CaseFinding>& before, const QList<Finding>& fresh);
};

} // namespace mdg
