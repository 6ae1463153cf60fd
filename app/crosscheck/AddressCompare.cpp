#include "AddressCompare.h"

#include "domain/JapaneseDate.h"

#include <QRegularExpression>

namespace mdg {
namespace {

const QString kanjiDigits = QStringLiteral("〇一二三四五六七八九十百千");

// Kanji numerals that count blocks (一丁目, 三番, 十二号, 番地の五) become Arabic; those in
// a town name (二子, 三田) stay.
QString blockNumeralsToArabic(const QString& s, bool* changed)
{
    static const QRegularExpression re(QStringLiteral("[〇一二三四五六七八九十百千]+(?=丁目|番地|番|号|地割)"
                                                      "|(?<=丁目|番地|番|の|-)[〇一二三四五六七八九十百千]+"));
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(s);
    while (it.hasNext()) {
        const auto m = it.next();
        out += s.mid(last, m.capturedStart() - last);
        out += JapaneseDate::normaliseDigits(m.captured());
        last = m.capturedEnd();
        *changed = true;
    }
    out += s.mid(last);
    return out;
}

} // namespace

Address parseAddress(QStringView address)
{
    Address a;
    // Spaces are kept until the building is split off: they often separate it.
    QString s = fold::dashes(fold::variants(fold::width(address))).trimmed();
    s = blockNumeralsToArabic(s, &a.kanjiNumerals);
    const QString noSpace = fold::spaces(s);
    a.locality = Municipalities::instance().locate(noSpace);
    // Skip the same number of non-space characters in the spaced string.
    qsizetype consumed = 0, i = 0;
    while (i < s.size() && consumed < a.locality.length) {
        if (!s[i].isSpace())
            ++consumed;
        ++i;
    }
    const QString rest = s.mid(i).trimmed();

    static const QRegularExpression blockRe(
        QStringLiteral("^(?<town>.*?)(?<blocks>\\d+(?:\\s*(?:丁目|番地の|番地|番|の|-)\\s*\\d+|号\\d+)*(?:\\s*(?:丁目|"
                       "番地先|番地|番|号))?)(?<rest>.*)$"));
    static const QRegularExpression specialRe(QStringLiteral("^(?<town>.*?)(?<special>無番地|番外地)(?<rest>.*)$"));
    QString town = rest;
    QString building;
    if (const auto m = blockRe.match(rest); m.hasMatch()) {
        town = m.captured(u"town");
        const QString blocks = m.captured(u"blocks");
        static const QRegularExpression num(QStringLiteral("\\d+"));
        for (auto it = num.globalMatch(blocks); it.hasNext();)
            a.blocks << it.next().captured().toInt();
        // Spaces between the numbers (1丁目 2番 3号) are layout, not notation.
        a.blockNotation = fold::spaces(QString(blocks).remove(num));
        if (a.blockNotation.endsWith(QStringLiteral("番地先")))
            a.special = QStringLiteral("番地先");
        building = m.captured(u"rest");
    } else if (const auto sm = specialRe.match(rest); sm.hasMatch()) {
        town = sm.captured(u"town");
        a.special = sm.captured(u"special");
        building = sm.captured(u"rest");
    }
    // A leading dash or 号 left over belongs to the numbers, not to the building.
    static const QRegularExpression lead(QStringLiteral("^[\\s\\-]+"));
    a.building = building.remove(lead).trimmed();
    a.townAsWritten = fold::spaces(town);
    QString t = a.townAsWritten;
    if (t.startsWith(QStringLiteral("大字")) || t.startsWith(u'字')) {
        a.aza = true;
        t.remove(QRegularExpression(QStringLiteral("^大?字")));
    }
    a.town = fold::kanaOfSmallTsu(t);
    return a;
}

AddressComparison compareAddresses(QStringView entered, QStringView certificate)
{
    AddressComparison r;
    const Address a = parseAddress(entered);
    const Address b = parseAddress(certificate);
    r.enteredBuilding = a.building;
    r.certificateBuilding = b.building;
    if (entered.trimmed() == certificate.trimmed())
        return r;

    // Which part differs: the first one found is the reason.
    bool sameLocality = false;
    for (const QString& code : a.locality.codes)
        sameLocality = sameLocality || b.locality.codes.contains(code);
    if (a.locality.codes.isEmpty() || b.locality.codes.isEmpty())
        sameLocality = a.locality.codes.isEmpty() && b.locality.codes.isEmpty();
    QStringList differs;
    if (!sameLocality)
        differs << QStringLiteral("municipality");
    if (a.town != b.town)
        differs << QStringLiteral("town");
    const bool chomeWritten
        = a.blockNotation.startsWith(QStringLiteral("丁目")) || b.blockNotation.startsWith(QStringLiteral("丁目"));
    if (a.blocks != b.blocks) {
        if (chomeWritten && !a.blocks.isEmpty() && !b.blocks.isEmpty() && a.blocks.first() != b.blocks.first())
            differs << QStringLiteral("chome");
        else
            differs << QStringLiteral("block_numbers");
    }
    if (a.special != b.special)
        differs << QStringLiteral("block_numbers");
    r.building = compareText(a.building, b.building,
        {{"spaces", fold::spaces}, {"width", fold::width}, {"dashes", fold::dashes}, {"variants", fold::variants},
            {"kana", fold::katakana}});
    if (!differs.isEmpty()) {
        r.verdict = Verdict::Mismatch;
        differs.removeDuplicates();
        r.reasonKeys = differs;
        return r;
    }

    // The same place written differently: say how.
    const QString sa = fold::spaces(entered), sb = fold::spaces(certificate);
    if (fold::distance(fold::width(sa), fold::width(sb)) < fold::distance(sa, sb))
        r.reasonKeys << QStringLiteral("width");
    if (a.locality.prefecture.isEmpty() != b.locality.prefecture.isEmpty())
        r.reasonKeys << QStringLiteral("prefecture_omitted");
    if (a.locality.county.isEmpty() != b.locality.county.isEmpty())
        r.reasonKeys << QStringLiteral("county_omitted");
    if (a.kanjiNumerals != b.kanjiNumerals)
        r.reasonKeys << QStringLiteral("kanji_numerals");
    const QString da = fold::dashes(fold::width(sa)), db = fold::dashes(fold::width(sb));
    if (fold::distance(da, db) < fold::distance(fold::width(sa), fold::width(sb)))
        r.reasonKeys << QStringLiteral("dashes");
    if (QString(a.blockNotation).remove(QStringLiteral("番地先"))
        != QString(b.blockNotation).remove(QStringLiteral("番地先")))
        r.reasonKeys << QStringLiteral("block_notation");
    if (a.aza != b.aza)
        r.reasonKeys << QStringLiteral("aza");
    static const QRegularExpression azaPrefix(QStringLiteral("^大?字"));
    const QString townA = QString(a.townAsWritten).remove(azaPrefix);
    const QString townB = QString(b.townAsWritten).remove(azaPrefix);
    if (townA != townB && fold::kanaOfSmallTsu(townA) == fold::kanaOfSmallTsu(townB))
        r.reasonKeys << QStringLiteral("kana_set");
    const QString plainA = fold::spaces(fold::width(entered)), plainB = fold::spaces(fold::width(certificate));
    if (fold::variants(plainA) != plainA || fold::variants(plainB) != plainB)
        if (fold::distance(fold::variants(plainA), fold::variants(plainB)) < fold::distance(plainA, plainB))
            r.reasonKeys << QStringLiteral("variants");
    if (r.reasonKeys.isEmpty()) {
        if (r.building.verdict != Verdict::Match)
            return r; // only the building differs, and it has a finding of its own
        r.reasonKeys << QString::fromLatin1(fold::spaces(entered) == fold::spaces(certificate) ? "spaces" : "notation");
    }
    r.verdict = Verdict::Equivalent;
    return r;
}

} // namespace mdg
