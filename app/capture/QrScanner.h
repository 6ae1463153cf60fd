#pragma once

#include <QImage>
#include <QList>
#include <QPointF>
#include <QString>

namespace mdg {

struct QrReading
{
    bool found = false;
    QString text;
    QList<QPointF> corners; // the symbol's four corners in image coordinates
    QString ecLevel;
    enum class Pass { ZXing, Cnn } pass = Pass::ZXing; // which reader found it
};

// Finds a QR code in an image with ZXing-cpp (QR only, try-harder, rotations).
class QrScanner
{
public:
    // The camera path: `bits` is 8-bit luminance, read in place. A pass with the local
    // binarizer, and when that finds nothing a second with the global histogram one, which
    // reads codes under uneven light; both together stay well inside a frame's budget
    // (see `madoguchi-cli bench qr`).
    static QrReading scanLuminance(const uchar* bits, int width, int height, int bytesPerLine);
    static QrReading scanOnce(const QImage& image);
    // For photos and files: retries at 1.5x, half and double scale and with the global
    // histogram binarizer when the first pass finds nothing (Debian's ZXing 1.4 reads 40 of
    // the 42 sample photos this way), then the second pass (CnnQrReader) for the codes that
    // defeat ZXing's detector.
    static QrReading scanThoroughly(const QImage& image);
    // The first pass of scanThoroughly alone: ZXing-cpp with its retries.
    static QrReading scanWithRetries(const QImage& image);
};

// Renders text as a QR code at error correction M.
struct QrSymbol
{
    QImage image; // black modules on white with a 4-module quiet zone
    int version = 0; // 1..40
    int modules = 0; // modules per side
};
QrSymbol renderQr(const QString& text, int pixelsPerModule = 4);

} // namespace mdg
