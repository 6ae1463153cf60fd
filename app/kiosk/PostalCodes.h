#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

namespace mdg::kiosk {

// Where a 7-digit postal code lies: Japan Post's table (resources/kiosk/postal-codes.tsv),
// so a resident types the postal code and the block number, not the town.
struct PostalPlace
{
    QString municipalityCode; // 6 digits with the check digit, as municipalities.json
    QString municipality; // 神奈川県川崎市中原区
    QString town; // 小杉町; empty where the code covers the whole municipality
    QString address() const { return municipality + town; }
};

class PostalCodes
{
public:
    // The table shipped with the application, read on first use.
    static const PostalCodes& builtIn();
    explicit PostalCodes(QByteArray tsv);

    // "2110063", "211-0063", full-width digits; empty for a code that is not seven digits
    // or is not in the table. Several places when the code spans towns or municipalities.
    QList<PostalPlace> lookup(QStringView postalCode) const;
    // Seven ASCII digits, or empty.
    static QString normalise(QStringView postalCode);

private:
    QByteArray m_tsv; // sorted by postal code
    QList<qsizetype> m_lines; // offsets of the data lines
};

} // namespace mdg::kiosk
