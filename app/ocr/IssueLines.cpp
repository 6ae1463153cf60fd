#include "IssueLines.h"

#include "ValueRules.h"
#include "domain/JapaneseDate.h"

#include <QRegularExpression>

namespace mdg::ocr {

IssueLines IssueLines::find(
    const QList<OcrEngine::Line>& lines, const QList<Segment>& segs, const QList<QList<int>>& byLine)
{
    // 証明する, 証明します, 相違ないことを…: the sentence, not the title (転出証明書).
    static const QRegularExpression certification(QStringLiteral("証明(?!書)|相違な|上記の"));
    int certLine = -1;
    IssueLines out;
    std::optional<Segment>& issueLine = out.date;
    static const QRegularExpression mayor(QStringLiteral("[市区町村]長"));
    // The last such line with the mayor's line below it: a footer notice under the issuer
    // may read like one (この証明書の有効期限… with 書 misread 青).
    int lastMayor = -1;
    for (int li = 0; li < lines.size(); ++li)
        if (compact(lines[li].text).contains(mayor))
            lastMayor = li;
    for (int li = 0; li < lines.size(); ++li)
        if (compact(lines[li].text).contains(certification) && (li < lastMayor || certLine < 0 || lastMayor < 0))
            certLine = li;
    // The sentence garbled beyond recognition: the date stands a line or two above the
    // issuer (…市長, …区長).
    for (int li = int(lines.size()) - 1; certLine < 0 && li > 0; --li)
        if (compact(lines[li].text).contains(mayor) && !compact(lines[li].text).contains(QStringLiteral("証明")))
            certLine = std::max(0, li - 3);
    for (int li = certLine < 0 ? 0 : certLine + 1; certLine >= 0 && li < byLine.size(); ++li) {
        for (int si : byLine[li]) {
            QString c = compact(segs[si].text);
            // The date after a label of its own (交付日, 証明日): from its era on, and so is
            // the box it is read again from.
            Segment date = segs[si];
            // Its era's first character may be misread (倒和八年): the reader's rule for the
            // date's era puts it right.
            static const QRegularExpression era(
                QStringLiteral("(明治|大正|昭和|平成|令和|\\p{Han}和(?=[0-9元〇一二三四五六七八九十]+年))"));
            // The label's 日 may come back 目 (交付目).
            static const QRegularExpression dateLabel(QStringLiteral("[日目]|交付|証明"));
            if (const auto m = era.match(c); m.hasMatch() && m.capturedStart() > 0 && m.capturedStart() <= 5
                && c.left(m.capturedStart()).contains(dateLabel)) {
                date.box = valueBox(segs[si], m.capturedStart());
                c = c.mid(m.capturedStart());
                date.text = c;
            }
            if (!issueLine) {
                if (JapaneseDate::parse(fixDateSlips(c))) {
                    issueLine = date;
                    continue;
                }
                // An era or a year first, even garbled (令生年十一月…: 和七 lost).
                static const QRegularExpression dateLike(
                    QStringLiteral("^([明大昭平令今][^年]{0,5}年|\\p{Han}和[^年]{1,4}年|[0-9０-９]{4}年).*月"));
                if (!issueLine && dateLike.match(c).hasMatch())
                    issueLine = date;
            }
            const qsizetype cho = c.indexOf(QChar(0x9577)); // 長
            if (!out.issuer && cho > 1) {
                out.issuerName = c.left(cho + 1);
                out.issuer = segs[si];
            }
        }
    }

    return out;
}

} // namespace mdg::ocr
