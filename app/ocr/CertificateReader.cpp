#include "CertificateReader.h"

#include "HouseholdConsistency.h"
#include "Labels.h"
#include "PageGeometry.h"
#include "PagePreprocessor.h"
#include "ValueRules.h"
#include "capture/PageFinder.h"
#include "crosscheck/Towns.h"
#include "domain/JapaneseDate.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTransform>
#include <algorithm>

namespace mdg {

using namespace ocr;

namespace {
constexpr int Dpi = 200;
} // namespace

struct CertificateReader::Private
{
    std::unique_ptr<OcrEngine> engine;
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
        return R::failure(tr("The image cannot be read."));
    if (image.width() < 300 || image.height() < 300)
        return R::failure(
            tr("The image is too small to hold a certificate (%1 × %2 pixels). Take the photo again, closer.")
                .arg(image.width())
                .arg(image.height()));
    if (qint64(image.width()) * image.height() > MaxPixels)
        return R::failure(
            tr("The image is too large (%1 × %2 pixels). Use the document camera or a scan at 200–300 dpi.")
                .arg(image.width())
                .arg(image.height()));
    if (!d->engine)
        d->engine = std::make_unique<OcrEngine>();
    if (!d->engine->isReady())
        return R::failure(tr("The text reader could not start: %1").arg(d->engine->error()));

    // A photo of a page on a desk is flattened to the sheet first; boxes are mapped back
    // onto the photo.
    QImage sheet = image;
    QTransform sheetToPhoto;
    if (const auto corners = PageFinder::findPage(image)) {
        sheet = PageFinder::flatten(image, *corners);
        sheetToPhoto = PageFinder::toSheet(*corners).inverted();
    }
    const PreparedPage page = PagePreprocessor::prepare(sheet);
    const auto lines = joinRows(d->engine->readPage(page.rulesRemoved, Dpi, progress));
    if (progress.cancel && progress.cancel->load())
        return R::failure(tr("Reading was cancelled."));
    QList<Segment> segs = segmentsOf(lines);
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

    bool isCertificate = false;
    int labelsFound = 0;
    for (const auto& l : lines)
        if (compact(l.text).contains(QStringLiteral("転出証明")))
            isCertificate = true;

    // 1. A header row of member labels (rows layout).
    // Labels of narrow neighbouring columns (性別 続柄) run together, so the header is
    // read word by word: words are gathered until they spell a member label.
    int headerLine = -1;
    QList<QPair<Label, QPair<int, int>>> header;
    for (int li = 0; li < lines.size() && headerLine < 0; ++li) {
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
            if (lastRight >= 0 && w.box.left() - lastRight > 1.2 * h) {
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
        for (const QRect& u : unknown) {
            std::optional<Label> left;
            for (const auto& f : found)
                if (f.second.second < u.left())
                    left = f.first;
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
        std::sort(
            found.begin(), found.end(), [](const auto& a, const auto& b) { return a.second.first < b.second.first; });
        QSet<Label> distinct;
        for (const auto& f : found)
            distinct.insert(f.first);
        if (distinct.size() >= 3) {
            if (qEnvironmentVariableIsSet("MADOGUCHI_OCR_DEBUG"))
                qDebug("header line %d: %s", li, qPrintable(lines[li].text));
            headerLine = li;
            header = found;
        }
    }

    struct Value
    {
        QString text;
        QRect box;
        double confidence = 0;
    };
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

    if (headerLine >= 0) {
        QList<QRect> rowBoxes; // the line of each member
        labelsFound += int(header.size());
        // Column ranges reach halfway to the neighbouring labels.
        std::sort(header.begin(), header.end(), [](auto& a, auto& b) { return a.second.first < b.second.first; });
        // 住民票コード is the longest heading and the one most often misread; its column is
        // then recognised by its values, eleven digits.
        const bool codeHeading
            = std::any_of(header.cbegin(), header.cend(), [](const auto& h) { return h.first == Label::Code; });
        // Values sit under their labels, left-aligned with them; narrow neighbouring
        // columns (性別, 続柄) run together into one segment, so words, not segments, are
        // placed in columns.
        for (int li = headerLine + 1, member = 0; li < lines.size(); ++li) {
            if (lines[li].words.size() < 3 || compact(lines[li].text).contains(QStringLiteral("証明")))
                break;
            const int h = std::max(12, lines[li].box.height());
            int lastRight = -1;
            int lastColumn = -1;
            // A photographed page keeps a little slant after flattening: the row's first word
            // sits under the first heading, and the other columns drift with it.
            const int drift = std::clamp(lines[li].words.first().box.left() - header[0].second.first, -3 * h, 3 * h);
            int kanaColumn = -1;
            bool hasSexColumn = false;
            for (int c = 0; c < header.size(); ++c) {
                if (header[c].first == Label::Kana)
                    kanaColumn = c;
                hasSexColumn = hasSexColumn || header[c].first == Label::Sex || header[c].first == Label::Relationship;
            }
            for (const auto& w : lines[li].words) {
                for (const auto& [part, box] : piecesOf(w.text, w.box)) {
                    int best = 0;
                    for (int c = 1; c < header.size(); ++c)
                        if (box.left() >= header[c].second.first + drift - 25)
                            best = c;
                    // Katakana after a kanji name is its reading, wherever the フリガナ heading
                    // was found (its first character lost, the heading sits right of its values).
                    if (header[best].first == Label::Name && kanaColumn >= 0 && isKatakana(part)
                        && std::any_of(members[member][Label::Name].text.cbegin(),
                            members[member][Label::Name].text.cend(),
                            [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; }))
                        best = kanaColumn;
                    // A long date (昭和五十三年十二月二十四日) runs into the narrow column
                    // beside it; its end stays with it.
                    static const QRegularExpression dateEnd(QStringLiteral("^[〇一二三四五六七八九十0-9０-９]*日$"));
                    if (lastColumn >= 0 && best != lastColumn && header[lastColumn].first == Label::Birth
                        && !members[member][Label::Birth].text.endsWith(u'日') && dateEnd.match(part).hasMatch())
                        best = lastColumn;
                    // Ten digits or more are a resident code wherever its heading was placed.
                    Label label = digitsOnly(part).size() >= 10 && digitsOnly(part).size() >= part.size() - 1
                        ? Label::Code
                        : header[best].first;
                    if (label != header[best].first)
                        best = -2; // a column of its own
                    // Headings of 性別 and 続柄 lost (a photo): what follows a complete birth
                    // date is the sex, then the relationship.
                    if (label == Label::Birth && !hasSexColumn
                        && compact(members[member][Label::Birth].text).endsWith(u'日')) {
                        const QString c = compact(part);
                        double unused = 1.0;
                        if (c == QStringLiteral("男") || c == QStringLiteral("女")) {
                            label = Label::Sex;
                            best = -3;
                        } else if (lastColumn == -3 || lastColumn == -4 || !closestRelationship(c, &unused).isEmpty()) {
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
            rowBoxes << lines[li].box;
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
        // Tesseract often takes a column far to the right (the codes) for a block of its
        // own: its words are then found by their height on the page.
        if (!codeHeading) {
            for (int li = headerLine + 1; li < lines.size(); ++li) {
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

    // 2. Lines that start with a label: household facts, member columns, member lines.
    // A 氏名 line per member means the lines layout; one 氏名 line holds every member's
    // name side by side (the columns layout).
    int nameLines = 0;
    for (int li = 0; li < byLine.size(); ++li)
        if (!byLine[li].isEmpty() && matchLabel(segs[byLine[li].first()].text, false) == Label::Name)
            ++nameLines;
    // In the columns layout the 氏名 row fixes where each member's column starts; a value
    // read as two pieces (コバヤシ / アヤ) still lands in one column.
    QList<int> columnStarts;
    for (int li = 0; nameLines == 1 && li < byLine.size(); ++li)
        if (!byLine[li].isEmpty() && matchLabel(segs[byLine[li].first()].text, false) == Label::Name)
            for (int si : byLine[li].mid(1))
                columnStarts << segs[si].box.left();
    // A scan can lose the 氏名 label (read 名) and garble others (性別 read 区): the layout
    // is then told by its geometry, lines whose values stand in the same columns, and
    // each such line's field by what its values are.
    QSet<int> columnLines;
    if (headerLine < 0 && nameLines != 1)
        columnStarts = alignedColumns(segs, byLine, &columnLines);
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
    static const QList<Label> blockOrder {
        Label::Name, Label::Kana, Label::Birth, Label::Sex, Label::Relationship, Label::Code};
    const auto inferredLabel = [&](int li) -> std::optional<Label> {
        if (memberColumns || headerLine >= 0 || li == 0 || lineLabels[li] || byLine[li].size() < 2)
            return std::nullopt;
        const qsizetype before = lineLabels[li - 1] ? blockOrder.indexOf(*lineLabels[li - 1]) : -1;
        const bool last = li + 1 >= lineLabels.size() || !lineLabels[li + 1];
        const qsizetype after = last ? -1 : blockOrder.indexOf(*lineLabels[li + 1]);
        if (before < 0)
            return std::nullopt;
        if (after == before + 2 || (before + 1 == blockOrder.size() - 1 && (after == 0 || last)))
            return blockOrder[before + 1];
        return std::nullopt;
    };
    // Where the values of labelled lines start: the median left edge of the first value.
    int valueColumn = -1;
    {
        QList<int> lefts;
        for (int li = 0; li < byLine.size(); ++li)
            if (byLine[li].size() >= 2 && matchLabel(segs[byLine[li].first()].text, true))
                lefts << segs[byLine[li][1]].box.left();
        std::sort(lefts.begin(), lefts.end());
        if (lefts.size() >= 3)
            valueColumn = lefts[lefts.size() / 2];
    }
    int currentMember = -1;
    for (int li = 0; li < byLine.size(); ++li) {
        if (li == headerLine || byLine[li].isEmpty())
            continue;
        const int first = byLine[li].first();
        auto label = matchLabel(segs[first].text, false);
        QList<int> rest = byLine[li].mid(1);
        if (columnLines.contains(li)) {
            // Left of the first column stands the label, if it was read at all.
            const bool labelled = segs[first].box.left() < columnStarts.first() - ColumnSlack;
            if (!labelled)
                rest = byLine[li];
            if (!labelled || !label || !isMemberLabel(*label)) {
                QStringList values;
                for (int si : rest)
                    values << segs[si].text;
                label = labelOfValues(values);
            }
        } else if (!label) {
            // The label and the start of its value in one segment: split them.
            if (const auto split = splitLeadingLabel(segs[first].text)) {
                label = split->label;
                Segment value = segs[first];
                value.box = valueBox(segs[first], split->taken);
                value.text = split->value;
                segs << value;
                rest.prepend(int(segs.size()) - 1);
            }
        }
        if (!label)
            label = inferredLabel(li);
        if (!label)
            continue;
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
            if (!household.contains(*label))
                household.insert(*label, joinSegments(rest));
            continue;
        }
        if (headerLine >= 0)
            continue;
        if (memberColumns) { // columns layout: a value per member, left to right
            QMap<int, Value> perColumn;
            for (int si : rest) {
                for (const auto& [part, box] : piecesOf(segs[si].text, segs[si].box)) {
                    int m = 0;
                    for (int c = 1; c < columnStarts.size(); ++c)
                        if (box.left() >= columnStarts[c] - ColumnSlack)
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
            static const QSet<Label> readable {Label::Kana, Label::Birth, Label::Sex, Label::Relationship, Label::Code};
            const QRect l = segs[first].box;
            const int h = std::max(16, l.height());
            for (int m = 0; readable.contains(*label) && m < columnStarts.size(); ++m) {
                if (perColumn.contains(m) || m > perColumn.lastKey() + 1)
                    continue;
                const int left = columnStarts[m] - h / 2;
                const int right = m + 1 < columnStarts.size() ? columnStarts[m + 1] - h / 2
                                                              : std::min(page.rulesRemoved.width(), left + 10 * h);
                perColumn[m] = Value {QString(), QRect(left, l.top() - h / 4, right - left, h * 3 / 2), 0.0};
            }
            // A line taken for a field already read (two lines voted names) adds nothing.
            for (auto it = perColumn.cbegin(); it != perColumn.cend(); ++it)
                if (!members[it.key()].contains(*label))
                    members[it.key()][*label] = it.value();
        } else { // lines layout: a block per member, each opened by its 氏名 line
            if (*label == Label::Name || currentMember < 0)
                ++currentMember;
            members[currentMember][*label] = joinSegments(rest);
        }
    }

    // 3. The issue date and the issuer, below the certification sentence.
    int certLine = -1;
    std::optional<Segment> issueLine; // the issue date, read or only looking like one
    for (int li = 0; li < lines.size(); ++li)
        if (compact(lines[li].text).contains(QStringLiteral("証明する")))
            certLine = li;
    for (int li = certLine < 0 ? 0 : certLine + 1; certLine >= 0 && li < byLine.size(); ++li) {
        for (int si : byLine[li]) {
            const QString c = compact(segs[si].text);
            if (!issueLine) {
                if (JapaneseDate::parse(fixDateSlips(c))) {
                    issueLine = segs[si];
                    continue;
                }
                // An era or a year first, even garbled (令生年十一月…: 和七 lost).
                static const QRegularExpression dateLike(
                    QStringLiteral("^([明大昭平令今][^年]{0,3}年|[0-9０-９]{4}年).*月"));
                if (!issueLine && dateLike.match(c).hasMatch())
                    issueLine = segs[si];
            }
            const qsizetype cho = c.indexOf(QChar(0x9577)); // 長
            if (cert.issuer.isEmpty() && cho > 1) {
                cert.issuer = c.left(cho + 1);
                addField(QStringLiteral("issuer"), segs[si], segs[si].confidence);
            }
        }
    }

    if (!isCertificate && labelsFound < 4)
        return R::failure(
            tr("This does not look like a moving-out certificate (転出証明書): no title and too few of its "
               "labels were found. Check the document and the photo."));

    // 4. Corrections, confidence, and the fields list. Values whose characters are known
    // (dates, codes, 男/女, kana, relationships) are read again on their own, as one line
    // limited to those characters, which removes most slips of the page pass.
    // The value read again on its own (empty when there is nothing to restrict it to).
    const auto reread = [&](Label l, const Value& v) -> QList<Value> {
        QString whitelist;
        switch (l) {
        case Label::PlannedDate:
        case Label::Birth:
            whitelist
                = QStringLiteral("明治大正昭和平成令和元年月日0123456789０１２３４５６７８９〇一二三四五六七八九十");
            break;
        case Label::Code: whitelist = QStringLiteral("0123456789０１２３４５６７８９"); break;
        case Label::Sex: whitelist = QStringLiteral("男女"); break;
        case Label::Kana: {
            for (char16_t c = 0x30A1; c <= 0x30F6; ++c)
                whitelist += QChar(c);
            whitelist += QStringLiteral("ー　 ");
            break;
        }
        case Label::Relationship:
            whitelist = QStringLiteral("世帯主妻夫子父母孫兄姉弟妹祖の同居人縁故者未届()（）");
            break;
        default: break; // names and addresses: any character
        }
        // A date whose end the page pass lost (…十二月二十) is read with room for two more
        // characters; what else that takes in is outside the date's characters.
        const bool openDate = (l == Label::Birth || l == Label::PlannedDate) && !compact(v.text).endsWith(u'日');
        const int extra = openDate ? v.box.height() * 2 : 0;
        const QRect crop = v.box.adjusted(-10, -8, 10 + extra, 8).intersected(page.rulesRemoved.rect());
        if (crop.isEmpty())
            return QList<Value> {};
        // At twice the size: thin strokes (一, 二 before 丁目) survive that the page pass drops.
        const QImage line
            = page.rulesRemoved.copy(crop).scaled(crop.size() * 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        // 男/女 (and a lone 妻 or 子) read as one character: as a line Tesseract often drops it.
        const bool oneCharacter
            = l == Label::Sex || (l == Label::Relationship && v.box.width() < v.box.height() * 3 / 2);
        if (oneCharacter) {
            OcrEngine::Word w = d->engine->readLine(line, Dpi * 2, whitelist, OcrEngine::LineMode::Word);
            // A blurred 男 can come back as nothing at twice the size; three times, with more
            // white around it, is tried before giving up.
            if (w.text.isEmpty()) {
                const QRect wide
                    = v.box.adjusted(-v.box.height(), -10, v.box.height(), 10).intersected(page.rulesRemoved.rect());
                const QImage big = page.rulesRemoved.copy(wide).scaled(
                    wide.size() * 3, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
                for (const auto mode : {OcrEngine::LineMode::Word, OcrEngine::LineMode::Line}) {
                    w = d->engine->readLine(big, Dpi * 3, whitelist, mode);
                    if (!w.text.isEmpty())
                        break;
                }
            }
            return QList<Value> {Value {w.text, v.box, w.confidence}};
        }
        QList<Value> out;
        for (const auto mode : {OcrEngine::LineMode::Line, OcrEngine::LineMode::Raw}) {
            const OcrEngine::Word w = d->engine->readLine(line, Dpi * 2, whitelist, mode);
            out << Value {w.text, v.box, w.confidence};
        }
        // And at the page's own size, unless both readings agree: scaling can turn 二 into 三
        // as much as it saves 一.
        if (!out[0].text.isEmpty() && compact(out[0].text) == compact(out[1].text))
            return out;
        const OcrEngine::Word w
            = d->engine->readLine(page.rulesRemoved.copy(crop), Dpi, whitelist, OcrEngine::LineMode::Line);
        out << Value {w.text, v.box, w.confidence};
        return out;
    };
    // The value under its rule: an ISO date, male/female, a relationship, 11 digits, kana;
    // empty when the text does not satisfy the rule.
    const auto underRule = [&](Label l, const Value& v, double* factor) -> QString {
        QString out;
        switch (l) {
        case Label::PlannedDate:
        case Label::Birth: {
            QString t = fixDateSlips(compact(v.text));
            // A short date in a column can run into the next member's: the first one ending
            // in 日 is this member's.
            if (const qsizetype day = t.indexOf(u'日'); day > 0 && day + 1 < t.size() && t.mid(day + 1).contains(u'年'))
                t.truncate(day + 1);
            // Written in kanji, a date ends in 日; one that stops on a numeral (…十二月二十)
            // lost its end, and its day cannot be trusted.
            static const QString kanjiNumerals = QStringLiteral("〇一二三四五六七八九十");
            if (!t.isEmpty() && kanjiNumerals.contains(t.back()))
                break;
            const auto date = JapaneseDate::parse(t);
            out = date ? date->toString(Qt::ISODate) : QString();
            break;
        }
        case Label::Sex: {
            const QString c = compact(v.text);
            out = c.startsWith(QChar(0x7537)) ? QStringLiteral("male")
                : c.startsWith(QChar(0x5973)) ? QStringLiteral("female")
                                              : QString();
            break;
        }
        case Label::Relationship: out = closestRelationship(v.text, factor); break;
        case Label::Code: {
            const QString digits = digitsOnly(v.text);
            out = digits.size() == 11 ? digits : QString();
            break;
        }
        case Label::Kana: {
            // A reading is printed in one script: hiragana among katakana (ワタナベべ) is a
            // misread character, which the katakana-only re-read does not make.
            const auto in = [&](char16_t from, char16_t to) {
                return std::any_of(
                    v.text.cbegin(), v.text.cend(), [&](QChar c) { return c.unicode() >= from && c.unicode() <= to; });
            };
            if (!(in(0x3041, 0x3096) && in(0x30A1, 0x30FA)))
                out = normaliseKana(v.text);
            break;
        }
        case Label::Name:
        case Label::Head:
        case Label::Hittousha: out = normaliseName(v.text); break;
        default: {
            // A town one character away from exactly one town of the municipality the
            // address names is that town (鶴沼海岸 → 鵠沼海岸); flagged for the clerk.
            bool corrected = false;
            out = Towns::instance().snap(fixKanjiContext(compact(v.text)), &corrected);
            if (corrected)
                *factor = std::min(*factor, (ConfidenceThreshold - 0.01) / std::max(0.01, v.confidence));
            break;
        }
        }
        return out;
    };
    auto correct = [&](Label l, Value read, int member, const QString& key = {}) -> QString {
        read.box = extendedToItsInk(page.rulesRemoved, inkBand(page.rulesRemoved, read.box));
        // Of the page pass and the restricted re-read, the surer one that satisfies the rule.
        QList<Value> candidates = reread(l, read);
        candidates << read;
        if (qEnvironmentVariableIsSet("MADOGUCHI_OCR_DEBUG"))
            for (const Value& c : candidates)
                qDebug("%s [%d,%d %dx%d] %.2f %s", qPrintable(fieldKey(l, member)), c.box.x(), c.box.y(), c.box.width(),
                    c.box.height(), c.confidence, qPrintable(c.text));
        std::stable_sort(candidates.begin(), candidates.end(),
            [](const Value& a, const Value& b) { return a.confidence > b.confidence; });
        // An address: a reading that names a real town of its municipality goes first.
        if (l == Label::Address || l == Label::Destination || l == Label::Honseki)
            std::stable_partition(candidates.begin(), candidates.end(),
                [](const Value& c) { return Towns::instance().isKnown(fixKanjiContext(compact(c.text))); });
        Value v = candidates[0];
        double factor = 1.0;
        QString out;
        // Dates, codes and names: readings that agree outvote a surer one alone (五月二日
        // once, 五月二十日 twice; 浩 once, 浩二 twice); otherwise, and for addresses, the
        // surest reading stands.
        const bool vote = l == Label::Birth || l == Label::PlannedDate || l == Label::Code || l == Label::Name
            || l == Label::Head || l == Label::Hittousha;
        QHash<QString, int> agreeing;
        for (const Value& c : candidates) {
            double f = 1.0;
            if (const QString o = c.text.isEmpty() ? QString() : underRule(l, c, &f); vote && !o.isEmpty())
                ++agreeing[o];
        }
        int most = 0;
        for (const int n : std::as_const(agreeing))
            most = std::max(most, n);
        for (const Value& c : candidates) {
            if (c.text.isEmpty())
                continue;
            double f = 1.0;
            const QString o = underRule(l, c, &f);
            if (!o.isEmpty() && (most < 2 || agreeing.value(o) == most)) {
                v = c;
                factor = f;
                out = o;
                break;
            }
        }
        const double confidence = out.isEmpty() ? 0.0 : v.confidence * factor;
        cert.fields << TransferOutCertificate::Field {
            key.isEmpty() ? fieldKey(l, member) : key, v.text, confidence, toSource(v.box)};
        // Below the threshold the value stays visible, flagged by its confidence; a value
        // that failed its rule (an impossible date, a 10-digit code) is not given at all.
        return out;
    };
    for (auto it = household.cbegin(); it != household.cend(); ++it) {
        const QString v = correct(it.key(), it.value(), -1);
        switch (it.key()) {
        case Label::Address: cert.previousAddress = v; break;
        case Label::Head: cert.householdHead = v; break;
        case Label::Destination: cert.destinationAddress = v; break;
        case Label::PlannedDate: cert.plannedMoveDate = QDate::fromString(v, Qt::ISODate); break;
        case Label::Honseki: cert.honseki = v; break;
        case Label::Hittousha: cert.hittousha = v; break;
        default: break;
        }
    }
    for (auto mit = members.cbegin(); mit != members.cend(); ++mit) {
        TransferOutCertificate::Member m;
        for (auto it = mit.value().cbegin(); it != mit.value().cend(); ++it) {
            const QString v = correct(it.key(), it.value(), mit.key());
            switch (it.key()) {
            case Label::Name: m.name = v; break;
            case Label::Kana: m.nameKana = v; break;
            case Label::Birth: m.birthDate = QDate::fromString(v, Qt::ISODate); break;
            case Label::Sex: m.sex = sexFromKey(v); break;
            case Label::Relationship: m.relationship = v; break;
            case Label::Code: m.residentCode = v; break;
            default: break;
            }
        }
        cert.members << m;
    }
    // The issue date is read again on its own, as the other dates.
    if (issueLine)
        cert.issuedOn = QDate::fromString(
            correct(Label::PlannedDate, Value {issueLine->text, issueLine->box, issueLine->confidence}, -1,
                QStringLiteral("issued_on")),
            Qt::ISODate);
    householdConsistency::apply(cert, ConfidenceThreshold - 0.01);
    std::sort(cert.fields.begin(), cert.fields.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
    cert.elapsedMs = timer.elapsed();
    return cert;
}

} // namespace mdg
