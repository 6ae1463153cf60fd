// libFuzzer target: a file opened as a photo or scan of a certificate (JPEG, PNG, TIFF, BMP,
// WebP, GIF: whatever Qt's readers take), read with the limits the counter uses, then
// prepared for recognition as the reader would. Any decode must end in an image or a
// refusal, never a crash, a hang or an allocation beyond the limits.
#include "capture/ImageFile.h"
#include "ocr/PagePreprocessor.h"

#include <QBuffer>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv); // the image format plugins are found through it
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    // A smaller pixel limit than the counter's keeps each run short; the checks are the same.
    const auto image = mdg::ImageFile::read(buffer, 4'000'000);
    if (image && qint64(image->width()) * image->height() <= 1'000'000)
        (void)mdg::PagePreprocessor::prepare(image.value());
    return 0;
}
