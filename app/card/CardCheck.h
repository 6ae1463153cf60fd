#pragma once

#include "card/MyNumberCard.h"
#include "crosscheck/CrossCheck.h"
#include "domain/Household.h"

namespace mdg::card {

// The card's four facts as a source of the same comparison as a certificate: its holder is
// paired with the entered member of that name and birth date, and the card's address is the
// address the resident leaves (a card shows the registered address until it is updated).
TransferOutCertificate asCertificate(const BasicFacts& facts);
// The findings about the holder and the address only: the card says nothing of the others.
QList<Finding> compareWithEntry(const BasicFacts& facts, const Household& entered);

} // namespace mdg::card
