// libFuzzer target: whatever a card (or something posing as one) answers in the reader. The
// input is the card's answers one after another, each a 2-byte length and its bytes; the
// reading runs against them as against a card, and must end in four facts or a refusal in
// words, never a crash or a read past an answer.
#include "card/MyNumberCard.h"

#include <cstddef>
#include <cstdint>

namespace {

class ScriptedCard final : public mdg::card::CardChannel
{
public:
    ScriptedCard(const uint8_t* data, size_t size)
        : m_data(data)
        , m_size(size)
    { }
    mdg::Result<QByteArray> transmit(const QByteArray&) override
    {
        if (m_at >= m_size)
            return mdg::Result<QByteArray>::failure(mdg::ErrorCode::Unreadable, QStringLiteral("gone"));
        if (m_at + 2 > m_size)
            return mdg::Result<QByteArray>::failure(mdg::ErrorCode::Unreadable, QStringLiteral("gone"));
        const size_t declared = size_t(m_data[m_at]) << 8 | m_data[m_at + 1];
        m_at += 2;
        const size_t length = std::min<size_t>(declared, m_size - m_at);
        QByteArray answer(reinterpret_cast<const char*>(m_data + m_at), qsizetype(length));
        m_at += length;
        return answer;
    }

private:
    const uint8_t* m_data;
    size_t m_size;
    size_t m_at = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ScriptedCard card(data, size);
    (void)mdg::card::MyNumberCard(card).read(mdg::card::SecretPin(QStringLiteral("1234")));
    // The two files on their own, split where the input says.
    if (size > 1) {
        const size_t cut = std::min<size_t>(data[0], size - 1);
        const QByteArray a(reinterpret_cast<const char*>(data + 1), qsizetype(cut));
        const QByteArray b(reinterpret_cast<const char*>(data + 1 + cut), qsizetype(size - 1 - cut));
        (void)mdg::card::MyNumberCard::parse(a, b);
    }
    return 0;
}
