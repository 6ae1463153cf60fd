#include "ScannerInputFilter.h"

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace mdg {

ScannerInputFilter::ScannerInputFilter(QObject* parent)
    : QObject(parent)
{
    m_clock.start();
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(int(ScannerKeystrokes::MaxGapMs) + 20);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_burst.reset();
        replayHeld();
    });
}

bool ScannerInputFilter::eventFilter(QObject* watched, QEvent* event)
{
    if (m_replaying || event->type() != QEvent::KeyPress || !watched->isWidgetType())
        return false;
    // The application filter sees a key again for each parent it propagates to: count it
    // once, where it is first delivered.
    if (QApplication::focusWidget() && watched != QApplication::focusWidget())
        return false;
    auto* key = static_cast<QKeyEvent*>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    const QString text = enter ? QStringLiteral("\r") : key->text();
    if (text.size() != 1)
        return false;
    const auto done = m_burst.feed(text.front(), m_clock.elapsed());
    if (done) {
        m_held.clear();
        m_timeout.stop();
        emit scanned(*done);
        return true;
    }
    if (m_burst.holding()) {
        m_held << Held {watched, key->key(), key->modifiers(), key->text()};
        m_timeout.start();
        return true;
    }
    // Not a burst after all: what was held back goes where it was meant to.
    if (!m_held.isEmpty()) {
        m_timeout.stop();
        replayHeld();
    }
    return false;
}

void ScannerInputFilter::replayHeld()
{
    const QList<Held> held = std::exchange(m_held, {});
    m_replaying = true;
    for (const Held& h : held) {
        if (!h.target)
            continue;
        QKeyEvent press(QEvent::KeyPress, h.key, h.modifiers, h.text);
        QCoreApplication::sendEvent(h.target, &press);
        QKeyEvent release(QEvent::KeyRelease, h.key, h.modifiers, h.text);
        QCoreApplication::sendEvent(h.target, &release);
    }
    m_replaying = false;
}

} // namespace mdg
