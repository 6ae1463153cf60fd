#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringView>

namespace mdg {

// A name as records write it: family name, a (full-width) space, given name. Names with
// no space (some foreign names, careless entry) have only `family` set.
struct PersonName
{
    QString family;
    QString given;

    bool split() const { return !given.isEmpty(); }
    static PersonName parse(QStringView full)
    {
        static const QRegularExpression space(QStringLiteral("[\\s\\x{3000}]+"));
        const QString t = full.trimmed().toString();
        const qsizetype at = t.indexOf(space);
        if (at < 0)
            return {t, {}};
        return {t.left(at), t.mid(at).trimmed()};
    }
};

} // namespace mdg
