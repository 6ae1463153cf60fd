#pragma once

#include <QString>
#include <optional>

namespace mdg {

// A handheld USB scanner "types" the QR text as keystrokes, far faster than a person.
// Fed one character at a time with its time, this recognises "MDG1:...", "MDG2:"... arriving as a
// fast burst and ending with Enter; slow typing never completes a burst.
class ScannerKeystrokes
{
public:
    static constexpr qint64 MaxGapMs = 60; // scanners send a character every few ms

    // Returns the complete text when `ch` is the Enter that ends a burst.
    std::optional<QString> feed(QChar ch, qint64 timeMs);
    // True while the keys so far may be the start of a burst: hold them back.
    bool holding() const { return !m_buffer.isEmpty(); }
    void reset() { m_buffer.clear(); }

private:
    QString m_buffer;
    qint64 m_last = 0;
};

} // namespace mdg
