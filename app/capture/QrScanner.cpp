#include "QrScanner.h"

#include "CnnQrReader.h"

#define ZX_USE_UTF8 1
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>

namespace mdg {

namespace {
ZXing::DecodeHints hints(ZXing::Binarizer binarizer = ZXing::Binarizer::LocalAverage)
{
    return ZXing::DecodeHints()
        .setFormats(ZXing::BarcodeFormat::QRCode)
        .setTryHarder(true)
        .setTryRotate(true)
        .setBinarizer(binarizer);
}

QrReading toReading(const ZXing::Result& r, double scale)
{
    QrReading out;
    if (!r.isValid())
        return out;
    out.found = true;
    out.text = QString::fromStdString(r.text());
    out.ecLevel = QString::fromStdString(r.ecLevel());
    const auto& pos = r.position();
    for (int i = 0; i < 4; ++i)
        out.corners << QPointF(pos[i].x / scale, pos[i].y / scale);
    return out;
}

QrReading scan(const QImage& gray, const ZXing::DecodeHints& h, double scale)
{
    const ZXing::ImageView view(
        gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum, int(gray.bytesPerLine()));
    return toReading(ZXing::ReadBarcode(view, h), scale);
}
} // namespace

QrReading QrScanner::scanLuminance(const uchar* bits, int width, int height, int bytesPerLine)
{
    const ZXing::ImageView view(bits, width, height, ZXing::ImageFormat::Lum, bytesPerLine);
    if (auto r = toReading(ZXing::ReadBarcode(view, hints()), 1.0); r.found)
        return r;
    return toReading(ZXing::ReadBarcode(view, hints(ZXing::Binarizer::GlobalHistogram)), 1.0);
}

QrReading QrScanner::scanOnce(const QImage& image)
{
    if (image.isNull())
        return {};
    const QImage gray
        = image.format() == QImage::Format_Grayscale8 ? image : image.convertToFormat(QImage::Format_Grayscale8);
    return scan(gray, hints(), 1.0);
}

QrReading QrScanner::scanThoroughly(const QImage& image)
{
    if (const QrReading r = scanWithRetries(image); r.found || image.isNull())
        return r;
    return CnnQrReader::forThisThread().read(image);
}

QrReading QrScanner::scanWithRetries(const QImage& image)
{
    if (image.isNull())
        return {};
    const QImage gray
        = image.format() == QImage::Format_Grayscale8 ? image : image.convertToFormat(QImage::Format_Grayscale8);
    if (auto r = scan(gray, hints(), 1.0); r.found)
        return r;
    for (double scale : {1.5, 0.5, 2.0}) {
        const QSize size(int(gray.width() * scale), int(gray.height() * scale));
        if (size.width() < 21 || size.height() < 21 || size.width() > 8000 || size.height() > 8000)
            continue;
        if (auto r = scan(gray.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation), hints(), scale); r.found)
            return r;
    }
    return scan(gray, hints(ZXing::Binarizer::GlobalHistogram), 1.0);
}

QrSymbol renderQr(const QString& text, int pixelsPerModule)
{
    // Level 3-4 of ZXing's 0-8 scale is QR level M (checked by decoding: tests/unit/tst_qr).
    const ZXing::BitMatrix m = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                                   .setEncoding(ZXing::CharacterSet::UTF8)
                                   .setEccLevel(4)
                                   .setMargin(0)
                                   .encode(text.toStdString(), 0, 0);
    QrSymbol s;
    s.modules = m.width();
    s.version = (s.modules - 17) / 4;
    const int quiet = 4;
    const int side = (s.modules + 2 * quiet) * pixelsPerModule;
    s.image = QImage(side, side, QImage::Format_Grayscale8);
    s.image.fill(255);
    for (int y = 0; y < s.modules; ++y) {
        for (int x = 0; x < s.modules; ++x) {
            if (!m.get(x, y))
                continue;
            for (int dy = 0; dy < pixelsPerModule; ++dy) {
                uchar* line = s.image.scanLine((y + quiet) * pixelsPerModule + dy);
                std::fill_n(line + (x + quiet) * pixelsPerModule, pixelsPerModule, uchar(0));
            }
        }
    }
    return s;
}

} // namespace mdg
