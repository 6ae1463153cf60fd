#pragma once

#include "card/CardChannel.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>

namespace mdg::card {

// The card readers of PC/SC: pcsc-lite (pcscd) on Linux, WinSCard on Windows. A channel is
// opened on one thread and used there; it lets go of the card when it goes.
class PcscReader
{
    Q_DECLARE_TR_FUNCTIONS(mdg::card::PcscReader)

public:
    // The readers connected now; ErrorCode::Unreachable when the smart-card service is not
    // running, an empty list when it runs without a reader.
    static Result<QStringList> readers();
    // The card in the first reader that holds one (or in `reader` when named).
    static Result<std::unique_ptr<CardChannel>> connect(const QString& reader = {});
};

} // namespace mdg::card
