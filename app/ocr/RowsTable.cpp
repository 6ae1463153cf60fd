#include "RowsTable.h"

#include "PageGeometry.h"
#include "ValueRules.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <climits>

namespace mdg::ocr {

// A header row of member labels (rows layout).
// Labels of narrow neighbouring columns (性別 続柄) run together, so the header is
// read word by word: words are gathered until they spell a member label.
std::optional<RowsHeader> findRowsHeader(const QList<OcrEngine::Line>& lines)
{
    for (int li = 0; li < lines.size(); ++li) {
        QList<QPair<Label, QPair<int, int>>> found;
        QString token;
        QRect tokenBox;
        QString unmatched; // words between exact labels, kept for a second, tolerant look
        QRect unmatchedBox;
        QList<QRect> unknown; // column headings read too garbled to name
        QSet<Label> exact; // labels spelled exactly
        auto tolerantLook = [&] {
            const auto l = matchLabel(unmatched, false);
            if (l && isMemberLabel(*l))
                found << qMakePair(*l, qMakePair(unmatchedBox.left(), unmatchedBox.right()));
            else if (unmatched.size() >= 2)
                unknown << unmatchedBox;
            unmatched.clear();
            unmatchedBox = QRect();
        };
        const int h = std::max(12, lines[li].box.height());
        int lastRight = -1;
        for (const auto& w : lines[li].words) {
            // A wide gap ends whatever was being spelled.
            // A wide gap ends whatever was being spelled, unless a spread label (氏　　名)
            // goes on across it.
            if (lastRight >= 0 && w.box.left() - lastRight > 1.2 * h
                && !(isLabelStart(token) && isLabelStart(token + compact(w.text)))) {
                unmatched += token;
                unmatchedBox = unmatchedBox.isNull() ? tokenBox : unmatchedBox.united(tokenBox);
                token.clear();
                tokenBox = QRect();
                tolerantLook();
            }
            lastRight = w.box.right();
            token += compact(w.text);
            tokenBox = tokenBox.isNull() ? w.box : tokenBox.united(w.box);
            const auto l = matchLabel(token, true);
            if (l && isMemberLabel(*l)) {
                tolerantLook();
                exact.insert(*l);
                found << qMakePair(*l, qMakePair(tokenBox.left(), tokenBox.right()));
                token.clear();
                tokenBox = QRect();
            } else if (token.size() >= 6) {
                token = compact(w.text);
                tokenBox = w.box;
            }
        }
        // Only a line that spells at least three labels exactly is a header row; the
        // tolerant look and the inference below only complete it.
        if (exact.size() < 3)
            continue;
        unmatched += token;
        unmatchedBox = unmatchedBox.isNull() ? tokenBox : unmatchedBox.united(tokenBox);
        tolerantLook();
        std::sort(
            found.begin(), found.end(), [](const auto& a, const auto& b) { return a.second.first < b.second.first; });
        // A garbled heading takes the label that follows its left neighbour in the order the
        // residence record lists them (氏名, フリガナ, 生年月日, 性別, 続柄, 住民票コード),
        // when that label is not already there.
        static const QList<Label> order
            = {Label::Name, Label::Kana, Label::Birth, Label::Sex, Label::Relationship, Label::Code};
        // As many garbled headings as labels not found (氏名 and フリガナ read NN 宮 and AUy/まと
        // after 住民票コード): the missing labels, in the record's order, left to right. A
        // heading is a run of the words no label took, which a spread heading's gaps (氏　　名)
        // do not break.
        QList<Label> missing;
        for (const Label l : order)
            if (std::none_of(found.cbegin(), found.cend(), [&](const auto& f) { return f.first == l; }))
                missing << l;
        QList<QRect> garbled;
        for (const auto& w : lines[li].words) {
            const int centre = w.box.center().x();
            if (std::any_of(found.cbegin(), found.cend(),
                    [&](const auto& f) { return centre >= f.second.first - 4 && centre <= f.second.second + 4; }))
                continue;
            if (!garbled.isEmpty() && w.box.left() - garbled.last().right() <= 5 * h / 2)
                garbled.last() = garbled.last().united(w.box);
            else
                garbled << w.box;
        }
        garbled.removeIf([&](const QRect& g) { return g.width() * 5 < h * 4; });
        if (!garbled.isEmpty() && garbled.size() == missing.size()) {
            for (qsizetype k = 0; k < garbled.size(); ++k)
                found << qMakePair(missing[k], qMakePair(garbled[k].left(), garbled[k].right()));
            unknown.clear();
        }
        for (const QRect& u : unknown) {
            // The nearest heading on its left, also one this loop has just named.
            std::optional<Label> left;
            int leftEdge = -1;
            for (const auto& f : found)
                if (f.second.second < u.left() && f.second.second > leftEdge) {
                    left = f.first;
                    leftEdge = f.second.second;
                }
            if (!left)
                continue;
            const qsizetype next = order.indexOf(*left) + 1;
            if (next <= 0 || next >= order.size())
                continue;
            const bool present
                = std::any_of(found.cbegin(), found.cend(), [&](const auto& f) { return f.first == order[next]; });
            if (!present)
                found << qMakePair(order[next], qMakePair(u.left(), u.right()));
        }
        // 性別 and 続柄 garbled into one heading (性兄続柄) two headings wide: the sex on the
        // left half, the relationship on the right.
        const auto has = [&](Label l) {
            return std::any_of(found.cbegin(), found.cend(), [&](const auto& f) { return f.first == l; });
        };
        if (!has(Label::Relationship))
            for (auto& f : found)
                if (f.first == Label::Sex && f.second.second - f.second.first >= h * 2) {
                    const int middle = (f.second.first + f.second.second) / 2;
                    const int right = f.second.second;
                    f.second.second = middle - 1;
                    found << qMakePair(Label::Relationship, qMakePair(middle, right));
                    break;
                }
        std::sort(
            found.begin(), found.end(), [](const auto& a, const auto& b) { return a.second.first < b.second.first; });
        QSet<Label> distinct;
        for (const auto& f : found)
            distinct.insert(f.first);
        if (distinct.size() >= 3) {
            if (qEnvironmentVariableIsSet("MADOGUCHI_OCR_DEBUG"))
                for (const auto& f : found)
                    qDebug("header line %d: %s at %d-%d", li, qPrintable(fieldKey(f.first, 0)), f.second.first,
                        f.second.second);
            return RowsHeader {li, found, exact};
        }
    }
    return std::nullopt;
}

namespace {
// What a piece of a member row is by its own grammar, when it says so plainly.
std::optional<Label> grammarOf(const QString& piece)
{
    const QString c = compact(piece);
    if (c.isEmpty())
        return std::nullopt;
    // An era with one of its characters misread (時和57年9月3日) still opens a date with its month.
    static const QRegularExpression date(
        QStringLiteral("^([明大昭平令][^年]{0,5}|[0-9０-９]{4})年|^\\p{Han}[和成正治][^年]{1,4}年[^月]{1,3}月"));
    if (digitsOnly(c).size() >= 10 && digitsOnly(c).size() >= c.size() - 1)
        return Label::Code;
    if (date.match(c).hasMatch())
        return Label::Birth;
    if (c == QStringLiteral("男") || c == QStringLiteral("女"))
        return Label::Sex;
    // A date's tail cut from its era (二十六日, 三日) is no name and no relationship (三女):
    // those are not all numerals.
    static const QString dateCharacters = QStringLiteral("〇一二三四五六七八九十年月日");
    if (std::all_of(c.cbegin(), c.cend(), [](QChar ch) { return dateCharacters.contains(ch); }))
        return std::nullopt;
    double unused = 1.0;
    if (!closestRelationship(c, &unused).isEmpty())
        return Label::Relationship;
    if (c.size() >= 2 && isKatakana(c))
        return Label::Kana;
    // A reading or a name with a stroke or speck read into it (ハシモド-サクラ, 橋本_芽依).
    QString letters = c;
    letters.removeIf([](QChar ch) { return !ch.isLetterOrNumber(); });
    const auto katakana
        = std::count_if(letters.cbegin(), letters.cend(), [](QChar ch) { return isKatakana(QString(ch)); });
    if (katakana >= 3 && katakana * 10 >= letters.size() * 8)
        return Label::Kana;
    const bool kanji = std::any_of(letters.cbegin(), letters.cend(), isKanji);
    // Up to seven: a family and a given name run together (佐々木健太, 長谷川真由美).
    if (kanji && letters.size() <= 7 && !letters.contains(u'年') && !letters.contains(u'月'))
        return Label::Name;
    return std::nullopt;
}
// The pieces of a row's text with the values the page pass ran together cut apart where
// one value's grammar ends and the next one's begins: before an era (ナカノヒロユキ昭和45年…),
// around a resident code (48641378291中野…), after a date's 日 (…10日男).
QList<QPair<QString, QRect>> valuePieces(const QString& text, const QRect& box)
{
    QList<QPair<QString, QRect>> out;
    static const QRegularExpression boundary(QStringLiteral(
        "(?<=.)(?=明治|大正|昭和|平成|令和)|(?<=\\d{10})(?=\\D)|(?<=\\D)(?=\\d{10,12}(?:\\D|$))|(?<=日)(?=[男女])"));
    for (const auto& [part, partBox] : piecesOf(text, box)) {
        const QString c = compact(part);
        QList<qsizetype> cuts {0};
        for (auto it = boundary.globalMatch(c); it.hasNext();)
            cuts << it.next().capturedStart();
        cuts << c.size();
        for (qsizetype k = 0; k + 1 < cuts.size(); ++k) {
            if (cuts[k + 1] <= cuts[k])
                continue;
            const int left = partBox.left() + int(partBox.width() * cuts[k] / std::max<qsizetype>(1, c.size()));
            const int right = partBox.left() + int(partBox.width() * cuts[k + 1] / std::max<qsizetype>(1, c.size()));
            out << qMakePair(c.mid(cuts[k], cuts[k + 1] - cuts[k]),
                QRect(left, partBox.top(), std::max(1, right - left), partBox.height()));
        }
    }
    return out;
}

// The values a line holds by their own grammar.
QSet<Label> grammarOfLine(const OcrEngine::Line& line)
{
    QSet<Label> grammar;
    for (const Segment& c : segmentsOf({line}))
        for (const auto& p : piecesOf(c.text, c.box))
            if (const auto l = grammarOf(p.first))
                grammar.insert(*l);
    return grammar;
}

// A row whose date and code are garbled still holds a name with 男/女 or a relationship
// beside it.
bool memberLike(const OcrEngine::Line& line)
{
    const QSet<Label> grammar = grammarOfLine(line);
    return grammar.contains(Label::Birth) || grammar.contains(Label::Code) || grammar.contains(Label::Kana)
        || (segmentsOf({line}).size() >= 3 && grammar.contains(Label::Name)
            && (grammar.contains(Label::Sex) || grammar.contains(Label::Relationship)));
}

// The household's facts printed below the members (本籍, 筆頭者) end the table.
bool endsTable(const OcrEngine::Line& line)
{
    if (compact(line.text).contains(QStringLiteral("証明")))
        return true;
    const QList<Segment> cells = segmentsOf({line});
    if (cells.isEmpty())
        return false;
    const auto lead = splitLeadingLabel(cells.first().text);
    const auto first = lead ? std::optional<Label>(lead->label) : matchLabel(cells.first().text, true);
    return first && !isMemberLabel(*first);
}

// A row the page pass broke into pieces read as lines of their own (藤寺 | 受 | 上相 3 8た
// 中り 月2 2日 … for 藤井愛 昭和38年9月24日 in a photo) stands in a gap a row wide between the
// row above and the next plain row: its pieces together are that row, placed by their
// boxes, so that each value is read again where it stands. Ruby and specks (words far
// shorter than the row's text) are left out: the ruby is found over the name later.
std::optional<OcrEngine::Line> brokenRow(
    const QList<OcrEngine::Line>& lines, int from, const QRect& above, int textHeight, int* last)
{
    int next = -1;
    for (int k = from; k < lines.size() && k <= from + 6; ++k) {
        if (endsTable(lines[k]))
            return std::nullopt;
        if (memberLike(lines[k])) {
            next = k;
            break;
        }
    }
    if (next <= from)
        return std::nullopt;
    const int top = above.bottom();
    const int bottom = lines[next].box.top();
    if (bottom - top < 2 * textHeight)
        return std::nullopt;
    OcrEngine::Line row;
    for (int k = from; k < next; ++k)
        for (const auto& w : lines[k].words) {
            const int y = w.box.center().y();
            if (w.box.height() * 10 < textHeight * 6 || y <= top || y >= bottom)
                continue;
            row.words << w;
            row.box = row.box.isNull() ? w.box : row.box.united(w.box);
        }
    if (row.words.size() < 3 || row.box.width() * 3 < above.width())
        return std::nullopt;
    std::sort(
        row.words.begin(), row.words.end(), [](const auto& a, const auto& b) { return a.box.left() < b.box.left(); });
    QStringList texts;
    row.confidence = 1.0;
    for (const auto& w : row.words) {
        texts << w.text;
        row.confidence = std::min(row.confidence, w.confidence);
    }
    row.text = texts.join(QLatin1Char(' '));
    *last = next - 1;
    return row;
}
} // namespace

std::optional<RowsHeader> inferRowsHeader(const QList<OcrEngine::Line>& lines)
{
    // A member row holds a date and at least two more of a member's values on one line;
    // no other layout puts them side by side.
    QList<int> memberRows;
    QList<QHash<Label, int>> lefts; // per member row: each field's first left edge
    for (int li = 0; li < lines.size(); ++li) {
        QHash<Label, int> at;
        int joinedSex = -1;
        const QList<Segment> segments = segmentsOf({lines[li]});
        // A household line is no member row, however its value reads (異動予定日 令和七年十月十
        // 二日: a name, a date and 二日 for 二女); nor is a line that opens with a member label
        // spelt out (生年月日 and the dates of a columns table): a row's labels are its header's.
        if (!segments.isEmpty()) {
            const QString opening = compact(valuePieces(segments.first().text, segments.first().box).value(0).first);
            if (const auto l = matchLabel(opening, false); l && !isMemberLabel(*l))
                continue;
            if (const auto l = matchLabel(opening, true); l && isMemberLabel(*l))
                continue;
        }
        // The engine's words are a character or two: pieces are the runs between spaces.
        for (const Segment& seg : segments)
            for (const auto& [part, box] : valuePieces(seg.text, seg.box)) {
                const auto note = [&](Label l, int left) {
                    if (!at.contains(l))
                        at.insert(l, left);
                };
                // Narrow neighbours run together: …21日男, 男世帯主.
                static const QRegularExpression joined(QStringLiteral("^(.*日)?([男女])(.*)$"));
                const QString c = compact(part);
                if (const auto m = joined.match(c); m.hasMatch() && c.size() > 1) {
                    const int at1 = box.left() + box.width() * int(m.capturedStart(2)) / int(c.size());
                    if (m.capturedLength(1) > 0)
                        note(Label::Birth, box.left());
                    // Weaker than a 男 or 女 standing alone: a name may start with one (男気).
                    if (joinedSex < 0)
                        joinedSex = at1;
                    double unused = 1.0;
                    if (m.capturedLength(3) > 0 && !closestRelationship(m.captured(3), &unused).isEmpty())
                        note(Label::Relationship, box.left() + box.width() * int(m.capturedStart(3)) / int(c.size()));
                    continue;
                }
                if (const auto l = grammarOf(part))
                    note(*l, box.left());
            }
        if (joinedSex >= 0 && !at.contains(Label::Sex))
            at.insert(Label::Sex, joinedSex);
        const int others = int(at.contains(Label::Code))
            + int(at.contains(Label::Sex) || at.contains(Label::Relationship)) + int(at.contains(Label::Name))
            + int(at.contains(Label::Kana));
        if (!at.contains(Label::Birth) || others < 2)
            continue;
        if (!memberRows.isEmpty() && li - memberRows.last() > 2)
            break; // one table
        memberRows << li;
        lefts << at;
    }
    if (memberRows.isEmpty())
        return std::nullopt;
    RowsHeader header;
    header.line = memberRows.first() - 1;
    const int h = std::max(12, lines[memberRows.first()].box.height());
    // Each field where most of its values stand: a value misread as another field's (妻
    // read 雪, a name) votes for a place far from its fellows and is outvoted.
    QHash<Label, int> votes;
    for (const Label l : {Label::Name, Label::Kana, Label::Birth, Label::Sex, Label::Relationship, Label::Code}) {
        QList<int> xs;
        for (const auto& at : lefts)
            if (at.contains(l))
                xs << at.value(l);
        QList<int> best;
        for (const int x : xs) {
            QList<int> near;
            for (const int y : xs)
                if (std::abs(x - y) <= h)
                    near << y;
            if (near.size() > best.size())
                best = near;
        }
        if (xs.size() * 2 < lefts.size() && xs.size() < 2)
            continue;
        std::sort(best.begin(), best.end());
        const int left = best[best.size() / 2];
        header.columns << qMakePair(l, qMakePair(left, left + 2 * h));
        votes.insert(l, int(best.size()));
    }
    // Two fields at one place: the one more rows show there.
    header.columns.removeIf([&](const auto& c) {
        return std::any_of(header.columns.cbegin(), header.columns.cend(), [&](const auto& other) {
            return other.first != c.first && std::abs(other.second.first - c.second.first) < h
                && votes.value(other.first) > votes.value(c.first);
        });
    });
    std::sort(header.columns.begin(), header.columns.end(),
        [](const auto& a, const auto& b) { return a.second.first < b.second.first; });
    if (header.columns.size() < 3)
        return std::nullopt;
    if (qEnvironmentVariableIsSet("MADOGUCHI_OCR_DEBUG"))
        for (const auto& f : header.columns)
            qDebug("inferred header above line %d: %s at %d", header.line + 1, qPrintable(fieldKey(f.first, 0)),
                f.second.first);
    return header;
}

void completeFromValues(RowsHeader& header, const RowsHeader& found)
{
    const auto clashes = [](const auto& a, const auto& b) { return std::abs(a.second.first - b.second.first) < 20; };
    // Two fields the values put at one place (世帯主 told a relationship in one row, 胡 a
    // name in the next) say nothing about either.
    RowsHeader fromValues = found;
    fromValues.columns.removeIf([&](const auto& c) {
        return std::any_of(found.columns.cbegin(), found.columns.cend(),
            [&](const auto& other) { return other.first != c.first && clashes(other, c); });
    });
    // Where the member rows show four or more columns plainly, their values say where a
    // column is better than a heading read garbled and placed off its values (生　年　月　日
    // centred over the dates, 住民票コード misread and taken elsewhere); a heading spelled
    // exactly keeps its place unless its own values stand well away from it (centred).
    const bool valuesRule = fromValues.columns.size() >= 4;
    if (valuesRule)
        header.columns.removeIf([&](const auto& c) {
            return std::any_of(fromValues.columns.cbegin(), fromValues.columns.cend(), [&](const auto& v) {
                if (header.exact.contains(c.first))
                    return v.first == c.first && std::abs(v.second.first - c.second.first) > 60;
                return v.first == c.first || clashes(v, c);
            });
        });
    // A garbled heading guessed to be フリガナ (it follows 氏名) is none where four columns of
    // values show no reading: the readings are ruby over the names, and the heading is
    // 生年月日 misread. (Not where 生年月日 was spelt exactly: the readings' column is then
    // there, its values garbled as its heading.)
    const bool readingsShown = std::any_of(
        fromValues.columns.cbegin(), fromValues.columns.cend(), [](const auto& v) { return v.first == Label::Kana; });
    if (valuesRule && !readingsShown && !header.exact.contains(Label::Birth))
        header.columns.removeIf(
            [&](const auto& c) { return c.first == Label::Kana && !header.exact.contains(c.first); });
    for (const auto& column : fromValues.columns) {
        const bool named = std::any_of(
            header.columns.cbegin(), header.columns.cend(), [&](const auto& c) { return c.first == column.first; });
        // Otherwise only where no heading of its own stands: a garbled one keeps the place
        // it was read at.
        const bool clash = std::any_of(
            header.columns.cbegin(), header.columns.cend(), [&](const auto& c) { return clashes(c, column); });
        if (!named && !clash)
            header.columns << column;
    }
    std::sort(header.columns.begin(), header.columns.end(),
        [](const auto& a, const auto& b) { return a.second.first < b.second.first; });
}

void readRowsTable(const QList<OcrEngine::Line>& lines, RowsHeader rows, QMap<int, QHash<Label, Value>>& members)
{
    QList<QRect> rowBoxes; // the line of each member
    // Column ranges reach halfway to the neighbouring labels.
    std::sort(
        rows.columns.begin(), rows.columns.end(), [](auto& a, auto& b) { return a.second.first < b.second.first; });
    // 住民票コード is the longest heading and the one most often misread; its column is
    // then recognised by its values, eleven digits.
    const bool codeHeading
        = std::any_of(rows.columns.cbegin(), rows.columns.cend(), [](const auto& h) { return h.first == Label::Code; });
    // Values sit under their labels, left-aligned with them; narrow neighbouring
    // columns (性別, 続柄) run together into one segment, so words, not segments, are
    // placed in columns.
    const int headerHeight = lines[rows.line].box.height();
    int textHeight = 0; // of the last row read, without its ruby
    for (int li = rows.line + 1, member = 0; li < lines.size(); ++li) {
        // Specks left of a ruby line between two rows (軸 for a dot of grain) end nothing.
        if (std::all_of(lines[li].words.cbegin(), lines[li].words.cend(),
                [&](const auto& w) { return w.box.height() * 3 < headerHeight; }))
            continue;
        if (compact(lines[li].text).contains(QStringLiteral("証明")))
            break;
        // A piece of a tilted row read as a line of its own (四十八年七月七日, the end of the date
        // above) stands wholly right of the first column, with the next row starting in it:
        // no row, and no end of the table.
        const auto startsAt = [&](int l) { return lines[l].words.first().box.left(); };
        const int secondColumn = rows.columns.size() >= 2 ? rows.columns[1].second.first - 25 : INT_MAX;
        const bool piece = startsAt(li) >= secondColumn && li + 1 < lines.size() && !lines[li + 1].words.isEmpty()
            && startsAt(li + 1) < secondColumn;
        const OcrEngine::Line* line = &lines[li];
        std::optional<OcrEngine::Line> broken;
        const auto readBroken = [&] {
            int last = li;
            if (member > 0)
                broken = brokenRow(lines, li, rowBoxes.last(), textHeight, &last);
            if (!broken)
                return false;
            li = last;
            line = &*broken;
            return true;
        };
        if (line->words.size() < 3) {
            if (piece)
                continue;
            if (!readBroken())
                break;
        }
        if (!broken) {
            if (endsTable(*line))
                break;
            // A row's ruby on a line of its own, with specks of the row above read into it
            // (ヤマクチ リョウ 年 B ス): the reading is the next row's, found over its name later.
            if (grammarOfLine(*line) == QSet<Label> {Label::Kana})
                continue;
            if (member > 0 && !memberLike(*line)) {
                if (piece)
                    continue;
                if (!readBroken())
                    break;
            }
        }
        const int h = std::max(12, line->box.height());
        int lastRight = -1;
        int lastColumn = -1;
        // A photographed page keeps a little slant after flattening: the row's first word
        // sits under the first heading, and the other columns drift with it.
        const int drift = std::clamp(line->words.first().box.left() - rows.columns[0].second.first, -3 * h, 3 * h);
        int kanaColumn = -1;
        bool hasSexColumn = false;
        for (int c = 0; c < rows.columns.size(); ++c) {
            if (rows.columns[c].first == Label::Kana)
                kanaColumn = c;
            hasSexColumn = hasSexColumn || rows.columns[c].first == Label::Sex;
        }
        for (const auto& w : line->words) {
            // A date run into the sex beside it (…21日男) is two values.
            QList<QPair<QString, QRect>> pieces;
            for (const auto& [part, box] : piecesOf(w.text, w.box)) {
                static const QRegularExpression dateThenSex(QStringLiteral("^(.*日)([男女])$"));
                const auto m = dateThenSex.match(compact(part));
                if (!m.hasMatch()) {
                    pieces << qMakePair(part, box);
                    continue;
                }
                const int split = box.left() + box.width() * int(m.captured(1).size()) / int(m.captured(0).size());
                pieces << qMakePair(m.captured(1), QRect(box.left(), box.top(), split - box.left(), box.height()));
                pieces << qMakePair(m.captured(2), QRect(split, box.top(), box.right() - split + 1, box.height()));
            }
            for (const auto& [part, box] : pieces) {
                int best = 0;
                for (int c = 1; c < rows.columns.size(); ++c)
                    if (box.left() >= rows.columns[c].second.first + drift - 25)
                        best = c;
                // Katakana after a kanji name is its reading, wherever the フリガナ heading
                // was found (its first character lost, the heading sits right of its values).
                if (rows.columns[best].first == Label::Name && kanaColumn >= 0 && isKatakana(part)
                    && std::any_of(members[member][Label::Name].text.cbegin(), members[member][Label::Name].text.cend(),
                        [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; }))
                    best = kanaColumn;
                // A long date (昭和五十三年十二月二十四日) runs into the narrow column
                // beside it; its end stays with it.
                static const QRegularExpression dateEnd(QStringLiteral("^[〇一二三四五六七八九十0-9０-９]*日$"));
                if (lastColumn >= 0 && best != lastColumn && rows.columns[lastColumn].first == Label::Birth
                    && !members[member][Label::Birth].text.endsWith(u'日') && dateEnd.match(part).hasMatch())
                    best = lastColumn;
                // Ten digits or more are a resident code wherever its heading was placed.
                Label label = digitsOnly(part).size() >= 10 && digitsOnly(part).size() >= part.size() - 1
                    ? Label::Code
                    : rows.columns[best].first;
                if (label != rows.columns[best].first)
                    best = -2; // a column of its own
                // Headings of 性別 and 続柄 lost (a photo): what follows a complete birth
                // date is the sex, then the relationship.
                // A lone 男/女 after a complete date is the sex even where its column was
                // found: the date ran into it.
                if (label == Label::Birth && compact(members[member][Label::Birth].text).endsWith(u'日')) {
                    const QString c = compact(part);
                    double unused = 1.0;
                    if (c == QStringLiteral("男") || c == QStringLiteral("女")) {
                        label = Label::Sex;
                        best = -3;
                    } else if (!hasSexColumn
                        && (lastColumn == -3 || lastColumn == -4 || !closestRelationship(c, &unused).isEmpty())) {
                        label = Label::Relationship;
                        best = -4;
                    }
                }
                Value& v = members[member][label];
                if (!v.text.isEmpty() && best == lastColumn && box.left() - lastRight > 0.8 * h)
                    v.text += QLatin1Char(' ');
                v.text += part;
                v.box = v.box.isNull() ? box : v.box.united(box);
                v.confidence = v.confidence == 0 ? w.confidence : std::min(v.confidence, w.confidence);
                lastRight = box.right();
                lastColumn = best;
            }
        }
        rowBoxes << line->box;
        QList<int> heights;
        for (const auto& w : line->words)
            heights << w.box.height();
        std::sort(heights.begin(), heights.end());
        textHeight = heights[heights.size() / 2];
        ++member;
    }
    // 性別 and 続柄 are narrow: a relationship read across the column lines lands
    // partly after 男/女 and partly before the code ("女 世帯" | "主2934…").
    for (auto& row : members) {
        if (row.contains(Label::Relationship) || !row.contains(Label::Sex))
            continue;
        Value& sex = row[Label::Sex];
        const QString sexText = compact(sex.text);
        QString rest = sexText.mid(1);
        QString codePrefix;
        if (row.contains(Label::Code)) {
            const QString code = compact(row[Label::Code].text);
            qsizetype digitsAt = 0;
            while (digitsAt < code.size() && !code[digitsAt].isDigit())
                ++digitsAt;
            codePrefix = code.left(digitsAt);
            double unused = 1.0;
            if (!codePrefix.isEmpty() && closestRelationship(rest + codePrefix, &unused).isEmpty())
                codePrefix.clear();
        }
        double unused = 1.0;
        if (sexText.size() < 2 || closestRelationship(rest + codePrefix, &unused).isEmpty())
            continue;
        Value relationship {rest + codePrefix, sex.box, sex.confidence};
        if (!codePrefix.isEmpty()) {
            Value& code = row[Label::Code];
            relationship.box = sex.box.united(code.box.adjusted(0, 0, -code.box.width() * 4 / 5, 0));
            code.text = compact(code.text).mid(codePrefix.size());
        }
        sex.text = sexText.left(1);
        row.insert(Label::Relationship, relationship);
    }
    // 性別 and 続柄 garbled together into one word (し中に for 男 子) fill neither: each is
    // read again within its own column, under its heading.
    for (int c = 0; c < rows.columns.size(); ++c) {
        const Label label = rows.columns[c].first;
        if ((label != Label::Sex && label != Label::Relationship) || c + 1 >= rows.columns.size())
            continue;
        const int right = rows.columns[c + 1].second.first - 8;
        // 男/女 is one character: a relationship beside it can start long before its own
        // heading (男女続 read as one heading, 柄 alone placed the column).
        const bool afterSex = label == Label::Relationship && c > 0 && rows.columns[c - 1].first == Label::Sex;
        const int character = std::clamp(lines[rows.line].box.height(), 12, 48);
        for (int m = 0; m < rowBoxes.size(); ++m) {
            QHash<Label, Value>& row = members[m];
            int left = rows.columns[c].second.first - 8;
            if (afterSex && !row.contains(label)) {
                const int sexStart = rows.columns[c - 1].second.first;
                if (row.contains(Label::Sex) && row[Label::Sex].box.width() <= character * 8 / 5) {
                    left = std::min(left, row[Label::Sex].box.right() + 4);
                } else {
                    left = std::min(left, sexStart + character * 13 / 10);
                    if (row.contains(Label::Sex) && row[Label::Sex].box.right() > left)
                        row[Label::Sex].box.setRight(left - 4);
                }
            }
            const QRect column(left, rowBoxes[m].top(), right - left, rowBoxes[m].height());
            if (!row.contains(label))
                row.insert(label, Value {QString(), column, 0.0});
            else if (row[label].box.right() > right + 8)
                row[label].box = row[label].box.intersected(column);
        }
    }
    // Tesseract often takes a column far to the right (the codes) for a block of its
    // own: its words are then found by their height on the page.
    if (!codeHeading) {
        for (int li = rows.line + 1; li < lines.size(); ++li) {
            for (const auto& w : lines[li].words) {
                const QString digits = digitsOnly(w.text);
                if (digits.size() != 11 || w.text.size() > 13)
                    continue;
                for (int m = 0; m < rowBoxes.size(); ++m) {
                    const int y = w.box.center().y();
                    if (y < rowBoxes[m].top() || y > rowBoxes[m].bottom() || members[m].contains(Label::Code))
                        continue;
                    members[m][Label::Code] = Value {w.text, w.box, w.confidence};
                }
            }
        }
    }
}

} // namespace mdg::ocr
