#include "GlyphMatcher.h"

#include "capture/Otsu.h"

#include <QFont>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QHash>
#include <QMutex>
#include <QPainter>
#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <vector>

namespace mdg::ocr {

namespace {

// Glyphs are compared as this many cells a side, each the share of ink in it.
constexpr int Cells = 32;
using Shape = std::vector<float>;

// The ink inside `box` as a square of cells: cut to the ink's own extent (so the size it
// was printed at and where it stands do not count), then blurred a little (so a stroke a
// pixel thicker or off does not either).
std::optional<Shape> shapeOf(const QImage& gray, const QRect& box, bool page)
{
    const QRect area = box.intersected(gray.rect());
    if (area.width() < 4 || area.height() < 4)
        return std::nullopt;
    const int threshold = page ? otsuThreshold(gray, area) : 128;
    // A row or column of the glyph holds two dark pixels at least; one is a speck of grain.
    const int least = page ? 2 : 1;
    QList<int> rows(area.height(), 0), columns(area.width(), 0);
    for (int y = 0; y < area.height(); ++y) {
        const uchar* line = gray.constScanLine(area.top() + y);
        for (int x = 0; x < area.width(); ++x)
            if (line[area.left() + x] <= threshold) {
                ++rows[y];
                ++columns[x];
            }
    }
    const auto first = [&](const QList<int>& counts) {
        return int(std::find_if(counts.cbegin(), counts.cend(), [&](int c) { return c >= least; }) - counts.cbegin());
    };
    const auto last = [&](const QList<int>& counts) {
        return int(counts.size()) - 1
            - int(std::find_if(counts.crbegin(), counts.crend(), [&](int c) { return c >= least; }) - counts.crbegin());
    };
    const int top = first(rows), bottom = last(rows), left = first(columns), right = last(columns);
    if (top > bottom || left > right || bottom - top < 3 || right - left < 2)
        return std::nullopt;
    QImage ink(right - left + 1, bottom - top + 1, QImage::Format_Grayscale8);
    for (int y = 0; y < ink.height(); ++y) {
        const uchar* from = gray.constScanLine(area.top() + top + y) + area.left() + left;
        uchar* to = ink.scanLine(y);
        for (int x = 0; x < ink.width(); ++x)
            to[x] = from[x] <= threshold ? 0 : 255;
    }
    const QImage cells = ink.scaled(Cells, Cells, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    Shape shape(Cells * Cells);
    for (int y = 0; y < Cells; ++y)
        for (int x = 0; x < Cells; ++x)
            shape[std::size_t(y * Cells + x)] = 1.0f - cells.constScanLine(y)[x] / 255.0f;
    for (int pass = 0; pass < 2; ++pass) {
        Shape blurred(shape.size());
        for (int y = 0; y < Cells; ++y)
            for (int x = 0; x < Cells; ++x) {
                float sum = 0;
                int n = 0;
                for (int dy = -1; dy <= 1; ++dy)
                    for (int dx = -1; dx <= 1; ++dx)
                        if (y + dy >= 0 && y + dy < Cells && x + dx >= 0 && x + dx < Cells) {
                            sum += shape[std::size_t((y + dy) * Cells + x + dx)];
                            ++n;
                        }
                blurred[std::size_t(y * Cells + x)] = sum / float(n);
            }
        shape = std::move(blurred);
    }
    return shape;
}

double correlation(const Shape& a, const Shape& b)
{
    const double n = double(a.size());
    const double meanA = std::accumulate(a.cbegin(), a.cend(), 0.0) / n;
    const double meanB = std::accumulate(b.cbegin(), b.cend(), 0.0) / n;
    double ab = 0, aa = 0, bb = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        ab += (a[i] - meanA) * (b[i] - meanB);
        aa += (a[i] - meanA) * (a[i] - meanA);
        bb += (b[i] - meanB) * (b[i] - meanB);
    }
    return aa > 0 && bb > 0 ? ab / std::sqrt(aa * bb) : 0;
}

QStringList japaneseFamilies()
{
    QStringList out;
    for (const QString& f : QFontDatabase::families(QFontDatabase::Japanese)) {
        // Chinese and Korean cuts draw the shared characters their own way.
        static const QStringList foreign {
            QStringLiteral(" KR"), QStringLiteral(" SC"), QStringLiteral(" TC"), QStringLiteral(" HK")};
        if (std::none_of(foreign.cbegin(), foreign.cend(), [&](const QString& s) { return f.contains(s); }))
            out << f;
    }
    return out;
}

} // namespace

struct GlyphMatcher::Private
{
    QStringList families;
    mutable QMutex mutex;
    // A character's drawing in each family; nullopt where the family lacks it.
    mutable QHash<QChar, std::vector<std::optional<Shape>>> drawings;

    const std::vector<std::optional<Shape>>& drawingsOf(QChar c) const
    {
        if (const auto it = drawings.constFind(c); it != drawings.cend())
            return *it;
        std::vector<std::optional<Shape>> out;
        for (const QString& family : families) {
            QFont font(family);
            font.setPixelSize(64);
            font.setStyleStrategy(QFont::NoFontMerging);
            if (!QFontMetrics(font).inFontUcs4(c.unicode())) {
                out.emplace_back();
                continue;
            }
            QImage image(96, 96, QImage::Format_Grayscale8);
            image.fill(255);
            {
                QPainter painter(&image);
                painter.setFont(font);
                painter.setPen(Qt::black);
                painter.drawText(image.rect(), Qt::AlignCenter, QString(c));
            }
            out.push_back(shapeOf(image, image.rect(), false));
        }
        return *drawings.insert(c, std::move(out));
    }
};

const GlyphMatcher& GlyphMatcher::instance()
{
    static const GlyphMatcher matcher(japaneseFamilies());
    return matcher;
}

GlyphMatcher::GlyphMatcher(const QStringList& families)
    : d(std::make_unique<Private>())
{
    d->families = families;
}

GlyphMatcher::~GlyphMatcher() = default;

QStringList GlyphMatcher::families() const
{
    return d->families;
}

std::optional<GlyphMatcher::Match> GlyphMatcher::match(
    const QImage& gray, const QRect& box, const QString& candidates) const
{
    const auto shape = shapeOf(gray, box, true);
    if (!shape || candidates.size() < 2)
        return std::nullopt;
    QMutexLocker lock(&d->mutex);
    std::vector<double> best(std::size_t(candidates.size()), -2.0);
    for (qsizetype f = 0; f < d->families.size(); ++f) {
        // Only a family that draws every candidate compares them fairly.
        bool all = true;
        for (const QChar c : candidates)
            all = all && d->drawingsOf(c)[std::size_t(f)].has_value();
        if (!all)
            continue;
        for (qsizetype i = 0; i < candidates.size(); ++i)
            best[std::size_t(i)]
                = std::max(best[std::size_t(i)], correlation(*shape, *d->drawingsOf(candidates[i])[std::size_t(f)]));
    }
    const auto top = std::max_element(best.cbegin(), best.cend());
    if (*top < -1.5)
        return std::nullopt;
    double second = -1.0;
    for (auto it = best.cbegin(); it != best.cend(); ++it)
        if (it != top)
            second = std::max(second, *it);
    return Match {candidates[top - best.cbegin()], *top, *top - second};
}

std::optional<GlyphMatcher::Match> GlyphMatcher::matchAround(
    const QImage& gray, const QRect& band, int centreX, const QString& candidates) const
{
    std::optional<Match> best;
    const int h = band.height();
    for (const int width : {h * 9 / 10, h, h * 11 / 10})
        for (int step = -4; step <= 4; ++step) {
            const int shift = step * h / 8;
            const QRect square(centreX + shift - width / 2, band.top(), width, h);
            const auto m = match(gray, square, candidates);
            if (m && (!best || m->score > best->score))
                best = m;
        }
    return best;
}

namespace {
// Pairs of characters: as read, then its twin.
QString twinIn(const QString& pairs, QChar read)
{
    QString out;
    for (qsizetype i = 0; i + 1 < pairs.size(); i += 2)
        if (pairs[i] == read)
            out += pairs[i + 1];
    return out;
}
} // namespace

QString registeredForms(QChar read)
{
    return twinIn(QStringLiteral("邊邉高髙齋齊斉齊徳德恵惠瀬瀨柳栁細紬納紬凛凜"), read);
}

int characterCentre(const QString& text, qsizetype at, const QRect& box)
{
    const auto widthOf = [](QChar c) { return c.unicode() < 0x80 ? 0.5 : 1.0; };
    double before = 0, total = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        total += widthOf(text[i]);
        if (i < at)
            before += widthOf(text[i]);
    }
    return total > 0 ? box.left() + int((before + 0.5) / total * box.width()) : box.center().x();
}

QString lookAlikes(QChar read)
{
    return twinIn(QStringLiteral("壮葵朗郎郎朗男勇修悠志也"), read);
}

} // namespace mdg::ocr
