#pragma once

#include "OcrEngine.h"

#include <QImage>
#include <QList>
#include <QPair>
#include <QRect>
#include <QSet>
#include <QString>

// Where things are on a read page: the page pass's lines cut into segments at wide gaps,
// rows joined again, value boxes narrowed to their ink, the columns of a table.
namespace mdg::ocr {

// Part of a text line between wide gaps: a label, a value, a table cell.
struct Segment
{
    QString text; // words joined; a space where the gap was a space
    QRect box;
    double confidence = 0;
    int line = 0;
    QList<OcrEngine::Word> words;
};
QList<Segment> segmentsOf(const QList<OcrEngine::Line>& lines);
// A label spread across its cell (住　　所, 均等割付) comes back as a character a segment:
// runs of short segments on one line that spell a label become one segment.
void joinSpreadLabels(QList<Segment>& segs);
// A label cut in two at a gap (世帯主との | 続柄 世帯主, 男女 | の 別 男) is one segment again,
// its value one of its own.
void joinCutLabels(QList<Segment>& segs);

// Several members' dates or resident codes printed close in one row (昭和54年7月10日 昭和58年
// 7月19日 …) come back as one segment: each value becomes a segment of its own, its box from
// its characters, so the columns stand out.
void splitRepeatedValues(QList<Segment>& segs);

// Whether a segment is grain, a tint pattern or a rule read as text (0, OO, し, ーー, |):
// no certificate value is that short without a kanji, and a reading has two kana at least.
bool isDebris(const Segment& segment);

// The space-separated pieces of a text with their share of its box.
QList<QPair<QString, QRect>> piecesOf(const QString& text, const QRect& box);
// The text after the first `taken` compacted characters, its spaces kept: they part the
// values of a columns row (サイトウ シュンスケ サイトウ アイ).
QString textAfter(const QString& text, qsizetype taken);
// The box of what follows the first `taken` compacted characters of a segment.
QRect valueBox(const Segment& segment, qsizetype taken);
// What follows the first `taken` compacted characters of a segment (a label run into its
// value): its text, box and words.
Segment segmentAfter(const Segment& segment, qsizetype taken);
// How many compacted characters of a segment stand left of `x` (their centres, a word's
// box shared evenly among its characters).
qsizetype charactersLeftOf(const Segment& segment, int x);
// Lines the page pass cut in two on the same height joined again, top to bottom.
QList<OcrEngine::Line> joinRows(QList<OcrEngine::Line> lines);
// The box narrowed to the band of rows (and the columns in it) that holds most of its ink.
QRect inkBand(const QImage& gray, const QRect& box);
// The band of small print just above a name (its ruby reading): the inked rows above the
// white gap over the name, and the columns that hold their ink. Null when there is none.
QRect rubyBandAbove(const QImage& gray, const QRect& name);
// The ruby inside a line's box that the page pass read together with the line (名前 with
// マツダ over 松田 read as の): the small bands of print over the line's own, split from them
// by white rows. Empty when the box holds one band, or two of like height (two lines).
struct RubyInLine
{
    QRect line; // the box grown to all of the line's print
    QList<QRect> rubies;
};
RubyInLine rubyOverLine(const QImage& gray, const QRect& box);
// The box grown to the right while ink follows within two characters' height: the end of
// a value the page pass cut short (タカハシ ヒ|ナ). A column's gap to the next is wider.
QRect extendedToItsInk(const QImage& gray, const QRect& box);
// A one-character box grown left by up to one character to the rest of its word (closer
// than half a character's height, pale ink counted): a relationship whose page-pass box
// held 女 of 二女. Not right: a scan's darker band beside 妻 is no character.
QRect widenedToItsWord(const QImage& gray, const QRect& box);

// Whether a box holds print: a few characters' strokes, not a speck of grain.
bool hasInk(const QImage& gray, const QRect& box);
// Bands of print the page pass returned no line for (a name line with ruby over it can be
// dropped whole): rows of ink outside every line's box, about a line high, narrowed to
// their ink. Ruby alone is too low to count, a watermark's strokes too tall.
QList<QRect> unreadInkBands(const QImage& gray, const QList<OcrEngine::Line>& lines);

// How far left of its column's start a value may begin (a slanted scan, a centred value).
constexpr int ColumnSlack = 40;
// The left edges of a columns-layout table found from its values alone; `lines` gets the
// lines with values in two or more of them. Empty when there are not two such columns.
QList<int> alignedColumns(const QList<Segment>& segs, const QList<QList<int>>& byLine, QSet<int>* lines);

} // namespace mdg::ocr
