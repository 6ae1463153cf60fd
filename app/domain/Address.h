#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mdg {

// Where an address is, as far as the municipality codes tell: 神奈川県 (may be omitted),
// 愛甲郡 (may be omitted), 川崎市, 中原区.
struct Locality
{
    QString prefecture; // as written, empty when omitted
    QString county; // 郡 as written, empty when omitted
    QString city; // 川崎市
    QString ward; // 中原区
    QStringList codes; // candidate 地方公共団体コード (several when the prefecture is
                       // omitted and the name exists in several: 府中市)
    qsizetype length = 0; // characters of the address this part took
};

// An address split into the parts that are compared one by one (DOMAIN.md, Addresses):
// the place through its municipality code, the town name, the block numbers and the
// building (方書) apart.
struct Address
{
    Locality locality;
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

} // namespace mdg
