#pragma once

#include "card/MyNumberCard.h"

#include <QCryptographicHash>
#include <QDate>
#include <QString>

namespace mdg::test {

// A My Number card as its text-input-support application answers (DOMAIN.md; the layout of
// its files as the public jpki/myna tool reads real cards): SELECT of the application and of
// EF 0011 (PIN), 0002 (the four facts), 0003 (J-LIS's digests and signature); VERIFY with and
// without a PIN (three tries, then locked); READ BINARY in parts. No real card's data: the
// digests are real SHA-256, the signature 256 bytes of filler.
class VirtualMyNumberCard
{
public:
    QString pin = QStringLiteral("1234");
    int tries = 3;
    QString name = QStringLiteral("山田　太郎");
    QString address = QStringLiteral("神奈川県横浜市港北区日吉本町一丁目2番3号");
    QDate birthDate = QDate(1985, 4, 12);
    char sex = '1';
    bool breakSignature = false; // the facts' digest no longer matches them
    bool residenceCard = false; // another card: no such application

    static QByteArray tlv(const QByteArray& tag, const QByteArray& value)
    {
        QByteArray length;
        if (value.size() < 0x80)
            length.append(char(value.size()));
        else if (value.size() < 0x100)
            length.append(char(0x81)).append(char(value.size()));
        else
            length.append(char(0x82)).append(char(value.size() >> 8)).append(char(value.size() & 0xFF));
        return QByteArray::fromHex(tag) + length + value;
    }
    QByteArray attributes() const
    {
        return tlv("FF20",
            tlv("DF21", QByteArray::fromHex("0000000000")) + tlv("DF22", name.toUtf8()) + tlv("DF23", address.toUtf8())
                + tlv("DF24", birthDate.toString(QStringLiteral("yyyyMMdd")).toLatin1())
                + tlv("DF25", QByteArray(1, sex)));
    }
    QByteArray signature() const
    {
        QByteArray digest = QCryptographicHash::hash(attributes(), QCryptographicHash::Sha256);
        if (breakSignature)
            digest[0] = char(digest[0] ^ 0x01);
        return tlv(
            "FF30", tlv("DF31", QByteArray(32, '\x11')) + tlv("DF32", digest) + tlv("DF33", QByteArray(256, 'S')));
    }

    QByteArray answer(const QByteArray& apdu)
    {
        ++commands;
        const auto sw = [](quint16 s, const QByteArray& data = {}) {
            return QByteArray(data).append(char(s >> 8)).append(char(s & 0xFF));
        };
        if (apdu.size() < 4)
            return sw(0x6700);
        const quint8 ins = quint8(apdu.at(1)), p1 = quint8(apdu.at(2)), p2 = quint8(apdu.at(3));
        const QByteArray data = apdu.size() > 5 ? apdu.mid(5, quint8(apdu.at(4))) : QByteArray();
        switch (ins) {
        case 0xA4:
            if (p1 == 0x04) {
                m_application = !residenceCard && data == card::MyNumberCard::applicationId();
                m_file.clear();
                return sw(m_application ? 0x9000 : 0x6A82);
            }
            if (!m_application
                || !QList<QByteArray> {QByteArray::fromHex("0011"), QByteArray::fromHex("0002"),
                    QByteArray::fromHex("0003")}
                        .contains(data))
                return sw(0x6A82);
            m_file = data;
            return sw(0x9000);
        case 0x20:
            if (m_file != QByteArray::fromHex("0011"))
                return sw(0x6986);
            if (tries == 0)
                return sw(0x6984);
            if (data.isEmpty())
                return sw(quint16(0x63C0 | tries));
            ++verifications;
            if (data == pin.toLatin1()) {
                tries = 3;
                m_verified = true;
                return sw(0x9000);
            }
            --tries;
            return sw(quint16(0x63C0 | tries));
        case 0xB0: {
            if (!m_verified)
                return sw(0x6982);
            const QByteArray file = m_file == QByteArray::fromHex("0002") ? attributes()
                : m_file == QByteArray::fromHex("0003")                   ? signature()
                                                                          : QByteArray();
            const int offset = (p1 << 8) | p2;
            const int le = apdu.size() > 4 ? (quint8(apdu.at(4)) == 0 ? 256 : quint8(apdu.at(4))) : 256;
            if (offset > file.size())
                return sw(0x6B00);
            const QByteArray part = file.mid(offset, le);
            return sw(part.size() < le ? 0x6282 : 0x9000, part);
        }
        default: return sw(0x6D00);
        }
    }

    int commands = 0;
    int verifications = 0; // VERIFY commands that carried a PIN

private:
    bool m_application = false;
    bool m_verified = false;
    QByteArray m_file;
};

// The virtual card lying in a reader of this process; `gone` answers like a card pulled out
// after that many commands.
class VirtualCardChannel final : public card::CardChannel
{
public:
    explicit VirtualCardChannel(VirtualMyNumberCard& card)
        : m_card(card)
    { }
    Result<QByteArray> transmit(const QByteArray& command) override
    {
        if (gone >= 0 && m_card.commands >= gone)
            return Result<QByteArray>::failure(ErrorCode::Unreadable, QStringLiteral("the card was taken out"));
        return m_card.answer(command);
    }
    int gone = -1;

private:
    VirtualMyNumberCard& m_card;
};

} // namespace mdg::test
