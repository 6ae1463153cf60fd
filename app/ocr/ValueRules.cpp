#include "ValueRules.h"

#include "domain/JapaneseDate.h"
#include "domain/Person.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace mdg::ocr {

const QStringList& relationshipWords()
{
    static const QStringList words = mdg::relationshipWords() + birthOrderRelationshipWords();
    return words;
}

int editDistance(QStringView a, QStringView b)
{
    QList<int> prev(b.size() + 1), cur(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

QString compact(const QString& s)
{
    QString t = s.normalized(QString::NormalizationForm_KC);
    t.remove(QRegularExpression(QStringLiteral("[\\s|｜:：、,，.。]")));
    return t;
}

// Era and date characters that Tesseract confuses (TOOLCHAIN.md: 昭→禁, 二→ニ).
std::optional<qsizetype> dateStart(const QString& compacted)
{
    qsizetype best = -1;
    for (const auto& era : JapaneseDate::eras())
        if (const qsizetype at = compacted.indexOf(era.name); at >= 0 && (best < 0 || at < best))
            best = at;
    static const QRegularExpression western(QStringLiteral("(18|19|20)[0-9]{2}(年|[-/.])"));
    if (const auto m = western.match(compacted); m.hasMatch() && (best < 0 || m.capturedStart() < best))
        best = m.capturedStart();
    return best >= 0 ? std::optional<qsizetype>(best) : std::nullopt;
}

QString fixDateSlips(QString t)
{
    static const QList<QPair<QString, QString>> slips = {
        {QStringLiteral("禁和"), QStringLiteral("昭和")},
        {QStringLiteral("照和"), QStringLiteral("昭和")},
        {QStringLiteral("昭利"), QStringLiteral("昭和")},
        {QStringLiteral("今和"), QStringLiteral("令和")},
        {QStringLiteral("令利"), QStringLiteral("令和")},
        {QStringLiteral("半成"), QStringLiteral("平成")},
        {QStringLiteral("ニ"), QStringLiteral("二")},
        {QStringLiteral("口"), QStringLiteral("日")},
    };
    for (const auto& [from, to] : slips)
        t.replace(from, to);
    // 六 read 太 and 四 read 西 where a numeral stands (令和太年七月十一日, 昭和西十六年);
    // 日 read 目 at the date's end.
    static const QRegularExpression six(QStringLiteral("(?<=[和成正治年月十])太|太(?=[年月日十])"));
    t.replace(six, QStringLiteral("六"));
    static const QRegularExpression four(QStringLiteral("(?<=[和成正治年月十])西|西(?=[年月日十])"));
    t.replace(four, QStringLiteral("四"));
    // 5 read $ or S in a date's number (平成$年11月17目).
    static const QRegularExpression five(QStringLiteral(
        "(?:(?<=[和成正治年月0-9０-９])|(?<=[和成正治年月0-9０-９]\\s))[$S](?=[0-9０-９]?\\s*[年月日])"));
    t.replace(five, QStringLiteral("5"));
    // 1 read as a bracket or bar after a digit (平成元年1』月23日: 11月).
    static const QRegularExpression one(QStringLiteral("(?<=[0-9０-９])[』\\]｣」|｜](?=\\s*[年月日])"));
    t.replace(one, QStringLiteral("1"));
    static const QRegularExpression day(QStringLiteral("(?<=[0-9０-９一二三四五六七八九十])\\s*目\\s*$"));
    t.replace(day, QStringLiteral("日"));
    // Between a year's month and its day only 月 stands (令和 8年 9屋 7日).
    static const QRegularExpression month(
        QStringLiteral("(?<=年)(\\s*[0-9０-９一二三四五六七八九十]{1,3}\\s*)[^0-9０-９一二三四五六七八九十月日\\s](?="
                       "\\s*[0-9０-９一二三四五六七八九十]{1,3}\\s*日)"));
    t.replace(month, QStringLiteral("\\1月"));
    return t;
}

std::optional<QString> recentEra(const QString& compacted)
{
    static const QRegularExpression slip(
        QStringLiteral("[^令昭平大明0-9〇一二三四五六七八九十]和(?=[0-9元〇一二三四五六七八九十]+年)"));
    const auto m = slip.match(compacted);
    if (!m.hasMatch())
        return std::nullopt;
    return QStringLiteral("令") + compacted.mid(m.capturedStart() + 1);
}

// Katakana that look like kanji (ロ/口, ニ/二, カ/力, エ/工, ー/一, ハ/八, タ/夕) between
// kanji are the kanji: addresses and names do not mix them.
QString fixKanjiContext(const QString& s)
{
    static const QHash<QChar, QChar> lookalikes = {{QChar(0x30ED), QChar(0x53E3)}, {QChar(0x30CB), QChar(0x4E8C)},
        {QChar(0x30AB), QChar(0x529B)}, {QChar(0x30A8), QChar(0x5DE5)}, {QChar(0x30FC), QChar(0x4E00)},
        {QChar(0x30CF), QChar(0x516B)}, {QChar(0x30BF), QChar(0x5915)}};
    const auto ideograph = [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; };
    QString out = s;
    // Digits blurred into letters in a block number (高砂ST目32番: 5丁目; 中古瀬Zz番地: 22番地):
    // a short run of digits and such letters before 番 or 丁目, or after 番, 番地の or 丁目 and
    // before 号 or 番, is digits. (A building's letters, B101号室, stand after no such word.)
    static const QRegularExpression letterDigits(QStringLiteral(
        "(?<=\\p{Han})[0-9SZzOoIlB]{1,3}(?=番|丁目|T目|」目)|(?<=番|の|目)[0-9SZzOoIlB]{1,3}(?=号|番|$)"));
    static const QHash<QChar, QChar> asDigit = {
        {u'S', u'5'}, {u'Z', u'2'}, {u'z', u'2'}, {u'O', u'0'}, {u'o', u'0'}, {u'I', u'1'}, {u'l', u'1'}, {u'B', u'8'}};
    for (auto it = letterDigits.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        for (qsizetype i = m.capturedStart(); i < m.capturedEnd(); ++i)
            out[i] = asDigit.value(out[i], out[i]);
    }
    // A stray stroke after the last number (2丁目1番19号-).
    static const QRegularExpression trailingStroke(QStringLiteral("(?<=[号番地0-9])[-ー‐―—]+$"));
    out.remove(trailingStroke);
    // 一 read as a dash before 丁目 (瓜生原-丁目), 丁 read 町 after an Arabic numeral (5町目:
    // the old 町目 is written in kanji numerals), 七 read ヒ at a number's end (番地の十ヒ).
    static const QRegularExpression dashForOne(QStringLiteral("(?<=\\p{Han})[-‐―—−](?=丁目)"));
    out.replace(dashForOne, QStringLiteral("一"));
    static const QRegularExpression townForCho(QStringLiteral("(?<=[0-9０-９])町(?=目)"));
    out.replace(townForCho, QStringLiteral("丁"));
    static const QRegularExpression hiForSeven(QStringLiteral("(?<=[一二三四五六七八九十百千])ヒ(?=[番号の]|$)"));
    out.replace(hiForSeven, QStringLiteral("七"));
    // 丁目 read 」日 after a numeral and before the block number (3」日11番).
    static const QRegularExpression choAsBracketDay(
        QStringLiteral("(?<=[0-9０-９一二三四五六七八九十])[\\]」｣亅]日(?=[0-9０-９])"));
    out.replace(choAsBracketDay, QStringLiteral("丁目"));
    // 丁 of 丁目 read as a bracket; a 1 of the block numbers read as a bracket, a bar, T, +
    // or 』 (丁目T7番, 2T番, の+7).
    static const QRegularExpression chome(QStringLiteral("[\\]」｣亅](?=目)"));
    out.replace(chome, QStringLiteral("丁"));
    static const QRegularExpression one(QStringLiteral("(?<=[0-9目番の\\p{Han}])[\\]|｜T+＋』](?=[0-9番号])"));
    out.replace(one, QStringLiteral("1"));
    // 千 read 干 in a number in kanji (演田干二百六十六番地): 干 stands in no address.
    static const QRegularExpression thousand(QStringLiteral("干(?=[一二三四五六七八九百])"));
    out.replace(thousand, QStringLiteral("千"));
    // A 5 of the block numbers read as $ (28番$号, 1番地の1$).
    static const QRegularExpression five(QStringLiteral("(?<=[0-9目番の])\\$(?=[0-9番号地]|$)"));
    out.replace(five, QStringLiteral("5"));
    // 丁 read as another character (5工目21番, 六王目28番, 一耳目29番) between a block's
    // numeral and 目 with the lot number after it: nothing else stands there.
    static const QRegularExpression misreadCho(
        QStringLiteral("(?<=[0-9０-９一二三四五六七八九十])[^0-9０-９一二三四五六七八九十丁番号条線地区町村市\\s](?=目["
                       "0-9０-９一二三四五六七八九十])"));
    out.replace(misreadCho, QStringLiteral("丁"));
    // 丁 read as 十 after an Arabic numeral (3十目8番), or a stroke read as 十 between one
    // and 丁目 (3十丁目): Arabic and kanji numerals are not mixed in one number. (After a
    // kanji numeral 十目 is as likely 十丁目 with 丁 lost: 北二十目8番.)
    static const QRegularExpression tenForCho(QStringLiteral("(?<=[0-9０-９])十(?=目[0-9０-９一二三四五六七八九十])"));
    out.replace(tenForCho, QStringLiteral("丁"));
    static const QRegularExpression strayTen(QStringLiteral("(?<=[0-9０-９])十(?=丁目)"));
    out.remove(strayTen);
    // 丁 lost between the numeral and 目 (蒲田五目11番, 昭和6目8番): 目 after a numeral and
    // before the block number is only ever 丁目.
    static const QRegularExpression lostCho(QStringLiteral("(?<=[0-9０-９一二三四五六七八九十])目(?=[0-9０-９])"));
    out.replace(lostCho, QStringLiteral("丁目"));
    // No town counts its 丁目 past the twenties (札幌's 大通西 ends at 二十八): a 十 after one
    // or three to nine (四十丁目), or a second digit with no 十 between (五二丁目, 五二目 once
    // 丁 is put back above), is a stroke of 丁 read on its own; 丁 read 十 after three to
    // nine (六十目二十四番) is 丁.
    static const QRegularExpression impossibleTen(QStringLiteral("(?<=[一三四五六七八九])十(?=丁目)"));
    out.remove(impossibleTen);
    static const QRegularExpression strayDigit(QStringLiteral("(?<=[一二三四五六七八九])[一二](?=丁目)"));
    out.remove(strayDigit);
    static const QRegularExpression kanjiTenForCho(QStringLiteral("(?<=[三四五六七八九])十(?=目)"));
    out.replace(kanjiTenForCho, QStringLiteral("丁"));
    // A neighbour counts as kanji when it is one, or a look-alike that is about to become
    // one (溝ロー丁目, 溝ロニ丁目): two passes settle such chains.
    const auto kanjiLike = [&](QChar c) { return ideograph(c) || c.isDigit() || lookalikes.contains(c); };
    for (int pass = 0; pass < 2; ++pass) {
        for (qsizetype i = 0; i < out.size(); ++i) {
            const auto it = lookalikes.constFind(out[i]);
            if (it == lookalikes.cend())
                continue;
            const bool before = i > 0 && (ideograph(out[i - 1]) || out[i - 1].isDigit());
            const bool after = i + 1 < out.size()
                && (pass == 0 ? kanjiLike(out[i + 1]) : (ideograph(out[i + 1]) || out[i + 1].isDigit()));
            if (before && (after || i + 1 == out.size()))
                out[i] = *it;
        }
    }
    return out;
}

bool isKanji(QChar c)
{
    return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF;
}

bool isKana(QChar c)
{
    return (c.unicode() >= 0x3041 && c.unicode() <= 0x30FA) || c.unicode() == 0x30FC;
}

bool isKatakana(const QString& s)
{
    return !s.isEmpty() && std::all_of(s.cbegin(), s.cend(), [](QChar c) {
        return (c.unicode() >= 0x30A1 && c.unicode() <= 0x30FA) || c.unicode() == 0x30FC;
    });
}

QString normaliseName(const QString& s)
{
    QString t = fixKanjiContext(s.trimmed());
    // 二 or 三 blurred to an equals sign beside a kanji (=浦勇気): 二, which the name's reading
    // can then tell from 三 (NameReadings).
    static const QRegularExpression equals(QStringLiteral("[=＝](?=\\p{Han})|(?<=\\p{Han})[=＝]"));
    t.replace(equals, QStringLiteral("二"));
    // Specks read as punctuation; a name has none (the ・ of a foreign name stays).
    static const QRegularExpression specks(QStringLiteral("[。、，,.．:：;；'\"`!！?？|｜<>＜＞*＊]"));
    t.remove(specks);
    t.replace(QRegularExpression(QStringLiteral("\\s+")), QString(QChar(0x3000)));
    // A name cell grown into the reading beside it (田中　裕子　タナカ　ユウコ): the
    // katakana words after a kanji name are the reading's.
    QStringList words = t.split(QChar(0x3000), Qt::SkipEmptyParts);
    const auto hasKanji = [](const QString& w) {
        return std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.script() == QChar::Script_Han; });
    };
    // A reading misread with a hiragana among its katakana (ワタナべ) is still the reading; a
    // given name in hiragana alone (さくら) is not.
    const auto reading = [](const QString& w) {
        return std::all_of(w.cbegin(), w.cend(), [](QChar c) { return isKana(c); })
            && std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.script() == QChar::Script_Katakana; });
    };
    // Both parts of the name in kanji, or the name unspaced (渡邊明美 ワタナベ アケミ) and the
    // reading's two parts after it; a katakana given name (山田 エマ) stays.
    const auto trailing
        = std::find_if(words.crbegin(), words.crend(), [&](const QString& w) { return !reading(w); }) - words.crbegin();
    const qsizetype kanjiWords = words.size() - trailing;
    if (kanjiWords >= 1 && trailing >= 1 && hasKanji(words[0])
        && ((kanjiWords >= 2 && hasKanji(words[1])) || (kanjiWords == 1 && trailing >= 2)))
        words.resize(kanjiWords);
    return words.join(QChar(0x3000));
}

QString normaliseKana(const QString& s)
{
    QString t;
    for (QChar c : s.normalized(QString::NormalizationForm_KC)) {
        const char16_t u = c.unicode();
        if (u >= 0x3041 && u <= 0x3096)
            t += QChar(u + 0x60); // hiragana -> katakana
        else if ((u >= 0x30A1 && u <= 0x30FA) || u == 0x30FC)
            t += c;
        else if (c.isSpace())
            t += QChar(0x3000);
    }
    t.replace(QRegularExpression(QStringLiteral("\\x{3000}+")), QString(QChar(0x3000)));
    // No word of a reading starts with a long-vowel mark or a small kana: a mark there is a
    // speck or a rule (ー ヨシダ), a small kana a large one read small (ョシダ).
    static const QString small = QStringLiteral("ァィゥェォッャュョヮヵヶ");
    static const QString large = QStringLiteral("アイウエオツヤユヨワカケ");
    QStringList words = t.split(QChar(0x3000), Qt::SkipEmptyParts);
    // The engine can read a voiced kana twice, the second time semi-voiced (チバパ, ワタナベペ):
    // no reading runs バ into パ.
    static const QString voiced = QStringLiteral("バビブベボ");
    static const QString semiVoiced = QStringLiteral("パピプペポ");
    for (QString& w : words) {
        for (qsizetype i = w.size() - 1; i > 0; --i)
            if (const qsizetype k = semiVoiced.indexOf(w[i]); k >= 0 && w[i - 1] == voiced[k])
                w.remove(i, 1);
        while (w.startsWith(QChar(0x30FC)))
            w.remove(0, 1);
        if (const qsizetype i = w.isEmpty() ? -1 : small.indexOf(w.front()); i >= 0)
            w[0] = large[i];
    }
    words.removeAll(QString());
    return words.join(QChar(0x3000));
}

QString digitsOnly(const QString& s)
{
    QString t = s.normalized(QString::NormalizationForm_KC);
    t.replace(QLatin1Char('O'), QLatin1Char('0')).replace(QLatin1Char('o'), QLatin1Char('0'));
    t.replace(QLatin1Char('l'), QLatin1Char('1')).replace(QLatin1Char('I'), QLatin1Char('1'));
    // A blurred 2 comes back Z (8Z86Z870Z36).
    t.replace(QLatin1Char('Z'), QLatin1Char('2')).replace(QLatin1Char('z'), QLatin1Char('2'));
    t.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    return t;
}

QString closestRelationship(const QString& s, double* confidenceFactor)
{
    const QString c = compact(s)
                          .replace(QStringLiteral("（"), QStringLiteral("("))
                          .replace(QStringLiteral("）"), QStringLiteral(")"));
    if (relationshipWords().contains(c))
        return c;
    // A single stroke before 男 or 女 (-女, ー男): 二 with one of its strokes lost. Nearest by
    // spelling would take the first ordinal (長女), which looks nothing like a stroke.
    static const QRegularExpression stroke(QStringLiteral("^[-ー一―‐=＝]([男女])$"));
    if (const auto m = stroke.match(c); m.hasMatch()) {
        *confidenceFactor = 0.85;
        return QStringLiteral("二") + m.captured(1);
    }
    QString best;
    int bestD = 99;
    for (const QString& r : relationshipWords()) {
        const int d = editDistance(c, r);
        if (d < bestD) {
            bestD = d;
            best = r;
        }
    }
    // One character off in a word of two or more: a slip; anything else is not guessed.
    if (bestD == 1 && best.size() >= 2) {
        *confidenceFactor = 0.85;
        return best;
    }
    return {};
}

} // namespace mdg::ocr
