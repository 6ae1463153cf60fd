#include "FrameDecoder.h"

#include "CnnQrReader.h"

#include <QElapsedTimer>

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
    // The second pass's duty: it waits twice as long as it last took, so the first pass still
    // sees most frames and the newest frame is never more than one second pass old.
    QElapsedTimer clock;
    qint64 cnnFreeAtNs = 0;
    bool warned = false;

    QrReading decode(const Frame& f)
    {
        QrReading r = decodeFrame(f);
        if (r.found || clock.nsecsElapsed() < cnnFreeAtNs)
            return r;
        CnnQrReader& cnn = CnnQrReader::forThisThread();
        if (!cnn.isReady()) {
            // Said once: the first pass goes on reading, the administrator learns why the second does not.
            if (!warned)
                qWarning("QR decoder: %s", qPrintable(cnn.error()));
            warned = true;
            return r;
        }
        const qint64 start = clock.nsecsElapsed();
        r = cnn.read(luminanceOf(f));
        const qint64 end = clock.nsecsElapsed();
        cnnFreeAtNs = end + 2 * (end - start);
        return r;
    }
};

FrameDecoder::FrameDecoder(QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<mdg::Frame>();
    qRegisterMetaType<mdg::QrReading>();
    d->clock.start();
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
            const QrReading r = d->decode(f);
            emit frameDecoded(r, f.arrivedNs, f.size());
        }
    });
}

namespace {
// Planar and semi-planar YUV formats start with the full-resolution luminance plane.
bool lumaFirst(QVideoFrameFormat::PixelFormat fmt)
{
    return fmt == QVideoFrameFormat::Format_YUV420P || fmt == QVideoFrameFormat::Format_YUV422P
        || fmt == QVideoFrameFormat::Format_YV12 || fmt == QVideoFrameFormat::Format_NV12
        || fmt == QVideoFrameFormat::Format_NV21 || fmt == QVideoFrameFormat::Format_IMC1
        || fmt == QVideoFrameFormat::Format_IMC2 || fmt == QVideoFrameFormat::Format_IMC3
        || fmt == QVideoFrameFormat::Format_IMC4 || fmt == QVideoFrameFormat::Format_Y8;
}
} // namespace

QImage FrameDecoder::luminanceOf(const Frame& frame)
{
    if (!frame.video.isValid())
        return frame.image.convertToFormat(QImage::Format_Grayscale8);
    QVideoFrame v = frame.video;
    if (lumaFirst(v.pixelFormat()) && v.map(QVideoFrame::ReadOnly)) {
        QImage y = QImage(v.bits(0), v.width(), v.height(), v.bytesPerLine(0), QImage::Format_Grayscale8).copy();
        v.unmap();
        return y;
    }
    return v.toImage().convertToFormat(QImage::Format_Grayscale8);
}

QrReading FrameDecoder::decodeFrame(const Frame& frame)
{
    if (frame.video.isValid()) {
        QVideoFrame v = frame.video;
        // ZXing reads the luminance plane in place, no conversion of the frame.
        if (lumaFirst(v.pixelFormat()) && v.map(QVideoFrame::ReadOnly)) {
            const QrReading r = QrScanner::scanLuminance(v.bits(0), v.width(), v.height(), v.bytesPerLine(0));
            v.unmap();
            return r;
        }
        return QrScanner::scanOnce(v.toImage());
    }
    return QrScanner::scanOnce(frame.image);
}

} // namespace mdg
