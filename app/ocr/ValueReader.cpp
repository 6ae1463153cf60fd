#include "ValueReader.h"

#include "DigitShapes.h"
#include "GlyphMatcher.h"
#include "LostAddress.h"
#include "NameReadings.h"
#include "PageGeometry.h"
#include "ValueRules.h"
#include "crosscheck/Towns.h"
#include "domain/JapaneseDate.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace mdg::ocr {

ValueReader::ValueReader(OcrEngine& engine, const QImage& page, int dpi, double flaggedConfidence)
    : m_engine(engine)
    , m_page(page)
    , m_dpi(dpi)
    , m_flaggedConfidence(flaggedConfidence)
{ }

// Values whose characters are known (dates, codes, 男/女, kana, relationships) are read
// again limited to those characters, which removes most slips of the page pass; names and
// addresses are read again with any character.
QList<Value> ValueReader::reread(Label l, const Value& v) const
{
    QString whitelist;
    switch (l) {
    case Label::PlannedDate:
    case Label::Birth:
        whitelist = QStringLiteral("明治大正昭和平成令和元年月日0123456789０１２３４５６７８９〇一二三四五六七八九十");
        break;
    case Label::Code: whitelist = QStringLiteral("0123456789０１２３４５６７８９"); break;
    case Label::Sex: whitelist = QStringLiteral("男女"); break;
    case Label::Kana: {
        for (char16_t c = 0x30A1; c <= 0x30F6; ++c)
            whitelist += QChar(c);
        whitelist += QStringLiteral("ー　 ");
        break;
    }
    case Label::Relationship: {
        // Every character of the vocabulary: 長男, 二女 cannot be read without 長, 男, 二.
        static const QString vocabulary = [] {
            QString chars = QStringLiteral("（）");
            for (const QString& w : relationshipWords())
                for (const QChar c : w)
                    if (!chars.contains(c))
                        chars += c;
            return chars;
        }();
        whitelist = vocabulary;
        break;
    }
    default: break; // names and addresses: any character
    }
    // A date whose end the page pass lost (…十二月二十) is read with room for two more
    // characters; what else that takes in is outside the date's characters.
    const bool openDate = (l == Label::Birth || l == Label::PlannedDate) && !compact(v.text).endsWith(u'日');
    const int extra = openDate ? v.box.height() * 2 : 0;
    const QRect crop = v.box.adjusted(-10, -8, 10 + extra, 8).intersected(m_page.rect());
    if (crop.isEmpty())
        return QList<Value> {};
    // At twice the size: thin strokes (一, 二 before 丁目) survive that the page pass drops.
    // (Ruby at three times read worse: 4 readings lost, none won on seed 61001.)
    const QImage line = m_page.copy(crop).scaled(crop.size() * 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    // 男/女 (and a lone 妻 or 子) read as one character: as a line Tesseract often drops it.
    const bool oneCharacter = l == Label::Sex || (l == Label::Relationship && v.box.width() < v.box.height() * 3 / 2);
    if (oneCharacter) {
        OcrEngine::Word w = m_engine.readLine(line, m_dpi * 2, whitelist, OcrEngine::LineMode::Word);
        // A blurred 男 can come back as nothing at twice the size; three times, with more
        // white around it, is tried before giving up.
        if (w.text.isEmpty()) {
            const QRect wide = v.box.adjusted(-v.box.height(), -10, v.box.height(), 10).intersected(m_page.rect());
            const QImage big
                = m_page.copy(wide).scaled(wide.size() * 3, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            for (const auto mode : {OcrEngine::LineMode::Word, OcrEngine::LineMode::Line}) {
                w = m_engine.readLine(big, m_dpi * 3, whitelist, mode);
                if (!w.text.isEmpty())
                    break;
            }
        }
        // Still nothing the field may hold (nothing, or 胡 for 妻): the glyph's shape against
        // the characters it may hold. The clerk checks it (below the threshold): the engine
        // did not see it.
        double unused = 1.0;
        if (w.text.isEmpty() || underRule(l, w, &unused).isEmpty()) {
            static const QString relationships = [] {
                QString singles;
                for (const QString& r : relationshipWords())
                    if (r.size() == 1)
                        singles += r;
                return singles;
            }();
            const auto m = GlyphMatcher::instance().match(
                m_page, v.box, l == Label::Sex ? QStringLiteral("男女") : relationships);
            if (m && m->margin >= GlyphMatcher::SureMargin)
                w = OcrEngine::Word {QString(m->character), v.box, m_flaggedConfidence * 0.9};
        }
        return QList<Value> {Value {w.text, v.box, w.confidence}};
    }
    QList<Value> out;
    for (const auto mode : {OcrEngine::LineMode::Line, OcrEngine::LineMode::Raw}) {
        const OcrEngine::Word w = m_engine.readLine(line, m_dpi * 2, whitelist, mode);
        out << Value {w.text, v.box, w.confidence};
    }
    // And at the page's own size, unless both readings agree: scaling can turn 二 into 三
    // as much as it saves 一.
    if (out[0].text.isEmpty() || compact(out[0].text) != compact(out[1].text)) {
        const OcrEngine::Word w = m_engine.readLine(m_page.copy(crop), m_dpi, whitelist, OcrEngine::LineMode::Line);
        out << Value {w.text, v.box, w.confidence};
    }
    // A birth-order word no reading gave (二女 read 己恋): two squares, each told by its
    // shape, the ordinal from the ordinals and then 男 or 女. The clerk checks it.
    const int h = v.box.height();
    double unused = 1.0;
    if (l == Label::Relationship && v.box.width() >= h * 8 / 5 && v.box.width() <= h * 3
        && std::none_of(
            out.cbegin(), out.cend(), [&](const Value& r) { return !underRule(l, r, &unused).isEmpty(); })) {
        const GlyphMatcher& glyphs = GlyphMatcher::instance();
        const auto first = glyphs.matchAround(m_page, v.box, v.box.left() + h / 2, QStringLiteral("長二三四五"));
        const auto second = glyphs.matchAround(m_page, v.box, v.box.right() - h / 2, QStringLiteral("男女"));
        if (qEnvironmentVariableIsSet("MADOGUCHI_OCR_DEBUG") && first && second)
            qDebug("birth order glyphs %s %.3f %s %.3f", qPrintable(QString(first->character)), first->margin,
                qPrintable(QString(second->character)), second->margin);
        if (first && second && first->margin >= GlyphMatcher::SureMargin && second->margin >= GlyphMatcher::SureMargin)
            out << Value {QString(first->character) + second->character, v.box, m_flaggedConfidence * 0.9};
    }
    return out;
}

// The value under its rule: an ISO date, male/female, a relationship, 11 digits, kana;
// empty when the text does not satisfy the rule.
QString ValueReader::underRule(Label l, const Value& v, double* factor) const
{
    QString out;
    switch (l) {
    case Label::PlannedDate:
    case Label::Birth: {
        QString t = fixDateSlips(compact(v.text));
        // 太 taken for 六, 西 for 四, is a guess the clerk sees.
        if ((v.text.contains(u'太') && !t.contains(u'太')) || (v.text.contains(u'西') && !t.contains(u'西')))
            *factor = std::min(*factor, m_flaggedConfidence / std::max(0.01, v.confidence));
        // A birth date whose era lost its first character (和四十六年): 昭和 or 令和, and
        // 昭和 for a year past 31 (令和 will not reach it for decades); the clerk checks it.
        if (l == Label::Birth && t.startsWith(u'和')) {
            if (const auto date = JapaneseDate::parse(QStringLiteral("昭") + t); date && date->year() - 1925 > 31) {
                t.prepend(u'昭');
                *factor = std::min(*factor, m_flaggedConfidence / std::max(0.01, v.confidence));
            }
        }
        if (const auto recent = recentEra(t); l == Label::PlannedDate && !JapaneseDate::parse(t) && recent) {
            t = *recent;
            *factor = std::min(*factor, m_flaggedConfidence / std::max(0.01, v.confidence));
        }
        // A short date in a column can run into the next member's (…二十九日平成三十年…, or
        // just its 平 where the column's edge cut it): the first one ending in 日 is this
        // member's. No date has a 日 before its end.
        if (const qsizetype day = t.indexOf(u'日'); day > 0 && day + 1 < t.size())
            t.truncate(day + 1);
        // Written in kanji, a date ends in 日; one that stops on a numeral (…十二月二十)
        // lost its end, and its day cannot be trusted.
        static const QString kanjiNumerals = QStringLiteral("〇一二三四五六七八九十");
        if (!t.isEmpty() && kanjiNumerals.contains(t.back()))
            break;
        const auto date = JapaneseDate::parse(t);
        out = date ? date->toString(Qt::ISODate) : QString();
        break;
    }
    case Label::Sex: {
        const QString c = compact(v.text);
        out = c.startsWith(QChar(0x7537)) ? QStringLiteral("male")
            : c.startsWith(QChar(0x5973)) ? QStringLiteral("female")
                                          : QString();
        break;
    }
    case Label::Relationship: out = closestRelationship(v.text, factor); break;
    case Label::Code: {
        const QString digits = digitsOnly(v.text);
        out = digits.size() == 11 ? digits : QString();
        break;
    }
    case Label::Kana: {
        // A reading is printed in one script: hiragana among katakana (ワタナベべ) is a
        // misread character, which the katakana-only re-read does not make.
        const auto in = [&](char16_t from, char16_t to) {
            return std::any_of(
                v.text.cbegin(), v.text.cend(), [&](QChar c) { return c.unicode() >= from && c.unicode() <= to; });
        };
        if (!(in(0x3041, 0x3096) && in(0x30A1, 0x30FA)))
            out = normaliseKana(v.text);
        break;
    }
    case Label::Name:
    case Label::Head:
    case Label::Hittousha: {
        out = normaliseName(v.text);
        // The 世帯主 and 筆頭者 lines hold one name: words before a known name are what is left
        // of the label (氏　名　藤田湊 of 筆頭者氏名, まモー　藤田　愛); flagged.
        const QStringList words = out.split(QChar(0x3000), Qt::SkipEmptyParts);
        // (Three words or more: 森　修真 is a name misread, not a label's 森.)
        const bool known = words.size() < 3 || NameReadings::instance().knows(out);
        for (qsizetype from = 1; !known && from < words.size(); ++from) {
            const QString rest = words.mid(from).join(QChar(0x3000));
            if (words.size() - from <= 2 && NameReadings::instance().knows(rest)) {
                out = rest;
                *factor = std::min(*factor, m_flaggedConfidence / std::max(0.01, v.confidence));
                break;
            }
        }
        break;
    }
    default: {
        // A town one character away from exactly one town of the municipality the
        // address names is that town (鶴沼海岸 → 鵠沼海岸); flagged for the clerk. So is an
        // address that names no town of its municipality at all (浦田 in 大田区, one
        // character from both 蒲田 and 羽田; 奈川県…): the engine can be sure of a misread.
        bool corrected = false;
        QString address = fixKanjiContext(compact(v.text));
        // What is left of the label before it (住所上尾市…: 転出先住所 cut at a gap): the
        // address starts at its place.
        if (const auto at = addressStart(address); at && *at > 0 && usedByLabel(l, address.left(*at)))
            address = address.mid(*at);
        out = Towns::instance().snap(address, &corrected);
        if (!corrected) {
            const QString told = townByGlyph(out, v.box);
            corrected = told != out;
            out = told;
        }
        // A number lost before 番 or 号 (二丁目番, 3番号) is flagged, not guessed; so is a
        // 丁目 after anything but a numeral (春日町太丁目: 六 misread).
        static const QRegularExpression lostNumber(
            QStringLiteral("目番|目号|番号|[^0-9０-９〇一二三四五六七八九十]丁目"));
        if (corrected || !Towns::instance().isKnown(out) || out.contains(lostNumber))
            *factor = std::min(*factor, m_flaggedConfidence / std::max(0.01, v.confidence));
        break;
    }
    }
    return out;
}

ValueReader::Reading ValueReader::read(Label l, Value read, const QString& key, int rightLimit) const
{
    read.box = inkBand(m_page, read.box);
    // Names, readings and addresses can be cut short by the page pass; dates have their own
    // room (above) and a code's neighbour in the next column may stand close.
    static const QSet<Label> growing {
        Label::Name, Label::Kana, Label::Head, Label::Hittousha, Label::Address, Label::Destination, Label::Honseki};
    if (growing.contains(l))
        read.box = extendedToItsInk(m_page, read.box);
    if (l == Label::Relationship)
        read.box = widenedToItsWord(m_page, read.box);
    // Nor does any value run into the next member's column: codes printed spaced out
    // (6 9 8 7 …) come back from the page pass as one piece across the columns.
    if (rightLimit > read.box.left())
        read.box.setRight(std::min(read.box.right(), rightLimit));
    // Of the page pass and the restricted re-read, the surer one that satisfies the rule.
    QList<Value> candidates = reread(l, read);
    candidates << read;
    if (qEnvironmentVariableIsSet("MADOGUCHI_OCR_DEBUG"))
        for (const Value& c : candidates)
            qDebug("%s [%d,%d %dx%d] %.2f %s", qPrintable(key), c.box.x(), c.box.y(), c.box.width(), c.box.height(),
                c.confidence, qPrintable(c.text));
    std::stable_sort(candidates.begin(), candidates.end(),
        [](const Value& a, const Value& b) { return a.confidence > b.confidence; });
    // An address: a reading that names a real town of its municipality goes first.
    if (l == Label::Address || l == Label::Destination || l == Label::Honseki)
        std::stable_partition(candidates.begin(), candidates.end(),
            [](const Value& c) { return Towns::instance().isKnown(fixKanjiContext(compact(c.text))); });
    // A name: a reading that is a known family and given name goes first, and only such
    // readings vote (=浦勇気 twice does not outvote 三浦勇気 once).
    const bool isName = l == Label::Name || l == Label::Head || l == Label::Hittousha;
    // (Known once a character is put in the form the engine cannot give: 福田 細 is 福田 紬.)
    const auto known = [](const Value& c) {
        const QString name = normaliseName(c.text);
        if (NameReadings::instance().knows(name))
            return true;
        for (qsizetype i = 0; i < name.size(); ++i)
            for (const QChar form : registeredForms(name[i]) + lookAlikes(name[i])) {
                QString other = name;
                other[i] = form;
                if (NameReadings::instance().knows(other))
                    return true;
            }
        return false;
    };
    const auto firstUnknown
        = isName ? std::stable_partition(candidates.begin(), candidates.end(), known) : candidates.end();
    const qsizetype voters = firstUnknown == candidates.begin() ? candidates.size() : firstUnknown - candidates.begin();
    Value v = candidates[0];
    double factor = 1.0;
    QString out;
    // Dates, codes and names: readings that agree outvote a surer one alone (五月二日
    // once, 五月二十日 twice; 浩 once, 浩二 twice); otherwise, and for addresses, the
    // surest reading stands.
    const bool vote = l == Label::Birth || l == Label::PlannedDate || l == Label::Code || l == Label::Name
        || l == Label::Head || l == Label::Hittousha;
    // Each reading under the rule once: the vote, the choice and the rivals all use it.
    struct Ruled
    {
        QString value;
        double factor = 1.0;
    };
    QList<Ruled> ruled;
    for (const Value& c : candidates) {
        Ruled r;
        if (!c.text.isEmpty())
            r.value = underRule(l, c, &r.factor);
        ruled << r;
    }
    QHash<QString, int> agreeing;
    for (qsizetype i = 0; i < voters; ++i)
        if (vote && !ruled[i].value.isEmpty())
            ++agreeing[ruled[i].value];
    int most = 0;
    for (const int n : std::as_const(agreeing))
        most = std::max(most, n);
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        if (!ruled[i].value.isEmpty() && (most < 2 || agreeing.value(ruled[i].value) == most)) {
            v = candidates[i];
            factor = ruled[i].factor;
            out = ruled[i].value;
            break;
        }
    }
    // Another reading that satisfies the rule with another value (19469562998 against
    // 10469562998, 三丁目 against 二丁目): the engine is not sure which, and the clerk is
    // told, whatever the confidence of either. Not for the 世帯主 and 筆頭者 lines: the
    // household's names check them (measured: many right ones flagged, no wrong one). An
    // address that names no town of its municipality is a misreading, no rival.
    const bool address = l == Label::Address || l == Label::Destination || l == Label::Honseki;
    const bool rival = !out.isEmpty() && l != Label::Head && l != Label::Hittousha
        && std::any_of(ruled.cbegin(), ruled.cend(), [&](const Ruled& r) {
               return !r.value.isEmpty() && compact(r.value) != compact(out)
                   && (!address || Towns::instance().isKnown(r.value));
           });
    if (rival)
        factor = std::min(factor, m_flaggedConfidence / std::max(0.01, v.confidence));
    // No reading satisfied the rule (昭和42年19月12日): a reading's digits told by their
    // shapes may (19月 was 10月), the surest reading first; flagged. So where the one that
    // does is outnumbered by readings that do not (令和2年1月13日 once, 令和2年19月13日
    // three times): it may have lost a digit they show.
    const bool numeric = l == Label::Code || l == Label::Birth || l == Label::PlannedDate;
    qsizetype failing = 0; // readings of some text that the rule refused
    for (qsizetype i = 0; i < candidates.size(); ++i)
        failing += !candidates[i].text.isEmpty() && ruled[i].value.isEmpty() ? 1 : 0;
    const auto agreeingWithOut
        = std::count_if(ruled.cbegin(), ruled.cend(), [&](const Ruled& r) { return !out.isEmpty() && r.value == out; });
    const bool outnumbered = numeric && !out.isEmpty() && failing > agreeingWithOut;
    if (outnumbered) {
        if (qEnvironmentVariableIsSet("MADOGUCHI_OCR_DEBUG"))
            qDebug("%s outnumbered by %d readings against the rule", qPrintable(key), int(failing));
        factor = std::min(factor, m_flaggedConfidence / std::max(0.01, v.confidence));
    }
    if (numeric && (out.isEmpty() || outnumbered)) {
        bool told = false;
        for (qsizetype i = 0; i < candidates.size() && !told; ++i) {
            if (candidates[i].text.isEmpty() || !ruled[i].value.isEmpty())
                continue;
            Value byShape = candidates[i];
            byShape.text = digitsByShape(m_page, candidates[i].box, candidates[i].text);
            double unused = 1.0;
            if (byShape.text != candidates[i].text)
                if (const QString shaped = underRule(l, byShape, &unused); !shaped.isEmpty()) {
                    out = shaped;
                    v = byShape;
                    factor = m_flaggedConfidence / std::max(0.01, v.confidence);
                    told = true;
                }
        }
    }
    // Digits told again by their shapes (a slashed 0 read 9 on a photo, 二女 read 三女, an
    // address's 30番 read 39番): a value they change is the clerk's to check.
    if ((l == Label::Code || l == Label::Birth || l == Label::PlannedDate || l == Label::Relationship || address)
        && !out.isEmpty()) {
        Value byShape = v;
        byShape.text = digitsByShape(m_page, v.box, v.text);
        double unused = 1.0;
        if (const QString told = underRule(l, byShape, &unused);
            compact(byShape.text) != compact(v.text) && !told.isEmpty() && told != out) {
            if (qEnvironmentVariableIsSet("MADOGUCHI_OCR_DEBUG"))
                qDebug("%s digits by shape: %s", qPrintable(key), qPrintable(byShape.text));
            out = told;
            v = byShape;
            factor = std::min(factor, m_flaggedConfidence / std::max(0.01, v.confidence));
        }
    }
    // A date whose print holds a digit more than was read (11月 read 1月 where the two
    // narrow 1s were seen as one): the engine's confidence says nothing of a glyph it
    // dropped.
    // The one valid reading that shows that digit (1』月 for 11月, outvoted by two 1月) is
    // the value then.
    if ((l == Label::Birth || l == Label::PlannedDate) && !out.isEmpty() && digitLost(m_page, v.box, v.text)) {
        if (qEnvironmentVariableIsSet("MADOGUCHI_OCR_DEBUG"))
            qDebug("%s has a digit more than read: %s", qPrintable(key), qPrintable(v.text));
        const QString shorter = compact(fixDateSlips(v.text));
        const auto oneDigitMore = [&](const QString& other) {
            if (other.size() != shorter.size() + 1)
                return false;
            for (qsizetype i = 0; i < other.size(); ++i)
                if (other[i].isDigit() && QString(other).remove(i, 1) == shorter)
                    return true;
            return false;
        };
        QSet<QString> longer;
        qsizetype longerAt = -1;
        for (qsizetype i = 0; i < candidates.size(); ++i)
            if (!ruled[i].value.isEmpty() && ruled[i].value != out
                && oneDigitMore(compact(fixDateSlips(candidates[i].text)))) {
                longer.insert(ruled[i].value);
                longerAt = i;
            }
        if (longer.size() == 1) {
            out = ruled[longerAt].value;
            v = candidates[longerAt];
        }
        factor = std::min(factor, m_flaggedConfidence / std::max(0.01, v.confidence));
    }
    // The engine can see コ twice, the second time as ユ (トモコユ): no reading of a name
    // ends in コユ, and when it is the only reading that ends in ユ the ユ goes.
    if (l == Label::Kana && out.endsWith(QStringLiteral("コユ"))) {
        const auto endsInYu = std::count_if(candidates.cbegin(), candidates.cend(),
            [](const Value& c) { return normaliseKana(c.text).endsWith(u'ユ'); });
        const auto readable = std::count_if(
            candidates.cbegin(), candidates.cend(), [](const Value& c) { return !compact(c.text).isEmpty(); });
        if (endsInYu == 1 && readable > 1) {
            out.chop(1);
            if (v.text.endsWith(u'ユ'))
                v.text.chop(1);
        }
    }
    if (l == Label::Name || l == Label::Head || l == Label::Hittousha) {
        bool unsure = false;
        out = withShapesChecked(out, v.box, &unsure);
        // 高 or 髙 the glyph could not tell: the clerk looks, the registered form matters.
        if (unsure)
            factor = std::min(factor, m_flaggedConfidence / std::max(0.01, v.confidence));
    }
    QList<Value> rivals;
    if (l == Label::Kana)
        for (qsizetype i = 0; i < candidates.size(); ++i)
            if (const QString& r = ruled[i].value; !r.isEmpty() && r != out
                && std::none_of(rivals.cbegin(), rivals.cend(), [&](const Value& o) { return o.text == r; }))
                rivals << Value {r, candidates[i].box, candidates[i].confidence};
    // Below the threshold the value stays visible, flagged by its confidence; a value
    // that failed its rule (an impossible date, a 10-digit code) is not given at all.
    return Reading {out, v, out.isEmpty() ? 0.0 : v.confidence * factor, rivals};
}

// The engine's model lacks registered forms names keep (渡邉, 髙橋) and confuses a few
// characters of names (葵 read 壮): a character it read that has such a twin is looked at
// again, its own glyph against drawings of both.
QString ValueReader::withShapesChecked(const QString& name, const QRect& box, bool* unsure) const
{
    const auto others = [](QChar c) { return registeredForms(c) + lookAlikes(c); };
    if (std::none_of(name.cbegin(), name.cend(), [&](QChar c) { return !others(c).isEmpty(); }))
        return name;
    const QRect crop = box.adjusted(-10, -8, 10, 8).intersected(m_page.rect());
    const QImage line = m_page.copy(crop).scaled(crop.size() * 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QList<OcrEngine::Word> symbols = m_engine.readSymbols(line, m_dpi * 2);
    QString out = name;
    QHash<QChar, int> seen; // the n-th 邊 of the symbols is the n-th of the name
    for (const OcrEngine::Word& s : symbols) {
        if (s.text.size() != 1 || others(s.text[0]).isEmpty())
            continue;
        const QChar c = s.text[0];
        const int n = seen[c]++;
        qsizetype at = -1;
        for (int k = 0; k <= n; ++k)
            at = out.indexOf(c, at + 1);
        if (at < 0)
            continue;
        // The engine's box of a character is rough (two characters wide at times): squares of
        // the line's height around its centre are tried.
        const int centre = crop.left() + s.box.center().x() / 2;
        const auto m = GlyphMatcher::instance().matchAround(m_page, box, centre, QString(c) + others(c));
        if (qEnvironmentVariableIsSet("MADOGUCHI_OCR_DEBUG") && m)
            qDebug("glyph %s at %d in [%d,%d %dx%d] -> %s %.3f margin %.3f", qPrintable(QString(c)), centre, box.x(),
                box.y(), box.width(), box.height(), qPrintable(QString(m->character)), m->score, m->margin);
        if (m && m->character != c && m->margin >= GlyphMatcher::SureMargin)
            out[at] = m->character;
        if (unsure && !registeredForms(c).isEmpty() && (!m || m->margin < GlyphMatcher::SureMargin))
            *unsure = true;
    }
    return out;
}

// A misread town one character from two or more of its municipality's towns at the same
// place (間野: 狩野 and 苅野) is the one whose character the glyph looks like, when it looks
// clearly more like one of them.
QString ValueReader::townByGlyph(const QString& address, const QRect& box) const
{
    const QStringList near = Towns::instance().nearReadings(address);
    if (near.size() < 2 || box.isEmpty())
        return address;
    qsizetype at = -1;
    QString candidates;
    for (const QString& reading : near) {
        if (reading.size() != address.size())
            return address;
        qsizetype differs = 0;
        while (differs < reading.size() && reading[differs] == address[differs])
            ++differs;
        if (at >= 0 && differs != at)
            return address; // the towns differ from the reading at different places
        at = differs;
        candidates += reading[at];
    }
    const int centre = characterCentre(address, at, box);
    // The character as read competes too: a town printed as no real one (浦田 in 大田区) is
    // kept, not taken for the real town it looks most like (蒲田).
    const auto m = GlyphMatcher::instance().matchAround(m_page, box, centre, address[at] + candidates);
    if (qEnvironmentVariableIsSet("MADOGUCHI_OCR_DEBUG") && m)
        qDebug("town glyph %s at %d of %s -> %s %.3f margin %.3f", qPrintable(QString(address[at])), centre,
            qPrintable(candidates), qPrintable(QString(m->character)), m->score, m->margin);
    if (!m || m->margin < GlyphMatcher::SureMargin || m->character == address[at])
        return address;
    return near.at(candidates.indexOf(m->character));
}

} // namespace mdg::ocr
