#include "Tlv.h"

namespace mdg::card {

namespace {

struct Header
{
    quint32 tag = 0;
    qsizetype headerSize = 0;
    qsizetype valueSize = 0;
};

// Tag and length at the start of `data`.
std::optional<Header> header(const QByteArray& data)
{
    const auto byte = [&data](qsizetype i) { return quint8(data.at(i)); };
    qsizetype i = 0;
    if (data.isEmpty())
        return std::nullopt;
    quint32 tag = byte(i++);
    if ((tag & 0x1F) == 0x1F) { // more tag bytes follow while their top bit is set
        quint8 b = 0;
        do {
            if (i >= data.size() || i > 3)
                return std::nullopt;
            b = byte(i++);
            tag = (tag << 8) | b;
        } while (b & 0x80);
    }
    if (i >= data.size())
        return std::nullopt;
    qsizetype length = byte(i++);
    if (length & 0x80) {
        const int count = int(length & 0x7F);
        if (count == 0 || count > 3 || i + count > data.size())
            return std::nullopt;
        length = 0;
        for (int k = 0; k < count; ++k)
            length = (length << 8) | byte(i++);
    }
    return Header {tag, i, length};
}

} // namespace

std::optional<qsizetype> elementSize(const QByteArray& head)
{
    const auto h = header(head);
    return h ? std::optional(h->headerSize + h->valueSize) : std::nullopt;
}

std::optional<Tlv> readTlv(const QByteArray& data)
{
    const auto h = header(data);
    if (!h || h->valueSize > data.size() - h->headerSize)
        return std::nullopt;
    return Tlv {h->tag, data.mid(h->headerSize, h->valueSize), h->headerSize + h->valueSize};
}

std::optional<QList<Tlv>> readTlvs(const QByteArray& data)
{
    QList<Tlv> out;
    for (qsizetype at = 0; at < data.size();) {
        const auto t = readTlv(data.mid(at));
        if (!t)
            return std::nullopt;
        out << *t;
        at += t->size;
    }
    return out;
}

std::optional<QByteArray> valueOf(const QList<Tlv>& elements, quint32 tag)
{
    for (const Tlv& t : elements)
        if (t.tag == tag)
            return t.value;
    return std::nullopt;
}

} // namespace mdg::card
