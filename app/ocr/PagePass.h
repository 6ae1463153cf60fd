#pragma once

#include "OcrEngine.h"
#include "PagePreprocessor.h"

#include <QImage>
#include <QList>
#include <QTransform>
#include <optional>

namespace mdg::ocr {

// The reader's first stages (CertificateReader::read): a photo of a page on a desk
// flattened to the sheet (PageFinder), the sheet prepared (PagePreprocessor), read as one
// block, print that pass dropped read again on its own, and the ruby (small readings over
// names) taken out of the lines. The layout and field stages work on what it returns.
struct PagePass
{
    PreparedPage page; // the sheet as prepared: its scale, rules removed, lighting
    QTransform sheetToPhoto; // a box on the sheet, back onto the caller's image
    QList<OcrEngine::Line> lines; // the page's text lines, in reading order of the pass
    QList<OcrEngine::Word> ruby; // taken out of `lines`

    // Nothing when the reading was cancelled.
    static std::optional<PagePass> read(
        OcrEngine& engine, const QImage& image, int dpi, const OcrEngine::Progress& progress);
};

} // namespace mdg::ocr
