#include "Base45.h"

namespace mdg::Base45 {

namespace {
constexpr char Alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

int valueOf(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'A' && u <= 'Z')
        return u - 'A' + 10;
    switch (u) {
    case ' ': return 36;
    case '$': return 37;
    case '%': return 38;
    case '*': return 39;
    case '+': return 40;
    case '-': return 41;
    case '.': return 42;
    case '/': return 43;
    case ':': return 44;
    default: return -1;
    }
}
} // namespace

QString encode(const QByteArray& bytes)
{
    QString out;
    out.reserve(bytes.size() / 2 * 3 + 2);
    for (qsizetype i = 0; i < bytes.size(); i += 2) {
        if (i + 1 < bytes.size()) {
            int n = quint8(bytes[i]) * 256 + quint8(bytes[i + 1]);
            for (int k = 0; k < 3; ++k, n /= 45)
                out += QLatin1Char(Alphabet[n % 45]);
        } else {
            int n = quint8(bytes[i]);
            for (int k = 0; k < 2; ++k, n /= 45)
                out += QLatin1Char(Alphabet[n % 45]);
        }
    }
    return out;
}

std::optional<QByteArray> decode(QStringView text)
{
    if (text.size() % 3 == 1)
        return std::nullopt;
    QByteArray out;
    out.reserve(text.size() / 3 * 2 + 1);
    for (qsizetype i = 0; i < text.size(); i += 3) {
        const qsizetype len = std::min<qsizetype>(3, text.size() - i);
        int n = 0;
        for (qsizetype k = len - 1; k >= 0; --k) {
            const int v = valueOf(text[i + k]);
            if (v < 0)
                return std::nullopt;
            n = n * 45 + v;
        }
        if (len == 3) {
            if (n > 0xFFFF)
                return std::nullopt;
            out += char(n >> 8);
            out += char(n & 0xFF);
        } else {
            if (n > 0xFF)
                return std::nullopt;
            out += char(n);
        }
    }
    return out;
}

} // namespace mdg::Base45
