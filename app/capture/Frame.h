#pragma once

#include <QImage>
#include <QMetaType>
#include <QVideoFrame>

namespace mdg {

// One frame from any source: a camera or video frame as it came from Qt Multimedia, or
// a still image (image folders, the demo source). Copies share the pixel data.
struct Frame
{
    QVideoFrame video;
    QImage image;
    qint64 arrivedNs = 0; // steady clock (QElapsedTimer::msecsSinceReference scale, in ns)

    bool isNull() const { return !video.isValid() && image.isNull(); }
    QSize size() const { return video.isValid() ? video.size() : image.size(); }
    QImage toImage() const { return video.isValid() ? video.toImage() : image; }
};

qint64 steadyNowNs();

// An 8-bit grey picture as a YUV 4:2:0 video frame, the format cameras and H.264 files
// deliver: for tests and benchmarks that must exercise the camera path without a camera.
QVideoFrame toYuv420Frame(const QImage& gray);

} // namespace mdg

Q_DECLARE_METATYPE(mdg::Frame)
