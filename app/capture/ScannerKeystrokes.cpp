#include "ScannerKeystrokes.h"

#include <algorithm>

namespace mdg {

namespace {
// "MDG" + the code's version + ":": every version goes to the codec, which names the ones it
// cannot read, instead of into the field that has the focus.
constexpr qsizetype PrefixLength = 5;

bool couldBePrefix(QStringView s)
{
    static const QString fixed = QStringLiteral("MDG?:");
    for (qsizetype i = 0; i < std::min(s.size(), PrefixLength); ++i)
        if (i == 3 ? !s[i].isDigit() : s[i] != fixed[i])
            return false;
    return true;
}
} // namespace

std::optional<QString> ScannerKeystrokes::feed(QChar ch, qint64 timeMs)
{
    if (!m_buffer.isEmpty() && timeMs - m_last > MaxGapMs)
        m_buffer.clear();
    m_last = timeMs;
    if (ch == QLatin1Char('\r') || ch == QLatin1Char('\n')) {
        const QString text = m_buffer;
        m_buffer.clear();
        if (text.size() > PrefixLength && couldBePrefix(text))
            return text;
        return std::nullopt;
    }
    m_buffer += ch;
    // Keep only what can still become "MDG1:...".
    if (!couldBePrefix(m_buffer))
        m_buffer = ch == QLatin1Char('M') ? QString(ch) : QString();
    return std::nullopt;
}

} // namespace mdg
