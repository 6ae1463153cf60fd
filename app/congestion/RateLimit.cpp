#include "RateLimit.h"

namespace mdg::congestion {

bool RateLimit::admit(const QString& client, qint64 nowMs)
{
    const qint64 window = nowMs / 60'000;
    if (window != m_window) {
        m_window = window;
        m_total = 0;
        m_byClient.clear(); // bounded by the clients of one minute
    }
    int& mine = m_byClient[client];
    if (mine >= m_perClient || m_total >= m_overall)
        return false;
    ++mine;
    ++m_total;
    return true;
}

} // namespace mdg::congestion
