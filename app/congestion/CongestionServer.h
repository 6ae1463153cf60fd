#pragma once

#include "RateLimit.h"
#include "domain/Clock.h"
#include "queue/Board.h"

#include <QHostAddress>
#include <QObject>
#include <memory>

class QHttpServer;

namespace mdg::congestion {

// The calling board for residents' phones (the congestion lamps some cities publish):
//   GET /            the page, refreshing itself every minute
//   GET /board.json  the same figures as JSON
// Numbers and counts only (queue::Board), read-only: any other method is refused with 405,
// any other path is 404, and a client asking too often gets 429. Lives on the GUI thread
// of the display (`madoguchi --display`), which hands it each new board.
class CongestionServer : public QObject
{
    Q_OBJECT
public:
    explicit CongestionServer(const Clock& clock = Clock::system(), QObject* parent = nullptr);
    ~CongestionServer() override;

    // The port listened on (an ephemeral one when `port` is 0); 0 when it cannot listen.
    quint16 listen(const QHostAddress& address, quint16 port);
    void setBoard(const queue::Board& board) { m_board = board; }

private:
    const Clock& m_clock;
    std::unique_ptr<QHttpServer> m_server;
    queue::Board m_board;
    RateLimit m_limit {30, 1200};
};

} // namespace mdg::congestion
