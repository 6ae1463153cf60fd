#include "CertificateReader.h"

#include "Columns.h"
#include "FieldValues.h"
#include "IssueLines.h"
#include "Labels.h"
#include "LostAddress.h"
#include "NameReadings.h"
#include "PageGeometry.h"
#include "PagePass.h"
#include "PagePreprocessor.h"
#include "Plausibility.h"
#include "RowsTable.h"
#include "Ruby.h"
#include "ValueReader.h"
#include "ValueRules.h"
#include "capture/PageFinder.h"
#include "domain/JapaneseDate.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTransform>
#include <algorithm>
#include <array>
#include <atomic>
#include <climits>
#include <optional>
#include <thread>
#include <vector>

namespace mdg {

using namespace ocr;

namespace {
constexpr int Dpi = 200;
} // namespace

struct CertificateReader::Private
{
    std::unique_ptr<OcrEngine> engine;
    // The values are read again on two engines at once: the re-reads are most of a page's
    // time after the page pass, and each is independent of the others.
    std::unique_ptr<OcrEngine> helper;

    std::vector<ValueReader::Reading> readValues(
        const QList<ValueTask>& tasks, const QImage& page, const std::atomic_bool* cancel) const
    {
        std::vector<ValueReader::Reading> out(std::size_t(tasks.size()));
        std::atomic<qsizetype> next {0};
        const auto work = [&](OcrEngine& reader) {
            const ValueReader values(reader, page, Dpi, ConfidenceThreshold - 0.01);
            for (qsizetype i = next++; i < tasks.size() && !(cancel && cancel->load()); i = next++) {
                const ValueTask& t = tasks.at(i);
                out[std::size_t(i)] = values.read(t.label, t.value, t.key, t.rightLimit);
            }
        };
        {
            std::optional<std::jthread> second;
            if (helper && helper->isReady())
                second.emplace(work, std::ref(*helper));
            work(*engine);
        } // joined before the readings are handed out
        return out;
    }
};

CertificateReader::CertificateReader()
    : d(std::make_unique<Private>())
{ }

CertificateReader::~CertificateReader() = default;

Result<TransferOutCertificate> CertificateReader::read(const QImage& image, const OcrEngine::Progress& progress)
{
    using R = Result<TransferOutCertificate>;
    QElapsedTimer timer;
    timer.start();
    if (image.isNull())
        return R::failure(ErrorCode::Unreadable, tr("The image cannot be read."));
    if (image.width() < 300 || image.height() < 300)
        return R::failure(ErrorCode::Unreadable,
            tr("The image is too small to hold a certificate (%1 × %2 pixels). Take the photo again, closer.")
                .arg(image.width())
                .arg(image.height()));
    if (qint64(image.width()) * image.height() > MaxPixels)
        return R::failure(ErrorCode::Unreadable,
            tr("The image is too large (%1 × %2 pixels). Use the document camera or a scan at 200–300 dpi.")
                .arg(image.width())
                .arg(image.height()));
    if (!d->engine)
        d->engine = std::make_unique<OcrEngine>();
    if (!d->engine->isReady())
        return R::failure(ErrorCode::Unspecified, tr("The text reader could not start: %1").arg(d->engine->error()));
    // The second engine loads its model while the first reads the page.
    std::optional<std::jthread> helperStart;
    if (!d->helper)
        helperStart.emplace([this] { d->helper = std::make_unique<OcrEngine>(); });

    auto pass = PagePass::read(*d->engine, image, Dpi, progress);
    if (!pass)
        return R::failure(ErrorCode::Unspecified, tr("Reading was cancelled."));
    const PreparedPage& page = pass->page;
    const QTransform& sheetToPhoto = pass->sheetToPhoto;
    const QList<OcrEngine::Word>& ruby = pass->ruby;
    const auto lines = joinRows(pass->lines);
    QList<Segment> segs = segmentsOf(lines);
    joinSpreadLabels(segs);
    joinCutLabels(segs);
    splitRepeatedValues(segs);
    // Grain read as text beside the values would stand in columns of its own.
    segs.erase(std::remove_if(segs.begin(), segs.end(), isDebris), segs.end());
    if (qEnvironmentVariableIsSet("MADOGUCHI_OCR_DEBUG"))
        for (const Segment& s : segs)
            qDebug("line %d [%d,%d %dx%d] %.2f %s", s.line, s.box.x(), s.box.y(), s.box.width(), s.box.height(),
                s.confidence, qPrintable(s.text));

    TransferOutCertificate cert;
    const auto toSource = [&](QRect r) {
        // Boxes in the caller's image: undo the scaling and the flattening (the skew is
        // small enough to ignore).
        const QRectF onSheet(r.x() / page.scale, r.y() / page.scale, r.width() / page.scale, r.height() / page.scale);
        return sheetToPhoto.mapRect(onSheet).toAlignedRect().intersected(image.rect());
    };
    auto addField = [&](const QString& key, const Segment& s, double confidence) {
        cert.fields << TransferOutCertificate::Field {key, s.text, confidence, toSource(s.box)};
    };

    // Lines as lists of segment indices, in reading order.
    QList<QList<int>> byLine(lines.size());
    for (int i = 0; i < segs.size(); ++i)
        byLine[segs[i].line] << i;

    // The title (転出証明書, also spread across the page) is no row of any table, also read
    // a character off (転 出 計 明 書) in a line of its own.
    static const QString title = QStringLiteral("転出証明書");
    QList<bool> titleLine;
    for (const auto& l : lines) {
        const QString c = compact(l.text);
        titleLine << (c.contains(title.left(4))
            || (c.size() >= 4 && c.size() <= 6 && (c.startsWith(title.left(2)) || c.endsWith(title.right(2)))
                && editDistance(c, title) <= 1));
    }
    const bool isCertificate = titleLine.contains(true);
    int labelsFound = 0;

    // 1. A header row of member labels (rows layout): one row per member under it.
    std::optional<RowsHeader> rows = findRowsHeader(lines);
    if (const auto inferred = inferRowsHeader(lines); !rows)
        rows = inferred;
    else if (inferred && inferred->line >= rows->line && inferred->line <= rows->line + 2)
        completeFromValues(*rows, *inferred);
    const int headerLine = rows ? rows->line : -1;
    if (qEnvironmentVariableIsSet("MADOGUCHI_OCR_DEBUG"))
        qDebug("rows header at line %d", headerLine);
    QMap<int, QHash<Label, Value>> members; // member index -> values
    QHash<Label, Value> household;

    auto joinSegments = [&](const QList<int>& idx) {
        Value v;
        double conf = 0;
        for (int si : idx) {
            if (!v.text.isEmpty())
                v.text += QLatin1Char(' ');
            v.text += segs[si].text;
            v.box = v.box.isNull() ? segs[si].box : v.box.united(segs[si].box);
            conf += segs[si].confidence;
        }
        v.confidence = idx.isEmpty() ? 0 : conf / idx.size();
        return v;
    };

    // What is left of a date's label read into its value (生 年 月 日 read 生二年 -月 目)
    // goes: the value starts at its era.
    const auto fromTheDate = [&](QList<int>& idx) {
        for (qsizetype k = 0; k < idx.size(); ++k) {
            const auto at = dateStart(compact(segs[idx[k]].text));
            if (!at)
                continue;
            idx = idx.mid(k);
            if (*at > 0) {
                segs << segmentAfter(segs[idx.first()], *at);
                idx.first() = int(segs.size()) - 1;
            }
            return;
        }
    };

    if (rows) {
        labelsFound += int(rows->columns.size());
        readRowsTable(lines, *rows, members);
    }

    // 2. Lines that start with a label: household facts, member columns, member lines.
    const Columns columns = Columns::find(segs, byLine, titleLine, headerLine);
    const QList<QList<int>>& tableStarts = columns.tableStarts;
    const QHash<int, int>& lineTable = columns.lineTable;
    const bool multiTable = columns.multiTable;
    const QList<int>& tableOffsets = columns.tableOffsets;
    const QList<int>& columnStarts = columns.starts;
    const QSet<int>& columnLines = columns.alignedLines;
    const bool memberColumns = !columnStarts.isEmpty();
    // A member's block in the lines layout lists its labels in one order; a label misread
    // beyond recognition (フリガナ read リガ) is the one missing between its neighbours.
    QList<std::optional<Label>> lineLabels;
    for (int li = 0; li < byLine.size(); ++li) {
        std::optional<Label> l;
        if (!byLine[li].isEmpty()) {
            l = matchLabel(segs[byLine[li].first()].text, false);
            if (!l)
                if (const auto split = splitLeadingLabel(segs[byLine[li].first()].text))
                    l = split->label;
        }
        lineLabels << l;
    }
    int firstMemberLine = -1, lastMemberLine = -1;
    for (int li = 0; li < lineLabels.size(); ++li)
        if (lineLabels[li] && isMemberLabel(*lineLabels[li])) {
            firstMemberLine = firstMemberLine < 0 ? li : firstMemberLine;
            lastMemberLine = li;
        }
    // The order of a block's labels is the page's own (続柄 before or after the code, the
    // reading in a line of its own or as ruby): the fullest member's block, a block ending
    // where a label repeats.
    QList<Label> blockOrder;
    for (int li = std::max(0, firstMemberLine), start = li; li <= lastMemberLine + 1; ++li) {
        const bool end = li > lastMemberLine;
        if (!end && (!lineLabels[li] || !isMemberLabel(*lineLabels[li])))
            continue;
        QList<Label> block;
        for (int b = start; b < li; ++b)
            if (lineLabels[b] && isMemberLabel(*lineLabels[b]))
                block << *lineLabels[b];
        if (end || block.contains(*lineLabels[li])) {
            if (block.size() > blockOrder.size())
                blockOrder = block;
            start = li;
        }
    }
    // Where values start: the median left edge of the value after the label, over the lines
    // `counted` (three at least).
    const auto valuesStart = [&](const auto& counted) {
        QList<int> lefts;
        for (int li = 0; li < byLine.size(); ++li)
            if (byLine[li].size() >= 2 && counted(li))
                lefts << segs[byLine[li][1]].box.left();
        std::sort(lefts.begin(), lefts.end());
        return lefts.size() >= 3 ? lefts[lefts.size() / 2] : -1;
    };
    // Of all lines labelled exactly.
    const int valueColumn = valuesStart([&](int li) { return matchLabel(segs[byLine[li].first()].text, true); });
    // Without a block of its own to go by (the same label lost in every block), the order
    // most forms print.
    static const QList<Label> formOrder {
        Label::Name, Label::Kana, Label::Birth, Label::Sex, Label::Relationship, Label::Code};
    const auto inferredLabel = [&](int li) -> std::optional<Label> {
        // A line of the label and its value, or of the value alone where values stand (its
        // label read as specks and dropped).
        const bool valueOnly = byLine[li].size() == 1 && valueColumn > 0 && li < lastMemberLine
            && segs[byLine[li].first()].box.left() >= valueColumn - ColumnSlack;
        // Within the members' lines, or the one after them (the last block's last label lost).
        if (memberColumns || headerLine >= 0 || li == 0 || li > lastMemberLine + 1 || lineLabels[li]
            || (byLine[li].size() < 2 && !valueOnly))
            return std::nullopt;
        // The neighbours, passing over lines of one segment (a member's number, (2)).
        int previous = li - 1;
        while (previous > 0 && !lineLabels[previous] && byLine[previous].size() < 2)
            --previous;
        const int next = li + 1;
        if (!lineLabels[previous])
            return std::nullopt;
        const bool last = next >= lineLabels.size() || !lineLabels[next];
        for (const QList<Label>* order : std::array<const QList<Label>*, 2> {&blockOrder, &formOrder}) {
            const qsizetype n = order->size();
            const qsizetype before = order->indexOf(*lineLabels[previous]);
            const qsizetype after = last ? -1 : order->indexOf(*lineLabels[next]);
            if (n < 3 || before < 0)
                continue;
            if (after == (before + 2) % n || (last && before + 1 == n - 1))
                return order->at((before + 1) % n);
        }
        return std::nullopt;
    };
    // Of the household's lines.
    const int householdColumn = valuesStart([&](int li) { return lineLabels[li] && !isMemberLabel(*lineLabels[li]); });
    // A member label the page never printed legibly (続柄 read 績): a line told by its
    // values as a field the page labels elsewhere is that one, when it is the only one.
    QList<Label> unprinted {Label::Name, Label::Kana, Label::Birth, Label::Sex, Label::Relationship, Label::Code};
    for (const auto& l : lineLabels)
        if (l)
            unprinted.removeAll(*l);
    int currentMember = -1;
    qsizetype lastInOrder = -1; // the current member's last field in the page's block order
    QHash<int, int> columnEnds; // member -> where the next member's column starts
    bool rubyOnLabelLine = false; // the page prints readings as ruby
    QHash<Label, int> timesSeen; // member labels met so far, for the table they belong to
    for (int li = 0; li < byLine.size(); ++li) {
        if (li == headerLine || byLine[li].isEmpty() || titleLine[li])
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
            const Label l = labelOfRest();
            const bool only = unprinted.size() == 1 && unprinted.first() != Label::Kana;
            return only && l != unprinted.first() ? unprinted.first() : l;
        };
        // The label and the start of its value in one segment (世帯主との続柄 世帯主): split
        // them, the value put first among the rest.
        const auto splitLabelOff = [&](bool memberOnly) {
            const auto split = splitLeadingLabel(segs[first].text);
            if (!split || (memberOnly && !isMemberLabel(split->label)))
                return;
            label = split->label;
            segs << segmentAfter(segs[first], split->taken);
            rest.prepend(int(segs.size()) - 1);
        };
        if (columnLines.contains(li)) {
            // Left of the first column stands the label, if it was read at all.
            const bool labelled = segs[first].box.left() < columnStarts.first() - ColumnSlack;
            if (!labelled)
                rest = byLine[li];
            if (labelled && !label)
                splitLabelOff(true);
            if (!labelled || !label || !isMemberLabel(*label))
                label = labelOfUnlabelled();
        } else if (!label || rest.isEmpty()) {
            // A label taken loosely may be a label and its value run together
            // (世帯主氏名森樹 is two characters from 世帯主の氏名).
            splitLabelOff(false);
        }
        if (!label) {
            label = inferredLabel(li);
            if (label && rest.isEmpty())
                rest = byLine[li];
        }
        // Inside a columns table a line whose label came back as specks (names under their
        // ruby, フ リ ガ ナ read メン サーー) is told by its values, and its table by where it
        // stands: a second table's readings are not the first's, whose readings were ruby.
        bool byPosition = false;
        // So is the line just above the first labelled one whose values stand in the columns
        // (the 氏名 line, its label read as a speck and dropped).
        const bool aligned = std::abs(segs[first].box.left() - columnStarts.value(0)) <= ColumnSlack;
        const bool inside = (li > firstMemberLine || (li == firstMemberLine - 1 && aligned)) && li < lastMemberLine;
        if (!label && memberColumns && inside) {
            if (segs[first].box.left() >= columnStarts.first() - ColumnSlack)
                rest = byLine[li];
            if (!rest.isEmpty()) {
                label = labelOfUnlabelled();
                byPosition = true;
            }
        }
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
            const int left = valueColumn > l.right() ? valueColumn - h / 2 : l.right() + h / 2;
            Segment value;
            value.box = QRect(left, l.top() - h / 4, std::min(24 * h, page.rulesRemoved.width() - left), h * 3 / 2);
            value.line = segs[first].line;
            segs << value;
            rest << int(segs.size()) - 1;
        }
        ++labelsFound;
        if (!isMemberLabel(*label)) {
            // The household's values start in one column: what stands well left of it is the
            // label's end run into the value (世 帯 主 氏 | 名西村 和夫).
            const Segment& v = segs[rest.first()];
            qsizetype left = householdColumn > 0 && v.box.left() < householdColumn - v.box.height()
                ? std::min<qsizetype>(3, charactersLeftOf(v, householdColumn - v.box.height() / 2))
                : 0;
            // Where a character's share of its word's box is off, the label's own characters tell.
            while (left > 0 && !usedByLabel(*label, compact(v.text).left(left)))
                --left;
            if (left <= 0 || left >= compact(v.text).size())
                left = labelContinuation(*label, segs[first].text, v.text);
            if (left > 0) {
                segs << segmentAfter(v, left);
                rest.first() = int(segs.size()) - 1;
            }
            if (*label == Label::PlannedDate)
                fromTheDate(rest);
            if (!household.contains(*label))
                household.insert(*label, joinSegments(rest));
            continue;
        }
        if (headerLine >= 0)
            continue;
        if (memberColumns) { // columns layout: a value per member, left to right
            int table = multiTable ? std::min(int(tableStarts.size()) - 1, timesSeen[*label]++) : 0;
            // The table of the nearest line that names its own.
            int nearest = INT_MAX;
            for (auto it = lineTable.cbegin(); multiTable && byPosition && it != lineTable.cend(); ++it)
                if (const int gap = std::abs(lines[it.key()].box.center().y() - lines[li].box.center().y());
                    gap < nearest && it.value() < tableStarts.size()) {
                    nearest = gap;
                    table = it.value();
                }
            const QList<int>& starts = multiTable ? tableStarts[table] : columnStarts;
            const int firstMember = multiTable ? tableOffsets[table] : 0;
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
                    v.confidence
                        = v.confidence == 0 ? segs[si].confidence : std::min(v.confidence, segs[si].confidence);
                }
            }
            // A member's value the page pass missed (a lone 妻 or 子) is read again in its
            // column, with the characters it may hold.
            // So is a name under its ruby that came back as specks, where its column holds
            // ink (an empty slot of the table holds none).
            static const QSet<Label> readable {
                Label::Name, Label::Kana, Label::Birth, Label::Sex, Label::Relationship, Label::Code};
            const QRect l = segs[first].box;
            const int h = std::max(16, l.height());
            for (int m = 0; readable.contains(*label) && m < starts.size(); ++m) {
                if (perColumn.isEmpty() || perColumn.contains(m) || m > perColumn.lastKey() + 1)
                    continue;
                const int left = starts[m] - h / 2;
                const int right = m + 1 < starts.size() ? starts[m + 1] - h / 2
                                                        : std::min(page.rulesRemoved.width(), left + 10 * h);
                const QRect box(left, l.top() - h / 4, right - left, h * 3 / 2);
                if (*label == Label::Name && !hasInk(page.rulesRemoved, box))
                    continue;
                perColumn[m] = Value {QString(), box, 0.0};
            }
            // A value grown to its ink stops before the next member's column.
            for (int m = 0; m + 1 < starts.size(); ++m)
                columnEnds.insert(firstMember + m, starts[m + 1] - ColumnSlack / 2);
            // A line taken for a field already read (two lines voted names) adds nothing.
            for (auto it = perColumn.cbegin(); it != perColumn.cend(); ++it)
                if (!members[firstMember + it.key()].contains(*label))
                    members[firstMember + it.key()][*label] = it.value();
        } else { // lines layout: a block per member, each opened by its 氏名 line
            // A block opens with whichever field its form lists first (氏名, or the code):
            // a field the current member already has starts the next one, and so does one
            // the page's order puts before the last field met (a block's 氏名 line lost, the
            // next block's 氏名 is not that member's).
            const qsizetype at = blockOrder.indexOf(*label);
            if (currentMember < 0 || members[currentMember].contains(*label)
                || (*label == Label::Name && members[currentMember].contains(Label::Kana))
                || (at >= 0 && at <= lastInOrder)) {
                ++currentMember;
                lastInOrder = -1;
            }
            lastInOrder = std::max(lastInOrder, at);
            // Ruby read on the label's line (名前 アオキ ユウマ) with the name on its own
            // line below, unlabelled: a name all katakana over kanji is its reading.
            if (*label == Label::Name && li + 1 < byLine.size() && !lineLabels[li + 1] && !byLine[li + 1].isEmpty()) {
                const QString value = compact(joinSegments(rest).text);
                const Segment& below = segs[byLine[li + 1].first()];
                if (!value.isEmpty() && isKatakana(value)
                    && std::abs(below.box.left() - segs[rest.first()].box.left()) <= ColumnSlack
                    && std::any_of(below.text.cbegin(), below.text.cend(), isKanji)) {
                    members[currentMember][Label::Kana] = joinSegments(rest);
                    members[currentMember][Label::Name] = joinSegments(byLine[li + 1]);
                    rubyOnLabelLine = true;
                    ++li; // the name's line is read
                    continue;
                }
            }
            if (*label == Label::Birth)
                fromTheDate(rest);
            members[currentMember][*label] = joinSegments(rest);
        }
    }

    // 3. The issue date and the issuer, below the certification sentence.
    const IssueLines issue = IssueLines::find(lines, segs, byLine);
    const std::optional<Segment>& issueLine = issue.date;
    if (issue.issuer) {
        cert.issuer = issue.issuerName;
        addField(QStringLiteral("issuer"), *issue.issuer, issue.issuer->confidence);
    }

    // An address line whose label came back as specks is told by its value's grammar.
    QList<Label> addressesLost;
    for (const Label l : {Label::Address, Label::Destination, Label::Honseki})
        if (!household.contains(l))
            addressesLost << l;
    for (int li = 0; !addressesLost.isEmpty() && li < byLine.size(); ++li) {
        if (byLine[li].isEmpty() || titleLine[li] || lineLabels[li] || li == headerLine
            || (li >= firstMemberLine && li <= lastMemberLine))
            continue;
        const Value line = joinSegments(byLine[li]);
        const auto start = addressStart(line.text);
        if (!start)
            continue;
        // The segments from the one the address starts in: a garbled label in a segment of
        // its own, or run into the address.
        QList<int> value = byLine[li];
        qsizetype skipped = 0;
        while (value.size() > 1 && skipped + compact(segs[value.first()].text).size() <= *start) {
            skipped += compact(segs[value.first()].text).size();
            value.removeFirst();
        }
        if (*start > skipped) {
            segs << segmentAfter(segs[value.first()], *start - skipped);
            value.first() = int(segs.size()) - 1;
        }
        const QString garbled = compact(line.text).left(*start);
        const Value address = joinSegments(value);
        const auto isHittousha
            = [&](int at) { return at >= 0 && at < lineLabels.size() && lineLabels[at] == Label::Hittousha; };
        if (const auto field = lostAddressField(
                garbled, address.text, addressesLost, issue.issuerName, isHittousha(li - 1) || isHittousha(li + 1))) {
            household.insert(*field, address);
            addressesLost.removeAll(*field);
            ++labelsFound;
        }
    }

    // A legible certificate whose title and labels were all lost still shows its values'
    // grammar: era dates and resident codes.
    int grammarValues = 0;
    for (const Segment& s : segs) {
        const QString c = compact(s.text);
        grammarValues += JapaneseDate::parse(fixDateSlips(c)) || (digitsOnly(c).size() == 11 && c.size() <= 12) ? 1 : 0;
    }
    if (!isCertificate && labelsFound < 4 && grammarValues < 3)
        return R::failure(ErrorCode::Unreadable,
            tr("This does not look like a moving-out certificate (転出証明書): no title and too few of its "
               "labels were found. Check the document and the photo."));

    // A columns table whose 氏名 row came back as specks only (names under their ruby, the
    // label lost with them): the row is the line left without a segment just above the first
    // member line, and each column's name is read again in its cell there.
    if (memberColumns && !columns.multiTable && firstMemberLine > 0 && headerLine < 0) {
        const bool anyNameLost
            = std::any_of(members.cbegin(), members.cend(), [](const auto& m) { return !m.contains(Label::Name); });
        const int above = firstMemberLine - 1;
        const bool nameless = std::none_of(
            lineLabels.cbegin(), lineLabels.cend(), [](const auto& l) { return l && *l == Label::Name; });
        if (anyNameLost && nameless && byLine[above].isEmpty() && lines[above].box.right() > columnStarts.last()) {
            const QRect row = lines[above].box;
            for (qsizetype k = 0; k < columnStarts.size(); ++k) {
                if (members[int(k)].contains(Label::Name))
                    continue;
                const int left = columnStarts[k] - ColumnSlack / 2;
                const int right = k + 1 < columnStarts.size() ? columnStarts[k + 1] - ColumnSlack / 2 : row.right();
                const QRect cell = inkBand(page.rulesRemoved, QRect(left, row.top(), right - left, row.height()));
                if (!cell.isEmpty())
                    members[int(k)].insert(Label::Name, Value {QString(), cell, 0.0});
            }
        }
    }

    // Readings set as ruby over the names: a name without one has it looked for above it.
    // Ruby too small for the page pass to read comes back as specks, so a page with no
    // reading of its own looks above every name.
    const bool readingsLabelled = !rubyOnLabelLine
        && std::any_of(members.cbegin(), members.cend(), [](const auto& m) { return m.contains(Label::Kana); });
    for (auto it = members.begin(); (!ruby.isEmpty() || !readingsLabelled) && it != members.end(); ++it) {
        if (!it->contains(Label::Name) || it->contains(Label::Kana))
            continue;
        // The name's own band of ink: the page pass's box may hold the ruby's ink too.
        const QRect name = inkBand(page.rulesRemoved, it->value(Label::Name).box);
        Value over = rubyOver(ruby, name);
        if (over.text.isEmpty()) {
            over.box = rubyBandAbove(page.rulesRemoved, name);
            if (over.box.isNull())
                over.box = QRect(name.left() - name.height() / 2, name.top() - name.height() * 4 / 5,
                    name.width() + name.height(), name.height() * 3 / 4);
        }
        it->insert(Label::Kana, over);
    }

    // 4. Corrections, confidence, and the fields list: each value read again and put under
    // its field's rule.
    QList<ValueTask> tasks;
    for (auto it = household.cbegin(); it != household.cend(); ++it)
        tasks << ValueTask {it.key(), it.value(), -1, fieldKey(it.key())};
    QList<int> memberIndices;
    for (auto mit = members.cbegin(); mit != members.cend(); ++mit) {
        memberIndices << mit.key();
        for (auto it = mit.value().cbegin(); it != mit.value().cend(); ++it)
            tasks << ValueTask {
                it.key(), it.value(), mit.key(), fieldKey(it.key(), mit.key()), columnEnds.value(mit.key(), -1)};
    }
    cert.members.resize(memberIndices.size());
    // The issue date is read again on its own, as the other dates.
    if (issueLine)
        tasks << ValueTask {Label::PlannedDate, Value {issueLine->text, issueLine->box, issueLine->confidence}, -1,
            QStringLiteral("issued_on")};
    helperStart.reset(); // joined: the helper engine is ready (or could not start)
    if (d->helper)
        d->helper->setLocalThreshold(page.unevenlyLit);
    const std::vector<ValueReader::Reading> readings = d->readValues(tasks, page.rulesRemoved, progress.cancel);
    if (progress.cancel && progress.cancel->load())
        return R::failure(ErrorCode::Unspecified, tr("Reading was cancelled."));
    putReadings(cert, tasks, readings, memberIndices, toSource);
    correctAsAWhole(cert, ConfidenceThreshold - 0.01);
    cert.elapsedMs = timer.elapsed();
    return cert;
}

} // namespace mdg
