#pragma once

#include "Frame.h"

#include <QImage>
#include <QObject>
#include <QString>
#include <memory>

namespace mdg {

// Where frames come from: a camera, a video file, a folder of images, or the demo.
class FrameSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start() = 0;
    virtual void stop() = 0;
    virtual QString description() const = 0; // for the clerk: which camera or file

signals:
    void frameArrived(const mdg::Frame& frame);
    void failed(const QString& message); // no camera, unreadable file, ...
};

// A QImage per tick from the image files of a folder, in name order, looping.
class ImageFolderSource : public FrameSource
{
    Q_OBJECT
public:
    explicit ImageFolderSource(QString folder, int intervalMs = 100, QObject* parent = nullptr);
    ~ImageFolderSource() override;
    void start() override;
    void stop() override;
    QString description() const override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// A video file played into a sink, frame by frame.
class VideoFileSource : public FrameSource
{
    Q_OBJECT
public:
    explicit VideoFileSource(QString path, QObject* parent = nullptr);
    ~VideoFileSource() override;
    void start() override;
    void stop() override;
    QString description() const override;

signals:
    void finished(); // the end of the file

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// A camera: the one named by id, or the default one. Fails when there is none.
class CameraSource : public FrameSource
{
    Q_OBJECT
public:
    explicit CameraSource(QByteArray cameraId = {}, QSize resolution = {1280, 720}, QObject* parent = nullptr);
    ~CameraSource() override;
    void start() override;
    void stop() override;
    QString description() const override;
    static bool anyCamera();

    // A full-resolution still (QImageCapture) where the camera supports it; the answer
    // comes as stillCaptured or stillFailed. False when stills are not available: the
    // caller then keeps the video frame.
    bool captureStill();

signals:
    void stillCaptured(const QImage& image);
    void stillFailed(const QString& reason);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace mdg
