#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace mdg {

// The town names (町域) of every municipality (resources/crosscheck/towns.tsv, made by
// tools/make_town_table.py from Japan Post's postal-code data). Knowing the towns of the
// municipality an address names tells a misread town from a real one.
class Towns
{
public:
    static const Towns& instance();
    const QStringList& of(const QString& municipalityCode) const; // 5 digits, or 6 with the check digit
    qsizetype municipalityCount() const { return m_towns.size(); }

    // An address (width-folded, no spaces) whose town is not one of its municipality's,
    // but is one character away from exactly one of them, with that town put in; one whose
    // place is garbled, with the one real place near it whose towns hold its town; otherwise
    // the address unchanged. `corrected` says which.
    QString snap(const QString& address, bool* corrected) const;
    // The address with each town one character away put in, when it names none of its
    // municipality's towns: one reading, or several for a reader that can tell them apart
    // (間野 is one character from both 狩野 and 苅野).
    QStringList nearReadings(const QString& address) const;
    // Whether the address names its municipality and one of that municipality's towns.
    bool isKnown(const QString& address) const;
    // How long the town is that the address names after its municipality (the longest of
    // its municipality's towns it starts with); 0 when none.
    qsizetype knownTownLength(const QString& address) const;

private:
    Towns();
    QHash<QString, QStringList> m_towns;
};

} // namespace mdg
