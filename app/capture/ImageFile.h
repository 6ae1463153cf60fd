#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QImage>

class QIODevice;

namespace mdg {

// A photo or scan from outside (a file the clerk opens, a folder of frames, the command
// line): refused with a sentence for the clerk before it is decoded when it is larger than
// the caller can use, and never trusted to be what its name says. EXIF orientation applied.
class ImageFile
{
    Q_DECLARE_TR_FUNCTIONS(mdg::ImageFile)

public:
    static constexpr qint64 MaxBytes = 200LL * 1024 * 1024; // a scan at 600 dpi is far less
    static constexpr int AllocationLimitMb = 512; // what one decode may allocate

    static Result<QImage> read(const QString& path, qint64 maxPixels);
    static Result<QImage> read(QIODevice& device, qint64 maxPixels);
};

} // namespace mdg
