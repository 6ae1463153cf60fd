#include "LostNameLines.h"

#include "ValueRules.h"

#include <QRegularExpression>

namespace mdg::ocr {

std::optional<qsizetype> knownNameStart(const QString& line, const QStringList& known)
{
    const QString c = compact(line);
    // A full name, or a family part of two characters or more (one character, 森, is found
    // in too many garbled labels) followed by a given name of up to four; a full name of
    // three characters or more a character off (第地進 for 菊地進) at the line's end.
    std::optional<qsizetype> best;
    const auto take = [&](qsizetype at) {
        if (at > 0 && (!best || at < *best)) // something before the name: its label
            best = at;
    };
    static const QRegularExpression notName(QStringLiteral("[0-9年月日番号]"));
    QStringList families;
    for (const QString& name : known) {
        const QString full = compact(name);
        const QStringList parts = name.split(QChar(0x3000), Qt::SkipEmptyParts);
        if (parts.size() == 2 && parts.first().size() >= 2)
            families << parts.first();
        if (full.size() >= 2 && c.endsWith(full))
            take(c.size() - full.size());
        if (full.size() >= 3 && c.size() > full.size()) {
            int differences = 0;
            for (qsizetype i = 0; i < full.size(); ++i)
                differences += c[c.size() - full.size() + i] != full[i] ? 1 : 0;
            if (differences == 1)
                take(c.size() - full.size());
        }
    }
    for (const QString& family : std::as_const(families)) {
        const qsizetype at = c.lastIndexOf(family);
        if (at < 0)
            continue;
        const QString rest = c.mid(at + family.size());
        if (rest.size() <= 4 && !rest.contains(notName))
            take(at);
    }
    if (!best)
        return std::nullopt;
    // A label is a few characters and holds no name: a line of several names is a row of
    // the members' table whose label was lost.
    const QString label = c.left(*best);
    if (label.size() > 8
        || std::any_of(families.cbegin(), families.cend(), [&](const QString& f) { return label.contains(f); }))
        return std::nullopt;
    return best;
}

std::optional<Label> lostNameField(const QString& garbledLabel, const QList<Label>& missing)
{
    static const QRegularExpression head(QStringLiteral("[世帯主]"));
    static const QRegularExpression hittousha(QStringLiteral("[筆頭者]"));
    const bool looksHead = garbledLabel.contains(head);
    const bool looksHittousha = garbledLabel.contains(hittousha);
    if (missing.size() == 1) {
        const Label l = missing.first();
        const bool other = l == Label::Hittousha ? looksHead && !looksHittousha : looksHittousha && !looksHead;
        return other ? std::nullopt : std::optional<Label>(l);
    }
    if (looksHead != looksHittousha)
        return looksHead ? Label::Head : Label::Hittousha;
    return std::nullopt;
}

int placeLostNameLines(PageText& text, const LineLabels& labels, PlacedFields& placed)
{
    QList<Label> missing;
    for (const Label l : {Label::Head, Label::Hittousha})
        if (!placed.household.contains(l))
            missing << l;
    QStringList known;
    if (placed.household.contains(Label::Head))
        known << normaliseName(placed.household.value(Label::Head).text);
    if (placed.household.contains(Label::Hittousha))
        known << normaliseName(placed.household.value(Label::Hittousha).text);
    for (const auto& member : std::as_const(placed.members))
        if (member.contains(Label::Name))
            known << normaliseName(member.value(Label::Name).text);
    known.removeAll(QString());
    if (missing.isEmpty() || known.isEmpty())
        return 0;
    int found = 0;
    for (int li = 0; !missing.isEmpty() && li < text.byLine.size(); ++li) {
        if (text.byLine[li].isEmpty() || text.heading[li] || labels.of[li] || labels.isMemberLine(li))
            continue;
        const Value line = text.joined(text.byLine[li]);
        const auto start = knownNameStart(line.text, known);
        if (!start)
            continue;
        const QString garbled = compact(line.text).left(*start);
        // A label leaves ink that reads as a character or more; a name alone on its line is
        // a member's (a row whose other values were lost).
        if (std::none_of(garbled.cbegin(), garbled.cend(), [](QChar ch) { return isKanji(ch) || isKana(ch); }))
            continue;
        if (const auto field = lostNameField(garbled, missing)) {
            placed.household.insert(*field, text.joined(text.from(text.byLine[li], *start)));
            missing.removeAll(*field);
            ++found;
        }
    }
    return found;
}

} // namespace mdg::ocr
