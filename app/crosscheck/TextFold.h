#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace mdg {

// Folds that remove differences of writing only. Each is one rule of DOMAIN.md, so the
// comparer can say which rule made two values equal.
namespace fold {

// Full-width ASCII and digits to ASCII, half-width kana to full-width (NFKC), leaving CJK
// compatibility ideographs alone: they are variant characters, not a width difference.
QString width(QStringView s);
QString spaces(QStringView s); // every space, full-width included, removed
QString katakana(QStringView s); // hiragana to katakana
QString largeKana(QStringView s); // ァ→ア, ッ→ツ, ョ→ヨ (old records had no small kana)
QString dashes(QStringView s); // the dash family (‐ - − – — ― ー ｰ ─) next to a digit to '-'
QString variants(QStringView s); // variant characters to their standard form; IVS dropped
QString kanaOfSmallTsu(QStringView s); // ヶ/ケ/が, ヵ/カ/か, 之/ノ/の, ッ/ツ (place names only)

// Levenshtein distance in UTF-16 units; values compared here are short.
int distance(QStringView a, QStringView b);

} // namespace fold

// The verdict of one compared value (CONTRACTS.md section 4).
enum class Verdict { Match, Equivalent, Mismatch, Missing };
QString verdictKey(Verdict v); // "match" | "equivalent" | "mismatch" | "missing"

// A writing rule that can make two different strings equal, with its reason for the clerk.
struct FoldRule
{
    const char* key; // stable: "width", "variants", ...
    QString (*apply)(QStringView);
};

struct TextComparison
{
    Verdict verdict = Verdict::Match;
    QStringList reasonKeys; // the rules that explained the difference, in order
};

// Match when identical; Equivalent when applying `rules` in order makes them equal (the
// reasons are the rules that brought them closer); Mismatch otherwise. Missing is the
// caller's judgement (an empty side).
TextComparison compareText(QStringView a, QStringView b, const QList<FoldRule>& rules);

} // namespace mdg
