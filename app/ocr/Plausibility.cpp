#include "Plausibility.h"

#include "crosscheck/Municipalities.h"

#include <QRegularExpression>

namespace mdg::plausibility {

namespace {
bool isKanji(QChar c)
{
    return (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF) || c.unicode() == 0x3005; // 々
}
bool isKana(QChar c)
{
    return (c.unicode() >= 0x3041 && c.unicode() <= 0x30FA) || c.unicode() == 0x30FC;
}
int parts(const QString& s)
{
    return int(s.split(QRegularExpression(QStringLiteral("[\\s\\x{3000}]+")), Qt::SkipEmptyParts).size());
}

void cap(TransferOutCertificate& c, const QString& key, double confidence)
{
    for (auto& f : c.fields)
        if (f.key == key)
            f.confidence = std::min(f.confidence, confidence);
}
} // namespace

bool plausibleAddress(const QString& address)
{
    const QString s = address.normalized(QString::NormalizationForm_KC);
    for (QChar c : s)
        if (!isKanji(c) && !isKana(c) && !c.isDigit() && !c.isSpace() && c != u'-' && c != u'−' && c != u'ー'
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
        if (!isKanji(c) && !isKana(c) && !c.isSpace())
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

void flagImplausible(TransferOutCertificate& c, double flaggedConfidence)
{
    for (const auto& [key, value] : {std::pair {QStringLiteral("previous_address"), c.previousAddress},
             std::pair {QStringLiteral("destination_address"), c.destinationAddress},
             std::pair {QStringLiteral("honseki"), c.honseki}})
        if (!value.isEmpty() && !plausibleAddress(value))
            cap(c, key, flaggedConfidence);
    for (const auto& [key, value] : {std::pair {QStringLiteral("household_head"), c.householdHead},
             std::pair {QStringLiteral("hittousha"), c.hittousha}})
        if (!value.isEmpty() && !plausibleName(value))
            cap(c, key, flaggedConfidence);
    for (qsizetype i = 0; i < c.members.size(); ++i) {
        const auto& m = c.members[i];
        if (!m.name.isEmpty() && !plausibleName(m.name))
            cap(c, QStringLiteral("members[%1].name").arg(i), flaggedConfidence);
        if (!m.nameKana.isEmpty() && !plausibleReading(m.nameKana))
            cap(c, QStringLiteral("members[%1].name_kana").arg(i), flaggedConfidence);
    }
}

} // namespace mdg::plausibility
