#include "FieldValues.h"

#include "HouseholdConsistency.h"
#include "NameReadings.h"
#include "Plausibility.h"

#include <algorithm>

namespace mdg::ocr {

void putReadings(TransferOutCertificate& certificate, const QList<ValueTask>& tasks,
    const std::vector<ValueReader::Reading>& readings, const QList<int>& memberIndices,
    const std::function<QRect(QRect)>& toSource, double flaggedConfidence)
{
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const ValueTask& t = tasks.at(i);
        const ValueReader::Reading& r = readings[std::size_t(i)];
        certificate.fields << TransferOutCertificate::Field {
            t.key, r.reading.text, r.confidence, toSource(r.reading.box)};
        const QString& v = r.value;
        if (t.member >= 0) {
            TransferOutCertificate::Member& m = certificate.members[memberIndices.indexOf(t.member)];
            switch (t.label) {
            case Label::Name: m.name = v; break;
            case Label::Kana: m.nameKana = v; break;
            case Label::Birth: m.birthDate = QDate::fromString(v, Qt::ISODate); break;
            case Label::Sex: m.sex = sexFromKey(v); break;
            case Label::Relationship: m.relationship = v; break;
            case Label::Code: m.residentCode = v; break;
            default: break;
            }
            continue;
        }
        if (t.key == QLatin1String("issued_on")) {
            certificate.issuedOn = QDate::fromString(v, Qt::ISODate);
            continue;
        }
        switch (t.label) {
        case Label::Address: certificate.previousAddress = v; break;
        case Label::Head: certificate.householdHead = v; break;
        case Label::Destination: certificate.destinationAddress = v; break;
        case Label::PlannedDate: certificate.plannedMoveDate = QDate::fromString(v, Qt::ISODate); break;
        case Label::Honseki: certificate.honseki = v; break;
        case Label::Hittousha: certificate.hittousha = v; break;
        default: break;
        }
    }
    // A reading that is no reading of the member's name, where another reading of the same
    // print is one (トギャ at the engine's surest, ジミズトモヤ too under 清水智也: ruby
    // blurred on a photo): that one, flagged.
    const NameReadings& names = NameReadings::instance();
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const ValueTask& t = tasks.at(i);
        const ValueReader::Reading& r = readings[std::size_t(i)];
        if (t.label != Label::Kana || t.member < 0 || r.rivals.isEmpty())
            continue;
        TransferOutCertificate::Member& m = certificate.members[memberIndices.indexOf(t.member)];
        if (!names.fitted(m.name, m.nameKana, r.confidence >= NameReadings::EngineSure).isEmpty())
            continue;
        for (const Value& rival : r.rivals) {
            const QString fitted = names.fitted(m.name, rival.text, rival.confidence >= NameReadings::EngineSure);
            if (fitted.isEmpty())
                continue;
            m.nameKana = fitted;
            certificate.capConfidence(t.key, flaggedConfidence);
            break;
        }
    }
}

void correctAsAWhole(TransferOutCertificate& certificate, double flaggedConfidence)
{
    // Readings set right before the household votes on its family reading (cleaner votes),
    // and again after it (a family reading it put in front of a lone given one).
    NameReadings::instance().apply(certificate, flaggedConfidence);
    householdConsistency::apply(certificate, flaggedConfidence);
    NameReadings::instance().apply(certificate, flaggedConfidence);
    plausibility::flagImplausible(certificate, flaggedConfidence);
    std::sort(certificate.fields.begin(), certificate.fields.end(),
        [](const auto& a, const auto& b) { return a.key < b.key; });
}

} // namespace mdg::ocr
