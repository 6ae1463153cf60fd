#pragma once

#include <QByteArray>

namespace mdg::zlib {

// zlib streams (RFC 1950) of the pre-entry QR, with or without a preset dictionary.
QByteArray deflate(const QByteArray& in, const QByteArray& dictionary = {});

enum class Inflated {
    Ok,
    Corrupt, // not a complete zlib stream
    TooLarge, // more than the limit once inflated: a zip bomb or no pre-entry
    OtherDictionary, // compressed against a dictionary this build does not hold
};
// Inflates at most `limit` bytes into `out`; a stream that asks for a dictionary gets
// `dictionary` when its checksum is the one the stream names.
Inflated inflate(const QByteArray& in, qsizetype limit, const QByteArray& dictionary, QByteArray& out);

} // namespace mdg::zlib
