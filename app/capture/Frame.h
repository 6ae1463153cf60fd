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

} // namespace mdg

Q_DECLARE_METATYPE(mdg::Frame)
