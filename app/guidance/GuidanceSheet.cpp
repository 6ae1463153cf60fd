#include "GuidanceSheet.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace mdg::guidance {

namespace {
QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}
} // namespace

QString sheetHtml(const SheetHeading& heading, const PreEntry& entry, const QList<Item>& items, const QString& language)
{
    const bool ja = language != QLatin1String("en");
    // The sheet is the resident's, in the language they asked for: its texts come from here
    // and the rule file, not from the clerk's UI catalogue.
    const auto t = [ja](const char* jaText, const char* enText) {
        return ja ? QString::fromUtf8(jaText) : QString::fromUtf8(enText);
    };
    const QString procedure = entry.procedure == Procedure::MovingIn ? t("転入", "Moving in")
        : entry.procedure == Procedure::MovingOut                    ? t("転出", "Moving out")
        : entry.procedure == Procedure::IntraCityMove                ? t("転居", "Move within the city")
                                                                     : t("証明書の請求", "Certificate request");
    QString html = QStringLiteral("<html><body style=\"font-size:10.5pt\">");
    html += QStringLiteral("<h2>%1</h2>").arg(t("関連手続きのご案内", "Your related procedures"));
    QStringList facts;
    if (heading.queueNumber > 0)
        facts << t("受付番号 %1", "Number %1").arg(heading.queueNumber);
    if (!heading.reference.isEmpty())
        facts << t("お控え番号 %1", "Reference %1").arg(esc(heading.reference));
    facts << procedure;
    if (entry.move.date.isValid())
        facts << t("異動日 %1", "Date of the move %1").arg(entry.move.date.toString(Qt::ISODate));
    if (!heading.headName.isEmpty())
        facts << t("世帯主 %1 様", "Head of household: %1").arg(esc(heading.headName));
    html += QStringLiteral("<p>%1</p>").arg(facts.join(ja ? QStringLiteral("　") : QStringLiteral(" · ")));
    html += QStringLiteral("<p>%1</p>")
                .arg(t("次の窓口を上から順にお回りください。期限のある手続きはお早めに。",
                    "Please visit these windows from the top down. Some procedures have a deadline."));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>");
    const std::array<std::pair<QString, int>, 6> columns {
        {{t("順", "#"), 4}, {t("手続き", "Procedure"), 24}, {t("対象", "For"), 16}, {t("窓口", "Where"), 18},
            {t("お持ちいただくもの", "Bring"), 24}, {t("期限", "By"), 14}}};
    for (const auto& [h, percent] : columns)
        html += QStringLiteral("<th width=\"%2%\">%1</th>").arg(h).arg(percent);
    html += QStringLiteral("</tr>");
    int n = 0;
    for (const Item& item : items) {
        const Rule& r = *item.rule;
        QStringList who;
        for (const int i : item.members)
            if (i < entry.members.size())
                who << esc(entry.members[i].name);
        QStringList bring;
        for (const Text& b : r.bring)
            bring << esc(b.in(language));
        const QString where = r.window.isEmpty()
            ? esc(r.department.in(language))
            : t("%1 %2番窓口", "%1, window %2").arg(esc(r.department.in(language)), esc(r.window));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                    .arg(++n)
                    .arg(esc(r.title.in(language)),
                        who.isEmpty() ? t("世帯", "Household") : who.join(QStringLiteral("<br>")), where,
                        bring.join(QStringLiteral("<br>")),
                        !item.deadline.isValid() ? QString()
                            : ja                 ? item.deadline.toString(QStringLiteral("M月d日まで"))
                                                 : item.deadline.toString(QStringLiteral("d MMM yyyy")));
    }
    html += QStringLiteral("</table>");
    if (items.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(t("関連する手続きはありません。", "No related procedures."));
    html += QStringLiteral("</body></html>");
    return html;
}

Result<void> writeSheet(const QString& pdfPath, const SheetHeading& heading, const PreEntry& entry,
    const QList<Item>& items, const QString& language)
{
    if (!QFileInfo(pdfPath).dir().exists())
        return Result<void>::failure(
            ErrorCode::NotFound, QStringLiteral("There is no folder %1.").arg(QFileInfo(pdfPath).path()));
    QPdfWriter writer(pdfPath);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(
        language == QLatin1String("en") ? QStringLiteral("Related procedures") : QStringLiteral("関連手続きのご案内"));
    writer.setCreator(QStringLiteral("Madoguchi"));
    // Laid out on the writer itself, so the table spans the page between the margins.
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    // IPAGothic (Debian's fonts-ipafont-gothic) first: its PDF text maps back to the characters
    // printed, where Noto Sans CJK's comes back as radicals and loses Latin digits; Windows
    // falls back to its own Japanese faces.
    QFont font;
    font.setFamilies({QStringLiteral("IPAGothic"), QStringLiteral("Noto Sans CJK JP"), QStringLiteral("Yu Gothic"),
        QStringLiteral("MS Gothic")});
    font.setStyleHint(QFont::SansSerif);
    doc.setDefaultFont(font);
    doc.setHtml(sheetHtml(heading, entry, items, language));
    doc.print(&writer);
    if (!QFile::exists(pdfPath) || QFile(pdfPath).size() == 0)
        return Result<void>::failure(
            ErrorCode::Unspecified, QStringLiteral("The guidance sheet could not be written to %1.").arg(pdfPath));
    return {};
}

} // namespace mdg::guidance
