#pragma once

#include "capture/ScannerKeystrokes.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QKeyEvent;

namespace mdg {

// Catches a handheld scanner's keystroke burst application-wide, whatever widget has
// the focus. Keys that might start a burst are held back for a moment; when no burst
// follows they are delivered to their widget as if nothing happened.
class ScannerInputFilter : public QObject
{
    Q_OBJECT
public:
    explicit ScannerInputFilter(QObject* parent = nullptr);

signals:
    void scanned(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void replayHeld();

    ScannerKeystrokes m_burst;
    QElapsedTimer m_clock;
    QTimer m_timeout;
    struct Held
    {
        QPointer<QObject> target;
        int key;
        Qt::KeyboardModifiers modifiers;
        QString text;
    };
    QList<Held> m_held;
    bool m_replaying = false;
};

} // namespace mdg
