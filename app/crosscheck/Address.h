#pragma once

#include "Municipalities.h"
#include "TextFold.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mdg {

// An address split into the parts that are compared one by one (DOMAIN.md, Addresses):
// the place through its municipality code, the town name, the block numbers and the
// building (方書) apart.
struct AddressParts
{
    Municipalities::Locality locality;
    QString town; // folded: 大字/字 removed, ヶ/ケ/が and old kanji forms folded
    QList<int> blocks; // 1丁目2番3号, 1-2-3 and 一丁目2-3 all give [1, 2, 3]
    QString special; // 無番地, 番外地, 番地先
    QString building; // the 方書 as written (width-folded)

    // How it was written, to explain an equivalence.
    QString townAsWritten;
    QString blockNotation; // the separators: "丁目番号", "--", "番地"
    bool kanjiNumerals = false;
    bool aza = false; // 大字 or 字 was written
};

AddressParts parseAddress(QStringView address);

struct AddressComparison
{
    Verdict verdict = Verdict::Match;
    QStringList reasonKeys; // why equivalent, or which part differs ("town", "chome", ...)
    TextComparison building; // the 方書, compared on its own
};

AddressComparison compareAddresses(QStringView entered, QStringView certificate);

} // namespace mdg
