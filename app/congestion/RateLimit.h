#pragma once

#include <QHash>
#include <QString>

namespace mdg::congestion {

// At most `perClient` requests per client and `overall` in all within a minute, counted in
// fixed one-minute windows: enough for a page that refreshes itself once a minute, and a
// phone (or a script) asking in a loop is told to wait instead of loading the display PC.
class RateLimit
{
public:
    RateLimit(int perClient, int overall)
        : m_perClient(perClient)
        , m_overall(overall)
    { }

    // True when the request may be answered; counts it.
    bool admit(const QString& client, qint64 nowMs);

private:
    int m_perClient;
    int m_overall;
    qint64 m_window = -1;
    int m_total = 0;
    QHash<QString, int> m_byClient;
};

} // namespace mdg::congestion
