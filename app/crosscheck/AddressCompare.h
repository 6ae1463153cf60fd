#pragma once

#include "Municipalities.h"
#include "TextFold.h"
#include "domain/Address.h"

#include <QString>
#include <QStringList>

namespace mdg {

// Splits an address; the municipality through the code list, block numerals to numbers.
Address parseAddress(QStringView address);

struct AddressComparison
{
    Verdict verdict = Verdict::Match;
    QStringList reasonKeys; // why equivalent, or which part differs ("town", "chome", ...)
    QString enteredBuilding, certificateBuilding; // the 方書 of each side, as parsed
    TextComparison building; // the 方書, compared on its own
};

AddressComparison compareAddresses(QStringView entered, QStringView certificate);

} // namespace mdg
