#include "CrossCheck.h"

#include "AddressCompare.h"
#include "VariantTable.h"
#include "domain/JapaneseDate.h"
#include "domain/PersonName.h"

#include <QHash>
#include <QJsonArray>
#include <algorithm>

namespace mdg {
namespace {

QString nameKey(QStringView s)
{
    return fold::variants(fold::spaces(fold::width(s)));
}

QString kanaKey(QStringView s)
{
    return fold::largeKana(fold::katakana(fold::spaces(fold::width(s))));
}

// 長男, 二女 and the like are family-register wording; the residence record says 子.
QString residenceRelationship(QStringView s)
{
    static const QRegularExpression child(QStringLiteral("^(長|次|二|三|四|五|六|七|八|九|十)(男|女)$"));
    QString out = s.toString();
    out.replace(child, QStringLiteral("子"));
    return out;
}

// "髙→高、﨑→崎": the characters the variant fold changed on either side.
QString variantDetail(QStringView a, QStringView b)
{
    QStringList pairs;
    for (QStringView side : {a, b}) {
        for (const char32_t c : side.toString().toUcs4()) {
            const QString folded = VariantTable::instance().fold(QString::fromUcs4(&c, 1));
            const QString original = QString::fromUcs4(&c, 1);
            if (folded != original && !folded.isEmpty()) {
                const QString pair = original + QStringLiteral("→") + folded;
                if (!pairs.contains(pair))
                    pairs << pair;
            }
        }
    }
    return pairs.join(QStringLiteral("、"));
}

Finding fromText(const QString& entered, const QString& certificate, const TextComparison& c)
{
    Finding f;
    f.entered = entered;
    f.certificate = certificate;
    f.verdict = c.verdict;
    f.reasonKeys = c.reasonKeys;
    return f;
}

// An empty side makes the value missing: not entered, or not on (or not read from) the
// certificate. nullopt when both have a value.
std::optional<Finding> missingSide(const QString& entered, const QString& certificate)
{
    if (!entered.trimmed().isEmpty() && !certificate.trimmed().isEmpty())
        return std::nullopt;
    Finding f;
    f.entered = entered;
    f.certificate = certificate;
    f.verdict = Verdict::Missing;
    f.reasonKeys << QString::fromLatin1(entered.trimmed().isEmpty() ? "not_entered" : "not_on_certificate");
    return f;
}

int eraYear(const QDate& d)
{
    const auto era = JapaneseDate::eraOf(d);
    return era ? d.year() - era->first.year() + 1 : 0;
}

QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QString reasonText(const QString& key)
{
    static const QHash<QString, const char*> texts = {
        {QStringLiteral("width"), QT_TRANSLATE_NOOP("mdg::CrossCheck", "Full-width and half-width characters")},
        {QStringLiteral("spaces"), QT_TRANSLATE_NOOP("mdg::CrossCheck", "Spacing")},
        {QStringLiteral("kana"), QT_TRANSLATE_NOOP("mdg::CrossCheck", "Hiragana and katakana")},
        {QStringLiteral("large_kana"),
            QT_TRANSLATE_NOOP("mdg::CrossCheck", "Small and large kana (older records have no small kana)")},
        {QStringLiteral("dashes"), QT_TRANSLATE_NOOP("mdg::CrossCheck", "Dash characters")},
        {QStringLiteral("variants"), QT_TRANSLATE_NOOP("mdg::CrossCheck", "Variant characters")},
        {QStringLiteral("prefecture_omitted"), QT_TRANSLATE_NOOP("mdg::CrossCheck", "Prefecture written or omitted")},
        {QStringLiteral("county_omitted"), QT_TRANSLATE_NOOP("mdg::CrossCheck", "County written or omitted")},
        {QStringLiteral("kanji_numerals"), QT_TRANSLATE_NOOP("mdg::CrossCheck", "Kanji and Arabic numerals")},
        {QStringLiteral("block_notation"),
            QT_TRANSLATE_NOOP("mdg::CrossCheck", "Block notation (chome, banchi, go or dashes)")},
        {QStringLiteral("aza"), QT_TRANSLATE_NOOP("mdg::CrossCheck", "Oaza or aza written or omitted")},
        {QStringLiteral("kana_set"), QT_TRANSLATE_NOOP("mdg::CrossCheck", "Interchangeable kana in place names")},
        {QStringLiteral("notation"), QT_TRANSLATE_NOOP("mdg::CrossCheck", "Notation")},
        {QStringLiteral("relationship_koseki"),
            QT_TRANSLATE_NOOP(
                "mdg::CrossCheck", "Family-register wording for a child (the residence record says child)")},
        {QStringLiteral("municipality"), QT_TRANSLATE_NOOP("mdg::CrossCheck", "Another municipality or ward")},
        {QStringLiteral("town"), QT_TRANSLATE_NOOP("mdg::CrossCheck", "Another town name")},
        {QStringLiteral("chome"), QT_TRANSLATE_NOOP("mdg::CrossCheck", "Another chome")},
        {QStringLiteral("block_numbers"), QT_TRANSLATE_NOOP("mdg::CrossCheck", "Other block or lot numbers")},
        {QStringLiteral("building"), QT_TRANSLATE_NOOP("mdg::CrossCheck", "Another building or room")},
        {QStringLiteral("family_name"), QT_TRANSLATE_NOOP("mdg::CrossCheck", "Another family name")},
        {QStringLiteral("given_name"), QT_TRANSLATE_NOOP("mdg::CrossCheck", "Another given name")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("mdg::CrossCheck", "Another name")},
        {QStringLiteral("reading"),
            QT_TRANSLATE_NOOP("mdg::CrossCheck",
                "Another reading: it may be the official reading registered since "
                "26 May 2025; confirm with the resident")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("mdg::CrossCheck", "Another date")},
        {QStringLiteral("era_confusion"),
            QT_TRANSLATE_NOOP("mdg::CrossCheck", "Same year number in another era: the era may have been confused")},
        {QStringLiteral("sex"), QT_TRANSLATE_NOOP("mdg::CrossCheck", "Another sex")},
        {QStringLiteral("relationship"), QT_TRANSLATE_NOOP("mdg::CrossCheck", "Another relationship")},
        {QStringLiteral("resident_code"), QT_TRANSLATE_NOOP("mdg::CrossCheck", "Another resident code")},
        {QStringLiteral("resident_code_format"),
            QT_TRANSLATE_NOOP("mdg::CrossCheck", "The resident code is not 11 digits")},
        {QStringLiteral("not_entered"), QT_TRANSLATE_NOOP("mdg::CrossCheck", "Not entered")},
        {QStringLiteral("not_on_certificate"),
            QT_TRANSLATE_NOOP("mdg::CrossCheck", "Not on the certificate, or not readable")},
        {QStringLiteral("member_not_on_certificate"),
            QT_TRANSLATE_NOOP("mdg::CrossCheck", "This member is not on the certificate")},
        {QStringLiteral("member_not_entered"),
            QT_TRANSLATE_NOOP("mdg::CrossCheck", "This member of the certificate was not entered")},
    };
    const char* text = texts.value(key);
    return text ? QCoreApplication::translate("mdg::CrossCheck", text) : key;
}

QString Finding::reason() const
{
    QStringList parts;
    for (const QString& key : reasonKeys)
        parts << reasonText(key);
    QString r = parts.join(CrossCheck::tr(", "));
    if (!detail.isEmpty())
        r += CrossCheck::tr(" (%1)").arg(detail);
    return r;
}

QJsonObject Finding::toJson() const
{
    return {{QStringLiteral("field"), field}, {QStringLiteral("preentry"), entered},
        {QStringLiteral("certificate"), certificate}, {QStringLiteral("verdict"), verdictKey(verdict)},
        {QStringLiteral("reason"), reason()}, {QStringLiteral("reason_keys"), QJsonArray::fromStringList(reasonKeys)},
        {QStringLiteral("detail"), detail}, {QStringLiteral("certificate_key"), certificateKey},
        {QStringLiteral("advisory"), advisory}};
}

Finding Finding::fromJson(const QJsonObject& o)
{
    Finding f;
    f.field = o.value(QLatin1String("field")).toString();
    f.certificateKey = o.value(QLatin1String("certificate_key")).toString();
    f.entered = o.value(QLatin1String("preentry")).toString();
    f.certificate = o.value(QLatin1String("certificate")).toString();
    const QString v = o.value(QLatin1String("verdict")).toString();
    for (Verdict candidate : {Verdict::Match, Verdict::Equivalent, Verdict::Mismatch, Verdict::Missing})
        if (verdictKey(candidate) == v)
            f.verdict = candidate;
    for (const QJsonValue& k : o.value(QLatin1String("reason_keys")).toArray())
        f.reasonKeys << k.toString();
    f.detail = o.value(QLatin1String("detail")).toString();
    f.advisory = o.value(QLatin1String("advisory")).toBool();
    return f;
}

Finding CrossCheck::compareName(const QString& entered, const QString& certificate)
{
    if (auto m = missingSide(entered, certificate))
        return *m;
    Finding f = fromText(entered, certificate,
        compareText(
            entered, certificate, {{"spaces", fold::spaces}, {"width", fold::width}, {"variants", fold::variants}}));
    if (f.reasonKeys.contains(QLatin1String("variants")))
        f.detail = variantDetail(entered, certificate);
    if (f.verdict == Verdict::Mismatch) {
        // Which part differs, when both are written family name, space, given name.
        const PersonName a = PersonName::parse(fold::width(entered));
        const PersonName b = PersonName::parse(fold::width(certificate));
        if (a.split() && b.split() && nameKey(a.family) == nameKey(b.family))
            f.reasonKeys = {QStringLiteral("given_name")};
        else if (a.split() && b.split() && nameKey(a.given) == nameKey(b.given))
            f.reasonKeys = {QStringLiteral("family_name")};
        else
            f.reasonKeys = {QStringLiteral("name")};
    }
    return f;
}

Finding CrossCheck::compareKana(const QString& entered, const QString& certificate)
{
    if (auto m = missingSide(entered, certificate)) {
        m->advisory = true; // old certificates often carry no reading at all
        return *m;
    }
    Finding f = fromText(entered, certificate,
        compareText(entered, certificate,
            {{"spaces", fold::spaces}, {"width", fold::width}, {"kana", fold::katakana},
                {"large_kana", fold::largeKana}}));
    if (f.verdict == Verdict::Mismatch)
        f.reasonKeys = {QStringLiteral("reading")};
    f.advisory = f.differs();
    return f;
}

Finding CrossCheck::compareDate(const QDate& entered, const QDate& certificate)
{
    if (auto m = missingSide(dateText(entered), dateText(certificate)))
        return *m;
    Finding f;
    f.entered = dateText(entered);
    f.certificate = dateText(certificate);
    if (entered == certificate)
        return f;
    f.verdict = Verdict::Mismatch;
    f.reasonKeys << QStringLiteral("date");
    const auto eraA = JapaneseDate::eraOf(entered), eraB = JapaneseDate::eraOf(certificate);
    if (eraA && eraB && eraA->name != eraB->name && eraYear(entered) == eraYear(certificate)
        && entered.month() == certificate.month() && entered.day() == certificate.day())
        f.reasonKeys << QStringLiteral("era_confusion");
    f.detail = tr("%n day(s) apart", nullptr, int(qAbs(entered.daysTo(certificate))));
    return f;
}

Finding CrossCheck::compareSex(std::optional<Sex> entered, std::optional<Sex> certificate)
{
    const QString a = entered ? sexKey(*entered) : QString();
    const QString b = certificate ? sexKey(*certificate) : QString();
    if (auto m = missingSide(a, b))
        return *m;
    Finding f;
    f.entered = a;
    f.certificate = b;
    if (a != b) {
        f.verdict = Verdict::Mismatch;
        f.reasonKeys << QStringLiteral("sex");
    }
    return f;
}

QList<Finding> CrossCheck::compareAddress(const QString& entered, const QString& certificate)
{
    if (auto m = missingSide(entered, certificate))
        return {*m};
    const AddressComparison c = compareAddresses(entered, certificate);
    Finding f;
    f.entered = entered;
    f.certificate = certificate;
    f.verdict = c.verdict;
    f.reasonKeys = c.reasonKeys;
    if (f.reasonKeys.contains(QLatin1String("variants")))
        f.detail = variantDetail(entered, certificate);
    QList<Finding> out {f};
    if (!c.enteredBuilding.isEmpty() || !c.certificateBuilding.isEmpty()) {
        Finding building = missingSide(c.enteredBuilding, c.certificateBuilding)
                               .value_or(fromText(c.enteredBuilding, c.certificateBuilding, c.building));
        if (building.verdict == Verdict::Mismatch)
            building.reasonKeys = {QStringLiteral("building")};
        out << building;
    }
    return out;
}

Finding CrossCheck::compareRelationship(const QString& entered, const QString& certificate)
{
    if (auto m = missingSide(entered, certificate))
        return *m;
    Finding f = fromText(entered, certificate,
        compareText(entered, certificate,
            {{"spaces", fold::spaces}, {"width", fold::width}, {"relationship_koseki", residenceRelationship}}));
    if (f.verdict == Verdict::Mismatch)
        f.reasonKeys = {QStringLiteral("relationship")};
    return f;
}

Finding CrossCheck::compareResidentCode(const QString& entered, const QString& certificate)
{
    if (auto m = missingSide(entered, certificate))
        return *m;
    const auto digitsOnly = [](QStringView s) {
        QString out;
        for (const QChar c : s)
            if (c.isDigit())
                out += c;
        return out;
    };
    Finding f = fromText(entered, certificate,
        compareText(
            entered, certificate, {{"spaces", fold::spaces}, {"width", fold::width}, {"notation", +digitsOnly}}));
    if (f.verdict == Verdict::Mismatch)
        f.reasonKeys = {QStringLiteral("resident_code")};
    const QString code = digitsOnly(fold::width(certificate));
    if (code.size() != 11 && f.verdict != Verdict::Mismatch) {
        f.verdict = Verdict::Mismatch;
        f.reasonKeys = {QStringLiteral("resident_code_format")};
    }
    return f;
}

QList<QPair<int, int>> CrossCheck::pairMembers(
    const QList<Person>& entered, const QList<TransferOutCertificate::Member>& certificate)
{
    struct Candidate
    {
        int score, e, c;
    };
    QList<Candidate> candidates;
    for (int e = 0; e < entered.size(); ++e) {
        for (int c = 0; c < certificate.size(); ++c) {
            const Person& p = entered[e];
            const auto& m = certificate[c];
            const QString a = nameKey(p.name), b = nameKey(m.name);
            const bool name = !b.isEmpty() && a == b;
            // One character off: a typo, or a misread character on the paper.
            const bool nearName = !name && !b.isEmpty() && a.size() >= 2 && fold::distance(a, b) == 1;
            const bool born = p.birthDate.isValid() && p.birthDate == m.birthDate;
            const bool nearBorn = !born && p.birthDate.isValid() && m.birthDate.isValid()
                && qAbs(p.birthDate.daysTo(m.birthDate)) <= 31;
            const bool kana = !m.nameKana.isEmpty() && kanaKey(p.nameKana) == kanaKey(m.nameKana);
            const bool head = p.relationship == QStringLiteral("世帯主") && m.relationship == p.relationship;
            // Agreements add weight, so one wrong value (a typo, a misread character) still
            // pairs the right people; a pair needs more than sex and relationship alone.
            int score = (name ? 8 : 0) + (born ? 6 : 0) + (kana ? 4 : 0) + (nearName ? 3 : 0) + (nearBorn ? 2 : 0)
                + (head ? 3 : 0);
            if (score < 3)
                continue;
            score += (m.sex && *m.sex == p.sex ? 1 : 0)
                + (fold::spaces(p.relationship) == fold::spaces(m.relationship) ? 1 : 0);
            candidates.append({score, e, c});
        }
    }
    std::stable_sort(
        candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
    QList<int> ofEntered(entered.size(), -1);
    QList<bool> taken(certificate.size(), false);
    for (const Candidate& c : candidates) {
        if (ofEntered[c.e] >= 0 || taken[c.c])
            continue;
        ofEntered[c.e] = c.c;
        taken[c.c] = true;
    }
    QList<QPair<int, int>> pairs;
    for (int e = 0; e < entered.size(); ++e)
        pairs.append({e, ofEntered[e]});
    for (int c = 0; c < certificate.size(); ++c)
        if (!taken[c])
            pairs.append({-1, c});
    return pairs;
}

QList<Finding> CrossCheck::compare(const Household& entered, const TransferOutCertificate& certificate)
{
    QList<Finding> out;
    const auto add = [&out](Finding f, const QString& field, const QString& certificateKey) {
        f.field = field;
        f.certificateKey = certificateKey;
        out << f;
    };
    const auto addAll = [&](const QList<Finding>& list, const QString& field) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString key = i == 0 ? field : field + QStringLiteral("_katagaki");
            add(list[i], key, key);
        }
    };
    if (!entered.previousAddress.isEmpty() || !certificate.previousAddress.isEmpty())
        addAll(
            compareAddress(entered.previousAddress, certificate.previousAddress), QStringLiteral("previous_address"));
    // The register knows who lives where today, not where they go or when.
    const bool paper = certificate.source == TransferOutCertificate::Source::Paper;
    if (paper && (!entered.newAddress.isEmpty() || !certificate.destinationAddress.isEmpty()))
        addAll(
            compareAddress(entered.newAddress, certificate.destinationAddress), QStringLiteral("destination_address"));
    if (paper && (entered.moveDate.isValid() || certificate.plannedMoveDate.isValid()))
        add(compareDate(entered.moveDate, certificate.plannedMoveDate), QStringLiteral("planned_move_date"),
            QStringLiteral("planned_move_date"));
    if (!entered.headName.isEmpty() || !certificate.householdHead.isEmpty())
        add(compareName(entered.headName, certificate.householdHead), QStringLiteral("household_head"),
            QStringLiteral("household_head"));

    for (const auto& pair : pairMembers(entered.members, certificate.members)) {
        // Not a structured binding: clang 14 cannot capture one in the lambdas below.
        const int e = pair.first;
        const int c = pair.second;
        if (e < 0 || c < 0) {
            Finding f;
            f.verdict = Verdict::Missing;
            if (e >= 0) {
                f.entered = entered.members[e].name;
                f.reasonKeys << QStringLiteral("member_not_on_certificate");
                add(f, QStringLiteral("members[%1]").arg(e), {});
            } else {
                f.certificate = certificate.members[c].name;
                f.reasonKeys << QStringLiteral("member_not_entered");
                add(f, QStringLiteral("certificate.members[%1]").arg(c), QStringLiteral("members[%1].name").arg(c));
            }
            continue;
        }
        const Person& p = entered.members[e];
        const auto& m = certificate.members[c];
        const auto keys = [&](const char* name) {
            return std::pair {QStringLiteral("members[%1].%2").arg(e).arg(QLatin1String(name)),
                QStringLiteral("members[%1].%2").arg(c).arg(QLatin1String(name))};
        };
        const auto addMember = [&](Finding f, const char* name) {
            const auto [field, certKey] = keys(name);
            add(std::move(f), field, certKey);
        };
        addMember(compareName(p.name, m.name), "name");
        addMember(compareKana(p.nameKana, m.nameKana), "name_kana");
        addMember(compareDate(p.birthDate, m.birthDate), "birth_date");
        addMember(compareSex(p.sex, m.sex), "sex");
        addMember(compareRelationship(p.relationship, m.relationship), "relationship");
        // The resident rarely knows the code; compare it only when it was entered.
        if (!p.residentCode.isEmpty())
            addMember(compareResidentCode(p.residentCode, m.residentCode), "resident_code");
    }
    return out;
}

QJsonObject CrossCheck::toJson(const QList<Finding>& findings)
{
    QJsonArray list;
    for (const Finding& f : findings)
        list.append(f.toJson());
    return {{QStringLiteral("findings"), list}};
}

} // namespace mdg
