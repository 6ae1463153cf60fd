#include "DisplayWindow.h"

#include "widgets/Ui.h"

#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QSoundEffect>
#include <QTextToSpeech>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>

namespace mdg::ui {
namespace {

QLabel* label(const QString& objectName, int pointSize, bool bold = false)
{
    auto* l = new QLabel;
    l->setObjectName(objectName);
    QFont f = l->font();
    f.setPointSize(pointSize);
    f.setBold(bold);
    l->setFont(f);
    l->setWordWrap(true);
    return l;
}

QString callKey(const queue::BoardCall& c)
{
    return QStringLiteral("%1@%2@%3").arg(c.number).arg(c.counter, c.at.toString(Qt::ISODateWithMs));
}

} // namespace

DisplayWindow::DisplayWindow(Source source, bool speak, QWidget* parent)
    : QWidget(parent)
    , m_source(std::move(source))
    , m_speak(speak)
{
    setObjectName(QStringLiteral("displayWindow"));
    setWindowTitle(tr("Madoguchi — calling display"));
    setAccessibleName(tr("Calling display"));
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0x10, 0x24, 0x3a));
    p.setColor(QPalette::WindowText, Qt::white);
    setPalette(p);

    auto* title = label(QStringLiteral("displayTitle"), 28, true);
    title->setText(tr("Now calling"));
    m_clock = label(QStringLiteral("displayClock"), 24);
    m_clock->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_status = label(QStringLiteral("displayStatus"), 16);
    m_status->setStyleSheet(QStringLiteral("color: #ffcc66"));
    auto* callingBox = new QWidget;
    m_calling = new QVBoxLayout(callingBox);
    m_calling->setContentsMargins(0, 0, 0, 0);
    auto* recentTitle = label(QStringLiteral("displayRecentTitle"), 22, true);
    recentTitle->setText(tr("Called before"));
    m_recent = label(QStringLiteral("displayRecent"), 26);
    auto* linesTitle = label(QStringLiteral("displayLinesTitle"), 22, true);
    linesTitle->setText(tr("Waiting now"));
    m_lines = label(QStringLiteral("displayLines"), 22);
    m_lines->setTextFormat(Qt::RichText);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(40, 30, 40, 30);
    grid->setHorizontalSpacing(60);
    grid->addWidget(title, 0, 0);
    grid->addWidget(m_clock, 0, 1);
    grid->addWidget(callingBox, 1, 0, 3, 1, Qt::AlignTop);
    grid->addWidget(recentTitle, 1, 1);
    grid->addWidget(m_recent, 2, 1, Qt::AlignTop);
    grid->addWidget(linesTitle, 3, 1);
    grid->addWidget(m_lines, 4, 1, Qt::AlignTop);
    grid->addWidget(m_status, 5, 0, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(4, 1);

    m_chime = new QSoundEffect(this);
    m_chime->setSource(QUrl(QStringLiteral("qrc:/sounds/call-chime.wav")));
    m_pool.setMaxThreadCount(1);
    m_timer = new QTimer(this);
    m_timer->setInterval(2000);
    connect(m_timer, &QTimer::timeout, this, &DisplayWindow::refresh);
    m_timer->start();
    showBoard(queue::Board {});
    m_status->setText(tr("Connecting to the central store…"));
    refresh();
}

DisplayWindow::~DisplayWindow()
{
    m_pool.waitForDone();
}

void DisplayWindow::refresh()
{
    m_clock->setText(QTime::currentTime().toString(QStringLiteral("HH:mm")));
    if (m_asking)
        return; // a slow central store: one question at a time
    m_asking = true;
    runInBackground(m_pool, this, m_source, [this](const Result<queue::Board>& board) {
        m_asking = false;
        if (!board) {
            // The last board stays up: the waiting room keeps its numbers while the network is down.
            m_status->setText(tr("The display cannot reach the central store; it shows the numbers as of %1.")
                                  .arg(m_board.at.isValid()
                                          ? QLocale().toString(m_board.at.toLocalTime().time(), QLocale::ShortFormat)
                                          : QStringLiteral("—")));
            return;
        }
        m_status->clear();
        showBoard(board.value());
    });
}

void DisplayWindow::showBoard(const queue::Board& board)
{
    m_board = board;
    while (QLayoutItem* item = m_calling->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int shown = 0;
    for (const queue::BoardCall& c : board.calling) {
        if (++shown > 4)
            break; // the wall has room for four; the rest are in the last calls within seconds
        auto* row = label(QStringLiteral("displayCalling%1").arg(shown), 56, true);
        row->setText(tr("%1  →  counter %2").arg(c.number).arg(c.counter));
        row->setStyleSheet(shown == 1 ? QStringLiteral("color: #ffe066") : QString());
        m_calling->addWidget(row);
    }
    if (board.calling.isEmpty()) {
        auto* none = label(QStringLiteral("displayCallingNone"), 28);
        none->setText(tr("Please wait until your number is shown."));
        m_calling->addWidget(none);
    }
    QStringList recent;
    for (const queue::BoardCall& c : board.recent)
        recent << tr("%1 → %2").arg(c.number).arg(c.counter);
    m_recent->setText(recent.isEmpty() ? QStringLiteral("—") : recent.join(QStringLiteral("   ")));
    QString lines = QStringLiteral("<table cellpadding='6'>");
    for (const queue::StageLine& l : board.stages)
        lines += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td>%3</td></tr>")
                     .arg(stageDisplayName(l.stage).toHtmlEscaped(), tr("%1 waiting").arg(l.waiting).toHtmlEscaped(),
                         !l.estimatedWaitMinutes ? QString()
                             : *l.estimatedWaitMinutes < 1
                             ? tr("no wait").toHtmlEscaped()
                             : tr("about %1 min").arg(int(std::lround(*l.estimatedWaitMinutes))).toHtmlEscaped());
    m_lines->setText(lines + QStringLiteral("</table>"));

    for (const queue::BoardCall& c : board.calling) {
        const QString key = callKey(c);
        if (m_seenCalls.contains(key))
            continue;
        m_seenCalls.insert(key);
        if (!m_first)
            announce(c);
    }
    if (board.at.isValid())
        m_first = false;
    if (m_seenCalls.size() > 2000)
        m_seenCalls.clear(); // a day's calls at most; old keys never come back
    emit boardChanged(board);
}

void DisplayWindow::announce(const queue::BoardCall& call)
{
    m_chime->play();
    if (m_speak) {
        if (!m_voice) {
            m_voice = new QTextToSpeech(this);
            // A voice of the display's language, or silence: digits read in another language
            // would confuse more than the chime alone.
            if (m_voice->state() == QTextToSpeech::Error || !m_voice->availableLocales().contains(QLocale()))
                m_speak = false;
            else
                m_voice->setLocale(QLocale());
        }
        if (m_speak)
            m_voice->say(tr("Number %1, please come to counter %2.").arg(call.number).arg(call.counter));
    }
    emit announced(call.number, call.counter);
}

} // namespace mdg::ui
