#include "NameReadings.h"

#include "crosscheck/TextFold.h"
#include "crosscheck/VariantTable.h"
#include "domain/PersonName.h"

#include <QFile>
#include <QRegularExpression>
#include <algorithm>
#include <vector>

namespace mdg {
namespace {

const QChar FullWidthSpace(0x3000);

bool isKana(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) {
        return c.script() == QChar::Script_Hiragana || c.script() == QChar::Script_Katakana || c == u'ー';
    });
}

// The kana without its voicing mark and at full size: ガ and カ, ッ and ツ are one letter
// blurred.
QChar baseKana(QChar c)
{
    const QString bare = QString(c).normalized(QString::NormalizationForm_D).left(1);
    return fold::largeKana(bare).at(0);
}

// Letters that a 6-point ruby blurs into one another, as Debian's jpn model confuses them.
bool looksAlike(QChar a, QChar b)
{
    if (baseKana(a) == baseKana(b))
        return true;
    static const QStringView groups[] = {u"コユ", u"シンソツ", u"クタケ", u"ウワ"};
    for (QStringView g : groups)
        if (g.contains(baseKana(a)) && g.contains(baseKana(b)))
            return true;
    return false;
}

// Edits from `read` to `reading`: a letter lost or extra inside costs 1, at either end 0.5
// (the ruby's first or last kana cut off, a speck beside it), a letter read as one it looks
// like 0.5, as another `unlike`.
double slips(QStringView read, QStringView reading, double unlike)
{
    const qsizetype n = read.size(), m = reading.size();
    std::vector<std::vector<double>> d(size_t(n) + 1, std::vector<double>(size_t(m) + 1));
    for (qsizetype i = 0; i <= n; ++i)
        d[size_t(i)][0] = 0.5 * double(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][size_t(j)] = 0.5 * double(j);
    for (qsizetype i = 1; i <= n; ++i)
        for (qsizetype j = 1; j <= m; ++j) {
            const double substitution
                = read[i - 1] == reading[j - 1] ? 0 : (looksAlike(read[i - 1], reading[j - 1]) ? 0.5 : unlike);
            d[size_t(i)][size_t(j)] = std::min({d[size_t(i - 1)][size_t(j)] + 1, d[size_t(i)][size_t(j - 1)] + 1,
                d[size_t(i - 1)][size_t(j - 1)] + substitution});
        }
    double best = d[size_t(n)][size_t(m)];
    for (qsizetype i = 0; i < n; ++i)
        best = std::min(best, d[size_t(i)][size_t(m)] + 0.5 * double(n - i));
    for (qsizetype j = 0; j < m; ++j)
        best = std::min(best, d[size_t(n)][size_t(j)] + 0.5 * double(m - j));
    return best;
}

} // namespace

const NameReadings& NameReadings::instance()
{
    static const NameReadings table = [] {
        NameReadings t;
        QFile f(QStringLiteral(":/ocr/name-readings.tsv"));
        if (f.open(QIODevice::ReadOnly))
            t.add(QString::fromUtf8(f.readAll()));
        return t;
    }();
    return table;
}

void NameReadings::add(const QString& tsv)
{
    const VariantTable& variants = VariantTable::instance();
    for (QStringView line : QStringView(tsv).split(u'\n')) {
        if (line.startsWith(u'#'))
            continue;
        const auto cols = line.split(u'\t');
        if (cols.size() != 3)
            continue;
        auto& names = cols[0] == u"姓" ? m_family : m_given;
        QStringList& readings = names[variants.fold(cols[1])];
        for (QStringView r : cols[2].split(u' ', Qt::SkipEmptyParts)) {
            if (!readings.contains(r))
                readings << r.toString();
            if (cols[0] != u"姓")
                m_givenReadings.insert(r.toString());
        }
    }
}

QStringList NameReadings::of(QStringView name, Part part) const
{
    if (isKana(name))
        return {fold::katakana(name)};
    const QString key = VariantTable::instance().fold(name);
    const QStringList own = (part == Part::Family ? m_family : m_given).value(key);
    // Many a name is either (湊, 葵); the dictionaries list some under one kind only.
    return own.isEmpty() ? (part == Part::Family ? m_given : m_family).value(key) : own;
}

std::optional<PersonName> NameReadings::knownSplit(const QString& name) const
{
    const auto known = [&](QStringView family, QStringView given) {
        return !of(family, Part::Family).isEmpty() && !of(given, Part::Given).isEmpty();
    };
    const PersonName n = PersonName::parse(name);
    if (n.split())
        return known(n.family, n.given) ? std::optional(n) : std::nullopt;
    // Printed without a space (野口亮): the one split into a known family and given name.
    std::optional<PersonName> found;
    for (qsizetype k = 1; k < name.size(); ++k) {
        if (!known(QStringView(name).left(k), QStringView(name).mid(k)))
            continue;
        if (found)
            return std::nullopt;
        found = PersonName::parse(name.left(k) + FullWidthSpace + name.mid(k));
    }
    return found;
}

bool NameReadings::knows(const QString& name) const
{
    const PersonName n = PersonName::parse(name);
    if (n.split())
        return knownSplit(name).has_value();
    for (qsizetype k = 1; k < name.size(); ++k)
        if (!of(QStringView(name).left(k), Part::Family).isEmpty()
            && !of(QStringView(name).mid(k), Part::Given).isEmpty())
            return true;
    return false;
}

QString NameReadings::closest(QStringView read, const QStringList& candidates, bool engineSure)
{
    // A letter read as one unlike it is a slip only where the engine itself was unsure: a
    // short reading the dictionaries lack (ソウタ of 颯太, listed as フウタ only) read
    // clearly stays.
    const double unlike = engineSure ? 1.5 : 1.0;
    if (read.isEmpty() || candidates.contains(read))
        return {};
    QString best;
    double bestSlips = 1e9, secondSlips = 1e9;
    for (const QString& c : candidates) {
        const double s = slips(read, c, unlike);
        if (s < bestSlips) {
            secondSlips = bestSlips;
            bestSlips = s;
            best = c;
        } else if (s < secondSlips) {
            secondSlips = s;
        }
    }
    // One slip in a short reading, more in a long one; never a tie.
    const double allowed = best.size() <= 3 ? 1.0 : best.size() <= 5 ? 1.5 : 2.0;
    return bestSlips <= allowed && secondSlips - bestSlips >= 0.5 ? best : QString();
}

QString NameReadings::readingOf(const QStringList& families, const QStringList& givens, const QString& read,
    bool engineSure, const QSet<QString>& anyGiven)
{
    static const QRegularExpression space(QStringLiteral("[\\s\\x{3000}]+"));
    QStringList words = read.split(space, Qt::SkipEmptyParts);
    // Ruby spaced out over each kanji (サイ トウ ヒカル): the words that make a reading of
    // the family name are one; a speck read as a word before it (ナ オガワ ヤマト) is none.
    for (qsizetype k = 2; k < words.size(); ++k)
        if (families.contains(words.mid(0, k).join(QString()))) {
            words = QStringList {words.mid(0, k).join(QString()), words.mid(k).join(QString())};
            break;
        }
    while (words.size() >= 3 && words.first().size() == 1)
        words.removeFirst();
    const QString text = words.join(FullWidthSpace);
    const PersonName parts = PersonName::parse(text);
    if (parts.split()) {
        QString family = parts.family, given = parts.given;
        if (const QString f = closest(family, families, engineSure); !f.isEmpty())
            family = f;
        // Garbled past slips where the engine was unsure (ユーマー over 和田), the family name
        // having one reading in the dictionaries: that reading (the clerk checks it).
        else if (!engineSure && families.size() == 1)
            family = families.first();
        // Specks read after the given name (シュンスケ ニニ) are a word of their own.
        const QString firstWord = PersonName::parse(given).family;
        if (givens.contains(firstWord))
            given = firstWord;
        else if (const QString g = closest(given, givens, engineSure); !g.isEmpty())
            given = g;
        // Garbled past slips where the engine was unsure (テキャ under 達也), of about the
        // length of the one reading the name has: that reading (the clerk checks it). Not a
        // reading some name has: read right under a misread name (トモヤ under 智志).
        else if (!engineSure && givens.size() == 1 && !anyGiven.contains(given)
            && std::abs(given.size() - givens.first().size()) <= 1)
            given = givens.first();
        // Only a reading the name can have is set: the parts as read otherwise stay.
        return families.contains(family) || givens.contains(given) ? family + FullWidthSpace + given : read;
    }
    if (families.isEmpty() || givens.isEmpty())
        return read;
    // Read without its space (マツダイチロウ): the whole against every pair.
    QStringList whole, spaced;
    for (const QString& f : families.mid(0, 6))
        for (const QString& g : givens.mid(0, 10)) {
            whole << f + g;
            spaced << f + FullWidthSpace + g;
        }
    const QString w = whole.contains(text) ? text : closest(text, whole, engineSure);
    return w.isEmpty() ? read : spaced.at(whole.indexOf(w));
}

QString NameReadings::fitted(const QString& name, const QString& read, bool engineSure) const
{
    PersonName n = PersonName::parse(name);
    if (!n.split())
        n = knownSplit(name).value_or(n);
    if (!n.split() || read.isEmpty())
        return {};
    const QStringList families = of(n.family, Part::Family);
    const QStringList givens = of(n.given, Part::Given);
    const QString reading = readingOf(families, givens, read, engineSure, m_givenReadings);
    const PersonName parts = PersonName::parse(reading);
    return parts.split() && families.contains(parts.family) && givens.contains(parts.given) ? reading : QString();
}

bool NameReadings::readsAs(const QString& read, const QStringList& readings, bool engineSure)
{
    return readings.contains(read) || !closest(read, readings, engineSure).isEmpty();
}

QList<NameReadings::CharacterTold> NameReadings::charactersTold(
    const QString& name, const QString& reading, bool engineSure) const
{
    PersonName n = PersonName::parse(name);
    if (!n.split())
        n = knownSplit(name).value_or(n);
    const PersonName r = PersonName::parse(reading);
    if (!n.split() || !r.split())
        return {};
    const VariantTable& variants = VariantTable::instance();
    QList<CharacterTold> told;
    const auto tell = [&](const QString& part, qsizetype offset, const QString& read, Part kind) {
        if (readsAs(read, of(part, kind), engineSure))
            return;
        CharacterTold t;
        if (isKana(part)) {
            // A name written in kana is its reading: さくら read きくら under サクラ.
            const bool hiragana = part.front().script() == QChar::Script_Hiragana;
            QString spelled = read;
            if (hiragana)
                for (QChar& c : spelled)
                    if (c >= QChar(0x30A1) && c <= QChar(0x30F6))
                        c = QChar(c.unicode() - 0x60);
            if (spelled.size() != part.size())
                return;
            for (qsizetype i = 0; i < part.size(); ++i)
                if (spelled[i] != part[i]) {
                    if (t.at >= 0)
                        return;
                    t.at = i;
                    t.characters = spelled[i];
                }
        } else {
            const QString folded = variants.fold(part);
            const auto& table = kind == Part::Family ? m_family : m_given;
            for (auto it = table.cbegin(); it != table.cend(); ++it) {
                const QString& other = it.key();
                if (other.size() != folded.size())
                    continue;
                qsizetype at = -1, differ = 0;
                for (qsizetype i = 0; i < other.size() && differ < 2; ++i)
                    if (other[i] != folded[i]) {
                        at = i;
                        ++differ;
                    }
                if (differ != 1 || !readsAs(read, it.value(), engineSure))
                    continue;
                if (t.at >= 0 && t.at != at)
                    return; // two places the reading could mend: none is told
                t.at = at;
                if (!t.characters.contains(other[at]))
                    t.characters += other[at];
            }
        }
        if (t.at < 0)
            return;
        t.at += offset;
        told << t;
    };
    // The parts' places in `name` as given, with or without the space between them.
    const qsizetype givenAt = name.lastIndexOf(n.given);
    tell(n.family, name.indexOf(n.family), r.family, Part::Family);
    tell(n.given, givenAt, r.given, Part::Given);
    return told;
}

void NameReadings::apply(TransferOutCertificate& c, double flaggedConfidence) const
{
    for (qsizetype i = 0; i < c.members.size(); ++i) {
        auto& m = c.members[i];
        // A name printed without its space (藤井悠真) is split where the dictionaries say.
        PersonName name = PersonName::parse(m.name);
        if (!name.split())
            name = knownSplit(m.name).value_or(name);
        if (!name.split())
            continue;
        const QStringList families = of(name.family, Part::Family);
        const QStringList givens = of(name.given, Part::Given);
        const QString key = QStringLiteral("members[%1].name_kana").arg(i);
        // No reading read where the page prints them (another member's was read): the one
        // the name's parts can have, when each has one only; the clerk checks it.
        if (m.nameKana.isEmpty()) {
            const bool printed = std::any_of(
                c.members.cbegin(), c.members.cend(), [](const auto& o) { return !o.nameKana.isEmpty(); });
            if (printed && families.size() == 1 && givens.size() == 1) {
                m.nameKana = families.first() + FullWidthSpace + givens.first();
                c.capConfidence(key, flaggedConfidence);
            }
            continue;
        }
        // Only the family part read (the given part's ruby lost): the given part's one
        // reading, when it has one only.
        if (families.contains(m.nameKana) && givens.size() == 1) {
            m.nameKana += FullWidthSpace + givens.first();
            c.capConfidence(key, flaggedConfidence);
            continue;
        }
        // Specks or a neighbour's ruby read before the reading (ガー　ド　オガワ　ナナ): the last
        // two words, when they are a reading the name's parts can have.
        static const QRegularExpression gap(QStringLiteral("[\\s\\x{3000}]+"));
        if (const QStringList words = m.nameKana.split(gap, Qt::SkipEmptyParts);
            words.size() > 2 && families.contains(words[words.size() - 2]) && givens.contains(words.last())) {
            m.nameKana = words[words.size() - 2] + FullWidthSpace + words.last();
            c.capConfidence(key, flaggedConfidence);
            continue;
        }
        const bool sure = c.confidenceOf(key).value_or(0.0) >= EngineSure;
        const QString reading = readingOf(families, givens, m.nameKana, sure, m_givenReadings);
        if (!reading.isEmpty() && reading != m.nameKana) {
            m.nameKana = reading;
            c.capConfidence(key, flaggedConfidence);
        }
        // A name and its reading that do not go together (明美 read over ユウキ): one of the
        // two is misread, and the reader cannot tell which.
        const PersonName now = PersonName::parse(m.nameKana);
        if (now.split()
            && ((!families.isEmpty() && !families.contains(now.family))
                || (!givens.isEmpty() && !givens.contains(now.given)))) {
            c.capConfidence(key, flaggedConfidence);
            c.capConfidence(QStringLiteral("members[%1].name").arg(i), flaggedConfidence);
        }
    }
    // A name of a family or given name no dictionary knows (俊借, 野日) is more likely
    // misread than rare: the clerk looks at it.
    const auto flagUnknown = [&](const QString& name, const QString& key) {
        if (!name.isEmpty() && !knows(name))
            c.capConfidence(key, flaggedConfidence);
    };
    for (qsizetype i = 0; i < c.members.size(); ++i)
        flagUnknown(c.members[i].name, QStringLiteral("members[%1].name").arg(i));
    flagUnknown(c.householdHead, QStringLiteral("household_head"));
    flagUnknown(c.hittousha, QStringLiteral("hittousha"));
}

} // namespace mdg
