#pragma once

#include "Frame.h"
#include "QrScanner.h"

#include <QObject>
#include <QThread>
#include <memory>

namespace mdg {

// Decodes QR codes from frames on its own thread. It holds at most one waiting frame:
// a frame that arrives while another waits replaces it, so the decoder always works on
// the newest picture and never builds a queue.
class FrameDecoder : public QObject
{
    Q_OBJECT
public:
    explicit FrameDecoder(QObject* parent = nullptr);
    ~FrameDecoder() override;

    struct Stats
    {
        qint64 submitted = 0;
        qint64 decoded = 0; // frames the decoder looked at
        qint64 dropped = 0; // replaced while waiting
    };
    Stats stats() const;

    // The first pass over one frame (ZXing on the luminance plane), also used directly by the
    // benchmark. When it finds nothing, the decoder runs the second pass (CnnQrReader) on the
    // newest frame as often as the second pass's own time allows: at most a third of the thread.
    static QrReading decodeFrame(const Frame& frame);
    static QImage luminanceOf(const Frame& frame);

public slots:
    void submit(const mdg::Frame& frame); // any thread

signals:
    // Every decoded frame, found or not; `arrivedNs` is the frame's arrival time.
    void frameDecoded(const mdg::QrReading& reading, qint64 arrivedNs, QSize frameSize);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace mdg

Q_DECLARE_METATYPE(mdg::QrReading)
