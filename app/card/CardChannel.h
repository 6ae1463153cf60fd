#pragma once

#include "domain/Result.h"

#include <QByteArray>

namespace mdg::card {

// A card in a reader, spoken to one command at a time (ISO/IEC 7816-4 APDUs). The answer
// ends with its two status bytes. A reader or card gone mid-way answers ErrorCode::Unreadable
// with what happened in the clerk's words.
class CardChannel
{
public:
    virtual ~CardChannel() = default;
    virtual Result<QByteArray> transmit(const QByteArray& command) = 0;
};

} // namespace mdg::card
