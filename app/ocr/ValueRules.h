#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

// What the values of a certificate may be, as rules over read text: the corrections that
// put Tesseract's usual slips right, and the folds that compare readings.
namespace mdg::ocr {

// The relationships (続柄) a certificate may print: the residence record's and the birth-order words.
const QStringList& relationshipWords();

int editDistance(QStringView a, QStringView b);
// NFKC, without spaces, bars and punctuation: the form readings are compared in.
QString compact(const QString& s);

// Where a date begins in a compacted value (its era, or a Western year), past what is left
// of its label (目 of 生年月日 read into the value); nothing when it holds no date.
std::optional<qsizetype> dateStart(const QString& compacted);
// Era and date characters Tesseract confuses (昭→禁, 二→ニ, 日→口).
QString fixDateSlips(QString t);
// The move and the issue are of these years, 令和: a date whose era's first character was
// misread (倒和八年九月八日) from its era on, of 令和; nothing when it holds no such era.
std::optional<QString> recentEra(const QString& compacted);
// Katakana look-alikes between kanji or digits made kanji again (溝ロー丁目 → 溝口一丁目).
QString fixKanjiContext(const QString& s);

bool isKatakana(const QString& s);
// A CJK ideograph (kanji); hiragana, katakana or the long-vowel mark ー.
bool isKanji(QChar c);
bool isKana(QChar c);
// A name with look-alikes fixed, specks removed and one full-width space between its parts.
QString normaliseName(const QString& s);
// Katakana only (hiragana turned to katakana), one full-width space between the parts.
QString normaliseKana(const QString& s);
// The digits of a code, with O/o/l/I read as 0/1.
QString digitsOnly(const QString& s);
// The relationship word the text is, or one character off from (then `confidenceFactor`
// is lowered); empty when it is neither.
QString closestRelationship(const QString& s, double* confidenceFactor);

} // namespace mdg::ocr
