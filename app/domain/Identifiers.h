#pragma once

#include <QStringView>
#include <optional>

namespace mdg::identifiers {

// 個人番号 (My Number): 12 digits, the last a check digit over the first 11
// (weights 6,5,4,3,2,7,6,5,4,3,2; DOMAIN.md). nullopt unless `first11` is 11 ASCII digits.
std::optional<int> myNumberCheckDigit(QStringView first11);
bool isValidMyNumber(QStringView twelveDigits);

// 地方公共団体コード: 5 digits and a check digit (weights 6,5,4,3,2).
std::optional<int> municipalityCheckDigit(QStringView first5);
bool isValidMunicipalityCode(QStringView sixDigits);

// 住民票コード: 11 digits. Its check-digit formula is not public, so only the format is checked.
bool isResidentCodeFormat(QStringView code);

} // namespace mdg::identifiers
