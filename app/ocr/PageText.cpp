#include "PageText.h"

#include "Labels.h"
#include "ValueRules.h"

#include <algorithm>

namespace mdg::ocr {

PageText PageText::of(const QList<OcrEngine::Line>& passLines)
{
    PageText t;
    t.lines = joinRows(passLines);
    t.segs = segmentsOf(t.lines);
    joinSpreadLabels(t.segs);
    joinCutLabels(t.segs);
    splitRepeatedValues(t.segs);
    // Grain read as text beside the values would stand in columns of its own.
    t.segs.erase(std::remove_if(t.segs.begin(), t.segs.end(), isDebris), t.segs.end());
    if (qEnvironmentVariableIsSet("MADOGUCHI_OCR_DEBUG"))
        for (const Segment& s : std::as_const(t.segs))
            qDebug("line %d [%d,%d %dx%d] %.2f %s", s.line, s.box.x(), s.box.y(), s.box.width(), s.box.height(),
                s.confidence, qPrintable(s.text));
    t.byLine.resize(t.lines.size());
    for (int i = 0; i < t.segs.size(); ++i)
        t.byLine[t.segs[i].line] << i;
    // The title is no row of any table, also read a character or two off (転 出 計 明 書,
    // 転 出 計 明 『三 on a photo): specks are no characters of it, and no label of the
    // certificate is two characters from it.
    static const QString title = QStringLiteral("転出証明書");
    for (const auto& l : std::as_const(t.lines)) {
        const QString c = compact(l.text);
        QString letters = c;
        letters.removeIf([](QChar ch) { return !ch.isLetterOrNumber() || ch.unicode() < 0x80; });
        t.titleLine << (c.contains(title.left(4))
            || (letters.size() >= 4 && letters.size() <= 6
                && (letters.startsWith(title.left(2)) || letters.endsWith(title.right(2)))
                && editDistance(letters, title) <= 2));
    }
    t.heading = t.titleLine;
    QList<int> heights;
    for (const Segment& s : std::as_const(t.segs))
        heights << s.box.height();
    std::sort(heights.begin(), heights.end());
    const int usual = heights.isEmpty() ? 0 : heights[heights.size() / 2];
    for (int li = 0; li < t.byLine.size(); ++li) {
        const QList<int>& line = t.byLine[li];
        if (!line.isEmpty() && matchLabel(t.segs[line.first()].text, false))
            break;
        // As short as a title: a label and its value read as one tall run are no heading.
        QString letters = compact(t.lines[li].text);
        letters.removeIf([](QChar ch) { return !ch.isLetterOrNumber(); });
        t.heading[li] = t.heading[li]
            || (!line.isEmpty() && letters.size() <= 8 && std::all_of(line.cbegin(), line.cend(), [&](int si) {
                   return t.segs[si].box.height() * 10 >= usual * 13;
               }));
    }
    return t;
}

Value PageText::joined(const QList<int>& idx) const
{
    Value v;
    double conf = 0;
    for (int si : idx) {
        if (!v.text.isEmpty())
            v.text += QLatin1Char(' ');
        v.text += segs[si].text;
        v.box = v.box.isNull() ? segs[si].box : v.box.united(segs[si].box);
        conf += segs[si].confidence;
    }
    v.confidence = idx.isEmpty() ? 0 : conf / idx.size();
    return v;
}

int PageText::cut(int si, qsizetype taken)
{
    segs << segmentAfter(segs[si], taken);
    return int(segs.size()) - 1;
}

QList<int> PageText::from(QList<int> idx, qsizetype start)
{
    qsizetype skipped = 0;
    while (idx.size() > 1 && skipped + compact(segs[idx.first()].text).size() <= start) {
        skipped += compact(segs[idx.first()].text).size();
        idx.removeFirst();
    }
    if (start > skipped)
        idx.first() = cut(idx.first(), start - skipped);
    return idx;
}

void PageText::startAtTheDate(QList<int>& idx)
{
    for (qsizetype k = 0; k < idx.size(); ++k) {
        const auto at = dateStart(compact(segs[idx[k]].text));
        if (!at)
            continue;
        idx = idx.mid(k);
        if (*at > 0)
            idx.first() = cut(idx.first(), *at);
        return;
    }
}

} // namespace mdg::ocr
