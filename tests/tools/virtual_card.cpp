// A virtual My Number card on a virtual reader: connects to vsmartcard's vpcd (the pcscd
// driver, localhost:35963 by default) and answers as VirtualMyNumberCard does, until vpcd
// goes or, with --vanish-after N, after N commands, as a card pulled out of the reader.
//   virtual_card [--port P] [--pin 1234] [--tries 3] [--break-signature] [--residence-card]
//                [--vanish-after N]
// vpcd's protocol: every message is a 2-byte big-endian length and its bytes; a 1-byte message
// is a control (0 power off, 1 power on, 2 reset, 4 ask for the ATR), anything longer an APDU.
#include "../VirtualMyNumberCard.h"

#include <QCoreApplication>
#include <QTcpSocket>

#include <cstdio>

namespace {

bool readExactly(QTcpSocket& s, char* into, qint64 n)
{
    qint64 got = 0;
    while (got < n) {
        if (s.bytesAvailable() == 0 && !s.waitForReadyRead(-1))
            return false;
        const qint64 r = s.read(into + got, n - got);
        if (r <= 0)
            return false;
        got += r;
    }
    return true;
}

void send(QTcpSocket& s, const QByteArray& message)
{
    QByteArray framed;
    framed.append(char(message.size() >> 8)).append(char(message.size() & 0xFF)).append(message);
    s.write(framed);
    s.waitForBytesWritten(-1);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    mdg::test::VirtualMyNumberCard card;
    quint16 port = 35963;
    int vanishAfter = -1;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        const QString next = args.value(i + 1);
        if (a == QLatin1String("--port"))
            port = quint16(next.toUInt()), ++i;
        else if (a == QLatin1String("--pin"))
            card.pin = next, ++i;
        else if (a == QLatin1String("--tries"))
            card.tries = next.toInt(), ++i;
        else if (a == QLatin1String("--vanish-after"))
            vanishAfter = next.toInt(), ++i;
        else if (a == QLatin1String("--break-signature"))
            card.breakSignature = true;
        else if (a == QLatin1String("--residence-card"))
            card.residenceCard = true;
    }
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000)) {
        std::fprintf(stderr, "virtual_card: vpcd does not listen on port %u\n", unsigned(port));
        return 2;
    }
    std::fprintf(stdout, "inserted\n");
    std::fflush(stdout);
    // A Japanese IC card's ATR as pcscd expects one (T=1); its bytes matter to nobody here.
    const QByteArray atr = QByteArray::fromHex("3B8880010000000000000000");
    for (;;) {
        char head[2];
        if (!readExactly(socket, head, 2))
            return 0;
        const int length = (quint8(head[0]) << 8) | quint8(head[1]);
        QByteArray message(length, '\0');
        if (!readExactly(socket, message.data(), length))
            return 0;
        if (length == 1) {
            if (message.at(0) == 4)
                send(socket, atr);
            continue;
        }
        if (vanishAfter >= 0 && card.commands >= vanishAfter) {
            socket.abort(); // pulled out mid-read
            return 0;
        }
        send(socket, card.answer(message));
    }
}
