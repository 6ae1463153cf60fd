#include "FrameSource.h"

#include "ImageFile.h"

#include <QCamera>
#include <QCameraDevice>
#include <QCameraFormat>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImageCapture>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QTimer>
#include <QUrl>
#include <QVideoSink>
#include <limits>

namespace mdg {

qint64 steadyNowNs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.nsecsElapsed();
}

QVideoFrame toYuv420Frame(const QImage& image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    QVideoFrame f(QVideoFrameFormat(gray.size(), QVideoFrameFormat::Format_YUV420P));
    if (!f.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < gray.height(); ++y)
        memcpy(f.bits(0) + y * f.bytesPerLine(0), gray.constScanLine(y), size_t(gray.width()));
    for (int plane = 1; plane <= 2; ++plane)
        memset(f.bits(plane), 128, size_t(f.mappedBytes(plane))); // no colour
    f.unmap();
    return f;
}

// --- ImageFolderSource

struct ImageFolderSource::Private
{
    QString folder;
    QTimer timer;
    QStringList files;
    int next = 0;
};

ImageFolderSource::ImageFolderSource(QString folder, int intervalMs, QObject* parent)
    : FrameSource(parent)
    , d(std::make_unique<Private>())
{
    d->folder = std::move(folder);
    d->timer.setInterval(intervalMs);
    connect(&d->timer, &QTimer::timeout, this, [this] {
        if (d->files.isEmpty())
            return;
        const QString path = d->files.at(d->next++ % d->files.size());
        auto image = ImageFile::read(path, 50'000'000); // larger is no camera frame: skipped
        if (!image)
            return;
        Frame f;
        f.image = std::move(image).value();
        f.arrivedNs = steadyNowNs();
        emit frameArrived(f);
    });
}

ImageFolderSource::~ImageFolderSource() = default;

void ImageFolderSource::start()
{
    QDir dir(d->folder);
    QStringList files;
    for (const QString& name : dir.entryList(
             {QStringLiteral("*.png"), QStringLiteral("*.jpg"), QStringLiteral("*.jpeg")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    if (files.isEmpty()) {
        emit failed(tr("No images in %1.").arg(d->folder));
        return;
    }
    // Resume where it stopped, as a camera would: restarting at the first image would
    // show the code that was just handled again.
    if (files != d->files) {
        d->files = files;
        d->next = 0;
    }
    d->timer.start();
}

void ImageFolderSource::stop()
{
    d->timer.stop();
}

QString ImageFolderSource::description() const
{
    return tr("Images from %1").arg(QDir::toNativeSeparators(d->folder));
}

// --- VideoFileSource

struct VideoFileSource::Private
{
    QString path;
    QMediaPlayer player;
    QVideoSink sink;
};

VideoFileSource::VideoFileSource(QString path, QObject* parent)
    : FrameSource(parent)
    , d(std::make_unique<Private>())
{
    d->path = std::move(path);
    d->player.setVideoSink(&d->sink);
    connect(&d->sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame& frame) {
        if (frame.isValid())
            emit frameArrived(Frame {frame, {}, steadyNowNs()});
    });
    connect(&d->player, &QMediaPlayer::errorOccurred, this,
        [this](QMediaPlayer::Error, const QString& message) { emit failed(message); });
    connect(&d->player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus s) {
        if (s == QMediaPlayer::EndOfMedia)
            emit finished();
        else if (s == QMediaPlayer::InvalidMedia)
            emit failed(tr("The video %1 cannot be played.").arg(d->path));
    });
}

VideoFileSource::~VideoFileSource() = default;

void VideoFileSource::start()
{
    d->player.setSource(QUrl::fromLocalFile(d->path));
    d->player.play();
}

void VideoFileSource::stop()
{
    d->player.stop();
}

QString VideoFileSource::description() const
{
    return tr("Video %1").arg(QDir::toNativeSeparators(d->path));
}

// --- CameraSource

struct CameraSource::Private
{
    QByteArray id;
    QSize resolution;
    std::unique_ptr<QCamera> camera;
    QMediaCaptureSession session;
    QVideoSink sink;
    QImageCapture still;
    QString name;
};

CameraSource::CameraSource(QByteArray cameraId, QSize resolution, QObject* parent)
    : FrameSource(parent)
    , d(std::make_unique<Private>())
{
    d->id = std::move(cameraId);
    d->resolution = resolution;
    d->session.setVideoSink(&d->sink);
    d->session.setImageCapture(&d->still);
    connect(&d->sink, &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame& frame) {
        if (frame.isValid())
            emit frameArrived(Frame {frame, {}, steadyNowNs()});
    });
    connect(&d->still, &QImageCapture::imageCaptured, this,
        [this](int, const QImage& image) { emit stillCaptured(image); });
    connect(&d->still, &QImageCapture::errorOccurred, this,
        [this](int, QImageCapture::Error, const QString& message) { emit stillFailed(message); });
}

bool CameraSource::captureStill()
{
    if (!d->camera || !d->camera->isActive() || !d->still.isAvailable() || !d->still.isReadyForCapture())
        return false;
    // The sensor's largest size: the page's small print needs every pixel the video lacks.
    QSize largest;
    for (const QSize& s : d->camera->cameraDevice().photoResolutions())
        if (qint64(s.width()) * s.height() > qint64(largest.width()) * largest.height())
            largest = s;
    if (largest.isValid())
        d->still.setResolution(largest);
    return d->still.capture() >= 0;
}

CameraSource::~CameraSource() = default;

bool CameraSource::anyCamera()
{
    return !QMediaDevices::videoInputs().isEmpty();
}

void CameraSource::start()
{
    QCameraDevice device = QMediaDevices::defaultVideoInput();
    for (const QCameraDevice& c : QMediaDevices::videoInputs())
        if (c.id() == d->id)
            device = c;
    if (device.isNull()) {
        emit failed(tr("No camera is connected."));
        return;
    }
    d->name = device.description();
    d->camera = std::make_unique<QCamera>(device);
    // The format nearest the wanted size, preferring planar YUV (read in place) at equal size.
    QCameraFormat best;
    qint64 bestScore = std::numeric_limits<qint64>::max();
    for (const QCameraFormat& f : device.videoFormats()) {
        const qint64 dw = f.resolution().width() - d->resolution.width();
        const qint64 dh = f.resolution().height() - d->resolution.height();
        const bool yuv
            = f.pixelFormat() == QVideoFrameFormat::Format_YUV420P || f.pixelFormat() == QVideoFrameFormat::Format_NV12;
        const qint64 score = (dw * dw + dh * dh) * 2 + (yuv ? 0 : 1);
        if (score < bestScore) {
            bestScore = score;
            best = f;
        }
    }
    if (!best.isNull())
        d->camera->setCameraFormat(best);
    connect(d->camera.get(), &QCamera::errorOccurred, this,
        [this](QCamera::Error, const QString& message) { emit failed(message); });
    d->session.setCamera(d->camera.get());
    d->camera->start();
}

void CameraSource::stop()
{
    if (d->camera)
        d->camera->stop();
}

QString CameraSource::description() const
{
    return d->name.isEmpty() ? tr("Camera") : d->name;
}

} // namespace mdg
