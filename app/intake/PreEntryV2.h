#pragma once

#include "domain/PreEntry.h"
#include "domain/Result.h"

#include <QCborMap>

namespace mdg::preentry_v2 {

// The compact payload of the version 2 QR (CONTRACTS.md 1b): integer keys, dates as
// YYYYMMDD, sex, procedure and certificate types as small integers, an address as
// [municipality code, the rest]. Two cases the contract cannot express travel in a form
// it leaves open, so nothing a resident entered is lost: an address whose start names no
// single municipality, or names a county the list cannot give back, is [0, the whole text], a certificate type outside
// the four numbered ones is [its key as text, copies], and a household head who is no member is their name as text
// (tools/preentry_v2.py does the same).
QCborMap toCompact(const PreEntry& p);
// Back to the pre-entry; ErrorCode::Invalid naming the first field that does not fit.
// The result reads as version 1's JSON does (PreEntry::version stays 1).
Result<PreEntry> fromCompact(const QCborMap& m);

} // namespace mdg::preentry_v2
