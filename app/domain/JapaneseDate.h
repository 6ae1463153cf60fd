#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace mdg {

// Dates as Japanese records write them: 和暦 (昭和60年4月12日, S60.4.12, 昭和６０年, 昭和六十年, 3600412,
// 令和元年) or Gregorian (2024年3月25日, 2024-03-25). The eras are a table, so a new era
// needs a row, not code.
class JapaneseDate
{
public:
    struct Era
    {
        QString name; // 昭和
        QString letter; // S
        int code; // 3 (the codes 1-5 of many systems)
        QDate first; // 1926-12-25
        QDate last; // 1989-01-07; invalid for the current era
    };
    static const QList<Era>& eras();

    enum class Digits { Ascii, FullWidth, Kanji };

    // nullopt for text that is not a date, or names a day that does not exist
    // (昭和64年1月8日, 平成31年5月1日, 2月30日).
    static std::optional<QDate> parse(QStringView text);
    // 昭和60年4月12日 in the chosen digits; year 1 as 元年 when `gannen`.
    static QString format(const QDate& date, Digits digits = Digits::Ascii, bool gannen = true);
    // The era a date is written in (the later era on a boundary day).
    static std::optional<Era> eraOf(const QDate& date);

    // Full-width digits to ASCII and kanji numerals (二十五, 二〇二四) to numbers; other
    // text unchanged. Used by the date parser and the OCR post-correction.
    static QString normaliseDigits(QStringView text);
};

} // namespace mdg
