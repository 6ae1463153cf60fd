#pragma once

#include "domain/TransferOutCertificate.h"

namespace mdg {

// Corrections that come from the certificate as a whole, after each value was read on
// its own. A household mostly shares one family name and its reading, so a family name
// one character off the household's (吉田 read 青田) is taken as a misread; the issuer
// is the mayor of the municipality of the previous address (the certificate is issued
// where the household lived). A corrected value keeps its field's text as read and gets
// a confidence below the threshold, so the clerk sees it flagged.
namespace householdConsistency {

void apply(TransferOutCertificate& certificate, double flaggedConfidence);

} // namespace householdConsistency
} // namespace mdg
