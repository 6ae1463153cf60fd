#include "Identifiers.h"

#include <array>

namespace mdg::identifiers {
namespace {

bool allAsciiDigits(QStringView s, qsizetype length)
{
    if (s.size() != length)
        return false;
    for (const QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

template <size_t N> int weightedSum(QStringView digits, const std::array<int, N>& weights)
{
    int sum = 0;
    for (size_t i = 0; i < N; ++i)
        sum += (digits[qsizetype(i)].unicode() - u'0') * weights[i];
    return sum;
}

} // namespace

std::optional<int> myNumberCheckDigit(QStringView first11)
{
    if (!allAsciiDigits(first11, 11))
        return std::nullopt;
    const int r = weightedSum(first11, std::array {6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2}) % 11;
    return r <= 1 ? 0 : 11 - r;
}

bool isValidMyNumber(QStringView s)
{
    if (!allAsciiDigits(s, 12))
        return false;
    return myNumberCheckDigit(s.first(11)) == s[11].unicode() - u'0';
}

std::optional<int> municipalityCheckDigit(QStringView first5)
{
    if (!allAsciiDigits(first5, 5))
        return std::nullopt;
    const int r = weightedSum(first5, std::array {6, 5, 4, 3, 2}) % 11;
    return (11 - r) % 10;
}

bool isValidMunicipalityCode(QStringView s)
{
    if (!allAsciiDigits(s, 6))
        return false;
    return municipalityCheckDigit(s.first(5)) == s[5].unicode() - u'0';
}

bool isResidentCodeFormat(QStringView code)
{
    return allAsciiDigits(code, 11);
}

} // namespace mdg::identifiers
