#include "HouseholdConsistency.h"

#include "GlyphMatcher.h"

#include "ValueRules.h"
#include "crosscheck/AddressCompare.h"
#include "crosscheck/Municipalities.h"
#include "crosscheck/TextFold.h"
#include "domain/PersonName.h"

#include <QHash>
#include <algorithm>

namespace mdg::householdConsistency {
namespace {

const QChar FullWidthSpace(0x3000);

// The token most of the household uses, when at least two agree and it is the only one
// so well supported.
QString majority(const QList<QString>& tokens, int least = 2)
{
    QHash<QString, int> counts;
    for (const QString& t : tokens)
        if (!t.isEmpty())
            ++counts[t];
    QString best;
    int bestCount = 0;
    bool tie = false;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
            tie = false;
        } else if (it.value() == bestCount) {
            tie = true;
        }
    }
    return bestCount >= least && !tie ? best : QString();
}

// Replaces the family part of `value` with `family` when it is `maxSlips` characters off or
// less (and not the same). Returns whether it changed.
bool harmoniseFamily(QString& value, const QString& family, int maxSlips)
{
    if (value.isEmpty() || family.isEmpty())
        return false;
    const PersonName n = PersonName::parse(value);
    if (n.split()) {
        // A character lost from a long family part (ワタナ for ワタナベ) is a slip too.
        const bool sameLength = n.family.size() == family.size();
        const bool oneLost = family.size() >= 3 && n.family.size() + 1 == family.size();
        if (n.family == family || !(sameLength || oneLost)
            || fold::distance(n.family, family) > (sameLength ? maxSlips : 1))
            return false;
        value = family + FullWidthSpace + n.given;
        return true;
    }
    // No space read (マツモドゴユイ): the family part is the start, if it is close enough.
    const QString head = value.left(family.size());
    if (value.size() <= family.size() || fold::distance(head, family) > maxSlips)
        return false;
    QString given = value.mid(family.size());
    value = family + FullWidthSpace + given;
    return true;
}

// Kanji or kana: what a name on a certificate is written in.
bool nameLetter(QChar ch)
{
    return ch.script() == QChar::Script_Han || ch.script() == QChar::Script_Katakana
        || ch.script() == QChar::Script_Hiragana || ch == u'ー';
}

// A given name alone (結衣 where the household is 山田): the page pass lost the family part
// printed before it, which is the household's.
bool addFamily(QString& value, const QString& family, qsizetype longestGiven)
{
    if (value.isEmpty() || family.isEmpty() || value.size() > longestGiven || PersonName::parse(value).split()
        || value.startsWith(family))
        return false;
    if (!std::all_of(value.cbegin(), value.cend(), nameLetter))
        return false;
    // The family part itself a character off (フジリラ under 藤原 芽依, the given part's
    // ruby lost): the family part alone, not a given name after it.
    if (value.size() == family.size() && fold::distance(value, family) <= 1) {
        value = family;
        return true;
    }
    value = family + FullWidthSpace + value;
    return true;
}

// Whether `r` is `f` with registered forms where the engine read the common ones (渡邉 of 渡邊).
bool isRegisteredFormOf(const QString& r, const QString& f)
{
    if (r.size() != f.size() || r == f)
        return false;
    for (qsizetype i = 0; i < f.size(); ++i)
        if (f[i] != r[i] && !ocr::registeredForms(f[i]).contains(r[i]))
            return false;
    return true;
}

// A relationship lost from a line, where the household tells it: a child (born 16 years or
// more after the head) in a household that writes its children 子 is 子; the one member of
// the other sex born within a dozen years of the head, where no spouse is listed, is 妻 or
// 夫. Ordinals (長男, 二女) are not inferred: they count the children of each pair of
// parents, which a household's birth dates do not tell. Each is flagged.
// The sex a relationship names (長女, 妻, 夫の母: female; 二男, 父, 妻の父: male), if any.
std::optional<Sex> sexOfRelationship(const QString& relationship)
{
    if (relationship.isEmpty())
        return std::nullopt;
    const QChar last = relationship.back();
    if (QStringLiteral("女母妻姉妹娘").contains(last))
        return Sex::Female;
    if (QStringLiteral("男父夫兄弟").contains(last))
        return Sex::Male;
    return std::nullopt;
}

// A member's sex lost where the relationship names one: that sex; the two contradicting
// each other (男 beside 長女): both flagged, neither changed.
void sexesFromRelationships(TransferOutCertificate& c, double flaggedConfidence)
{
    for (qsizetype i = 0; i < c.members.size(); ++i) {
        auto& m = c.members[i];
        const auto named = sexOfRelationship(m.relationship);
        if (!named)
            continue;
        const QString sexKey = QStringLiteral("members[%1].sex").arg(i);
        if (!m.sex) {
            m.sex = named;
            c.capConfidence(sexKey, flaggedConfidence);
        } else if (*m.sex != *named) {
            c.capConfidence(sexKey, flaggedConfidence);
            c.capConfidence(QStringLiteral("members[%1].relationship").arg(i), flaggedConfidence);
        }
    }
}

void lostRelationships(TransferOutCertificate& c, double flaggedConfidence)
{
    using Member = TransferOutCertificate::Member;
    const QString headWord = QStringLiteral("世帯主");
    const auto isHead = [&](const Member& m) { return m.relationship == headWord; };
    // The head's own relationship lost: the one member whose name the 世帯主 line prints.
    if (std::none_of(c.members.cbegin(), c.members.cend(), isHead) && !c.householdHead.isEmpty()) {
        QList<qsizetype> named;
        for (qsizetype i = 0; i < c.members.size(); ++i)
            if (c.members[i].relationship.isEmpty() && fold::spaces(c.members[i].name) == fold::spaces(c.householdHead))
                named << i;
        if (named.size() == 1) {
            c.members[named[0]].relationship = headWord;
            c.capConfidence(QStringLiteral("members[%1].relationship").arg(named[0]), flaggedConfidence);
        }
    }
    const auto head = std::find_if(c.members.cbegin(), c.members.cend(), isHead);
    if (head == c.members.cend() || !head->birthDate.isValid() || !head->sex)
        return;
    const QDate headBorn = head->birthDate;
    const Sex headSex = *head->sex;
    const auto used = [&](const QString& r) {
        return std::any_of(c.members.cbegin(), c.members.cend(), [&](const Member& m) { return m.relationship == r; });
    };
    const auto set = [&](qsizetype i, const QString& r) {
        c.members[i].relationship = r;
        c.capConfidence(QStringLiteral("members[%1].relationship").arg(i), flaggedConfidence);
    };
    const QString child = QStringLiteral("子");
    if (used(child))
        for (qsizetype i = 0; i < c.members.size(); ++i)
            if (c.members[i].relationship.isEmpty() && c.members[i].birthDate.isValid()
                && c.members[i].birthDate >= headBorn.addYears(16))
                set(i, child);
    const QString spouse = headSex == Sex::Male ? QStringLiteral("妻") : QStringLiteral("夫");
    if (used(spouse))
        return;
    QList<qsizetype> lost;
    for (qsizetype i = 0; i < c.members.size(); ++i) {
        const Member& m = c.members[i];
        if (m.relationship.isEmpty() && m.sex && *m.sex != headSex && m.birthDate.isValid()
            && qAbs(m.birthDate.year() - headBorn.year()) <= 12)
            lost << i;
    }
    if (lost.size() == 1)
        set(lost[0], spouse);
}

} // namespace

void apply(TransferOutCertificate& c, double flaggedConfidence)
{
    // Family names: of the members, then the household head and the 筆頭者 follow them.
    QList<QString> families;
    QList<QString> kanaFamilies;
    // A name printed or read without its space (千葉湊) does not say where its family part
    // ends: it does not vote, or 千葉湊 would become every member's family name.
    const auto familyOf = [](const QString& name) {
        const PersonName n = PersonName::parse(name);
        return n.split() ? n.family : QString();
    };
    for (const auto& m : c.members) {
        families << familyOf(m.name);
        const PersonName kana = PersonName::parse(m.nameKana);
        kanaFamilies << (kana.split() ? kana.family : QString());
    }
    // Only the members vote: the head and the 筆頭者 are usually the same printed name as
    // one of them, misread the same way.
    // A reading read without its space (ヨシダユイ) votes for the family reading it starts with.
    const QList<QString> splitKana = kanaFamilies;
    for (qsizetype i = 0; i < c.members.size(); ++i) {
        if (!kanaFamilies[i].isEmpty())
            continue;
        for (const QString& t : splitKana)
            if (!t.isEmpty() && c.members[i].nameKana.size() > t.size() && c.members[i].nameKana.startsWith(t)) {
                kanaFamilies[i] = t;
                break;
            }
    }
    // The engine reads 渡邉 as 渡邊 wherever it is printed; where the glyph told a registered
    // form on one line (GlyphMatcher), the same family name on the others is that form too.
    const QStringList headLines {familyOf(c.householdHead), familyOf(c.hittousha)};
    {
        const QStringList all = families + headLines;
        // The head lines are printed without a space as often as not (髙橋正人): their start
        // still shows the form.
        const QStringList unsplit {fold::spaces(c.householdHead), fold::spaces(c.hittousha)};
        for (QString& f : families) {
            for (const QString& r : all)
                if (isRegisteredFormOf(r, f))
                    f = r;
            for (const QString& line : unsplit)
                if (!f.isEmpty() && isRegisteredFormOf(line.left(f.size()), f))
                    f = line.left(f.size());
        }
    }
    // Members too garbled to agree (their family parts lost under ruby): the 世帯主 and
    // 筆頭者 lines vote with them.
    const QString family = [&] {
        const QString members = majority(families);
        if (!members.isEmpty())
            return members;
        return majority(families + headLines);
    }();
    // A single reading read whole is the household's when no other disagrees (the others'
    // family parts lost under ruby).
    QString kanaFamily = majority(kanaFamilies);
    // Two readings or more agreeing: enough to set a garbled one right, not only a slip.
    const bool strictKanaFamily = !kanaFamily.isEmpty();
    if (kanaFamily.isEmpty() && !family.isEmpty())
        kanaFamily = majority(kanaFamilies, 1);
    for (qsizetype i = 0; i < c.members.size(); ++i) {
        const QString member = QStringLiteral("members[%1].").arg(i);
        if (harmoniseFamily(c.members[i].name, family, 1) || addFamily(c.members[i].name, family, 3))
            c.capConfidence(member + QStringLiteral("name"), flaggedConfidence);
        // Only the family part read (スズキ): the given name was lost, and is not guessed.
        if (c.members[i].name == family)
            c.capConfidence(member + QStringLiteral("name"), flaggedConfidence);
        if (c.members[i].nameKana == kanaFamily)
            c.capConfidence(member + QStringLiteral("name_kana"), flaggedConfidence);
        // Readings are longer and noisier: two slips in the family part still match.
        if (harmoniseFamily(c.members[i].nameKana, kanaFamily, kanaFamily.size() >= 4 ? 2 : 1)
            || addFamily(c.members[i].nameKana, kanaFamily, 6)) {
            // The given part now stands alone: a word never starts with ー (フジターサクラ).
            c.members[i].nameKana = ocr::normaliseKana(c.members[i].nameKana);
            c.capConfidence(member + QStringLiteral("name_kana"), flaggedConfidence);
        } else if (const PersonName kana = PersonName::parse(c.members[i].nameKana); strictKanaFamily
                   && !family.isEmpty() && kana.split() && kana.family != kanaFamily
                   && fold::spaces(c.members[i].name).startsWith(family)) {
            // Garbled beyond slips (ジジダ ススム, グミ アケミ) under a name of the household's
            // family (和田, 村上), which the other members' readings agree on: the family part
            // is theirs. The given part stays as read.
            c.members[i].nameKana = kanaFamily + FullWidthSpace + kana.given;
            c.capConfidence(member + QStringLiteral("name_kana"), flaggedConfidence);
        }
    }
    if (harmoniseFamily(c.householdHead, family, 1))
        c.capConfidence(QStringLiteral("household_head"), flaggedConfidence);
    if (harmoniseFamily(c.hittousha, family, 1))
        c.capConfidence(QStringLiteral("hittousha"), flaggedConfidence);

    // The member whose relationship is 世帯主 and the 世帯主 line are one name printed twice:
    // when they are a character apart, the surer reading stands for both.
    // A member name with no letter of a name at all (nothing, 1, |) is that line misread
    // beyond use.
    const auto noName = [](const QString& name) { return std::none_of(name.cbegin(), name.cend(), nameLetter); };
    for (qsizetype i = 0; i < c.members.size(); ++i) {
        QString& name = c.members[i].name;
        if (c.members[i].relationship == QStringLiteral("世帯主") && noName(name) && !noName(c.householdHead)) {
            name = c.householdHead;
            c.capConfidence(QStringLiteral("members[%1].name").arg(i), flaggedConfidence);
            break;
        }
        // And the 世帯主 line lost (its value read as nothing): the member's name.
        if (c.members[i].relationship == QStringLiteral("世帯主") && !noName(name) && noName(c.householdHead)) {
            c.householdHead = name;
            c.capConfidence(QStringLiteral("household_head"), flaggedConfidence);
            break;
        }
        if (c.members[i].relationship != QStringLiteral("世帯主") || c.householdHead.isEmpty() || name.isEmpty()
            || fold::spaces(name) == fold::spaces(c.householdHead)
            || fold::distance(fold::spaces(name), fold::spaces(c.householdHead)) > 1)
            continue;
        const QString member = QStringLiteral("members[%1].name").arg(i);
        const QString spacedHead = fold::spaces(c.householdHead), spacedName = fold::spaces(name);
        if (isRegisteredFormOf(spacedHead, spacedName)
            || (!isRegisteredFormOf(spacedName, spacedHead)
                && c.confidenceOf(QStringLiteral("household_head")).value_or(0.0)
                    > c.confidenceOf(member).value_or(0.0))) {
            name = c.householdHead;
            c.capConfidence(member, flaggedConfidence);
        } else {
            c.householdHead = name;
            c.capConfidence(QStringLiteral("household_head"), flaggedConfidence);
        }
        break;
    }

    sexesFromRelationships(c, flaggedConfidence);
    lostRelationships(c, flaggedConfidence);

    // The issuer is the mayor of the previous address's municipality (ward of a designated city).
    const Locality where = parseAddress(c.previousAddress).locality;
    const QString read = fold::spaces(c.issuer);
    if (!where.city.isEmpty()) {
        const QString mayor = where.city + where.ward + QChar(0x9577); // 長
        if (read != mayor && !read.isEmpty() && fold::distance(read, mayor) * 2 <= mayor.size()) {
            c.issuer = mayor;
            c.capConfidence(QStringLiteral("issuer"), flaggedConfidence);
        } else if (read.isEmpty() && !Municipalities::instance().lacksItsWard(where)) {
            // The issuer line lost (under the seal, or past the photo's edge): no other
            // mayor issues it; given for the clerk to check. (A designated city's ward
            // mayor issues it: not without the ward.)
            c.issuer = mayor;
            if (c.confidenceOf(QStringLiteral("issuer")))
                c.capConfidence(QStringLiteral("issuer"), flaggedConfidence);
            else
                c.fields << TransferOutCertificate::Field {QStringLiteral("issuer"), QString(), flaggedConfidence, {}};
        }
    } else if (read.endsWith(QChar(0x9577))) {
        // The previous address lost: the mayor of the one municipality a character off what
        // was read (塩電市長: 塩竈市長), when it names none.
        const QString office = read.chopped(1);
        const Municipalities& places = Municipalities::instance();
        if (places.locate(office).codes.isEmpty())
            if (const QString real = places.repaired(office); !real.isEmpty() && real.size() == office.size()) {
                c.issuer = real + QChar(0x9577);
                c.capConfidence(QStringLiteral("issuer"), flaggedConfidence);
            }
    }
}

} // namespace mdg::householdConsistency
