#include "PagePreprocessor.h"

#include <leptonica/allheaders.h>

#include <cmath>
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

// The paper's brightness (the bright end of each block's histogram) differs across the
// page: a photo under a desk lamp rather than a scan.
bool unevenlyLit(const QImage& gray)
{
    int lo = 255;
    int hi = 0;
    const int bw = gray.width() / 4;
    const int bh = gray.height() / 4;
    for (int by = 0; by < 4; ++by) {
        for (int bx = 0; bx < 4; ++bx) {
            int histogram[256] = {};
            int n = 0;
            for (int y = by * bh; y < (by + 1) * bh; y += 4) {
                const uchar* line = gray.constScanLine(y);
                for (int x = bx * bw; x < (bx + 1) * bw; x += 4, ++n)
                    ++histogram[line[x]];
            }
            int seen = 0;
            int p90 = 255;
            for (int v = 0; v < 256; ++v) {
                seen += histogram[v];
                if (seen >= n * 9 / 10) {
                    p90 = v;
                    break;
                }
            }
            lo = std::min(lo, p90);
            hi = std::max(hi, p90);
        }
    }
    return hi - lo > 25;
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
    // Background normalisation evens out light and paper tint, but costs clean pages
    // detail (thin kana strokes): only when the paper is unevenly lit.
    PixPtr working;
    if (unevenlyLit(gray)) {
        working.reset(pixBackgroundNormSimple(pix.get(), nullptr, nullptr));
        out.unevenlyLit = true;
    }
    if (!working)
        working.reset(pixClone(pix.get()));
    // Skew is measured on the page, and undone only when it is more than a trace.
    l_float32 angle = 0;
    l_float32 conf = 0;
    PixPtr binaryForSkew(pixThresholdToBinary(working.get(), 150));
    if (binaryForSkew && pixFindSkew(binaryForSkew.get(), &angle, &conf) == 0 && conf > 2.5 && std::abs(angle) > 0.15) {
        PixPtr rotated(
            pixRotate(working.get(), angle * 3.14159265f / 180.0f, L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0));
        if (rotated) {
            working = std::move(rotated);
            out.skewDegrees = angle;
        }
    }
    PixPtr deskewed(pixClone(working.get()));
    out.gray = toImage(deskewed.get());

    // Table rules: long thin runs of dark pixels, found by opening with long bricks. On a
    // grainy scan or a page a trace off level a rule is broken up or steps between rows:
    // those are found, longer, after smoothing along the rule and allowing a step, with
    // anything thicker than a rule (shaded cells, smeared text) left alone.
    PixPtr binary(pixThresholdToBinary(deskewed.get(), 150));
    const auto along = [&](bool across) {
        PixPtr solid(pixOpenBrick(nullptr, binary.get(), across ? 81 : 1, across ? 1 : 81));
        L_KERNEL* kernel = makeFlatKernel(across ? 1 : 7, across ? 7 : 1, across ? 0 : 3, across ? 3 : 0);
        PixPtr smooth(pixConvolve(deskewed.get(), kernel, 8, 1));
        kernelDestroy(&kernel);
        PixPtr dark(pixThresholdToBinary(smooth.get(), 165));
        PixPtr band(pixDilateBrick(nullptr, dark.get(), across ? 1 : 3, across ? 3 : 1));
        PixPtr runs(pixOpenBrick(nullptr, band.get(), across ? 161 : 1, across ? 1 : 121));
        PixPtr thick(pixOpenBrick(nullptr, runs.get(), across ? 1 : 9, across ? 9 : 1));
        PixPtr thin(pixSubtract(nullptr, runs.get(), thick.get()));
        return PixPtr(pixOr(nullptr, solid.get(), thin.get()));
    };
    PixPtr horizontal = along(true);
    PixPtr vertical = along(false);
    PixPtr rules(pixOr(nullptr, horizontal.get(), vertical.get()));
    PixPtr thick(pixDilateBrick(nullptr, rules.get(), 3, 3));
    PixPtr cleaned(pixCopy(nullptr, deskewed.get()));
    pixSetMasked(cleaned.get(), thick.get(), 255);
    out.rulesRemoved = toImage(cleaned.get());
    return out;
}

} // namespace mdg
