#include "LineLabels.h"

#include <algorithm>
#include <array>

namespace mdg::ocr {

namespace {

// Where values start: the median left edge of the value after the label, over the lines
// `counted` (three at least).
template <typename Counted> int valuesStart(const PageText& text, const Counted& counted)
{
    QList<int> lefts;
    for (int li = 0; li < text.byLine.size(); ++li)
        if (text.byLine[li].size() >= 2 && counted(li))
            lefts << text.segs[text.byLine[li][1]].box.left();
    std::sort(lefts.begin(), lefts.end());
    return lefts.size() >= 3 ? lefts[lefts.size() / 2] : -1;
}

} // namespace

LineLabels LineLabels::find(const PageText& text)
{
    const auto& byLine = text.byLine;
    const auto& segs = text.segs;
    LineLabels ll;
    for (int li = 0; li < byLine.size(); ++li) {
        std::optional<Label> l;
        if (!byLine[li].isEmpty()) {
            l = matchLabel(segs[byLine[li].first()].text, false);
            if (!l)
                if (const auto split = splitLeadingLabel(segs[byLine[li].first()].text))
                    l = split->label;
        }
        ll.of << l;
    }
    for (int li = 0; li < ll.of.size(); ++li)
        if (ll.of[li] && isMemberLabel(*ll.of[li])) {
            ll.firstMemberLine = ll.firstMemberLine < 0 ? li : ll.firstMemberLine;
            ll.lastMemberLine = li;
        }
    // A block ends where a label repeats.
    for (int li = std::max(0, ll.firstMemberLine), start = li; li <= ll.lastMemberLine + 1; ++li) {
        const bool end = li > ll.lastMemberLine;
        if (!end && (!ll.of[li] || !isMemberLabel(*ll.of[li])))
            continue;
        QList<Label> block;
        for (int b = start; b < li; ++b)
            if (ll.of[b] && isMemberLabel(*ll.of[b]))
                block << *ll.of[b];
        if (end || block.contains(*ll.of[li])) {
            if (block.size() > ll.blockOrder.size())
                ll.blockOrder = block;
            start = li;
        }
    }
    ll.valueColumn = valuesStart(text, [&](int li) { return matchLabel(segs[byLine[li].first()].text, true); });
    ll.householdColumn = valuesStart(text, [&](int li) { return ll.of[li] && !isMemberLabel(*ll.of[li]); });
    ll.unprinted = {Label::Name, Label::Kana, Label::Birth, Label::Sex, Label::Relationship, Label::Code};
    for (const auto& l : std::as_const(ll.of))
        if (l)
            ll.unprinted.removeAll(*l);
    return ll;
}

bool LineLabels::spansLabelAndValue(const PageText& text, int li) const
{
    if (text.byLine[li].size() != 1 || valueColumn <= 0)
        return false;
    const QRect box = text.segs[text.byLine[li].first()].box;
    return box.left() < valueColumn - ColumnSlack && box.right() > valueColumn;
}

std::optional<Label> LineLabels::inferred(const PageText& text, int li) const
{
    const auto& byLine = text.byLine;
    // Without a block of its own to go by (the same label lost in every block), the order
    // most forms print.
    static const QList<Label> formOrder {
        Label::Name, Label::Kana, Label::Birth, Label::Sex, Label::Relationship, Label::Code};
    // A line of the label and its value, or of the value alone where values stand (its
    // label read as specks and dropped).
    const bool valueOnly = byLine[li].size() == 1 && valueColumn > 0 && li < lastMemberLine
        && text.segs[byLine[li].first()].box.left() >= valueColumn - ColumnSlack;
    // Within the members' lines, or the one after them (the last block's last label lost).
    if (li == 0 || li > lastMemberLine + 1 || of[li]
        || (byLine[li].size() < 2 && !valueOnly && !spansLabelAndValue(text, li)))
        return std::nullopt;
    // The neighbours, passing over lines of one segment (a member's number, (2)).
    int previous = li - 1;
    while (previous > 0 && !of[previous] && byLine[previous].size() < 2)
        --previous;
    const int next = li + 1;
    if (!of[previous])
        return std::nullopt;
    const bool last = next >= of.size() || !of[next];
    for (const QList<Label>* order : std::array<const QList<Label>*, 2> {&blockOrder, &formOrder}) {
        const qsizetype n = order->size();
        const qsizetype before = order->indexOf(*of[previous]);
        const qsizetype after = last ? -1 : order->indexOf(*of[next]);
        if (n < 3 || before < 0)
            continue;
        if (after == (before + 2) % n || (last && before + 1 == n - 1))
            return order->at((before + 1) % n);
    }
    return std::nullopt;
}

} // namespace mdg::ocr
