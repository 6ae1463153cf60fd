#pragma once

#include "Labels.h"
#include "LineLabels.h"
#include "PageText.h"

#include <QHash>

#include <QList>
#include <QString>
#include <optional>

namespace mdg::ocr {

// A household line whose label came back as specks (転 出 先 read 転生出 25) still shows its
// value's grammar: a known municipality followed by a block number. Where the address
// begins, in compacted characters (what precedes it is the garbled label); nothing when the
// line holds no address.
std::optional<qsizetype> addressStart(const QString& line);

// Which of the address fields the page has not given yet (`missing`) such an address is:
// the only one left; else the one whose label characters the garbled label still holds
// (先 of 転出先, 籍 of 本籍); else the previous address when it lies in the municipality
// that issued the certificate (`issuer`, 日南市長); else 本籍 when the line stands beside
// 筆頭者, which forms print with it, and the destination when not. Nothing when that does
// not decide.
std::optional<Label> lostAddressField(const QString& garbledLabel, const QString& address, const QList<Label>& missing,
    const QString& issuer, bool besideHittousha);

// The stage: each line outside the members' lines and the rows header (`headerLine`)
// whose label was lost and whose value is an address goes to the address field the
// household still lacks that lostAddressField names, its garbled label cut off. Returns
// how many were placed.
int placeLostAddresses(
    PageText& text, const LineLabels& labels, int headerLine, const QString& issuer, QHash<Label, Value>& household);

} // namespace mdg::ocr
