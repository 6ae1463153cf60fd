#pragma once

#include "LineLabels.h"
#include "Placement.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace mdg::ocr {

// The household's two lines of a single name, 世帯主 and 筆頭者, the one whose label was lost
// (筆 豆 者, 六一可 者, 人筆還。頭、者): a line that ends in a name the household's other lines
// print. Where that name starts in the compacted line, after a garbled label, given the
// names already placed (`known`: each name as read, spaced or not); nothing when the line
// does not end in one of them.
std::optional<qsizetype> knownNameStart(const QString& line, const QStringList& known);

// Which of the two lines a garbled label is when the page still lacks `missing` of them:
// the one left, when the label is not the other's (世帯主 printed twice); the one whose
// characters it holds when both are lost.
std::optional<Label> lostNameField(const QString& garbledLabel, const QList<Label>& missing);

// The stage: each unlabelled line outside the members' lines that ends in a known name goes
// to the 世帯主 or 筆頭者 field the household lacks, its garbled label cut off. How many
// were placed.
int placeLostNameLines(PageText& text, const LineLabels& labels, PlacedFields& placed);

} // namespace mdg::ocr
