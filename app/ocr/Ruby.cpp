#include "Ruby.h"

#include "Labels.h"
#include "PageGeometry.h"
#include "ValueRules.h"

#include <algorithm>

namespace mdg::ocr {

namespace {

bool mostlyKana(const QString& text)
{
    int kana = 0, all = 0;
    for (QChar c : text) {
        if (c.isSpace())
            continue;
        ++all;
        kana += isKana(c) ? 1 : 0;
    }
    return kana >= 2 && kana * 10 >= all * 7;
}

// Whether `name` stands just below `ruby`, under it, and is set clearly larger.
bool sitsOn(const OcrEngine::Word& ruby, const OcrEngine::Word& name)
{
    const int h = std::max(1, ruby.box.height());
    if (name.box.height() < h * 14 / 10 || !std::any_of(name.text.cbegin(), name.text.cend(), isKanji))
        return false;
    const int gap = name.box.top() - ruby.box.bottom();
    if (gap < -h / 2 || gap > h * 12 / 10 + 4)
        return false;
    return ruby.box.left() < name.box.right() + h && ruby.box.right() > name.box.left() - 2 * h;
}
// Kana throughout but for a few specks read as letters (ゴトウ ユウキ Pe).
bool wholeLineOfKana(const OcrEngine::Line& line)
{
    int kana = 0, other = 0;
    for (const auto& w : line.words) {
        if (std::any_of(w.text.cbegin(), w.text.cend(), isKanji))
            return false;
        const bool speck = w.text.size() <= 2 && std::none_of(w.text.cbegin(), w.text.cend(), isKana);
        for (QChar c : w.text)
            if (!c.isSpace() && !speck)
                (isKana(c) ? kana : other) += 1;
    }
    return kana >= 4 && other * 5 <= kana;
}
} // namespace

QList<OcrEngine::Word> takeRuby(QList<OcrEngine::Line>& lines)
{
    // Heights of whole lines, not of words: a katakana word's box is often much lower than
    // a kanji one's in the same line (ナ, ミ), while a ruby line is low throughout.
    const auto nameBelow = [&](const OcrEngine::Word& w, int lineHeight, qsizetype self) {
        for (qsizetype m = 0; m < lines.size(); ++m) {
            if (m == self || lines[m].box.height() < lineHeight * 14 / 10)
                continue;
            for (const auto& n : lines[m].words) {
                const bool digits = std::any_of(n.text.cbegin(), n.text.cend(), [](QChar c) { return c.isDigit(); });
                if (!digits
                    && sitsOn(OcrEngine::Word {w.text,
                                  QRect(w.box.left(), w.box.bottom() - lineHeight + 1, w.box.width(), lineHeight),
                                  w.confidence},
                        n))
                    return true;
            }
        }
        return false;
    };
    QList<int> heights;
    for (const auto& l : lines)
        heights << l.box.height();
    std::sort(heights.begin(), heights.end());
    const int usualHeight = heights.isEmpty() ? 0 : heights[heights.size() / 2];
    QList<OcrEngine::Word> ruby;
    for (qsizetype li = 0; li < lines.size(); ++li) {
        auto& line = lines[li];
        // The engine may cut a ruby line into single kana (ツ カ): one word of two kana over a
        // name makes the line ruby, and its lone kana over names with it.
        const int h = line.box.height();
        // A line of kana right over a clearly taller line with kanji is that line's ruby too,
        // when a speck read as letters (Pe) makes it look taller than it is.
        // Not a row of readings of its own: one labelled (ふりがな) or of the page's usual height.
        const bool labelled = !line.words.isEmpty() && matchLabel(line.words.first().text, false) == Label::Kana;
        const bool overNames = !labelled && h * 10 < usualHeight * 8 && wholeLineOfKana(line)
            && std::any_of(lines.cbegin(), lines.cend(), [&](const auto& l) {
                   const int gap = l.box.top() - line.box.bottom();
                   return gap >= -h / 2 && gap <= h && l.box.height() * 10 >= h * 13 && l.box.left() < line.box.right()
                       && l.box.right() > line.box.left() && std::any_of(l.text.cbegin(), l.text.cend(), isKanji);
               });
        const bool rubyLine = overNames || std::any_of(line.words.cbegin(), line.words.cend(), [&](const auto& w) {
            return mostlyKana(w.text) && nameBelow(w, h, li);
        });
        const auto allKana = [](const QString& text) {
            return !text.trimmed().isEmpty()
                && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace() || isKana(c); });
        };
        const auto noLetter = [](const QString& text) {
            return std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        };
        QList<OcrEngine::Word> kept;
        for (const auto& w : line.words) {
            if (rubyLine && noLetter(w.text)) // a speck read as 。 among the kana is nothing
                continue;
            const bool kana = mostlyKana(w.text) || (rubyLine && allKana(w.text));
            if (overNames && !kana && w.text.size() <= 2) // a speck read as letters
                continue;
            (kana && (overNames || nameBelow(w, h, li)) ? ruby : kept) << w;
        }
        if (kept.size() == line.words.size())
            continue;
        line.words = kept;
        QString text;
        QRect box;
        for (const auto& w : kept) {
            text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + w.text;
            box = box.isNull() ? w.box : box.united(w.box);
        }
        line.text = text;
        line.box = box;
    }
    lines.erase(
        std::remove_if(lines.begin(), lines.end(), [](const auto& l) { return l.words.isEmpty(); }), lines.end());
    return ruby;
}

OcrEngine::Word rubyOver(const QList<OcrEngine::Word>& ruby, const QRect& name)
{
    QList<OcrEngine::Word> over;
    for (const auto& w : ruby)
        if (sitsOn(w, OcrEngine::Word {QStringLiteral("名"), name, 1.0}))
            over << w;
    std::sort(over.begin(), over.end(), [](const auto& a, const auto& b) { return a.box.left() < b.box.left(); });
    OcrEngine::Word out;
    double confidence = 1.0;
    for (const auto& w : over) {
        // Kana cut apart by the engine (オオ ツ カ) are one word again; a wider gap parts the
        // family name's reading from the given name's.
        const bool gap = !out.box.isNull() && w.box.left() - out.box.right() > w.box.height() * 6 / 10;
        out.text += (gap ? QStringLiteral(" ") : QString()) + w.text;
        out.box = out.box.isNull() ? w.box : out.box.united(w.box);
        confidence = std::min(confidence, w.confidence);
    }
    out.confidence = over.isEmpty() ? 0 : confidence;
    return out;
}

void placeRubyReadings(QMap<int, QHash<Label, OcrEngine::Word>>& members, const QList<OcrEngine::Word>& ruby,
    const QImage& rulesRemoved, bool readingsLabelled)
{
    if (ruby.isEmpty() && readingsLabelled)
        return;
    for (auto it = members.begin(); it != members.end(); ++it) {
        if (!it->contains(Label::Name) || it->contains(Label::Kana))
            continue;
        // The name's own band of ink: the page pass's box may hold the ruby's ink too.
        const QRect name = inkBand(rulesRemoved, it->value(Label::Name).box);
        OcrEngine::Word over = rubyOver(ruby, name);
        if (over.text.isEmpty()) {
            over.box = rubyBandAbove(rulesRemoved, name);
            if (over.box.isNull())
                over.box = QRect(name.left() - name.height() / 2, name.top() - name.height() * 4 / 5,
                    name.width() + name.height(), name.height() * 3 / 4);
        }
        it->insert(Label::Kana, over);
    }
}

} // namespace mdg::ocr
