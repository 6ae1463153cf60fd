#include "ScannerKeystrokes.h"

namespace mdg {

namespace {
const QString Prefix = QStringLiteral("MDG1:");
}

std::optional<QString> ScannerKeystrokes::feed(QChar ch, qint64 timeMs)
{
    if (!m_buffer.isEmpty() && timeMs - m_last > MaxGapMs)
        m_buffer.clear();
    m_last = timeMs;
    if (ch == QLatin1Char('\r') || ch == QLatin1Char('\n')) {
        const QString text = m_buffer;
        m_buffer.clear();
        if (text.size() > Prefix.size() && text.startsWith(Prefix))
            return text;
        return std::nullopt;
    }
    m_buffer += ch;
    // Keep only what can still become "MDG1:...".
    if (!Prefix.startsWith(m_buffer.left(Prefix.size())))
        m_buffer = ch == Prefix.front() ? QString(ch) : QString();
    return std::nullopt;
}

} // namespace mdg
