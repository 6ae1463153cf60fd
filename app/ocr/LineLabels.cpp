#include "LineLabels.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>

namespace mdg::ocr {

namespace {

// The order most forms print a member's fields in: for a block whose own order is not
// known (the same label lost in every block).
const QList<Label> formOrder {Label::Name, Label::Kana, Label::Birth, Label::Sex, Label::Relationship, Label::Code};

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
    QSet<Label> seen; // the member labels the page shows
    for (int li = 0; li < ll.of.size(); ++li)
        if (ll.of[li] && isMemberLabel(*ll.of[li])) {
            ll.firstMemberLine = ll.firstMemberLine < 0 ? li : ll.firstMemberLine;
            ll.lastMemberLine = li;
            seen.insert(*ll.of[li]);
        }
    // The gaps between the members' lines: blocks stand apart by the widest.
    QHash<int, int> gapAbove;
    QList<int> gaps;
    for (int li = std::max(0, ll.firstMemberLine), above = -1; li <= ll.lastMemberLine; ++li) {
        if (byLine[li].isEmpty())
            continue;
        if (above >= 0) {
            const int gap = text.lines[li].box.top() - text.lines[above].box.bottom();
            gaps << gap;
            gapAbove.insert(li, gap);
        }
        above = li;
    }
    QList<int> sortedGaps = gaps;
    std::sort(sortedGaps.begin(), sortedGaps.end());
    const int medianGap = sortedGaps.isEmpty() ? 1 : std::max(1, sortedGaps[sortedGaps.size() / 2]);
    const auto wideGapAbove = [&](int li) { return gaps.size() >= 4 && gapAbove.value(li, 0) >= 2 * medianGap + 8; };
    // A block ends where a label repeats. Where the fullest block so found has a gap that
    // stands out inside it, a block whose 氏名 label was read as 名: alone ran into the one
    // before it and mixed their orders: blocks end at such gaps too. (Not always: a lost
    // line inside a block leaves a gap as wide.)
    int fullestStart = -1, fullestEnd = -1;
    for (const bool splitAtGaps : {false, true}) {
        ll.blockOrder.clear();
        fullestStart = fullestEnd = -1;
        for (int li = std::max(0, ll.firstMemberLine), start = li; li <= ll.lastMemberLine + 1; ++li) {
            const bool end = li > ll.lastMemberLine;
            const bool labelled = !end && ll.of[li] && isMemberLabel(*ll.of[li]);
            const bool apart = splitAtGaps && !end && li > start && wideGapAbove(li);
            if (!end && !labelled && !apart)
                continue;
            QList<Label> block;
            for (int b = start; b < li; ++b)
                if (ll.of[b] && isMemberLabel(*ll.of[b]))
                    block << *ll.of[b];
            if (end || apart || block.contains(*ll.of[li])) {
                if (block.size() > ll.blockOrder.size()) {
                    ll.blockOrder = block;
                    fullestStart = start;
                    fullestEnd = li;
                }
                start = li;
            }
        }
        bool gapInside = false;
        for (int li = fullestStart + 1; fullestStart >= 0 && li < fullestEnd; ++li)
            gapInside = gapInside || wideGapAbove(li);
        if (!gapInside)
            break;
    }
    // The order starts where the blocks start: a first block whose opening labels were
    // lost starts the order in its middle (生年月日 … 住民票コード 氏名). Blocks stand apart:
    // the label after the widest gaps between the members' lines opens them, when those
    // gaps stand out.
    QHash<Label, QList<int>> gapsBefore;
    for (auto it = gapAbove.cbegin(); it != gapAbove.cend(); ++it)
        if (ll.of[it.key()] && isMemberLabel(*ll.of[it.key()]))
            gapsBefore[*ll.of[it.key()]] << it.value();
    if (gaps.size() >= 4 && ll.blockOrder.size() >= 3) {
        const int median = medianGap;
        std::optional<Label> opener;
        int widest = 0;
        for (const Label l : std::as_const(ll.blockOrder)) {
            const QList<int>& g = gapsBefore.value(l);
            const int least = g.isEmpty() ? 0 : *std::min_element(g.cbegin(), g.cend());
            if (least > widest) {
                widest = least;
                opener = l;
            }
        }
        if (opener && widest >= 2 * median + 8) {
            const qsizetype at = ll.blockOrder.indexOf(*opener);
            ll.blockOrder = ll.blockOrder.mid(at) + ll.blockOrder.first(at);
        }
    }
    ll.valueColumn = valuesStart(text, [&](int li) { return matchLabel(segs[byLine[li].first()].text, true); });
    ll.householdColumn = valuesStart(text, [&](int li) { return ll.of[li] && !isMemberLabel(*ll.of[li]); });
    // The first block's opening label lost (氏名 read 兵欄名) and the next block's read: the
    // fullest block runs from the first's second label to the next's first (フリガナ … 生年月日
    // 氏名). The lost line above it, a value of that last label's grammar, and the form's
    // order (氏名 before フリガナ) say where the blocks open.
    if (const int above = ll.firstMemberLine - 1; above >= 0 && fullestStart == ll.firstMemberLine
        && ll.blockOrder.size() >= 3 && !ll.of[above] && byLine[above].size() == 2) {
        const Label last = ll.blockOrder.last();
        QStringList values;
        values << segs[byLine[above].last()].text;
        if (formOrder.indexOf(last) < formOrder.indexOf(ll.blockOrder.first()) && labelOfValues(values) == last)
            ll.blockOrder = QList<Label> {last} + ll.blockOrder.first(ll.blockOrder.size() - 1);
    }
    // The fullest block lost one label that other blocks show (生年月日 read 32. or lost): it stands
    // where that block has its one line of a label and a value, or a value alone, whose label is
    // unknown. (A row of a columns table holds several values: not such a line.)
    QList<Label> lost;
    for (const Label l : std::as_const(seen))
        if (!ll.blockOrder.contains(l))
            lost << l;
    // A garbled label read as pieces (生生 2月 目) before the one value where values stand.
    const auto oneValue = [&](int b) {
        return ll.valueColumn > 0
            && std::count_if(byLine[b].cbegin(), byLine[b].cend(),
                   [&](int si) { return segs[si].box.left() >= ll.valueColumn - ColumnSlack; })
            == 1
            && segs[byLine[b].last()].box.left() >= ll.valueColumn - ColumnSlack;
    };
    if (lost.size() == 1 && fullestStart >= 0) {
        int unknownAt = -1, unknowns = 0, labelledBefore = 0;
        for (int b = fullestStart; b < fullestEnd; ++b) {
            if (ll.of[b] && isMemberLabel(*ll.of[b])) {
                ++labelledBefore;
            } else if (!ll.of[b] && !byLine[b].isEmpty()
                && (byLine[b].size() == 2 || oneValue(b)
                    || (ll.valueColumn > 0 && segs[byLine[b].first()].box.left() >= ll.valueColumn - ColumnSlack))) {
                ++unknowns;
                unknownAt = labelledBefore;
            }
        }
        // The last line of the last block may be followed by the footer: only inside it.
        if (unknowns == 1)
            ll.blockOrder.insert(unknownAt, lost.first());
    }
    if (qEnvironmentVariableIsSet("MADOGUCHI_OCR_DEBUG")) {
        QStringList order;
        for (const Label l : std::as_const(ll.blockOrder))
            order << fieldKey(l);
        qDebug("block order %s", qPrintable(order.join(QLatin1Char(' '))));
    }
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

std::optional<Label> LineLabels::inferred(const PageText& text, int li, bool byValues) const
{
    const auto& byLine = text.byLine;
    // A line of the label and its value, of the value alone where values stand (its label
    // read as specks and dropped), or of the two read as one run.
    const auto holdsValue = [&](int l) {
        const bool valueOnly = byLine[l].size() == 1 && valueColumn > 0 && l < lastMemberLine
            && text.segs[byLine[l].first()].box.left() >= valueColumn - ColumnSlack;
        return !of[l] && (byLine[l].size() >= 2 || valueOnly || spansLabelAndValue(text, l));
    };
    // Within the members' lines, or the one after them (the last block's last label lost).
    if (li == 0 || li > lastMemberLine + 1 || !holdsValue(li))
        return std::nullopt;
    // The run of such lines this one is in (氏名 and フリガナ both lost), and its labelled
    // neighbours, passing over lines of one segment (a member's number, (2)).
    int first = li, last = li;
    while (first > 1 && holdsValue(first - 1))
        --first;
    while (last + 1 < of.size() && last + 1 <= lastMemberLine + 1 && holdsValue(last + 1))
        ++last;
    int previous = first - 1;
    while (previous > 0 && !of[previous] && byLine[previous].size() < 2)
        --previous;
    const int next = last + 1;
    const qsizetype run = last - first + 1;
    const bool atEnd = next >= of.size() || !of[next];
    // Above the run a household line (or nothing): the run opens the first block.
    const bool opensBlock = !of[previous] || !isMemberLabel(*of[previous]);
    for (const QList<Label>* order : std::array<const QList<Label>*, 2> {&blockOrder, &formOrder}) {
        const qsizetype n = order->size();
        const qsizetype before = opensBlock ? -1 : order->indexOf(*of[previous]);
        const qsizetype after = atEnd ? -1 : order->indexOf(*of[next]);
        if (n < 3)
            continue;
        if (before >= 0 && after >= 0 && (before + run + 1) % n == after)
            return order->at((before + 1 + li - first) % n);
        if (before >= 0 && atEnd && run == 1 && before + 1 == n - 1 && !spansLabelAndValue(text, li))
            return order->at(n - 1);
        if (opensBlock && of[previous] && after == run)
            return order->at(li - first);
    }
    if (!byValues)
        return std::nullopt;
    // A reading whose label is lost in every block (ふ り が な over a tint pattern, read
    // ぷー ウワーが、、な3) is in no block's order; its line is next to the name's and its
    // value is kana. Only a line labelled where labels stand: ruby split in two above a
    // name (フクダ カズコ) is no such line.
    const auto valueOf = [&](int l) {
        QStringList values;
        for (int si : byLine[l].mid(1))
            values << text.segs[si].text;
        return labelOfValues(values);
    };
    // A line of the lines layout: its label and one value (a columns row holds several).
    const auto readingLine = [&](int l) {
        if (byLine[l].size() != 2 || valueOf(l) != Label::Kana)
            return false;
        const QRect label = text.segs[byLine[l].first()].box;
        return valueColumn > 0 && label.left() < valueColumn - ColumnSlack && label.width() >= 2 * label.height();
    };
    // Only under the name: a kana line above it is its ruby, with a speck before it where
    // labels stand (了 のた56ジュンスが), and taking it for a line of its own would open a
    // member of its own before the name.
    if (li == first && !opensBlock && of[previous] == Label::Name && readingLine(li))
        return Label::Kana;
    // A label lost in every block (男 女 spread over its cell, read し生ま, 「 2, 次) is in
    // no block's order: a line between two labels the order puts side by side, whose value
    // only that label can hold (女), is that label.
    if (run == 1 && !opensBlock && !atEnd) {
        const qsizetype before = blockOrder.indexOf(*of[previous]), after = blockOrder.indexOf(*of[next]);
        const Label byValue = labelOfValues({text.segs[byLine[li].last()].text});
        if (before >= 0 && after == (before + 1) % blockOrder.size() && !blockOrder.contains(byValue)
            && (byValue == Label::Sex || byValue == Label::Birth || byValue == Label::Code))
            return byValue;
    }
    // Past such a reading the order no longer says what follows; a value only one label
    // can hold still does (女 after 性2に-別).
    if (li > first && !opensBlock && of[previous] == Label::Name && readingLine(first) && byLine[li].size() == 2)
        if (const Label byValue = valueOf(li);
            byValue == Label::Sex || byValue == Label::Birth || byValue == Label::Code)
            return byValue;
    return std::nullopt;
}

} // namespace mdg::ocr
