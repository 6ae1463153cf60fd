#pragma once

#include "PageGeometry.h"
#include "ValueReader.h"

#include <QList>

namespace mdg::ocr {

// The page pass's text as the layout stages see it (CertificateReader::read): its lines
// joined into rows, each line's segments (label, values) in reading order, and which lines
// are the title. Stages that cut a segment (a label's end run into its value) add the cut
// part as a new segment, so indices into `segs` stay valid.
struct PageText
{
    QList<OcrEngine::Line> lines;
    QList<Segment> segs;
    QList<QList<int>> byLine; // per line, its segments' indices, left to right
    QList<bool> titleLine; // the title 転出証明書, spread or a character off, in a line of its own
    // No row of any table: the title, and a line as short as a title in print a third larger
    // than the page's, above its first label (the title read beyond recognition, 軒 則 計 明 災).
    QList<bool> heading;

    static PageText of(const QList<OcrEngine::Line>& passLines);

    bool hasTitle() const { return titleLine.contains(true); }
    // The segments `idx` as one value: texts joined by a space, boxes united, mean confidence.
    Value joined(const QList<int>& idx) const;
    // Adds what follows the first `taken` characters of segment `si` as a segment; its index.
    int cut(int si, qsizetype taken);
    // The segments of `idx` from character `start` of their compacted text on, the one it
    // falls in cut there: a value after a label garbled into the same line.
    QList<int> from(QList<int> idx, qsizetype start);
    // What is left of a date's label read into its value (生 年 月 日 read 生二年 -月 目)
    // goes: the value starts at its era.
    void startAtTheDate(QList<int>& idx);
};

} // namespace mdg::ocr
