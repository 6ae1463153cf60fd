#include "Deflate.h"

#include <zlib.h>

namespace mdg::zlib {

namespace {
const Bytef* bytes(const QByteArray& a)
{
    return reinterpret_cast<const Bytef*>(a.constData());
}
} // namespace

QByteArray deflate(const QByteArray& in, const QByteArray& dictionary)
{
    z_stream zs {};
    if (deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, 15, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    if (!dictionary.isEmpty() && deflateSetDictionary(&zs, bytes(dictionary), uInt(dictionary.size())) != Z_OK) {
        deflateEnd(&zs);
        return {};
    }
    QByteArray out(qsizetype(deflateBound(&zs, uLong(in.size()))), Qt::Uninitialized);
    zs.next_in = const_cast<Bytef*>(bytes(in));
    zs.avail_in = uInt(in.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = ::deflate(&zs, Z_FINISH);
    const qsizetype written = qsizetype(zs.total_out);
    deflateEnd(&zs);
    if (rc != Z_STREAM_END)
        return {};
    out.resize(written);
    return out;
}

Inflated inflate(const QByteArray& in, qsizetype limit, const QByteArray& dictionary, QByteArray& out)
{
    z_stream zs {};
    if (inflateInit(&zs) != Z_OK)
        return Inflated::Corrupt;
    zs.next_in = const_cast<Bytef*>(bytes(in));
    zs.avail_in = uInt(in.size());
    char buffer[16384];
    int rc = Z_OK;
    while (rc == Z_OK) {
        zs.next_out = reinterpret_cast<Bytef*>(buffer);
        zs.avail_out = sizeof(buffer);
        rc = ::inflate(&zs, Z_NO_FLUSH);
        if (rc == Z_NEED_DICT) {
            // zs.adler names the dictionary the stream was made with.
            if (dictionary.isEmpty()
                || zs.adler != adler32(adler32(0, nullptr, 0), bytes(dictionary), uInt(dictionary.size()))) {
                inflateEnd(&zs);
                return dictionary.isEmpty() ? Inflated::Corrupt : Inflated::OtherDictionary;
            }
            rc = inflateSetDictionary(&zs, bytes(dictionary), uInt(dictionary.size()));
            continue;
        }
        if (rc != Z_OK && rc != Z_STREAM_END)
            break;
        out.append(buffer, qsizetype(sizeof(buffer) - zs.avail_out));
        if (out.size() > limit) {
            inflateEnd(&zs);
            return Inflated::TooLarge;
        }
        if (rc == Z_OK && zs.avail_in == 0 && zs.avail_out != 0) {
            rc = Z_BUF_ERROR; // input ended before the stream did: truncated
            break;
        }
    }
    inflateEnd(&zs);
    return rc == Z_STREAM_END && zs.avail_in == 0 ? Inflated::Ok : Inflated::Corrupt;
}

} // namespace mdg::zlib
