#include "FieldValues.h"

#include "GlyphMatcher.h"
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

void correctNamesByReadings(TransferOutCertificate& certificate, const QList<ValueTask>& tasks,
    const std::vector<ValueReader::Reading>& readings, const QList<int>& memberIndices, const QImage& page,
    double flaggedConfidence)
{
    const NameReadings& names = NameReadings::instance();
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const ValueTask& t = tasks.at(i);
        if (t.label != Label::Name || t.member < 0)
            continue;
        const auto kana = std::find_if(tasks.cbegin(), tasks.cend(),
            [&](const ValueTask& k) { return k.label == Label::Kana && k.member == t.member; });
        if (kana == tasks.cend())
            continue;
        const ValueReader::Reading& reading = readings[std::size_t(kana - tasks.cbegin())];
        // A reading the engine was hardly sure of (ココ ユ over 石川 葵) tells nothing: some
        // name one character off has a reading close to most garble. Measured: the two names
        // this broke had readings under 0.3; the 15 it mended, 0.35 and more.
        if (reading.confidence < 0.3)
            continue;
        TransferOutCertificate::Member& m = certificate.members[memberIndices.indexOf(t.member)];
        const QRect box = readings[std::size_t(i)].reading.box;
        QString name = m.name;
        for (const auto& told :
            names.charactersTold(m.name, m.nameKana, reading.confidence >= NameReadings::EngineSure)) {
            const int centre = characterCentre(m.name, told.at, box);
            const QChar read = m.name[told.at];
            const auto glyph = GlyphMatcher::instance().matchAround(page, box, centre, read + told.characters);
            if (qEnvironmentVariableIsSet("MADOGUCHI_OCR_DEBUG") && glyph)
                qDebug("%s: %s told by its reading (%.2f) as one of %s; glyph %s margin %.3f", qPrintable(t.key),
                    qPrintable(QString(read)), reading.confidence, qPrintable(told.characters),
                    qPrintable(QString(glyph->character)), glyph->margin);
            const bool sure = glyph && glyph->margin >= GlyphMatcher::SureMargin;
            if (sure && glyph->character != read)
                name[told.at] = glyph->character;
            else if (told.characters.size() == 1 && !(sure && glyph->character == read))
                name[told.at] = told.characters.front();
        }
        if (name != m.name) {
            m.name = name;
            certificate.capConfidence(t.key, flaggedConfidence);
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
