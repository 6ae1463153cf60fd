#pragma once

#include "Columns.h"
#include "LineLabels.h"
#include "PageText.h"

#include <QHash>
#include <QImage>
#include <QMap>

namespace mdg::ocr {

// What the layout stages found: each field's value as the page pass saw it.
struct PlacedFields
{
    QHash<Label, Value> household;
    QMap<int, QHash<Label, Value>> members; // member index -> values
    QHash<int, int> columnEnds; // member -> where the next member's column starts
    bool rubyOnLabelLine = false; // readings printed as ruby, read on the 氏名 label's line
    int labelsFound = 0;
};

// The placement stage of CertificateReader::read: every line that starts with a label (or
// whose label is told by its neighbours, its values or where it stands) gives its values to
// the household's field, to the member of each column (columns layout), or to the member
// whose block it is in (lines layout). Lines of the rows layout's header and below are left
// to RowsTable (`headerLine`). A value the page pass missed is placed as a box to read
// again where it must stand, in `rulesRemoved`.
void placeLines(PageText& text, const LineLabels& labels, const Columns& columns, int headerLine,
    const QImage& rulesRemoved, PlacedFields& placed);

} // namespace mdg::ocr
