#pragma once

#include <QByteArray>
#include <QList>
#include <optional>

namespace mdg::card {

// One BER-TLV element as the card's files hold them (ISO/IEC 7816-4): a tag of one or more
// bytes (DF22, FF20), a length of up to three, the value; constructed elements nest.
struct Tlv
{
    quint32 tag = 0;
    QByteArray value;
    qsizetype size = 0; // of the whole element: tag, length and value
};

// The size of the whole element whose tag and length start `head`, its value not needed:
// how much of a file to read. None when the head is malformed or too short.
std::optional<qsizetype> elementSize(const QByteArray& head);
// The element at the start of `data`; none when it is cut short or malformed.
std::optional<Tlv> readTlv(const QByteArray& data);
// The elements one after another in `data` (a constructed element's value); none when any
// of them is malformed.
std::optional<QList<Tlv>> readTlvs(const QByteArray& data);
// Of `elements`, the value of the one tagged `tag`.
std::optional<QByteArray> valueOf(const QList<Tlv>& elements, quint32 tag);

} // namespace mdg::card
