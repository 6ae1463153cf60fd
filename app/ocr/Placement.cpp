#include "Placement.h"

#include "ValueRules.h"

#include <QSet>
#include <algorithm>
#include <climits>

namespace mdg::ocr {

namespace {

// The household's values start in one column: what stands well left of it is the label's
// end run into the value (世 帯 主 氏 | 名西村 和夫).
void placeHouseholdValue(
    PageText& text, const LineLabels& labels, Label label, int first, QList<int> rest, PlacedFields& placed)
{
    const Segment& v = text.segs[rest.first()];
    const int column = labels.householdColumn;
    qsizetype left = column > 0 && v.box.left() < column - v.box.height()
        ? std::min<qsizetype>(3, charactersLeftOf(v, column - v.box.height() / 2))
        : 0;
    // Where a character's share of its word's box is off, the label's own characters tell.
    while (left > 0 && !usedByLabel(label, compact(v.text).left(left)))
        --left;
    if (left <= 0 || left >= compact(v.text).size())
        left = labelContinuation(label, text.segs[first].text, v.text);
    if (left > 0)
        rest.first() = text.cut(rest.first(), left);
    if (label == Label::PlannedDate)
        text.startAtTheDate(rest);
    if (!placed.household.contains(label))
        placed.household.insert(label, text.joined(rest));
}

// Columns layout: a value per member, left to right. `byPosition`: the line's label was
// told by where it stands, so its table is that of the nearest line naming its own.
void placeInColumns(const PageText& text, const Columns& columns, Label label, int li, int first,
    const QList<int>& rest, bool byPosition, const QImage& rulesRemoved, QHash<Label, int>& timesSeen,
    PlacedFields& placed)
{
    const auto& segs = text.segs;
    const bool multiTable = columns.multiTable;
    int table = multiTable ? std::min(int(columns.tableStarts.size()) - 1, timesSeen.value(label)) : 0;
    int nearest = INT_MAX, nearestLine = -1;
    for (auto it = columns.lineTable.cbegin(); multiTable && byPosition && it != columns.lineTable.cend(); ++it)
        if (const int gap = std::abs(text.lines[it.key()].box.center().y() - text.lines[li].box.center().y());
            gap < nearest && it.value() < columns.tableStarts.size()) {
            nearest = gap;
            table = it.value();
            nearestLine = it.key();
        }
    // The k-th line naming its label is the k-th table's, unless a line of the tables'
    // repeated labels above it says otherwise (the first table's 男女 row garbled past
    // telling, the second table's is not the first's). A line placed by where it stands
    // takes its table's turn, unless it stands by a line of its own label (a speck above the
    // names told a name line): that line takes it.
    if (multiTable && !byPosition) {
        int above = -1, aboveY = INT_MIN;
        const int y = text.lines[li].box.center().y();
        for (auto it = columns.lineTable.cbegin(); it != columns.lineTable.cend(); ++it)
            if (const int ly = text.lines[it.key()].box.center().y(); ly <= y && ly > aboveY) {
                aboveY = ly;
                above = it.value();
            }
        if (above > table && above < columns.tableStarts.size()) {
            table = above;
            timesSeen[label] = table;
        }
        ++timesSeen[label];
    } else if (multiTable && nearestLine >= 0 && !text.byLine[nearestLine].isEmpty()
        && matchLabel(segs[text.byLine[nearestLine].first()].text, false) != label)
        timesSeen[label] = std::max(timesSeen.value(label), table + 1);
    const QList<int>& starts = multiTable ? columns.tableStarts[table] : columns.starts;
    const int firstMember = multiTable ? columns.tableOffsets[table] : 0;
    QMap<int, Value> perColumn;
    for (int si : rest) {
        for (const auto& [part, box] : piecesOf(segs[si].text, segs[si].box)) {
            // Wholly left of the first column: what is left of a garbled label (名).
            if (!starts.isEmpty() && box.right() < starts.first() - ColumnSlack)
                continue;
            int m = 0;
            for (int c = 1; c < starts.size(); ++c)
                if (box.left() >= starts[c] - ColumnSlack)
                    m = c;
            Value& v = perColumn[m];
            v.text = v.text.isEmpty() ? part : v.text + QLatin1Char(' ') + part;
            v.box = v.box.isNull() ? box : v.box.united(box);
            v.confidence = v.confidence == 0 ? segs[si].confidence : std::min(v.confidence, segs[si].confidence);
        }
    }
    // A member's value the page pass missed (a lone 妻 or 子) is read again in its column,
    // with the characters it may hold. So is a name under its ruby that came back as
    // specks, where its column holds ink (an empty slot of the table holds none).
    const QRect l = segs[first].box;
    const int h = std::max(16, l.height());
    for (int m = 0; m < starts.size(); ++m) {
        if (perColumn.isEmpty() || perColumn.contains(m) || m > perColumn.lastKey() + 1)
            continue;
        const int left = starts[m] - h / 2;
        const int right = m + 1 < starts.size() ? starts[m + 1] - h / 2 : std::min(rulesRemoved.width(), left + 10 * h);
        const QRect box(left, l.top() - h / 4, right - left, h * 3 / 2);
        if (label == Label::Name && !hasInk(rulesRemoved, box))
            continue;
        perColumn[m] = Value {QString(), box, 0.0};
    }
    // A value grown to its ink stops before the next member's column.
    for (int m = 0; m + 1 < starts.size(); ++m)
        placed.columnEnds.insert(firstMember + m, starts[m + 1] - ColumnSlack / 2);
    // A line taken for a field already read (two lines voted names) adds nothing.
    for (auto it = perColumn.cbegin(); it != perColumn.cend(); ++it)
        if (!placed.members[firstMember + it.key()].contains(label))
            placed.members[firstMember + it.key()][label] = it.value();
}

// The lines layout's current member block.
struct Block
{
    int member = -1;
    qsizetype lastInOrder = -1; // the member's last field in the page's block order
};

// Lines layout: a block per member. Returns whether the next line was taken too (the name
// under the reading read on the label's line).
bool placeInBlock(
    PageText& text, const LineLabels& labels, Label label, int li, QList<int> rest, Block& block, PlacedFields& placed)
{
    // A block opens with whichever field its form lists first (氏名, or the code): a field
    // the current member already has starts the next one, and so does one the page's order
    // puts before the last field met (a block's 氏名 line lost, the next block's 氏名 is not
    // that member's).
    const qsizetype at = labels.blockOrder.indexOf(label);
    if (block.member < 0 || placed.members[block.member].contains(label)
        || (label == Label::Name && placed.members[block.member].contains(Label::Kana))
        || (at >= 0 && at <= block.lastInOrder)) {
        ++block.member;
        block.lastInOrder = -1;
    }
    block.lastInOrder = std::max(block.lastInOrder, at);
    auto& member = placed.members[block.member];
    // Ruby read on the label's line (名前 アオキ ユウマ) with the name on its own line
    // below, unlabelled: a name all katakana over kanji is its reading.
    const auto& byLine = text.byLine;
    if (label == Label::Name && li + 1 < byLine.size() && !labels.of[li + 1] && !byLine[li + 1].isEmpty()) {
        const QString value = compact(text.joined(rest).text);
        const Segment& below = text.segs[byLine[li + 1].first()];
        if (!value.isEmpty() && isKatakana(value)
            && std::abs(below.box.left() - text.segs[rest.first()].box.left()) <= ColumnSlack
            && std::any_of(below.text.cbegin(), below.text.cend(), isKanji)) {
            member[Label::Kana] = text.joined(rest);
            member[Label::Name] = text.joined(byLine[li + 1]);
            placed.rubyOnLabelLine = true;
            return true;
        }
    }
    if (label == Label::Birth)
        text.startAtTheDate(rest);
    member[label] = text.joined(rest);
    return false;
}

} // namespace

void placeLines(PageText& text, const LineLabels& labels, const Columns& columns, int headerLine,
    const QImage& rulesRemoved, PlacedFields& placed)
{
    auto& segs = text.segs;
    const auto& byLine = text.byLine;
    const QList<int>& columnStarts = columns.starts;
    const bool memberColumns = !columnStarts.isEmpty();
    Block block;
    QHash<Label, int> timesSeen; // member labels met so far, for the table they belong to
    // The table's first rows may have lost their labels (氏名 and フリガナ read as specks):
    // the lines just above the first labelled row whose values stand in the second or a
    // later column belong to it. A household line above the table holds one value.
    int tableTop = labels.firstMemberLine;
    const auto inLaterColumn = [&](int li) {
        const QList<int>& line = byLine[li];
        for (qsizetype k = 1; k < line.size(); ++k)
            for (qsizetype c = 1; c < columnStarts.size(); ++c)
                if (std::abs(segs[line[k]].box.left() - columnStarts[c]) <= ColumnSlack)
                    return true;
        return false;
    };
    while (memberColumns && tableTop > 0 && !text.heading[tableTop - 1] && !labels.of[tableTop - 1]
        && inLaterColumn(tableTop - 1))
        --tableTop;
    for (int li = 0; li < byLine.size(); ++li) {
        if (li == headerLine || byLine[li].isEmpty() || text.heading[li])
            continue;
        const int first = byLine[li].first();
        auto label = matchLabel(segs[first].text, false);
        QList<int> rest = byLine[li].mid(1);
        const auto labelOfRest = [&] {
            QStringList values;
            for (int si : rest)
                values << segs[si].text;
            return labelOfValues(values);
        };
        const auto labelOfUnlabelled = [&] {
            // A row the page labels nowhere else, between two rows whose labels bracket it
            // in the form's order (性別 read 住 誤寺別 between 生年月日 and 続柄), is that row
            // even when its values came back garbled (女 read 婦): they are read again under
            // its rule. Not names or readings: specks of ruby stand between the labels too.
            if (const auto byOrder = labels.inferred(text, li);
                byOrder && labels.unprinted.contains(*byOrder) && *byOrder != Label::Name && *byOrder != Label::Kana)
                return *byOrder;
            // The one label the page never printed is the row's, unless its values are of a
            // grammar no other row has (男 女 女 男 under a 男女 label lost in this table only).
            const Label l = labelOfRest();
            const bool only = labels.unprinted.size() == 1 && labels.unprinted.first() != Label::Kana;
            const bool plain = l == Label::Sex || l == Label::Birth || l == Label::Code;
            // Readings garbled on a tinted cell (ウ下eeツムギ) are more katakana than kanji:
            // the readings, not the names the page lost the label of.
            qsizetype katakana = 0, kanji = 0;
            for (int si : rest)
                for (const QChar c : segs[si].text) {
                    katakana += c.script() == QChar::Script_Katakana ? 1 : 0;
                    kanji += isKanji(c) ? 1 : 0;
                }
            if ((l == Label::Name || (only && labels.unprinted.first() == Label::Name)) && katakana >= 3
                && katakana > kanji)
                return Label::Kana;
            return only && !plain && l != labels.unprinted.first() ? labels.unprinted.first() : l;
        };
        // The label and the start of its value in one segment (世帯主との続柄 世帯主): split
        // them, the value put first among the rest.
        const auto splitLabelOff = [&](bool memberOnly) {
            const auto split = splitLeadingLabel(segs[first].text);
            if (!split || (memberOnly && !isMemberLabel(split->label)))
                return;
            label = split->label;
            rest.prepend(text.cut(first, split->taken));
        };
        bool byPosition = false;
        if (columns.alignedLines.contains(li)) {
            // Left of the first column stands the label, if it was read at all.
            const bool labelled = segs[first].box.left() < columnStarts.first() - ColumnSlack;
            if (!labelled)
                rest = byLine[li];
            if (labelled && !label)
                splitLabelOff(true);
            // Readings told by their values: their table is that of the names they stand next
            // to (the second table's ruby read as a line of its own is not the first's readings).
            // A household label read exactly stays (異動予定日 over a date whose 日 stands
            // where a column does).
            if (!labelled || !label || (!isMemberLabel(*label) && !matchLabel(segs[first].text, true))) {
                label = labelOfUnlabelled();
                byPosition = label == Label::Kana;
            }
        } else if (!label || rest.isEmpty()) {
            // A label taken loosely may be a label and its value run together
            // (世帯主氏名森樹 is two characters from 世帯主の氏名).
            splitLabelOff(false);
        }
        // A label and its value read as one run: the value is read again where values stand.
        bool runTogether = false;
        if (!label && !memberColumns && headerLine < 0) {
            label = labels.inferred(text, li, true);
            runTogether = label && labels.spansLabelAndValue(text, li);
            if (label && rest.isEmpty() && !runTogether)
                rest = byLine[li];
        }
        // Inside a columns table a line whose label came back as specks (names under their
        // ruby, フ リ ガ ナ read メン サーー) is told by its values, and its table by where it
        // stands: a second table's readings are not the first's, whose readings were ruby.
        // So is the line just above the first labelled one whose values stand in the columns
        // (the 氏名 line, its label read as a speck and dropped).
        const bool aligned = std::abs(segs[first].box.left() - columnStarts.value(0)) <= ColumnSlack;
        const bool inside
            = (li > labels.firstMemberLine || li >= tableTop || (li == labels.firstMemberLine - 1 && aligned))
            && li < labels.lastMemberLine;
        if (!label && memberColumns && inside) {
            // The label and the values read as one run into the columns (ふ り が な over a
            // tint, its kana garbled into kanji): the row the form's order puts there, each
            // value where its column stands; the garbled label left of the first is dropped.
            const QRect run = segs[first].box;
            const auto byOrder = rest.isEmpty() && run.left() < columnStarts.first() - ColumnSlack
                    && run.right() > columnStarts.first() + ColumnSlack
                ? labels.inferred(text, li)
                : std::nullopt;
            if (byOrder && labels.unprinted.contains(*byOrder)) {
                rest = byLine[li];
                label = byOrder;
                byPosition = true;
            }
            if (segs[first].box.left() >= columnStarts.first() - ColumnSlack)
                rest = byLine[li];
            if (!label && !rest.isEmpty()) {
                label = labelOfUnlabelled();
                byPosition = true;
            }
        }
        if (qEnvironmentVariableIsSet("MADOGUCHI_OCR_DEBUG"))
            qDebug("line %d placed as %s%s", li, label ? qPrintable(fieldKey(*label)) : "nothing",
                byPosition ? " (by position)" : "");
        if (!label)
            continue;
        // 氏名 beside the readings (the names on the line below, the label centred on both).
        if (memberColumns && *label == Label::Name && !rest.isEmpty() && labelOfRest() == Label::Kana)
            label = Label::Kana;
        if (rest.isEmpty()) {
            // A label whose value the page pass did not see (faint, blurred, merged into the
            // label): the value is read again where it must stand, right of the label, with
            // the characters it may hold. Only for values a character set describes.
            static const QSet<Label> readable {
                Label::Kana, Label::Birth, Label::PlannedDate, Label::Code, Label::Sex, Label::Relationship};
            if (memberColumns || headerLine >= 0 || !readable.contains(*label))
                continue;
            const QRect l = segs[first].box;
            const int h = std::max(16, l.height());
            // Values stand in one column right of the labels: the lost one is looked for there.
            const int left
                = labels.valueColumn > l.right() || runTogether ? labels.valueColumn - h / 2 : l.right() + h / 2;
            Segment value;
            value.box = QRect(left, l.top() - h / 4, std::min(24 * h, rulesRemoved.width() - left), h * 3 / 2);
            value.line = segs[first].line;
            segs << value;
            rest << int(segs.size()) - 1;
        }
        ++placed.labelsFound;
        // The rows layout's members are RowsTable's.
        if (!isMemberLabel(*label))
            placeHouseholdValue(text, labels, *label, first, rest, placed);
        else if (headerLine < 0 && memberColumns)
            placeInColumns(text, columns, *label, li, first, rest, byPosition, rulesRemoved, timesSeen, placed);
        else if (headerLine < 0 && placeInBlock(text, labels, *label, li, rest, block, placed))
            ++li; // the name's line is read
    }
}

} // namespace mdg::ocr
