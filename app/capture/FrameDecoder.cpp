#include "FrameDecoder.h"

#include <QMutex>
#include <optional>

namespace mdg {

struct FrameDecoder::Private
{
    QThread thread;
    QObject worker; // lives in `thread`; decoding runs in its context
    mutable QMutex mutex;
    std::optional<Frame> pending;
    bool busy = false;
    Stats stats;
};

FrameDecoder::FrameDecoder(QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<mdg::Frame>();
    qRegisterMetaType<mdg::QrReading>();
    d->thread.setObjectName(QStringLiteral("qr-decoder"));
    d->worker.moveToThread(&d->thread);
    d->thread.start();
}

FrameDecoder::~FrameDecoder()
{
    {
        QMutexLocker lock(&d->mutex);
        d->pending.reset();
    }
    d->thread.quit();
    d->thread.wait();
}

FrameDecoder::Stats FrameDecoder::stats() const
{
    QMutexLocker lock(&d->mutex);
    return d->stats;
}

void FrameDecoder::submit(const Frame& frame)
{
    {
        QMutexLocker lock(&d->mutex);
        ++d->stats.submitted;
        if (d->pending)
            ++d->stats.dropped;
        d->pending = frame;
        if (d->busy)
            return; // the worker picks the newest frame up when it is done
        d->busy = true;
    }
    QMetaObject::invokeMethod(&d->worker, [this] {
        for (;;) {
            Frame f;
            {
                QMutexLocker lock(&d->mutex);
                if (!d->pending) {
                    d->busy = false;
                    return;
                }
                f = std::move(*d->pending);
                d->pending.reset();
                ++d->stats.decoded;
            }
            const QrReading r = decodeFrame(f);
            emit frameDecoded(r, f.arrivedNs, f.size());
        }
    });
}

QrReading FrameDecoder::decodeFrame(const Frame& frame)
{
    if (frame.video.isValid()) {
        QVideoFrame v = frame.video;
        const auto fmt = v.pixelFormat();
        // Planar and semi-planar YUV formats start with the full-resolution luminance
        // plane: ZXing reads it in place, no conversion of the frame.
        const bool lumaFirst = fmt == QVideoFrameFormat::Format_YUV420P || fmt == QVideoFrameFormat::Format_YUV422P
            || fmt == QVideoFrameFormat::Format_YV12 || fmt == QVideoFrameFormat::Format_NV12
            || fmt == QVideoFrameFormat::Format_NV21 || fmt == QVideoFrameFormat::Format_IMC1
            || fmt == QVideoFrameFormat::Format_IMC2 || fmt == QVideoFrameFormat::Format_IMC3
            || fmt == QVideoFrameFormat::Format_IMC4 || fmt == QVideoFrameFormat::Format_Y8;
        if (lumaFirst && v.map(QVideoFrame::ReadOnly)) {
            const QrReading r = QrScanner::scanLuminance(v.bits(0), v.width(), v.height(), v.bytesPerLine(0));
            v.unmap();
            return r;
        }
        return QrScanner::scanOnce(v.toImage());
    }
    return QrScanner::scanOnce(frame.image);
}

} // namespace mdg
