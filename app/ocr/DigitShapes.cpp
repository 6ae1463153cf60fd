#include "DigitShapes.h"

#include "GlyphMatcher.h"
#include "capture/Otsu.h"

#include <QList>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace mdg::ocr {

namespace {

struct Blob
{
    int left = 0;
    int right = 0; // inclusive
};

int digitOf(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
        return c.unicode() - 0xFF10;
    return -1;
}

// 二 and 三, which blur into each other (a speck or a doubled stroke makes 二 三): told
// apart by their shapes too. Each is one glyph about a square wide.
bool twoOrThree(QChar c)
{
    return c == u'二' || c == u'三';
}

// The print's glyphs left to right: runs of columns holding ink, specks of grain dropped.
QList<Blob> blobsOf(const QImage& gray, const QRect& area)
{
    const int threshold = otsuThreshold(gray, area);
    const int h = area.height();
    // A column holds ink when any of it is dark: the thin bar of a 4 joins its two halves.
    // (A ruling line across the value makes it one run, and nothing is told.)
    const int least = 1;
    std::vector<int> ink(std::size_t(area.width()), 0);
    for (int y = area.top(); y <= area.bottom(); ++y) {
        const uchar* line = gray.constScanLine(y);
        for (int x = 0; x < area.width(); ++x)
            if (line[area.left() + x] <= threshold)
                ++ink[std::size_t(x)];
    }
    QList<Blob> out;
    for (int x = 0; x < area.width(); ++x) {
        if (ink[std::size_t(x)] < least)
            continue;
        int mass = 0;
        const int from = x;
        while (x < area.width() && ink[std::size_t(x)] >= least)
            mass += ink[std::size_t(x++)];
        // Grain: too little ink for any stroke of a character.
        if (mass * 40 >= h * h)
            out << Blob {area.left() + from, area.left() + x - 1};
    }
    return out;
}

// Which blobs each character takes: a digit one, half a square at most; 二 and 三 one,
// any other character one to three (和 is 禾 and 口), that together make about a square.
// took[i][j] is how many blobs the i-th character took when the first i end at blob j;
// took[n][m] < 0 when the print cannot be cut so.
std::vector<std::vector<int>> cutIntoGlyphs(const QList<Blob>& blobs, const QString& chars, int h)
{
    const auto width = [&](qsizetype from, qsizetype to) { return blobs[to].right - blobs[from].left + 1; };
    const qsizetype n = chars.size(), m = blobs.size();
    std::vector<std::vector<int>> took(std::size_t(n + 1), std::vector<int>(std::size_t(m + 1), -1));
    took[0][0] = 0;
    for (qsizetype i = 0; i < n; ++i)
        for (qsizetype j = 0; j < m; ++j) {
            if (took[std::size_t(i)][std::size_t(j)] < 0)
                continue;
            const bool digit = digitOf(chars[i]) >= 0;
            const bool single = digit || twoOrThree(chars[i]);
            for (qsizetype k = 1; k <= (single ? 1 : 3) && j + k <= m; ++k) {
                const int w = width(j, j + k - 1);
                const bool fits = digit ? w * 20 <= h * 17 : w * 2 >= h && w * 10 <= h * 13;
                if (fits && took[std::size_t(i + 1)][std::size_t(j + k)] < 0)
                    took[std::size_t(i + 1)][std::size_t(j + k)] = int(k);
            }
        }
    return took;
}

} // namespace

QString digitsByShape(const QImage& gray, const QRect& box, const QString& text)
{
    QString chars;
    for (const QChar c : text)
        if (!c.isSpace())
            chars += c;
    if (std::none_of(chars.cbegin(), chars.cend(), [](QChar c) { return digitOf(c) >= 0 || twoOrThree(c); }))
        return text;
    const QRect area = box.intersected(gray.rect());
    if (area.height() < 8 || area.width() < 8)
        return text;
    const QList<Blob> blobs = blobsOf(gray, area);
    const int h = area.height();
    const auto took = cutIntoGlyphs(blobs, chars, h);
    const qsizetype n = chars.size(), m = blobs.size();
    if (took[std::size_t(n)][std::size_t(m)] < 0)
        return text;
    QList<QPair<qsizetype, Blob>> digitBlobs, kanjiBlobs; // index in `chars`, its glyph
    for (qsizetype i = n, j = m; i > 0; --i) {
        const int k = took[std::size_t(i)][std::size_t(j)];
        j -= k;
        if (digitOf(chars[i - 1]) >= 0)
            digitBlobs.prepend({i - 1, blobs[j]});
        else if (twoOrThree(chars[i - 1]))
            kanjiBlobs.prepend({i - 1, blobs[j]});
    }
    const auto glyphOf = [&](const Blob& blob, const QString& candidates) {
        return GlyphMatcher::instance().match(
            gray, QRect(blob.left, area.top(), blob.right - blob.left + 1, h), candidates);
    };
    // Only a glyph that looks much like one candidate in the fonts and clearly more than
    // any other (a face the fonts do not have scores low against all of them).
    const auto sure = [](const std::optional<GlyphMatcher::Match>& found) {
        return found && found->score >= 0.6 && found->margin >= 2 * GlyphMatcher::SureMargin;
    };
    for (const auto& [at, blob] : std::as_const(kanjiBlobs))
        if (const auto match = glyphOf(blob, QStringLiteral("二三")); sure(match))
            chars[at] = match->character;
    if (digitBlobs.isEmpty())
        return chars;
    // Digits are printed at one pitch: a glyph cut in two (or two run together) shows as a
    // run whose centres stray from it, and the cut is not trusted. Some vendors space their
    // digits out (a code at 1.4 times the height: HanaMin's 5 then read 3 as often as not).
    for (qsizetype k = 0; k < digitBlobs.size();) {
        qsizetype end = k + 1;
        while (end < digitBlobs.size() && digitBlobs[end].first == digitBlobs[end - 1].first + 1)
            ++end;
        if (end - k >= 2) {
            const auto centre
                = [&](qsizetype i) { return (digitBlobs[i].second.left + digitBlobs[i].second.right) / 2.0; };
            const double pitch = (centre(end - 1) - centre(k)) / double(end - k - 1);
            if (pitch * 10 < h * 3 || pitch * 10 > h * 16)
                return text;
            for (qsizetype i = k; i < end; ++i)
                if (std::abs(centre(i) - (centre(k) + pitch * double(i - k))) * 5 > h)
                    return text;
        }
        k = end;
    }
    // A glyph much narrower than the value's other digits is a 1 or a digit cut short: its
    // shape tells nothing (a 4's stem looks like a 1). A digit as wide as the others is no 1.
    QList<int> widths;
    for (const auto& [at, blob] : std::as_const(digitBlobs))
        widths << blob.right - blob.left + 1;
    std::sort(widths.begin(), widths.end());
    const int usual = widths[widths.size() / 2];
    static const QString digits = QStringLiteral("0123456789");
    static const QString notOne = QStringLiteral("023456789");
    for (const auto& [at, blob] : digitBlobs) {
        if ((blob.right - blob.left + 1) * 10 < usual * 6 || digitOf(chars[at]) == 1)
            continue;
        const auto match = glyphOf(blob, notOne);
        const int read = digitOf(chars[at]);
        if (qEnvironmentVariableIsSet("MADOGUCHI_OCR_DEBUG") && match && match->character != digits[read])
            qDebug("digit %d at %d width %d: %s score %.3f margin %.3f", read, blob.left, blob.right - blob.left + 1,
                qPrintable(QString(match->character)), match->score, match->margin);
        if (!sure(match) || match->character == digits[read])
            continue;
        const int is = match->character.unicode() - u'0';
        Q_ASSERT(is != 1);
        chars[at] = chars[at].unicode() >= 0xFF10 ? QChar(0xFF10 + is) : QChar(u'0' + is);
    }
    return chars;
}

} // namespace mdg::ocr

namespace mdg::ocr {

bool digitLost(const QImage& gray, const QRect& box, const QString& text)
{
    QString chars;
    for (const QChar c : text)
        if (!c.isSpace())
            chars += c;
    const QRect area = box.intersected(gray.rect());
    if (area.height() < 8 || area.width() < 8)
        return false;
    const QList<Blob> blobs = blobsOf(gray, area);
    const int h = area.height();
    const auto cuts = [&](const QString& t) {
        return cutIntoGlyphs(blobs, t, h)[std::size_t(t.size())][std::size_t(blobs.size())] >= 0;
    };
    if (cuts(chars))
        return false;
    // A lone digit (1月 of 11月, 4日 of 14日) with one more beside it.
    static const QRegularExpression lone(QStringLiteral("(?<![0-9])[0-9](?![0-9])"));
    for (auto it = lone.globalMatch(chars); it.hasNext();) {
        const auto m = it.next();
        QString before = chars, after = chars;
        before.insert(m.capturedStart(), u'1');
        after.insert(m.capturedEnd(), u'1');
        if (cuts(before) || cuts(after))
            return true;
    }
    return false;
}

} // namespace mdg::ocr
