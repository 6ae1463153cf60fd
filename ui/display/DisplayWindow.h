#pragma once

#include "domain/Result.h"
#include "queue/Board.h"

#include <QSet>
#include <QThreadPool>
#include <QWidget>
#include <functional>

class QLabel;
class QSoundEffect;
class QTextToSpeech;
class QTimer;
class QVBoxLayout;

namespace mdg::ui {

// The wall screen of the waiting room (`madoguchi --display`): the numbers being called
// with their counters, the last calls, and how many wait at each stage with the estimated
// wait. No sign-in and nothing personal: it shows a queue::Board, which holds only numbers,
// counters and counts. It follows the central store (any workstation's call appears within
// the refresh), chimes for every new call and, where a voice for the language is installed,
// says the number and the counter.
class DisplayWindow : public QWidget
{
    Q_OBJECT
public:
    using Source = std::function<Result<queue::Board>()>; // reaches the central store: run off the GUI thread
    DisplayWindow(Source source, bool speak, QWidget* parent = nullptr);
    ~DisplayWindow() override;

    void refresh(); // asks for a new board now (also every few seconds by itself)
    const queue::Board& board() const { return m_board; }

signals:
    void boardChanged(const mdg::queue::Board& board);
    void announced(int number, const QString& counter); // a new call, chimed (and spoken)

private:
    void showBoard(const queue::Board& board);
    void announce(const queue::BoardCall& call);

    Source m_source;
    bool m_speak;
    bool m_asking = false;
    queue::Board m_board;
    QSet<QString> m_seenCalls; // number@counter@time of the calls already announced
    bool m_first = true; // the calls standing when the display starts are not announced again
    QLabel* m_clock = nullptr;
    QLabel* m_status = nullptr;
    QVBoxLayout* m_calling = nullptr;
    QLabel* m_recent = nullptr;
    QLabel* m_lines = nullptr;
    QTimer* m_timer = nullptr;
    QSoundEffect* m_chime = nullptr;
    QTextToSpeech* m_voice = nullptr;
    QThreadPool m_pool; // last: waits for a board being fetched before the window goes
};

} // namespace mdg::ui
