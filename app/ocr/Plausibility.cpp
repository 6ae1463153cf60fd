#include "Plausibility.h"

#include "ValueRules.h"
#include "crosscheck/Municipalities.h"
#include "crosscheck/TextFold.h"
#include "crosscheck/VariantTable.h"

#include <QHash>
#include <QRegularExpression>

namespace mdg::plausibility {

namespace {
bool isNameKanji(QChar c)
{
    return ocr::isKanji(c) || c == u'々';
}
using ocr::isKana;
QStringList partsOf(const QString& s)
{
    return s.split(QRegularExpression(QStringLiteral("[\\s\\x{3000}]+")), Qt::SkipEmptyParts);
}
int parts(const QString& s)
{
    return int(partsOf(s).size());
}
} // namespace

bool plausibleAddress(const QString& address)
{
    const QString s = address.normalized(QString::NormalizationForm_KC);
    for (QChar c : s)
        if (!isNameKanji(c) && !isKana(c) && !c.isDigit() && !c.isSpace() && c != u'-' && c != u'−' && c != u'ー'
            && c != u'‐')
            return false;
    QString compact = s;
    compact.remove(QRegularExpression(QStringLiteral("\\s")));
    return !Municipalities::instance().locate(compact).codes.isEmpty();
}

bool plausibleName(const QString& name)
{
    // A foreign resident's name as on the residence card: Latin letters throughout.
    static const QRegularExpression latin(QStringLiteral("^[A-Za-z][A-Za-z ,.'\\-]*$"));
    if (latin.match(name.normalized(QString::NormalizationForm_KC)).hasMatch())
        return true;
    for (QChar c : name)
        if (!isNameKanji(c) && !isKana(c) && !c.isSpace())
            return false;
    return parts(name) <= 2;
}

bool plausibleReading(const QString& katakana)
{
    if (parts(katakana) > 2)
        return false;
    // Small ャュョ follow a kana of the i-row (キャ, シュ, ニョ); after any other they are a
    // misread (ヒロュユキ).
    static const QString iRow = QStringLiteral("キギシジチヂニヒビピミリ");
    static const QString smallY = QStringLiteral("ャュョ");
    QString s = katakana;
    s.remove(QRegularExpression(QStringLiteral("[\\s\\x{3000}]")));
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c.unicode() < 0x30A1 || (c.unicode() > 0x30FA && c.unicode() != 0x30FC))
            return false;
        if (smallY.contains(c) && (i == 0 || !iRow.contains(s[i - 1])))
            return false;
        if ((c == u'ー' || c == u'ッ' || c == u'ン') && i == 0)
            return false;
    }
    return true;
}

namespace {
// The family part most members share, when at least two share it.
QString sharedFamily(const QStringList& values)
{
    QHash<QString, int> count;
    for (const QString& v : values)
        if (const QStringList p = partsOf(v); p.size() == 2)
            ++count[p.first()];
    QString best;
    for (auto it = count.cbegin(); it != count.cend(); ++it)
        if (it.value() >= 2 && (best.isEmpty() || it.value() > count.value(best)))
            best = it.key();
    return best;
}
} // namespace

void flagImplausible(TransferOutCertificate& c, double flaggedConfidence)
{
    // A household mostly shares its family name and reading: a member's that is another,
    // or a reading of one part for a name of two, is checked by the clerk (a spouse's or a
    // parent's own family name is then confirmed, not assumed).
    QStringList names, readings;
    for (const auto& m : c.members) {
        names << m.name;
        readings << m.nameKana;
    }
    const QString family = sharedFamily(names), familyReading = sharedFamily(readings);
    for (qsizetype i = 0; i < c.members.size(); ++i) {
        const auto& m = c.members[i];
        const QStringList name = partsOf(m.name), reading = partsOf(m.nameKana);
        if (!family.isEmpty() && name.size() == 2 && name.first() != family)
            c.capConfidence(QStringLiteral("members[%1].name").arg(i), flaggedConfidence);
        if (!reading.isEmpty()
            && ((name.size() == 2 && reading.size() == 1)
                || (!familyReading.isEmpty() && reading.size() == 2 && reading.first() != familyReading)))
            c.capConfidence(QStringLiteral("members[%1].name_kana").arg(i), flaggedConfidence);
    }
    for (const auto& [key, value] : {std::pair {QStringLiteral("previous_address"), c.previousAddress},
             std::pair {QStringLiteral("destination_address"), c.destinationAddress},
             std::pair {QStringLiteral("honseki"), c.honseki}})
        if (!value.isEmpty() && !plausibleAddress(value))
            c.capConfidence(key, flaggedConfidence);
    // The issuer is a mayor: of a municipality or a designated city's ward that exists.
    if (QString office = c.issuer; office.remove(QRegularExpression(QStringLiteral("\\s"))).endsWith(u'長')
        && Municipalities::instance().locate(office.chopped(1)).codes.isEmpty())
        c.capConfidence(QStringLiteral("issuer"), flaggedConfidence);
    for (const auto& [key, value] : {std::pair {QStringLiteral("household_head"), c.householdHead},
             std::pair {QStringLiteral("hittousha"), c.hittousha}})
        if (!value.isEmpty() && !plausibleName(value))
            c.capConfidence(key, flaggedConfidence);
    for (qsizetype i = 0; i < c.members.size(); ++i) {
        const auto& m = c.members[i];
        if (!m.name.isEmpty() && !plausibleName(m.name))
            c.capConfidence(QStringLiteral("members[%1].name").arg(i), flaggedConfidence);
        if (!m.nameKana.isEmpty() && !plausibleReading(m.nameKana))
            c.capConfidence(QStringLiteral("members[%1].name_kana").arg(i), flaggedConfidence);
    }
    // The 世帯主 and 筆頭者 lines print a member's name again: no surer than the member's
    // name where the two are one name up to its registered forms (渡邊 on every line, the
    // glyph unsure of 邉 on the member's).
    const VariantTable& variants = VariantTable::instance();
    for (const auto& [key, value] : {std::pair {QStringLiteral("household_head"), c.householdHead},
             std::pair {QStringLiteral("hittousha"), c.hittousha}}) {
        const QString line = variants.fold(fold::spaces(value));
        for (qsizetype i = 0; i < c.members.size() && !line.isEmpty(); ++i)
            if (variants.fold(fold::spaces(c.members[i].name)) == line
                && c.confidenceOf(QStringLiteral("members[%1].name").arg(i)).value_or(1.0) < flaggedConfidence + 0.01)
                c.capConfidence(key, flaggedConfidence);
    }
}

} // namespace mdg::plausibility
