#pragma once

#include <QImage>
#include <QRect>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

// Which of a few characters a printed glyph is, told by its shape against the same
// characters drawn in the system's Japanese fonts. For what the engine cannot tell: forms
// its model lacks (渡邉 comes back 渡邊, 髙橋 高橋) and a lone character it returns nothing
// for (a blurred 妻).
namespace mdg::ocr {

class GlyphMatcher
{
public:
    // A match this much closer than the next candidate is taken; measured by `bench glyphs`
    // (each font left out of the drawings it is compared with).
    static constexpr double SureMargin = 0.05;

    struct Match
    {
        QChar character;
        double score = 0; // correlation with its closest drawing, -1..1
        double margin = 0; // over the next candidate's closest drawing
    };

    // Drawn from every Japanese font family Qt finds (needs a QGuiApplication).
    static const GlyphMatcher& instance();
    // Drawn from the given families only: for tests that leave a page's font out.
    explicit GlyphMatcher(const QStringList& families);
    ~GlyphMatcher();
    GlyphMatcher(const GlyphMatcher&) = delete;
    GlyphMatcher& operator=(const GlyphMatcher&) = delete;

    // The candidate the ink inside `box` of an 8-bit grey page looks most like; nullopt
    // without ink there or without a font that draws two of the candidates.
    std::optional<Match> match(const QImage& gray, const QRect& box, const QString& candidates) const;
    // The same for a glyph in a line of print whose position the engine gave only roughly:
    // squares of about the line's height around `centreX` inside `band`, the best taken.
    std::optional<Match> matchAround(
        const QImage& gray, const QRect& band, int centreX, const QString& candidates) const;
    QStringList families() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Where character `at` of `text`, printed across `box`, stands: the x of its centre, when
// full-width characters take a square each and ASCII ones half (for matchAround).
int characterCentre(const QString& text, qsizetype at, const QRect& box);

// The forms a name's character may stand for that the engine's model cannot give
// (邊 -> 邉, 高 -> 髙, 細 -> 紬); empty when there are none.
QString registeredForms(QChar read);
// Characters of names the engine reads as this one though its model has them (葵 read 壮, 悠 read 修, 也 read 志,
// 郎 read 朗, 勇 read 男): looked at again as registered forms are.
QString lookAlikes(QChar read);

} // namespace mdg::ocr
