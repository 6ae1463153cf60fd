#include "Columns.h"

#include "Labels.h"
#include "ValueRules.h"

#include <algorithm>

namespace mdg::ocr {

Columns Columns::find(
    const QList<Segment>& segs, const QList<QList<int>>& byLine, const QList<bool>& heading, int headerLine)
{
    // A 氏名 line per member means the lines layout; one 氏名 line holds every member's
    // name side by side (the columns layout).
    int nameLines = 0;
    for (int li = 0; li < byLine.size(); ++li)
        if (!byLine[li].isEmpty() && matchLabel(segs[byLine[li].first()].text, false) == Label::Name)
            ++nameLines;
    // In the columns layout the 氏名 row fixes where each member's column starts; a value
    // read as two pieces (コバヤシ / アヤ) still lands in one column.
    QList<int> columnStarts;
    // A household of more than four is printed as several tables of four columns: each
    // table lists every label once, so the k-th line of a label belongs to the k-th table,
    // whose 氏名 row fixes its columns.
    QList<QList<int>> tableStarts;
    QHash<int, int> lineTable; // line -> its table, for lines whose label repeats in every table
    for (int li = 0; nameLines >= 2 && li < byLine.size(); ++li)
        if (!byLine[li].isEmpty() && matchLabel(segs[byLine[li].first()].text, false) == Label::Name) {
            QList<int> starts;
            for (int si : byLine[li].mid(1))
                starts << segs[si].box.left();
            lineTable.insert(li, int(tableStarts.size()));
            tableStarts << starts;
        }
    // The 氏名 label can be lost in one table (氏名 centred across the ruby and the names,
    // read 名 | 前) while the others repeat: a label met k times means k tables, each
    // with its columns where its line of most values has them.
    {
        // Only lines with several members' values side by side: the lines layout repeats
        // its labels too, a value each.
        QHash<Label, QList<int>> labelLines; // member label -> its lines, top to bottom
        // The label may hold the first value (住民票コード:40976387729).
        for (int li = 0; li < byLine.size(); ++li) {
            if (byLine[li].isEmpty())
                continue;
            const QString& first = segs[byLine[li].first()].text;
            auto l = matchLabel(first, false);
            qsizetype values = byLine[li].size() - 1;
            if (!l)
                if (const auto split = splitLeadingLabel(first)) {
                    l = split->label;
                    ++values;
                }
            // A later table may hold one member (a fifth under a table of four): its lines
            // count once the label's first line held several values.
            if (l && isMemberLabel(*l) && (values >= 2 || (values >= 1 && labelLines.contains(*l))))
                labelLines[*l] << li;
        }
        qsizetype tables = 0;
        for (const auto& ls : std::as_const(labelLines))
            tables = std::max(tables, ls.size());
        int repeated = 0; // labels met in every table
        for (const auto& ls : std::as_const(labelLines))
            repeated += ls.size() == tables ? 1 : 0;
        if (tables >= 2 && repeated >= 2 && tableStarts.size() < tables) {
            QList<QList<int>> starts(tables);
            for (const auto& ls : std::as_const(labelLines)) {
                if (ls.size() != tables)
                    continue;
                for (qsizetype t = 0; t < tables; ++t)
                    if (byLine[ls[t]].size() - 1 > starts[t].size()) {
                        starts[t].clear();
                        for (int si : byLine[ls[t]].mid(1))
                            starts[t] << segs[si].box.left();
                    }
            }
            tableStarts = starts;
            lineTable.clear();
            for (const auto& ls : std::as_const(labelLines))
                for (qsizetype t = 0; ls.size() == tables && t < tables; ++t)
                    lineTable.insert(ls[t], int(t));
        }
    }
    // Columns stand at one pitch: a start much closer to the one before is the given name
    // of a name spread across its cell (金子 | さくら), no member of its own.
    const auto pitchOf = [](const QList<int>& starts) {
        QList<int> pitches;
        for (qsizetype i = 1; i < starts.size(); ++i)
            pitches << starts[i] - starts[i - 1];
        std::sort(pitches.begin(), pitches.end());
        return pitches.isEmpty() ? 0 : pitches[pitches.size() / 2];
    };
    // With two starts only, the pitch is the first table's (a second table of one member).
    const auto dropSpreadStarts = [&](QList<int>& starts, int referencePitch) {
        const int pitch = starts.size() >= 3 ? pitchOf(starts) : referencePitch;
        for (qsizetype i = starts.size() - 1; pitch > 0 && i >= 1; --i)
            if (starts[i] - starts[i - 1] < pitch * 6 / 10)
                starts.removeAt(i);
    };
    for (auto& starts : tableStarts)
        dropSpreadStarts(starts, tableStarts.first().size() >= 3 ? pitchOf(tableStarts.first()) : 0);
    const bool multiTable = tableStarts.size() >= 2 && tableStarts.first().size() >= 2;
    QList<int> tableOffsets;
    if (multiTable) {
        for (qsizetype t = 0, offset = 0; t < tableStarts.size(); offset += tableStarts[t].size(), ++t)
            tableOffsets << int(offset);
        columnStarts = tableStarts.first();
    }
    for (int li = 0; nameLines == 1 && li < byLine.size(); ++li)
        if (!byLine[li].isEmpty() && matchLabel(segs[byLine[li].first()].text, false) == Label::Name)
            for (int si : byLine[li].mid(1))
                columnStarts << segs[si].box.left();
    // One name beside its label is a member's block whose neighbours lost their 氏名 label, or a
    // table of one member, which reads as lines all the same.
    if (columnStarts.size() < 2)
        columnStarts.clear();
    // A scan can lose the 氏名 label (read 名) and garble others (性別 read 区): the layout
    // is then told by its geometry, lines whose values stand in the same columns, and
    // each such line's field by what its values are.
    QSet<int> columnLines;
    // With the 氏名 row read, the geometry still tells the lines whose own label was lost
    // (フリガナ read ジグ妙小沙).
    if (headerLine < 0) {
        QList<QList<int>> tableLines = byLine;
        for (int li = 0; li < tableLines.size(); ++li)
            if (heading[li])
                tableLines[li].clear();
        const QList<int> aligned = alignedColumns(segs, tableLines, &columnLines);
        // The one 氏名 row read may be a later table's of one name (the first's label garbled):
        // then the geometry tells the columns too. Not where every 氏名 line holds one name
        // (the lines layout, member after member): pieces of its spread labels align too.
        const bool blockPerMember = nameLines >= 2
            && std::all_of(tableStarts.cbegin(), tableStarts.cend(), [](const QList<int>& s) { return s.size() == 1; });
        if ((nameLines != 1 || columnStarts.isEmpty()) && !multiTable && !blockPerMember)
            columnStarts = aligned;
    }
    dropSpreadStarts(columnStarts, 0);
    if (qEnvironmentVariableIsSet("MADOGUCHI_OCR_DEBUG")) {
        QStringList cs;
        for (int c : columnStarts)
            cs << QString::number(c);
        qDebug("columns at %s (%lld tables)", qPrintable(cs.join(u',')), qlonglong(tableStarts.size()));
    }
    Columns out;
    out.tableStarts = std::move(tableStarts);
    out.lineTable = std::move(lineTable);
    out.multiTable = multiTable;
    out.tableOffsets = std::move(tableOffsets);
    // Lines aligned in columns mean nothing without the columns (a 氏名 row of one name kept
    // the starts from the geometry): the reader places values by the starts.
    if (columnStarts.isEmpty())
        columnLines.clear();
    out.starts = std::move(columnStarts);
    out.alignedLines = std::move(columnLines);
    return out;
}

void placeLostNames(const Columns& columns, const PageText& text, const LineLabels& labels, int headerLine,
    const QImage& rulesRemoved, QMap<int, QHash<Label, Value>>& members)
{
    const QList<int>& starts = columns.starts;
    const int above = labels.firstMemberLine - 1;
    if (starts.isEmpty() || columns.multiTable || above < 0 || headerLine >= 0)
        return;
    const bool anyNameLost
        = std::any_of(members.cbegin(), members.cend(), [](const auto& m) { return !m.contains(Label::Name); });
    const bool nameless
        = std::none_of(labels.of.cbegin(), labels.of.cend(), [](const auto& l) { return l && *l == Label::Name; });
    if (!anyNameLost || !nameless || !text.byLine[above].isEmpty() || text.lines[above].box.right() <= starts.last())
        return;
    const QRect row = text.lines[above].box;
    for (qsizetype k = 0; k < starts.size(); ++k) {
        if (members[int(k)].contains(Label::Name))
            continue;
        const int left = starts[k] - ColumnSlack / 2;
        const int right = k + 1 < starts.size() ? starts[k + 1] - ColumnSlack / 2 : row.right();
        const QRect cell = inkBand(rulesRemoved, QRect(left, row.top(), right - left, row.height()));
        if (!cell.isEmpty())
            members[int(k)].insert(Label::Name, Value {QString(), cell, 0.0});
    }
}

} // namespace mdg::ocr
