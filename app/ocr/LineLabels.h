#pragma once

#include "Labels.h"
#include "PageText.h"

#include <QList>
#include <optional>

namespace mdg::ocr {

// The label each line opens with, and what the lines layout's member blocks tell about the
// labels that were lost (a stage of CertificateReader::read). A member's block lists its
// labels in one order; a label misread beyond recognition (フリガナ read リガ) is the one
// missing between its neighbours.
struct LineLabels
{
    QList<std::optional<Label>> of; // per line, the label it starts with
    int firstMemberLine = -1; // the first and last lines labelled with a member's label
    int lastMemberLine = -1;
    // The order of a block's labels is the page's own (続柄 before or after the code, the
    // reading in a line of its own or as ruby): the fullest member's block.
    QList<Label> blockOrder;
    int valueColumn = -1; // where values start right of exact labels; -1: unknown
    int householdColumn = -1; // where the household's values start; -1: unknown
    // Member labels the page never printed legibly (続柄 read 績).
    QList<Label> unprinted;

    static LineLabels find(const PageText& text);

    bool isMemberLine(int li) const { return li >= firstMemberLine && li <= lastMemberLine; }
    // The label of line `li` of the lines layout told by its neighbours' labels in the
    // block order (or the order most forms print), when it has none of its own.
    // `byValues`: in the lines layout also a reading told by its kana next to the name, and
    // past it the label only a value can have (女, a date, 11 digits); a columns table's
    // rows are not lines of one member, so it is not asked there.
    std::optional<Label> inferred(const PageText& text, int li, bool byValues = false) const;
    // Line `li` is one segment from the labels into the values: its label and value read
    // as one run (男 女 の 別 spread wide over a patterned ground, 男王なーーの一-交一一将).
    bool spansLabelAndValue(const PageText& text, int li) const;
};

} // namespace mdg::ocr
