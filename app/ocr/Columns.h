#pragma once

#include "LineLabels.h"
#include "PageGeometry.h"
#include "PageText.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QMap>
#include <QSet>

namespace mdg::ocr {

// The layout stage's columns (CertificateReader::read): where the members' columns stand
// when a household is printed a member per column. Found from the 氏名 rows (one per table
// of four when the household is larger), from labels repeated once per table when a 氏名
// label was lost, or from the values' geometry when the labels were garbled; a start much
// closer than the table's pitch is a name spread across its cell, no member.
struct Columns
{
    QList<QList<int>> tableStarts; // per table, the left edge of each member's column
    QHash<int, int> lineTable; // line -> its table, for lines whose label repeats per table
    bool multiTable = false; // several tables of columns
    QList<int> tableOffsets; // per table, its first member (the members of the tables before)
    QList<int> starts; // the (first) table's columns; empty: no columns layout
    QSet<int> alignedLines; // lines whose values stand in the columns found by geometry

    // `byLine`: the segments of each line, in reading order; `heading`: the title's lines
    // (PageText::heading); `headerLine`: the rows layout's header line, or -1.
    static Columns find(
        const QList<Segment>& segs, const QList<QList<int>>& byLine, const QList<bool>& heading, int headerLine);
};

// A columns table whose 氏名 row came back as specks only (names under their ruby, the
// label lost with them): the row is the line left without a segment just above the first
// member line, and each column's name is placed as its cell's ink, to be read again.
void placeLostNames(const Columns& columns, const PageText& text, const LineLabels& labels, int headerLine,
    const QImage& rulesRemoved, QMap<int, QHash<Label, Value>>& members);

} // namespace mdg::ocr
