#pragma once

#include "domain/TransferOutCertificate.h"

namespace mdg {

// Values the engine read with confidence that no certificate prints: an address with a
// stray sign ($, ]) or naming no prefecture or municipality, a name with Latin letters or
// three parts, a reading with a small kana no syllable takes (ロュ) or three parts. Such a
// value keeps its text and gets a confidence below the threshold: the clerk checks it.
namespace plausibility {

void flagImplausible(TransferOutCertificate& certificate, double flaggedConfidence);

// Whether a value fits what the field may hold (exposed for the rule tests).
bool plausibleAddress(const QString& address);
bool plausibleName(const QString& name);
bool plausibleReading(const QString& katakana);

} // namespace plausibility
} // namespace mdg
