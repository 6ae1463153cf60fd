#include "PagePreprocessor.h"

#include <leptonica/allheaders.h>

#include <memory>

namespace mdg {

namespace {
struct PixFree
{
    void operator()(PIX* p) const { pixDestroy(&p); }
};
using PixPtr = std::unique_ptr<PIX, PixFree>;

PixPtr toPix(const QImage& gray)
{
    PixPtr pix(pixCreate(gray.width(), gray.height(), 8));
    l_uint32* data = pixGetData(pix.get());
    const int wpl = pixGetWpl(pix.get());
    for (int y = 0; y < gray.height(); ++y) {
        const uchar* src = gray.constScanLine(y);
        l_uint32* line = data + y * wpl;
        for (int x = 0; x < gray.width(); ++x)
            SET_DATA_BYTE(line, x, src[x]);
    }
    return pix;
}

QImage toImage(PIX* pix)
{
    PixPtr eight(pixGetDepth(pix) == 8 ? pixClone(pix) : pixConvertTo8(pix, 0));
    const int w = int(pixGetWidth(eight.get()));
    const int h = int(pixGetHeight(eight.get()));
    QImage out(w, h, QImage::Format_Grayscale8);
    const l_uint32* data = pixGetData(eight.get());
    const int wpl = pixGetWpl(eight.get());
    for (int y = 0; y < h; ++y) {
        uchar* dst = out.scanLine(y);
        const l_uint32* line = data + y * wpl;
        for (int x = 0; x < w; ++x)
            dst[x] = uchar(GET_DATA_BYTE(line, x));
    }
    return out;
}
} // namespace

PreparedPage PagePreprocessor::prepare(const QImage& source)
{
    PreparedPage out;
    if (source.isNull())
        return out;
    QImage gray = source.convertToFormat(QImage::Format_Grayscale8);
    if (std::max(gray.width(), gray.height()) > MaxSide) {
        gray = gray.scaled(QSize(MaxSide, MaxSide), Qt::KeepAspectRatio, Qt::SmoothTransformation);
        out.scale = double(gray.width()) / source.width();
    }
    PixPtr pix = toPix(gray);
    // Background normalisation evens out light and paper; then find and undo the skew.
    PixPtr norm(pixBackgroundNormSimple(pix.get(), nullptr, nullptr));
    if (!norm)
        norm.reset(pixClone(pix.get()));
    l_float32 angle = 0;
    l_float32 conf = 0;
    PixPtr deskewed(pixFindSkewAndDeskew(norm.get(), 2, &angle, &conf));
    if (!deskewed)
        deskewed.reset(pixClone(norm.get()));
    out.skewDegrees = conf > 2.5 ? angle : 0;
    out.gray = toImage(deskewed.get());

    // Table rules: long thin runs of dark pixels, found by opening with long bricks.
    PixPtr binary(pixThresholdToBinary(deskewed.get(), 150));
    PixPtr horizontal(pixOpenBrick(nullptr, binary.get(), 81, 1));
    PixPtr vertical(pixOpenBrick(nullptr, binary.get(), 1, 81));
    PixPtr rules(pixOr(nullptr, horizontal.get(), vertical.get()));
    PixPtr thick(pixDilateBrick(nullptr, rules.get(), 3, 3));
    PixPtr cleaned(pixCopy(nullptr, deskewed.get()));
    pixSetMasked(cleaned.get(), thick.get(), 255);
    out.rulesRemoved = toImage(cleaned.get());
    return out;
}

} // namespace mdg
