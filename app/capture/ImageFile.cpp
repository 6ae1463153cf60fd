#include "ImageFile.h"

#include <QFile>
#include <QImageReader>

namespace mdg {

namespace {

// HEIC/HEIF (phones' default photo format) has no reader in Qt on Linux or Windows: say what
// to do instead of "unsupported format".
bool looksLikeHeif(QIODevice& device)
{
    const QByteArray head = device.peek(12);
    if (head.size() < 12 || head.mid(4, 4) != "ftyp")
        return false;
    const QByteArray brand = head.mid(8, 4);
    return brand == "heic" || brand == "heix" || brand == "mif1" || brand == "msf1" || brand == "hevc";
}

} // namespace

Result<QImage> ImageFile::read(const QString& path, qint64 maxPixels)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QImage>::failure(ErrorCode::Unreadable, tr("The file cannot be opened: %1").arg(f.errorString()));
    return read(f, maxPixels);
}

Result<QImage> ImageFile::read(QIODevice& device, qint64 maxPixels)
{
    if (!device.isSequential() && device.size() > MaxBytes)
        return Result<QImage>::failure(ErrorCode::Unreadable, tr("The file is too large to be a photo or a scan."));
    if (looksLikeHeif(device))
        return Result<QImage>::failure(ErrorCode::Unreadable,
            tr("This is a HEIC photo, which cannot be read here. Take the photo again as JPEG, or export it as "
               "JPEG."));
    QImageReader reader(&device);
    reader.setAutoTransform(true);
    reader.setAllocationLimit(AllocationLimitMb);
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > maxPixels)
        return Result<QImage>::failure(ErrorCode::Unreadable,
            tr("The image is too large (%1 × %2 pixels) to be a photo of a page.")
                .arg(size.width())
                .arg(size.height()));
    QImage image = reader.read();
    if (image.isNull())
        return Result<QImage>::failure(
            ErrorCode::Unreadable, tr("The file cannot be read as an image: %1").arg(reader.errorString()));
    // A header can understate what the decoder then delivers.
    if (qint64(image.width()) * image.height() > maxPixels)
        return Result<QImage>::failure(ErrorCode::Unreadable,
            tr("The image is too large (%1 × %2 pixels) to be a photo of a page.")
                .arg(image.width())
                .arg(image.height()));
    return image;
}

} // namespace mdg
