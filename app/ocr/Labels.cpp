#include "Labels.h"

#include "ValueRules.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace mdg::ocr {

namespace {
struct LabelDef
{
    Label label;
    const char* text;
    bool member;
};
// Every spelling vendors' systems print for a field (DOMAIN.md: 転出予定日 / 転出予定年月日 /
// 異動予定日, 住所 / 前住所, 男女 / 性別, 続柄 / 世帯主との続柄 …).
const LabelDef Labels[] = {
    {Label::Address, "住所", false},
    {Label::Address, "旧住所", false},
    {Label::Address, "前住所", false},
    {Label::Address, "現住所", false},
    {Label::Head, "世帯主", false},
    {Label::Head, "世帯主氏名", false},
    {Label::Head, "世帯主の氏名", false},
    {Label::Destination, "転出先", false},
    {Label::Destination, "新住所", false},
    {Label::Destination, "転出先住所", false},
    {Label::Destination, "転出予定先", false},
    {Label::PlannedDate, "転出予定年月日", false},
    {Label::PlannedDate, "転出予定日", false},
    {Label::PlannedDate, "異動予定日", false},
    {Label::PlannedDate, "異動予定年月日", false},
    {Label::PlannedDate, "転出年月日", false},
    {Label::Honseki, "本籍", false},
    {Label::Hittousha, "筆頭者", false},
    {Label::Hittousha, "筆頭者氏名", false},
    {Label::Hittousha, "筆頭者の氏名", false},
    {Label::Name, "氏名", true},
    {Label::Name, "名前", true},
    {Label::Kana, "フリガナ", true},
    {Label::Kana, "ふりがな", true},
    {Label::Kana, "よみがな", true},
    {Label::Kana, "ヨミガナ", true},
    {Label::Birth, "生年月日", true},
    {Label::Sex, "性別", true},
    {Label::Sex, "男女", true},
    {Label::Sex, "男女の別", true},
    {Label::Relationship, "続柄", true},
    {Label::Relationship, "続き柄", true},
    {Label::Relationship, "世帯主との続柄", true},
    {Label::Code, "住民票コード", true},
};
} // namespace

std::optional<Label> matchLabel(const QString& segment, bool strict)
{
    const QString s = compact(segment);
    if (s.isEmpty())
        return std::nullopt;
    for (const LabelDef& l : Labels)
        if (s == QString::fromUtf8(l.text))
            return l.label;
    if (strict)
        return std::nullopt;
    // A label misread by one character: 所 for 住所, 転出 for 転出先; the nearest spelling
    // wins (新住所 is one character from 住所 as well). Grain and strokes read between a
    // spread label's characters (生~年 一月 "日, 氏ma-名) are no characters of it: labels
    // hold no Latin letters, punctuation or symbols.
    QString denoised;
    for (const QChar c : s)
        if (c.isLetterOrNumber() && !(c.unicode() < 0x80 && c.isLetter()))
            denoised += c;
    std::optional<Label> best;
    int bestDistance = 99;
    for (const LabelDef& l : Labels) {
        const QString t = QString::fromUtf8(l.text);
        if (t.size() < 2 || s.size() < 2 || s.size() < t.size() - 1)
            continue;
        const int d
            = denoised.size() >= 2 ? std::min(editDistance(s, t), editDistance(denoised, t)) : editDistance(s, t);
        if (d <= (t.size() >= 4 ? 2 : 1) && d < bestDistance) {
            best = l.label;
            bestDistance = d;
        }
    }
    return best;
}

// A label run together with its value ("転出予定年月日令和6年…" when the gap is narrow,
// "住民上票コード2525…" with a speck inside): the label, how many characters of the
// compacted segment it took, and what follows it. A label of four or more characters may
// be one character off.
std::optional<LeadingLabel> splitLeadingLabel(const QString& segment)
{
    const QString s = compact(segment);
    // A label spelt out whole (世帯主との続柄) has nothing run into it, though it opens with
    // another (世帯主).
    if (matchLabel(s, true))
        return std::nullopt;
    std::optional<LeadingLabel> best;
    int bestDistance = 2;
    qsizetype bestLength = 0;
    for (const LabelDef& l : Labels) {
        const QString t = QString::fromUtf8(l.text);
        if (t.size() < 3)
            continue;
        const int tolerance = t.size() >= 4 ? 1 : 0;
        if (editDistance(s, t) <= tolerance)
            continue; // the label alone, nothing run into it
        // The label's own length first: a one-off reading does not eat the value's start.
        for (const qsizetype k : {t.size(), t.size() - 1, t.size() + 1}) {
            if (s.size() <= k)
                continue;
            const int distance = editDistance(QStringView(s).left(k), t);
            if (distance > tolerance)
                continue;
            if (distance < bestDistance || (distance == bestDistance && t.size() > bestLength)) {
                best = LeadingLabel {l.label, k, s.mid(k)};
                bestDistance = distance;
                bestLength = t.size();
            }
        }
    }
    return best;
}

std::optional<LeadingLabel> labelAcross(const QString& first, const QString& next)
{
    const QString f = compact(first);
    const QString n = compact(next);
    std::optional<LeadingLabel> best;
    for (const LabelDef& def : Labels) {
        const QString t = QString::fromUtf8(def.text);
        if (f.isEmpty() || t.size() <= f.size() || !t.startsWith(f))
            continue;
        const QString need = t.mid(f.size());
        if (n.startsWith(need) && (!best || need.size() > best->taken))
            best = LeadingLabel {def.label, need.size(), n.mid(need.size())};
    }
    return best;
}

bool usedByLabel(Label label, const QString& text)
{
    const QString c = compact(text);
    return !c.isEmpty() && std::all_of(c.cbegin(), c.cend(), [&](QChar ch) {
        return std::any_of(std::cbegin(Labels), std::cend(Labels),
            [&](const LabelDef& def) { return def.label == label && QString::fromUtf8(def.text).contains(ch); });
    });
}

qsizetype labelContinuation(Label label, const QString& labelText, const QString& value)
{
    const QString l = compact(labelText);
    const QString v = compact(value);
    if (l.isEmpty())
        return 0;
    // A piece that is not exactly the rest of a label must come a character a word, as a
    // spread label does, or a name that starts like a label's tail (氏家) would lose it.
    const QStringList words = value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    const auto spread = [&](qsizetype k) {
        qsizetype seen = 0;
        for (const QString& word : words) {
            if (seen >= k)
                return seen == k;
            if (compact(word).size() != 1)
                return false;
            ++seen;
        }
        return seen == k;
    };
    qsizetype best = 0;
    int bestDistance = 99;
    for (const LabelDef& def : Labels) {
        const QString t = QString::fromUtf8(def.text);
        if (def.label != label || t.size() <= l.size())
            continue;
        const int before = editDistance(l, t);
        const int tolerance = t.size() >= 4 ? 1 : 0;
        for (qsizetype k = 1; k < v.size() && k <= t.size() - l.size() + 1; ++k) {
            const int d = editDistance(l + v.left(k), t);
            if (d > tolerance || d >= before || (d > 0 && !spread(k)))
                continue;
            if (d < bestDistance || (d == bestDistance && k > best)) {
                best = k;
                bestDistance = d;
            }
        }
    }
    return best;
}

bool isLabelStart(const QString& text)
{
    const QString s = compact(text);
    if (s.isEmpty())
        return false;
    for (const LabelDef& l : Labels)
        if (QString::fromUtf8(l.text).startsWith(s))
            return true;
    return false;
}

bool isMemberLabel(Label l)
{
    return l >= Label::Name;
}

QString fieldKey(Label l, int member)
{
    const QString m = member >= 0 ? QStringLiteral("members[%1].").arg(member) : QString();
    switch (l) {
    case Label::Address: return QStringLiteral("previous_address");
    case Label::Head: return QStringLiteral("household_head");
    case Label::Destination: return QStringLiteral("destination_address");
    case Label::PlannedDate: return QStringLiteral("planned_move_date");
    case Label::Honseki: return QStringLiteral("honseki");
    case Label::Hittousha: return QStringLiteral("hittousha");
    case Label::Name: return m + QStringLiteral("name");
    case Label::Kana: return m + QStringLiteral("name_kana");
    case Label::Birth: return m + QStringLiteral("birth_date");
    case Label::Sex: return m + QStringLiteral("sex");
    case Label::Relationship: return m + QStringLiteral("relationship");
    case Label::Code: return m + QStringLiteral("resident_code");
    }
    return {};
}

// The member field a line of values holds, by what the values are: eleven digits, a date,
// 男/女, a relationship, kana; anything else is a name.
Label labelOfValues(const QStringList& values)
{
    QHash<Label, int> votes;
    for (const QString& text : values) {
        for (const QString& v : compact(text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            double unused = 1.0;
            // Garbled readings keep most of their kana (ドウ8アヤ); a name has a kanji.
            const auto kanaCount = std::count_if(v.cbegin(), v.cend(),
                [](QChar c) { return (c.unicode() >= 0x3041 && c.unicode() <= 0x30FA) || c.unicode() == 0x30FC; });
            const bool kana = kanaCount * 5 >= v.size() * 3;
            const bool kanji = std::any_of(
                v.cbegin(), v.cend(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
            if (digitsOnly(v).size() >= 10)
                ++votes[Label::Code];
            else if (v.contains(u'年') || v.contains(u'月'))
                ++votes[Label::Birth];
            else if (v == QStringLiteral("男") || v == QStringLiteral("女"))
                ++votes[Label::Sex];
            else if (relationshipWords().contains(v) || (v.size() >= 2 && !closestRelationship(v, &unused).isEmpty()))
                ++votes[Label::Relationship];
            else if (kana)
                ++votes[Label::Kana];
            else if (kanji)
                ++votes[Label::Name];
        }
    }
    Label best = Label::Name;
    int bestVotes = 0;
    for (const Label l : {Label::Name, Label::Kana, Label::Birth, Label::Sex, Label::Relationship, Label::Code})
        if (votes.value(l) > bestVotes) {
            best = l;
            bestVotes = votes.value(l);
        }
    return best;
}

} // namespace mdg::ocr
