#include "TextFold.h"

#include "VariantTable.h"

#include <QHash>
#include <algorithm>
#include <vector>

namespace mdg {
namespace fold {
namespace {

bool isCompatibilityIdeograph(char32_t c)
{
    return (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
}

bool isVariationSelector(char32_t c)
{
    return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
}

bool isDash(QChar c)
{
    switch (c.unicode()) {
    case 0x2010:
    case 0x2011:
    case 0x002D:
    case 0x2212:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x30FC:
    case 0xFF70:
    case 0x2500:
    case 0xFF0D:
    case 0xFE63: return true;
    default: return false;
    }
}

bool isDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19);
}

// from[i] → to[i]
QHash<char16_t, char16_t> charMap(const QString& from, const QString& to)
{
    QHash<char16_t, char16_t> m;
    for (qsizetype i = 0; i < from.size(); ++i)
        m.insert(from[i].unicode(), to[i].unicode());
    return m;
}

QString mapChars(QStringView s, const QHash<char16_t, char16_t>& map)
{
    QString out = s.toString();
    for (QChar& c : out)
        if (const auto it = map.constFind(c.unicode()); it != map.cend())
            c = QChar(*it);
    return out;
}

} // namespace

QString width(QStringView s)
{
    QString out;
    out.reserve(s.size());
    QString run;
    const auto flush = [&] {
        out += run.normalized(QString::NormalizationForm_KC);
        run.clear();
    };
    for (const char32_t c : s.toString().toUcs4()) {
        if (isCompatibilityIdeograph(c) || isVariationSelector(c)) {
            flush();
            out += QString::fromUcs4(&c, 1);
        } else {
            run += QString::fromUcs4(&c, 1);
        }
    }
    flush();
    return out;
}

QString spaces(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s)
        if (!c.isSpace() && c.unicode() != 0x3000)
            out += c;
    return out;
}

QString katakana(QStringView s)
{
    QString out = s.toString();
    for (QChar& c : out)
        if (c.unicode() >= 0x3041 && c.unicode() <= 0x3096)
            c = QChar(c.unicode() + 0x60);
    return out;
}

QString largeKana(QStringView s)
{
    static const QHash<char16_t, char16_t> map = charMap(QStringLiteral("ァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎ"),
        QStringLiteral("アイウエオツヤユヨワカケあいうえおつやゆよわ"));
    return mapChars(s, map);
}

QString dashes(QStringView s)
{
    QString out = s.toString();
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (!isDash(out[i]))
            continue;
        const bool digitBefore = i > 0 && isDigit(out[i - 1]);
        const bool digitAfter = i + 1 < out.size() && isDigit(out[i + 1]);
        // ー after kana is a long vowel (タワー1501), a dash only after a digit.
        const bool longVowelMark = out[i].unicode() == 0x30FC || out[i].unicode() == 0xFF70;
        if (digitBefore || (digitAfter && !longVowelMark))
            out[i] = u'-';
    }
    return out;
}

QString variants(QStringView s)
{
    return VariantTable::instance().fold(s);
}

QString kanaOfSmallTsu(QStringView s)
{
    static const QHash<char16_t, char16_t> map
        = charMap(QStringLiteral("ヶケがヵカかノ之ッ"), QStringLiteral("ケケケカカカののツ"));
    return mapChars(s, map);
}

int distance(QStringView a, QStringView b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[size_t(j)];
            row[size_t(j)] = std::min({up + 1, row[size_t(j - 1)] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row.back();
}

} // namespace fold

QString verdictKey(Verdict v)
{
    switch (v) {
    case Verdict::Match: return QStringLiteral("match");
    case Verdict::Equivalent: return QStringLiteral("equivalent");
    case Verdict::Mismatch: return QStringLiteral("mismatch");
    case Verdict::Missing: return QStringLiteral("missing");
    }
    return {};
}

TextComparison compareText(QStringView a, QStringView b, const QList<FoldRule>& rules)
{
    TextComparison result;
    if (a.trimmed() == b.trimmed())
        return result;
    QString x = a.trimmed().toString();
    QString y = b.trimmed().toString();
    for (const FoldRule& rule : rules) {
        QString fx = rule.apply(x);
        QString fy = rule.apply(y);
        // A rule is a reason only when it explains part of the difference, not when it
        // changed both sides alike.
        if (fold::distance(fx, fy) < fold::distance(x, y))
            result.reasonKeys << QString::fromLatin1(rule.key);
        x = std::move(fx);
        y = std::move(fy);
        if (x == y) {
            result.verdict = Verdict::Equivalent;
            return result;
        }
    }
    result.verdict = Verdict::Mismatch;
    result.reasonKeys.clear();
    return result;
}

} // namespace mdg
