// libFuzzer target: whatever the records system (or whoever answers in its place) sends
// back must end in records, a receipt, transfer-out information or a refusal in words, never
// a crash.
#include "connectors/RestConnector.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the status, the rest is the body.
    static const int statuses[] = {200, 201, 204, 400, 404, 409, 422, 500};
    const int status = statuses[data[0] % 8];
    const QByteArray body(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    (void)mdg::RestConnector::personsFrom(status, body, "persons");
    (void)mdg::RestConnector::personsFrom(status, body, "members");
    (void)mdg::RestConnector::receiptFrom(status, body);
    (void)mdg::RestConnector::transferOutFrom(status, body);
    return 0;
}
