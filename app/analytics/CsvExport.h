#pragma once

#include "Dashboard.h"

#include <QByteArray>

namespace mdg::analytics {

// The dashboard as a CSV file a spreadsheet opens with its Japanese intact: UTF-8 with a
// byte-order mark, CRLF line ends, RFC 4180 quoting. Headers are translated.
QByteArray toCsv(const Dashboard& d);

} // namespace mdg::analytics
