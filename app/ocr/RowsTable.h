#pragma once

#include "Labels.h"
#include "ValueReader.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>
#include <QSet>
#include <optional>

// The rows layout: a header of member labels (氏名 フリガナ 生年月日 性別 続柄 住民票コード)
// and one row per member under it.
namespace mdg::ocr {

struct RowsHeader
{
    int line = -1; // the header's line on the page
    QList<QPair<Label, QPair<int, int>>> columns; // label, left and right of its heading
    QSet<Label> exact; // headings spelled exactly
};

// The first line that spells at least three member labels exactly, completed with the
// headings read too garbled to name.
std::optional<RowsHeader> findRowsHeader(const QList<OcrEngine::Line>& lines);

// A header whose headings were all read too garbled to name (a photo, a spread
// heading): the columns found from the member rows under it, each value's field told by
// its grammar (an era date, eleven digits, 男/女, a relationship, katakana, a name).
std::optional<RowsHeader> inferRowsHeader(const QList<OcrEngine::Line>& lines);

// A header read in part (three headings exact, the others garbled) completed with the
// columns its member rows show and it lacks.
void completeFromValues(RowsHeader& header, const RowsHeader& found);

// The members' values, row by row under the header, into `members` (member index → values).
void readRowsTable(const QList<OcrEngine::Line>& lines, RowsHeader rows, QMap<int, QHash<Label, Value>>& members);

} // namespace mdg::ocr
