#include "MyNumberCard.h"

#include "card/Tlv.h"

#include <QCryptographicHash>

namespace mdg::card {

namespace {

quint16 statusOf(const QByteArray& answer)
{
    return answer.size() < 2 ? 0 : quint16((quint8(answer.at(answer.size() - 2)) << 8) | quint8(answer.back()));
}

QByteArray apdu(std::initializer_list<quint8> head, const QByteArray& data = {})
{
    QByteArray out;
    for (quint8 b : head)
        out.append(char(b));
    if (!data.isEmpty()) {
        out.append(char(data.size()));
        out.append(data);
    }
    return out;
}

QByteArray selectFile(quint8 high, quint8 low)
{
    QByteArray id;
    id.append(char(high)).append(char(low)); // (QByteArray {a, b} would be b repeated a times)
    return apdu({0x00, 0xA4, 0x02, 0x0C}, id);
}

constexpr quint16 Ok = 0x9000;
constexpr int SignatureBytes = 256; // RSA-2048
constexpr int DigestBytes = 32; // SHA-256
constexpr int MaxFileBytes = 4096; // far more than the four facts take

} // namespace

QByteArray MyNumberCard::applicationId()
{
    return QByteArray::fromHex("D3921000310001010408");
}

Result<QByteArray> MyNumberCard::command(const QByteArray& apdu)
{
    auto answer = m_channel.transmit(apdu);
    if (answer && answer->size() < 2)
        return Result<QByteArray>::failure(ErrorCode::Unreadable,
            tr("The card stopped answering: was it taken out of the reader? Put it back and read again."));
    return answer;
}

Result<void> MyNumberCard::select(const QByteArray& apdu, const QString& what)
{
    const auto answer = command(apdu);
    if (!answer)
        return Result<void>::failure(answer);
    if (statusOf(answer.value()) != Ok)
        return Result<void>::failure(ErrorCode::Unreadable, what);
    return {};
}

Result<int> MyNumberCard::triesLeft()
{
    const QString notMyNumber = tr("This is not a My Number card, or its text-input application cannot be reached. "
                                   "A residence card (在留カード) cannot be read here: enter its facts by hand.");
    if (const auto selected = select(apdu({0x00, 0xA4, 0x04, 0x0C}, applicationId()), notMyNumber); !selected)
        return Result<int>::failure(selected);
    if (const auto pinFile = select(selectFile(0x00, 0x11), notMyNumber); !pinFile)
        return Result<int>::failure(pinFile);
    // VERIFY without a PIN asks for the counter and spends nothing.
    const auto answer = command(apdu({0x00, 0x20, 0x00, 0x80}));
    if (!answer)
        return Result<int>::failure(answer);
    const quint16 sw = statusOf(answer.value());
    if ((sw & 0xFFF0) == 0x63C0)
        return int(sw & 0x0F);
    if (sw == 0x6983 || sw == 0x6984)
        return 0;
    if (sw == Ok)
        return 3; // already verified in this session
    return Result<int>::failure(
        ErrorCode::Unreadable, tr("The card does not say how many PIN tries are left (status %1).").arg(sw, 4, 16));
}

Result<BasicFacts> MyNumberCard::read(SecretPin pin)
{
    using R = Result<BasicFacts>;
    if (!pin.wellFormed())
        return R::failure(ErrorCode::Invalid, tr("The PIN has four digits."));
    const auto tries = triesLeft(); // selects the application and its PIN as well
    if (!tries)
        return R::failure(tries);
    const QString locked = tr("The card's PIN is locked after three wrong tries. The resident can have it unlocked "
                              "at the counter that issues My Number cards; enter the facts by hand meanwhile.");
    if (tries.value() == 0)
        return R::failure(ErrorCode::Locked, locked);
    const auto verified = command(apdu({0x00, 0x20, 0x00, 0x80}, pin.bytes()));
    pin.wipe();
    if (!verified)
        return R::failure(verified);
    const quint16 sw = statusOf(verified.value());
    if ((sw & 0xFFF0) == 0x63C0 && (sw & 0x0F) > 0)
        return R::failure(ErrorCode::Credentials,
            tr("The PIN is wrong. %n try(ies) left before the card locks: let the resident enter it again only when "
               "they are sure.",
                nullptr, int(sw & 0x0F)));
    if ((sw & 0xFFF0) == 0x63C0 || sw == 0x6983 || sw == 0x6984)
        return R::failure(ErrorCode::Locked, locked);
    if (sw != Ok)
        return R::failure(ErrorCode::Unreadable, tr("The card refused the PIN (status %1).").arg(sw, 4, 16));
    const auto attributes = readFile(QByteArray::fromHex("0002"));
    if (!attributes)
        return R::failure(attributes);
    const auto signature = readFile(QByteArray::fromHex("0003"));
    if (!signature)
        return R::failure(signature);
    return parse(attributes.value(), signature.value());
}

Result<QByteArray> MyNumberCard::readFile(const QByteArray& fileId)
{
    const QString unreadable = tr("The card's facts cannot be read.");
    if (const auto selected = select(selectFile(quint8(fileId.at(0)), quint8(fileId.at(1))), unreadable); !selected)
        return Result<QByteArray>::failure(selected);
    // The first bytes say how long the file's element is; the rest is read in short APDUs.
    QByteArray content;
    qsizetype wanted = 8;
    while (content.size() < wanted) {
        const qsizetype offset = content.size();
        const int chunk = int(std::min<qsizetype>(wanted - offset, 0xFF));
        const auto answer = command(apdu({0x00, 0xB0, quint8(offset >> 8), quint8(offset & 0xFF), quint8(chunk)}));
        if (!answer)
            return answer;
        const quint16 sw = statusOf(answer.value());
        if (sw != Ok && sw != 0x6282) // 6282: the file ended before Le
            return Result<QByteArray>::failure(ErrorCode::Unreadable, unreadable);
        const QByteArray data = answer->left(answer->size() - 2);
        content += data;
        if (offset == 0) {
            const auto size = elementSize(content);
            if (!size || *size > MaxFileBytes)
                return Result<QByteArray>::failure(ErrorCode::Unreadable, unreadable);
            wanted = *size;
        }
        if (data.isEmpty() || sw == 0x6282)
            break;
    }
    if (content.size() < wanted)
        return Result<QByteArray>::failure(ErrorCode::Unreadable, unreadable);
    return content.left(wanted);
}

Result<BasicFacts> MyNumberCard::parse(const QByteArray& attributes, const QByteArray& signature)
{
    using R = Result<BasicFacts>;
    const auto outer = readTlv(attributes);
    const auto parts = outer && outer->tag == 0xFF20 ? readTlvs(outer->value) : std::nullopt;
    if (!parts)
        return R::failure(ErrorCode::Unreadable, tr("The card's facts are not in the expected form."));
    BasicFacts f;
    f.name = QString::fromUtf8(valueOf(*parts, 0xDF22).value_or(QByteArray())).trimmed();
    f.address = QString::fromUtf8(valueOf(*parts, 0xDF23).value_or(QByteArray())).trimmed();
    f.birthDate = QDate::fromString(
        QString::fromLatin1(valueOf(*parts, 0xDF24).value_or(QByteArray())), QStringLiteral("yyyyMMdd"));
    const QByteArray sex = valueOf(*parts, 0xDF25).value_or(QByteArray());
    if (sex == "1")
        f.sex = Sex::Male;
    else if (sex == "2")
        f.sex = Sex::Female;
    if (f.name.isEmpty() || f.address.isEmpty() || !f.birthDate.isValid())
        return R::failure(ErrorCode::Unreadable, tr("The card's facts are incomplete."));

    // J-LIS signs the digests of the card's files: its parts must all be there, and the
    // digest of the facts must be that of the facts read. (The RSA signature itself needs
    // J-LIS's certificate, which the counter does not hold: the national software checks it.)
    const QString altered = tr("The card's facts do not match its signature: they may have been altered. Do not "
                               "use them; enter the facts from the card's face and report the card.");
    const auto sig = readTlv(signature);
    const auto sigParts = sig && sig->tag == 0xFF30 ? readTlvs(sig->value) : std::nullopt;
    if (!sigParts)
        return R::failure(ErrorCode::Rejected, altered);
    const auto numberDigest = valueOf(*sigParts, 0xDF31), factsDigest = valueOf(*sigParts, 0xDF32),
               rsa = valueOf(*sigParts, 0xDF33);
    if (!numberDigest || numberDigest->size() != DigestBytes || !factsDigest || factsDigest->size() != DigestBytes
        || !rsa || rsa->size() != SignatureBytes)
        return R::failure(ErrorCode::Rejected, altered);
    if (QCryptographicHash::hash(attributes.left(outer->size), QCryptographicHash::Sha256) != *factsDigest)
        return R::failure(ErrorCode::Rejected, altered);
    f.signatureIntact = true;
    return f;
}

} // namespace mdg::card
