#include "LostAddress.h"

#include "ValueRules.h"
#include "crosscheck/Municipalities.h"

#include <QRegularExpression>

#include <algorithm>

namespace mdg::ocr {

std::optional<qsizetype> addressStart(const QString& line)
{
    const QString c = compact(line); // NFKC already
    // A garbled label is a few characters; an address starts within them.
    static const QRegularExpression block(QStringLiteral("[0-9一二三四五六七八九十]+(丁目|番|条)"));
    for (qsizetype at = 0; at <= std::min<qsizetype>(8, c.size() - 4); ++at) {
        const Locality loc = Municipalities::instance().locate(QStringView(c).mid(at));
        if (loc.codes.isEmpty())
            continue;
        if (!block.match(c, at).hasMatch())
            return std::nullopt;
        // A prefecture garbled or a character short (裾自県須賀川市, 葉県船橋市) is the address's,
        // not the label's: its 県 stands, and the place is put right when it is read. The
        // shortest such start, so that no character of the label goes with it.
        static const QString prefectureEnds = QStringLiteral("都道府県");
        if (at > 0 && loc.prefecture.isEmpty() && prefectureEnds.contains(c[at - 1]))
            for (qsizetype from = at - 1; from >= std::max<qsizetype>(0, at - 4); --from)
                if (!Municipalities::instance().repaired(QStringView(c).mid(from)).isEmpty())
                    return from;
        return at;
    }
    return std::nullopt;
}

std::optional<Label> lostAddressField(const QString& garbledLabel, const QString& address, const QList<Label>& missing,
    const QString& issuer, bool besideHittousha)
{
    if (missing.size() == 1)
        return missing.first();
    // Characters only one of the labels and their synonyms holds.
    const QString label = compact(garbledLabel);
    const auto holds = [&](const QString& chars) {
        return std::any_of(chars.cbegin(), chars.cend(), [&](QChar ch) { return label.contains(ch); });
    };
    QList<Label> spelled;
    if (holds(QStringLiteral("転先新")))
        spelled << Label::Destination;
    if (holds(QStringLiteral("本籍")))
        spelled << Label::Honseki;
    if (holds(QStringLiteral("旧前")))
        spelled << Label::Address;
    spelled.removeIf([&](Label l) { return !missing.contains(l); });
    if (spelled.size() == 1)
        return spelled.first();
    // The mayor's municipality is the one the resident moves out of.
    const QString city = compact(issuer).section(u'長', 0, 0);
    if (missing.contains(Label::Address) && city.size() >= 2 && compact(address).contains(city))
        return Label::Address;
    const Label byPlace = besideHittousha ? Label::Honseki : Label::Destination;
    return missing.contains(byPlace) ? std::optional<Label>(byPlace) : std::nullopt;
}

int placeLostAddresses(
    PageText& text, const LineLabels& labels, int headerLine, const QString& issuer, QHash<Label, Value>& household)
{
    const auto& byLine = text.byLine;
    QList<Label> lost;
    for (const Label l : {Label::Address, Label::Destination, Label::Honseki})
        if (!household.contains(l))
            lost << l;
    int placed = 0;
    for (int li = 0; !lost.isEmpty() && li < byLine.size(); ++li) {
        if (byLine[li].isEmpty() || text.heading[li] || labels.of[li] || li == headerLine || labels.isMemberLine(li))
            continue;
        const Value line = text.joined(byLine[li]);
        const auto start = addressStart(line.text);
        if (!start)
            continue;
        // A garbled label in a segment of its own, or run into the address.
        const QString garbled = compact(line.text).left(*start);
        const Value address = text.joined(text.from(byLine[li], *start));
        const auto isHittousha
            = [&](int at) { return at >= 0 && at < labels.of.size() && labels.of[at] == Label::Hittousha; };
        if (const auto field
            = lostAddressField(garbled, address.text, lost, issuer, isHittousha(li - 1) || isHittousha(li + 1))) {
            household.insert(*field, address);
            lost.removeAll(*field);
            ++placed;
        }
    }
    return placed;
}

} // namespace mdg::ocr
