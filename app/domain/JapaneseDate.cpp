#include "JapaneseDate.h"

#include <QRegularExpression>

namespace mdg {

const QList<JapaneseDate::Era>& JapaneseDate::eras()
{
    // DOMAIN.md: 大正 and 昭和 began on the day the previous era ended; 平成 and 令和 the day after.
    static const QList<Era> table = {
        {QStringLiteral("明治"), QStringLiteral("M"), 1, QDate(1868, 1, 25), QDate(1912, 7, 30)},
        {QStringLiteral("大正"), QStringLiteral("T"), 2, QDate(1912, 7, 30), QDate(1926, 12, 25)},
        {QStringLiteral("昭和"), QStringLiteral("S"), 3, QDate(1926, 12, 25), QDate(1989, 1, 7)},
        {QStringLiteral("平成"), QStringLiteral("H"), 4, QDate(1989, 1, 8), QDate(2019, 4, 30)},
        {QStringLiteral("令和"), QStringLiteral("R"), 5, QDate(2019, 5, 1), QDate()},
    };
    return table;
}

namespace {

int kanjiDigit(QChar c)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    const int i = int(digits.indexOf(c));
    if (i >= 0)
        return i;
    return c == QChar(0x96F6) /* 零 */ ? 0 : -1;
}

// 二十五 -> 25, 十二 -> 12, 二〇二四 -> 2024, 千九百八十五 -> 1985
std::optional<int> kanjiNumber(QStringView s)
{
    if (s.isEmpty())
        return std::nullopt;
    bool positional = true;
    for (QChar c : s)
        positional = positional && kanjiDigit(c) >= 0;
    int value = 0;
    if (positional) {
        for (QChar c : s)
            value = value * 10 + kanjiDigit(c);
        return value;
    }
    int section = 0;
    int digit = -1;
    for (QChar c : s) {
        const int d = kanjiDigit(c);
        if (d >= 0) {
            digit = d;
            continue;
        }
        int unit = 0;
        if (c == QChar(0x5341)) // 十
            unit = 10;
        else if (c == QChar(0x767E)) // 百
            unit = 100;
        else if (c == QChar(0x5343)) // 千
            unit = 1000;
        else
            return std::nullopt;
        section += (digit < 0 ? 1 : digit) * unit;
        digit = -1;
    }
    value = section + (digit < 0 ? 0 : digit);
    return value;
}

bool isKanjiNumeral(QChar c)
{
    return kanjiDigit(c) >= 0 || c == QChar(0x5341) || c == QChar(0x767E) || c == QChar(0x5343);
}

QString digitsAs(int n, JapaneseDate::Digits digits)
{
    const QString ascii = QString::number(n);
    switch (digits) {
    case JapaneseDate::Digits::Ascii: return ascii;
    case JapaneseDate::Digits::FullWidth: {
        QString out;
        for (QChar c : ascii)
            out += QChar(c.unicode() - u'0' + 0xFF10);
        return out;
    }
    case JapaneseDate::Digits::Kanji: {
        // The way dates are written out: 六十, 十二, 三十一, 一
        static const QString d = QStringLiteral("〇一二三四五六七八九");
        if (n < 10)
            return QString(d[n]);
        QString out;
        if (n >= 100) {
            out += d[n / 100];
            out += QChar(0x767E);
            n %= 100;
        }
        if (n >= 10) {
            if (n / 10 > 1)
                out += d[n / 10];
            out += QChar(0x5341);
        }
        if (n % 10)
            out += d[n % 10];
        return out;
    }
    }
    return ascii;
}

} // namespace

QString JapaneseDate::normaliseDigits(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text[i];
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19) {
            out += QChar(c.unicode() - 0xFF10 + u'0');
            ++i;
        } else if (isKanjiNumeral(c)) {
            qsizetype j = i;
            while (j < text.size() && isKanjiNumeral(text[j]))
                ++j;
            const auto n = kanjiNumber(text.mid(i, j - i));
            out += n ? QString::number(*n) : text.mid(i, j - i).toString();
            i = j;
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

std::optional<QDate> JapaneseDate::parse(QStringView raw)
{
    QString t = normaliseDigits(raw);
    t.remove(QRegularExpression(QStringLiteral("\\s")));
    t.replace(QStringLiteral("元年"), QStringLiteral("1年"));
    // Era forms: 昭和60年4月12日, 昭60.4.12, S60.4.12, S60/4/12, 3-60-4-12 is not accepted.
    static const QRegularExpression eraRe(
        QStringLiteral("^(明治|大正|昭和|平成|令和|明|大|昭|平|令|[MTSHRmtshr])(\\d{1,2})(?:年|[.\\-/"
                       "．])(\\d{1,2})(?:月|[.\\-/．])(\\d{1,2})日?$"));
    static const QRegularExpression westRe(
        QStringLiteral("^(?:西暦)?(\\d{4})(?:年|[.\\-/．])(\\d{1,2})(?:月|[.\\-/．])(\\d{1,2})日?$"));
    if (const auto m = eraRe.match(t); m.hasMatch()) {
        const QString e = m.captured(1);
        for (const Era& era : eras()) {
            if (e == era.name || e == era.name.left(1) || e.compare(era.letter, Qt::CaseInsensitive) == 0) {
                const int year = m.captured(2).toInt();
                if (year < 1)
                    return std::nullopt;
                const QDate d(era.first.year() + year - 1, m.captured(3).toInt(), m.captured(4).toInt());
                if (!d.isValid() || d < era.first || (era.last.isValid() && d > era.last))
                    return std::nullopt;
                return d;
            }
        }
        return std::nullopt;
    }
    // The era code form of many records systems: 3600412 = 昭和60年4月12日.
    static const QRegularExpression codeRe(QStringLiteral("^([1-9])(\\d{2})(\\d{2})(\\d{2})$"));
    if (const auto m = codeRe.match(t); m.hasMatch()) {
        const int code = m.captured(1).toInt();
        for (const Era& era : eras())
            if (era.code == code)
                return parse(
                    QStringLiteral("%1%2年%3月%4日").arg(era.name, m.captured(2), m.captured(3), m.captured(4)));
        return std::nullopt;
    }
    if (const auto m = westRe.match(t); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<JapaneseDate::Era> JapaneseDate::eraOf(const QDate& date)
{
    for (auto it = eras().crbegin(); it != eras().crend(); ++it)
        if (date >= it->first)
            return *it;
    return std::nullopt;
}

QString JapaneseDate::format(const QDate& date, Digits digits, bool gannen)
{
    const auto era = eraOf(date);
    if (!era)
        return {};
    const int year = date.year() - era->first.year() + 1;
    const QString y = year == 1 && gannen ? QStringLiteral("元") : digitsAs(year, digits);
    return QStringLiteral("%1%2年%3月%4日")
        .arg(era->name, y, digitsAs(date.month(), digits), digitsAs(date.day(), digits));
}

} // namespace mdg
