#include "PageGeometry.h"

#include "Labels.h"
#include "ValueRules.h"

#include <QRegularExpression>
#include <algorithm>
#include <vector>

namespace mdg::ocr {

// A text line cut where the gap is wider than a couple of characters: a label and its
// value, or the cells of a table row, become separate segments.
QList<Segment> segmentsOf(const QList<OcrEngine::Line>& lines)
{
    QList<Segment> out;
    for (int li = 0; li < lines.size(); ++li) {
        const auto& line = lines[li];
        const int h = std::max(12, line.box.height());
        Segment cur;
        double confSum = 0;
        int n = 0;
        auto flush = [&] {
            if (n > 0) {
                cur.confidence = confSum / n;
                cur.line = li;
                out << cur;
            }
            cur = Segment();
            confSum = 0;
            n = 0;
        };
        int lastRight = -1;
        for (const auto& w : line.words) {
            const int gap = lastRight < 0 ? 0 : w.box.left() - lastRight;
            if (n > 0 && gap > 1.6 * h)
                flush();
            if (n > 0 && gap > 0.8 * h) // a full-width space is about one character wide
                cur.text += QLatin1Char(' ');
            cur.text += w.text;
            cur.box = cur.box.isNull() ? w.box : cur.box.united(w.box);
            cur.words << w;
            confSum += w.confidence;
            ++n;
            lastRight = w.box.right();
        }
        flush();
    }
    return out;
}

void splitRepeatedValues(QList<Segment>& segs)
{
    static const QRegularExpression date(
        QStringLiteral("(明治|大正|昭和|平成|令和|[0-9０-９]{4})[0-9０-９元一二三四五六七八九十]{0,3}年[0-9０-"
                       "９一二三四五六七八九十]{1,3}月"
                       "[0-9０-９一二三四五六七八九十]{1,3}日"));
    static const QRegularExpression code(QStringLiteral("(?<![0-9０-９])[0-9０-９]{11}(?![0-9０-９])"));
    QList<Segment> out;
    for (const Segment& seg : std::as_const(segs)) {
        // Each compacted character with its share of its word's box.
        QString text;
        QList<QRect> boxes;
        for (const OcrEngine::Word& w : seg.words) {
            const QString c = compact(w.text);
            for (qsizetype i = 0; i < c.size(); ++i) {
                text += c[i];
                boxes << QRect(w.box.left() + int(i * w.box.width() / c.size()), w.box.top(),
                    std::max(1, int(w.box.width() / c.size())), w.box.height());
            }
        }
        // Codes keep the spaces that part them: without, eleven digits could start anywhere.
        QList<QPair<qsizetype, qsizetype>> spans; // [from, to) in `text`
        for (const QRegularExpression* re : {&date, &code}) {
            const QString subject = re == &date ? text : QString(seg.text).remove(QChar(0x3000));
            QList<QPair<qsizetype, qsizetype>> found;
            qsizetype compacted = 0, last = 0;
            for (auto it = re->globalMatch(subject); it.hasNext();) {
                const auto m = it.next();
                if (re == &code) {
                    compacted += compact(subject.mid(last, m.capturedStart() - last)).size();
                    found << qMakePair(compacted, compacted + 11);
                    compacted += 11;
                    last = m.capturedEnd();
                } else {
                    found << qMakePair(m.capturedStart(), m.capturedEnd());
                }
            }
            qsizetype covered = 0;
            for (const auto& f : found)
                covered += f.second - f.first;
            // Only a row of such values: a label or other text in it leaves it whole.
            if (found.size() >= 2 && covered * 10 >= text.size() * 9 && found.last().second <= text.size()) {
                spans = found;
                break;
            }
        }
        if (spans.isEmpty() || boxes.size() != text.size()) {
            out << seg;
            continue;
        }
        for (const auto& [from, to] : spans) {
            Segment part;
            part.text = text.mid(from, to - from);
            for (qsizetype i = from; i < to; ++i)
                part.box = part.box.isNull() ? boxes[i] : part.box.united(boxes[i]);
            part.confidence = seg.confidence;
            part.line = seg.line;
            part.words << OcrEngine::Word {part.text, part.box, seg.confidence};
            out << part;
        }
    }
    segs = out;
}

namespace {
// The first `taken` characters of `next` finish `label` (転出 | 先 川崎市…): they move over,
// with their words and their part of the box; `next` keeps the value.
void moveLabelEnd(Segment& label, Segment& next, qsizetype taken)
{
    const Segment value = segmentAfter(next, taken);
    const bool whole = value.text.isEmpty();
    label.text = compact(label.text) + compact(next.text).left(taken);
    label.box = label.box.united(whole
            ? next.box
            : QRect(next.box.topLeft(), QPoint(std::max(next.box.left(), value.box.left() - 1), next.box.bottom())));
    label.words += next.words.first(next.words.size() - value.words.size());
    next = value;
}
} // namespace

void joinSpreadLabels(QList<Segment>& segs)
{
    const auto isShort = [&](qsizetype k, int line) {
        const QString c = compact(segs[k].text);
        return segs[k].line == line && !c.isEmpty() && c.size() <= 2;
    };
    // Labels open their line (a household fact, a member's line, a table's header column):
    // short values further on (男 女 in a row of a table) are left alone.
    for (qsizetype i = 0; i < segs.size(); ++i) {
        if (!isShort(i, segs[i].line) || (i > 0 && segs[i - 1].line == segs[i].line))
            continue;
        // The longest run of short segments from here that spells a label.
        qsizetype end = i;
        QString joined = compact(segs[i].text);
        qsizetype labelEnd = -1;
        // A character misread (本 | 箱 for 本籍) is forgiven only in a label spread to fill its
        // cell: a character a segment, wide gaps, and its value after it on the line.
        qsizetype fuzzyEnd = -1;
        bool spread = compact(segs[i].text).size() == 1;
        for (qsizetype k = i + 1; k < segs.size() && k <= i + 6 && isShort(k, segs[i].line); ++k) {
            joined += compact(segs[k].text);
            end = k;
            const int h = std::max(segs[k - 1].box.height(), segs[k].box.height());
            spread = spread && compact(segs[k].text).size() == 1
                && segs[k].box.left() - segs[k - 1].box.right() >= h * 3 / 2;
            if (matchLabel(joined, true))
                labelEnd = k;
            else if (spread && matchLabel(joined, false))
                fuzzyEnd = k;
        }
        // Unless the label's last character ran into its value (フ リ ガ | ナ オオツカ…).
        const auto completedByNext = [&] {
            const QString next = compact(segs[end + 1].text);
            return matchLabel(joined + next.left(1), true) || matchLabel(joined + next.left(2), true);
        };
        if (labelEnd < 0 && fuzzyEnd == end && end + 1 < segs.size() && segs[end + 1].line == segs[i].line
            && compact(segs[end + 1].text).size() > 2 && !completedByNext())
            labelEnd = fuzzyEnd;
        // …or its value is one of the short ones that follow it (牧 | 別 | 女 for 性別 女).
        const auto shortValue = [&](qsizetype k) {
            const QString c = compact(segs[k].text);
            double unused = 1.0;
            return c == QStringLiteral("男") || c == QStringLiteral("女") || closestRelationship(c, &unused) == c;
        };
        if (labelEnd < 0 && fuzzyEnd > i && fuzzyEnd == end - 1 && shortValue(end))
            labelEnd = fuzzyEnd;
        if (labelEnd > i) {
            Segment merged = segs[i];
            QString text;
            for (qsizetype k = i; k <= labelEnd; ++k) {
                text += compact(segs[k].text);
                if (k > i) {
                    merged.box = merged.box.united(segs[k].box);
                    merged.words += segs[k].words;
                    merged.confidence += segs[k].confidence;
                }
            }
            merged.confidence /= double(labelEnd - i + 1);
            merged.text = text;
            segs.remove(i + 1, labelEnd - i);
            segs[i] = merged;
            continue;
        }
        // The label's last character run into its value (転出 | 先 川崎市…): the value
        // keeps the rest of that segment.
        const qsizetype next = end + 1;
        if (next >= segs.size() || segs[next].line != segs[i].line)
            continue;
        QString shorts;
        for (qsizetype k = i; k <= end; ++k)
            shorts += compact(segs[k].text);
        const QString last = compact(segs[next].text);
        for (qsizetype take = 1; take <= 2 && take < last.size(); ++take) {
            if (!matchLabel(shorts + last.left(take), true))
                continue;
            Segment label = segs[i];
            label.text = shorts;
            for (qsizetype k = i + 1; k <= end; ++k)
                label.words += segs[k].words;
            moveLabelEnd(label, segs[next], take);
            segs.remove(i + 1, end - i);
            segs[i] = label;
            break;
        }
    }
}

void joinCutLabels(QList<Segment>& segs)
{
    for (qsizetype i = 0; i + 1 < segs.size(); ++i) {
        if (segs[i + 1].line != segs[i].line || (i > 0 && segs[i - 1].line == segs[i].line))
            continue; // a label opens its line
        const auto across = labelAcross(segs[i].text, segs[i + 1].text);
        if (!across)
            continue;
        moveLabelEnd(segs[i], segs[i + 1], across->taken);
        if (across->value.isEmpty())
            segs.removeAt(i + 1);
    }
}

bool isDebris(const Segment& segment)
{
    const QString c = compact(segment.text);
    int kanji = 0, kana = 0, digits = 0, latin = 0;
    for (const QChar ch : c) {
        if (ch.script() == QChar::Script_Han || ch == u'々')
            ++kanji;
        else if ((ch.script() == QChar::Script_Hiragana || ch.script() == QChar::Script_Katakana) && ch != u'ー')
            ++kana;
        else if (ch.isDigit())
            ++digits;
        else if (ch.isLetter() && ch.unicode() < 0x80)
            ++latin;
    }
    if (kanji > 0 || kana >= 2 || digits >= 3)
        return false;
    // A foreign resident's name is printed in the alphabet: a word of it, read with confidence.
    return latin < 4 || segment.confidence < 0.5;
}

// The space-separated pieces of a read text with their share of its box: a row of
// values can come back from the engine as one "word" with spaces inside.
QList<QPair<QString, QRect>> piecesOf(const QString& text, const QRect& box)
{
    QList<QPair<QString, QRect>> out;
    const double perChar = double(box.width()) / std::max<qsizetype>(1, text.size());
    qsizetype offset = 0;
    // A long run of digits (a resident code) glued to the word before it (世帯主37878767010)
    // is a piece of its own.
    static const QRegularExpression gluedCode(QStringLiteral("(?<=[^0-9０-９\\s])(?=[0-9０-９]{8,})"));
    // So is a date run into the next one across a column gap (…四月九日平成…).
    static const QRegularExpression gluedDate(QStringLiteral("(?<=日)(?=明治|大正|昭和|平成|令和)"));
    const QString spaced
        = QString(text).replace(gluedCode, QStringLiteral(" ")).replace(gluedDate, QStringLiteral(" "));
    // An era printed apart from its year (平成 7年, the year padded to two places) is one
    // piece with it.
    static const QRegularExpression era(QStringLiteral("^(明治|大正|昭和|平成|令和)$"));
    static const QRegularExpression year(QStringLiteral("^[0-9０-９元一二三四五六七八九十]"));
    qsizetype eraAt = -1;
    QString eraText;
    for (const QString& part : spaced.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        offset = text.indexOf(part, offset);
        qsizetype start = offset;
        QString piece = part;
        if (eraAt >= 0 && year.match(part).hasMatch()) {
            out.removeLast();
            start = eraAt;
            piece = eraText + part;
        }
        const bool isEra = era.match(part).hasMatch();
        eraAt = isEra ? offset : -1;
        eraText = isEra ? part : QString();
        offset += part.size();
        out << qMakePair(piece,
            QRect(box.left() + int(start * perChar), box.top(), std::max(1, int((offset - start) * perChar)),
                box.height()));
    }
    return out;
}

QString textAfter(const QString& text, qsizetype taken)
{
    qsizetype i = 0;
    for (qsizetype seen = 0; i < text.size() && seen < taken; ++i)
        seen += compact(QString(text[i])).size();
    return text.mid(i).trimmed();
}

// Where the value of a segment starts once `taken` compacted characters of label are
// skipped: from the words' own boxes (a label and its value are spaced differently), the
// straddling word cut in proportion.
QRect valueBox(const Segment& segment, qsizetype taken)
{
    QRect box;
    qsizetype seen = 0;
    for (const OcrEngine::Word& w : segment.words) {
        const QString c = compact(w.text);
        const qsizetype start = seen;
        seen += c.size();
        if (seen <= taken)
            continue;
        QRect part = w.box;
        if (start < taken && !c.isEmpty())
            part.setLeft(w.box.left() + int(w.box.width() * double(taken - start) / c.size()));
        box = box.isNull() ? part : box.united(part);
    }
    return box.isNull() ? segment.box : box;
}

Segment segmentAfter(const Segment& segment, qsizetype taken)
{
    Segment out = segment;
    out.box = valueBox(segment, taken);
    out.text = textAfter(segment.text, taken);
    out.words.clear();
    qsizetype seen = 0;
    for (const OcrEngine::Word& w : segment.words) {
        seen += compact(w.text).size();
        if (seen > taken)
            out.words << w;
    }
    return out;
}

qsizetype charactersLeftOf(const Segment& segment, int x)
{
    qsizetype n = 0;
    for (const OcrEngine::Word& w : segment.words) {
        const QString c = compact(w.text);
        for (qsizetype i = 0; i < c.size(); ++i)
            if (w.box.left() + (2 * i + 1) * w.box.width() / (2 * c.size()) < x)
                ++n;
    }
    return n;
}

// The page pass may cut one printed row in two text lines where a wide gap separates its
// halves (氏名 フリガナ 生年月日 | 性別 続柄 住民票コード; an address and its 番地 in the next
// column): lines side by side on the same height are one row again, in reading order.
QList<OcrEngine::Line> joinRows(QList<OcrEngine::Line> lines)
{
    QList<OcrEngine::Line> out;
    QList<bool> taken(lines.size(), false);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (taken[i])
            continue;
        OcrEngine::Line row = lines[i];
        int parts = 1;
        double confidence = row.confidence;
        for (qsizetype j = i + 1; j < lines.size(); ++j) {
            const OcrEngine::Line& other = lines[j];
            const int centre = other.box.center().y();
            const int rowCentre = row.box.center().y();
            const int half = std::max(row.box.height(), other.box.height()) / 2;
            if (taken[j] || std::abs(centre - rowCentre) > half / 2
                || QRect(row.box.left(), 0, row.box.width(), 1)
                       .intersects(QRect(other.box.left(), 0, other.box.width(), 1)))
                continue;
            taken[j] = true;
            // A label can come after its value (a two-line value's box starts higher than
            // the label beside it): it goes before the value.
            if (other.box.left() < row.box.left()) {
                row.words = other.words + row.words;
                row.text = other.text + QStringLiteral("    ") + row.text;
            } else {
                row.words += other.words;
                row.text += QStringLiteral("    ") + other.text;
            }
            row.box = row.box.united(other.box);
            confidence += other.confidence;
            ++parts;
        }
        row.confidence = confidence / parts;
        out << row;
    }
    // Top to bottom, as the page is read.
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.box.top() < b.box.top(); });
    return out;
}

// The page pass can give a word a box far taller than its characters (a serif face at
// small size), and a crop of it then takes in the strokes of the lines above and below:
// the box shrunk to the band of rows that holds most of its ink.
namespace {
// A photo blurs 6-point kana pale: their strokes count from a lighter grey than print's.
constexpr int Pale = 160;

// The rows top..bottom narrowed to the columns of `area` that hold ink in them; null when
// none do.
QRect inkedColumns(const QImage& gray, const QRect& area, int top, int bottom, int darkerThan = 128)
{
    int left = area.right(), right = area.left();
    for (int y = top; y <= bottom; ++y) {
        const uchar* line = gray.constScanLine(y);
        for (int x = area.left(); x <= area.right(); ++x)
            if (line[x] < darkerThan) {
                left = std::min(left, x);
                right = std::max(right, x);
            }
    }
    return right >= left ? QRect(left, top, right - left + 1, bottom - top + 1) : QRect();
}
} // namespace

QRect inkBand(const QImage& gray, const QRect& box)
{
    const QRect area = box.intersected(gray.rect());
    if (area.height() < 8 || area.width() < 4)
        return box;
    QList<int> ink(area.height(), 0);
    for (int y = 0; y < area.height(); ++y) {
        const uchar* line = gray.constScanLine(area.top() + y);
        for (int x = area.left(); x <= area.right(); ++x)
            ink[y] += line[x] < 128 ? 1 : 0;
    }
    // Runs of inked rows; a gap of a few rows inside a character (二, 三) does not end one.
    constexpr int MaxGap = 6;
    int bestTop = -1, bestBottom = -1, bestInk = 0;
    for (int y = 0; y < area.height();) {
        if (ink[y] == 0) {
            ++y;
            continue;
        }
        int top = y, bottom = y, total = 0, gap = 0;
        for (; y < area.height() && gap <= MaxGap; ++y) {
            if (ink[y] == 0) {
                ++gap;
                continue;
            }
            gap = 0;
            bottom = y;
            total += ink[y];
        }
        if (total > bestInk) {
            bestInk = total;
            bestTop = top;
            bestBottom = bottom;
        }
    }
    if (bestTop < 0 || bestBottom - bestTop < 8)
        return box;
    // And to the columns that hold ink in that band: a lone 男 in a wide guessed box.
    return inkedColumns(gray, area, area.top() + bestTop, area.top() + bestBottom);
}

bool hasInk(const QImage& gray, const QRect& box)
{
    const QRect area = box.intersected(gray.rect());
    int dark = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        const uchar* row = gray.constScanLine(y);
        for (int x = area.left(); x <= area.right(); ++x)
            dark += row[x] < 128 ? 1 : 0;
    }
    return dark >= std::max(20, area.height() * 2);
}

QList<QRect> unreadInkBands(const QImage& gray, const QList<OcrEngine::Line>& lines)
{
    QList<int> heights;
    for (const auto& l : lines)
        heights << l.box.height();
    if (heights.size() < 3 || gray.format() != QImage::Format_Grayscale8)
        return {};
    std::sort(heights.begin(), heights.end());
    const int lineHeight = heights[heights.size() / 2];
    // What the page pass read, a little wider: the edges of its characters are not unread.
    const int w = gray.width(), h = gray.height();
    std::vector<bool> read(std::size_t(w) * std::size_t(h), false);
    for (const auto& l : lines) {
        const QRect r = l.box.adjusted(-4, -4, 4, 4).intersected(gray.rect());
        for (int y = r.top(); y <= r.bottom(); ++y)
            std::fill_n(read.begin() + std::ptrdiff_t(y) * w + r.left(), r.width(), true);
    }
    QList<int> ink(h, 0);
    for (int y = 0; y < h; ++y) {
        const uchar* row = gray.constScanLine(y);
        for (int x = 0; x < w; ++x)
            ink[y] += row[x] < 128 && !read[std::size_t(y) * w + x] ? 1 : 0;
    }
    // A row of print has a few dark pixels at least; grain has one or two.
    const int minInk = std::max(3, w / 400);
    QList<QRect> bands;
    for (int y = 0; y < h;) {
        if (ink[y] < minInk) {
            ++y;
            continue;
        }
        int top = y, bottom = y, total = 0, gap = 0;
        for (; y < h && gap <= 2; ++y) {
            if (ink[y] < minInk) {
                ++gap;
                continue;
            }
            gap = 0;
            bottom = y;
            total += ink[y];
        }
        const int height = bottom - top + 1;
        // Two characters' worth of ink at least, as high as a line of values.
        if (height < lineHeight * 6 / 10 || height > lineHeight * 2 || total < lineHeight * lineHeight / 2)
            continue;
        int left = w, right = -1;
        for (int yy = top; yy <= bottom; ++yy) {
            const uchar* row = gray.constScanLine(yy);
            for (int x = 0; x < w; ++x)
                if (row[x] < 128 && !read[std::size_t(yy) * w + x]) {
                    left = std::min(left, x);
                    right = std::max(right, x);
                }
        }
        if (right - left + 1 >= lineHeight)
            bands << QRect(left, top, right - left + 1, height);
    }
    return bands;
}

namespace {
// The ruby over one stretch of a line (columns left..right): the small band on top, when
// the stretch holds two bands split by white rows and the upper one is ruby-sized.
QRect rubyOverStretch(const QImage& gray, const QRect& area, int left, int right)
{
    const int minInk = std::max(1, (right - left + 1) / 100);
    QList<QPair<int, int>> runs; // inked rows, top and bottom, split at two white rows
    int white = 2;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        const uchar* line = gray.constScanLine(y);
        int n = 0;
        for (int x = left; x <= right && n < minInk; ++x)
            n += line[x] < Pale ? 1 : 0;
        if (n < minInk) {
            ++white;
            continue;
        }
        if (white >= 2 || runs.isEmpty())
            runs << qMakePair(y, y);
        else
            runs.last().second = y;
        white = 0;
    }
    // Grain above or below the line is no band of its own.
    runs.removeIf([](const auto& r) { return r.second - r.first < 3; });
    if (runs.size() != 2)
        return {};
    const int rubyHeight = runs[0].second - runs[0].first + 1;
    const int lineHeight = runs[1].second - runs[1].first + 1;
    if (lineHeight < 12 || rubyHeight * 5 < lineHeight || rubyHeight * 10 > lineHeight * 7)
        return {};
    const QRect stretch(left, area.top(), right - left + 1, area.height());
    const QRect ruby = inkedColumns(gray, stretch, runs[0].first, runs[0].second, Pale);
    // Ruby is a few kana side by side; the dots over 前 are two specks.
    int pieces = 0;
    bool inPiece = false;
    for (int x = ruby.left(); x <= ruby.right(); ++x) {
        bool ink = false;
        for (int y = ruby.top(); y <= ruby.bottom() && !ink; ++y)
            ink = gray.constScanLine(y)[x] < Pale;
        pieces += ink && !inPiece ? 1 : 0;
        inPiece = ink;
    }
    if (pieces < 3)
        return {};
    // Blurred kana are paler at their edges than the threshold: a margin keeps them whole,
    // short of the line below.
    const int margin = rubyHeight / 4 + 2;
    return ruby.adjusted(-margin, -margin, margin, 0)
        .united(QRect(ruby.left(), ruby.bottom(), 1, std::max(1, (runs[1].first - ruby.bottom()) / 2)))
        .intersected(area);
}
} // namespace

RubyInLine rubyOverLine(const QImage& page, const QRect& box)
{
    // The page pass's box may cut the ruby's top and the line's last character.
    const int h = box.height();
    const QRect onPage = box.adjusted(-h / 2, -h / 3, h / 2, 4).intersected(page.rect());
    if (onPage.height() < 16 || onPage.width() < onPage.height())
        return {};
    // What is left of a ruled cell's side (inked in nearly every row) joins no stretch and
    // fills no gap between a ruby and its name.
    QImage gray = page.copy(onPage);
    const QRect area = gray.rect();
    QList<int> columnInk(area.width(), 0);
    for (int y = 0; y < area.height(); ++y) {
        const uchar* line = gray.constScanLine(y);
        for (int x = 0; x < area.width(); ++x)
            columnInk[x] += line[x] < 128 ? 1 : 0;
    }
    for (int x = 0; x < area.width(); ++x)
        if (columnInk[x] * 10 >= area.height() * 8) {
            for (int y = 0; y < area.height(); ++y)
                gray.scanLine(y)[x] = 255;
            columnInk[x] = 0;
        }
    // The line's stretches of print, split where white columns are wider than a third of
    // the line: a label set apart (名　前) is centred on the cell, beside a name's two bands.
    QList<QRect> rubies;
    const int split = area.height() / 3;
    for (int x = 0; x < area.width();) {
        if (columnInk[x] == 0) {
            ++x;
            continue;
        }
        int end = x, gap = 0;
        for (int xx = x; xx < area.width() && gap <= split; ++xx) {
            gap = columnInk[xx] > 0 ? 0 : gap + 1;
            if (columnInk[xx] > 0)
                end = xx;
        }
        if (const QRect r = rubyOverStretch(gray, area, x, end); !r.isNull())
            rubies << r.translated(onPage.topLeft());
        x = end + 1;
    }
    return {onPage, rubies};
}

QRect rubyBandAbove(const QImage& gray, const QRect& name)
{
    const int h = name.height();
    const QRect area
        = QRect(name.left() - h / 2, name.top() - h * 3 / 2, name.width() + h, h * 3 / 2).intersected(gray.rect());
    if (area.height() < 4 || area.width() < h)
        return {};
    // A speck of grain is not a row of print: a row counts from a few dark pixels, pale ones
    // too (ruby blurred on a photo).
    const int minInk = std::max(2, area.width() / 200);
    const auto inked = [&](int y) {
        const uchar* line = gray.constScanLine(y);
        int n = 0;
        for (int x = area.left(); x <= area.right(); ++x)
            n += line[x] < Pale ? 1 : 0;
        return n >= minInk;
    };
    int y = area.bottom();
    while (y >= area.top() && inked(y)) // the name's own top strokes
        --y;
    while (y >= area.top() && !inked(y)) // the gap between name and reading
        --y;
    const int bottom = y;
    for (int gap = 0; y >= area.top() && gap < 3; --y)
        gap = inked(y) ? 0 : gap + 1;
    const int top = y + 4;
    if (bottom < area.top() || bottom - top + 1 < h / 5 || bottom - top + 1 > h * 4 / 5)
        return {};
    const QRect band = inkedColumns(gray, area, top, bottom, Pale);
    return band.width() > 1 ? band : QRect();
}

// The columns of a columns-layout table found without its 氏名 row: the left edges that
// values of three or more lines share, when there are at least two such columns. The
// lines with values in two or more of them are returned in `lines`.
QList<int> alignedColumns(const QList<Segment>& segs, const QList<QList<int>>& byLine, QSet<int>* lines)
{
    QList<QPair<int, int>> lefts; // left edge, line
    for (int li = 0; li < byLine.size(); ++li) {
        if (byLine[li].size() < 2)
            continue;
        // A label can hold the first member's value (生年月日昭和13年…): it starts a column too.
        const Segment& first = segs[byLine[li].first()];
        const auto split = matchLabel(first.text, false) ? std::nullopt : splitLeadingLabel(first.text);
        if (byLine[li].size() < 3 && !split)
            continue;
        if (split)
            lefts << qMakePair(valueBox(first, split->taken).left(), li);
        for (int si : byLine[li].mid(1))
            lefts << qMakePair(segs[si].box.left(), li);
    }
    std::sort(lefts.begin(), lefts.end());
    QList<QList<QPair<int, int>>> clusters;
    for (const auto& l : lefts) {
        if (clusters.isEmpty() || l.first - clusters.last().last().first > 50)
            clusters.append(QList<QPair<int, int>>());
        clusters.last() << l;
    }
    QList<int> starts;
    QList<QSet<int>> members;
    for (const auto& c : clusters) {
        QSet<int> distinct;
        for (const auto& l : c)
            distinct.insert(l.second);
        if (distinct.size() >= 3) {
            starts << c[c.size() / 2].first; // the median edge: a slant moves some either way
            members << distinct;
        }
    }
    if (starts.size() < 2)
        return {};
    for (int li = 0; li < byLine.size(); ++li) {
        int in = 0;
        for (const QSet<int>& m : members)
            in += m.contains(li) ? 1 : 0;
        if (in >= 2)
            lines->insert(li);
    }
    return starts;
}

QRect widenedToItsWord(const QImage& gray, const QRect& box)
{
    // A box of one character only: one of two or more holds its word, and grown it takes in
    // the lines of a tint pattern through the print.
    const int h = box.height();
    if (h < 8 || box.width() > h * 3 / 2)
        return box;
    const int top = std::max(0, box.top());
    const int bottom = std::min(gray.height() - 1, box.bottom());
    // A column counts as ink with two dark pixels or more (one is a speck), pale ones too: a
    // photo blurs the thin strokes of 二 to a grey just darker than its paper.
    std::vector<uchar> around;
    for (int y = top; y <= bottom; ++y)
        for (int x = std::max(0, box.left() - 3 * h); x <= std::min(gray.width() - 1, box.right() + 3 * h); x += 2)
            around.push_back(gray.constScanLine(y)[x]);
    if (around.empty())
        return box;
    std::nth_element(around.begin(), around.begin() + around.size() / 2, around.end());
    const int darkerThan = around[around.size() / 2] - 30;
    const auto inked = [&](int x) {
        int dark = 0;
        for (int y = top; y <= bottom && dark < 2; ++y)
            dark += gray.constScanLine(y)[x] < darkerThan ? 1 : 0;
        return dark >= 2;
    };
    // One character at most (二 of 二女, 長 of 長男), closer than half a character, with a
    // character's worth of ink, not a tint's speck.
    const auto grown = [&](int edge, int step) {
        int reached = edge, columns = 0;
        for (int x = edge + step;
             x >= 0 && x < gray.width() && std::abs(x - edge) <= h * 6 / 5 && std::abs(x - reached) <= h / 2; x += step)
            if (inked(x)) {
                reached = x;
                ++columns;
            }
        return columns >= h / 3 ? reached : edge;
    };
    return QRect(QPoint(grown(box.left(), -1), box.top()), box.bottomRight());
}

QRect extendedToItsInk(const QImage& gray, const QRect& box)
{
    const int h = box.height();
    if (h < 8)
        return box;
    const int maxGap = 2 * h;
    const int limit = std::min(gray.width() - 1, box.right() + 15 * h);
    const int top = std::max(0, box.top());
    const int bottom = std::min(gray.height() - 1, box.bottom());
    int right = box.right();
    for (int x = box.right() + 1; x <= limit && x - right <= maxGap; ++x) {
        // A column counts as ink with two dark pixels or more: one is a speck.
        int dark = 0;
        for (int y = top; y <= bottom && dark < 2; ++y)
            dark += gray.constScanLine(y)[x] < 128 ? 1 : 0;
        if (dark >= 2)
            right = x;
    }
    return QRect(QPoint(box.left(), box.top()), QPoint(right, box.bottom()));
}

} // namespace mdg::ocr
