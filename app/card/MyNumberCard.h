#pragma once

#include "card/CardChannel.h"
#include "card/SecretPin.h"
#include "domain/Person.h"

#include <QCoreApplication>
#include <QDate>

namespace mdg::card {

// What the My Number card's text-input-support application (券面事項入力補助AP) gives after
// its 4-digit PIN: the four basic facts as printed on the card, and whether J-LIS's
// signature over them holds together (its structure, and the hash of the facts as read).
// The 個人番号 itself is never read.
struct BasicFacts
{
    QString name;
    QString address;
    QDate birthDate;
    std::optional<Sex> sex; // none: "not applicable" (ISO 5218 code 9) or unknown
    bool signatureIntact = false; // the signature's parts are there and cover these facts
};

class MyNumberCard
{
    Q_DECLARE_TR_FUNCTIONS(mdg::card::MyNumberCard)

public:
    // The application's identifier (DOMAIN.md).
    static QByteArray applicationId();

    explicit MyNumberCard(CardChannel& channel)
        : m_channel(channel)
    { }

    // How many PIN tries are left (3 on a card nobody mistyped on), without spending one.
    // ErrorCode::Unreadable when this is not a My Number card (a residence card, a bank card).
    Result<int> triesLeft();
    // Verifies the PIN, once (never retried here), then reads the four facts and the
    // signature. A wrong PIN answers ErrorCode::Credentials saying how many tries are left,
    // a blocked one ErrorCode::Locked; the PIN is wiped whatever happens. Facts whose
    // signature does not hold answer ErrorCode::Rejected: they may have been altered.
    Result<BasicFacts> read(SecretPin pin);

    // The facts and the signature as the card's files hold them (EF 0002 and EF 0003): the
    // parsing and the check on their own, for tests and the virtual card.
    static Result<BasicFacts> parse(const QByteArray& attributes, const QByteArray& signature);

private:
    Result<void> select(const QByteArray& command, const QString& what);
    Result<QByteArray> readFile(const QByteArray& fileId);
    Result<QByteArray> command(const QByteArray& apdu);
    CardChannel& m_channel;
};

} // namespace mdg::card
