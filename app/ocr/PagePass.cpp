#include "PagePass.h"

#include "PageGeometry.h"
#include "Ruby.h"
#include "ValueRules.h"
#include "capture/PageFinder.h"

namespace mdg::ocr {

std::optional<PagePass> PagePass::read(
    OcrEngine& engine, const QImage& image, int dpi, const OcrEngine::Progress& progress)
{
    // A photo of a page on a desk is flattened to the sheet first; boxes are mapped back
    // onto the photo.
    QImage sheet = image;
    QTransform sheetToPhoto;
    if (const auto corners = PageFinder::findPage(image)) {
        sheet = PageFinder::flatten(image, *corners);
        sheetToPhoto = PageFinder::toSheet(*corners).inverted();
    }
    PagePass pass;
    pass.page = PagePreprocessor::prepare(sheet);
    pass.sheetToPhoto = sheetToPhoto;
    const PreparedPage& page = pass.page;
    engine.setLocalThreshold(page.unevenlyLit);
    QList<OcrEngine::Line> pageLines = engine.readPage(page.rulesRemoved, dpi, progress);
    if (progress.cancel && progress.cancel->load())
        return std::nullopt;
    // Print the page pass dropped is read on its own: a missing name line moves every
    // later value of the lines layout to the member before.
    for (const QRect& band : unreadInkBands(page.rulesRemoved, pageLines)) {
        const int margin = std::max(8, band.height() / 3);
        const QRect crop = band.adjusted(-margin, -margin, margin, margin).intersected(page.rulesRemoved.rect());
        for (OcrEngine::Line l : engine.readPage(page.rulesRemoved.copy(crop), dpi, {})) {
            if (compact(l.text).isEmpty() || l.confidence < 0.5)
                continue;
            l.box.translate(crop.topLeft());
            for (auto& w : l.words)
                w.box.translate(crop.topLeft());
            if (qEnvironmentVariableIsSet("MADOGUCHI_OCR_DEBUG"))
                qDebug("unread band [%d,%d %dx%d] %.2f %s", l.box.x(), l.box.y(), l.box.width(), l.box.height(),
                    l.confidence, qPrintable(l.text));
            pageLines << l;
        }
    }
    if (qEnvironmentVariableIsSet("MADOGUCHI_OCR_DEBUG"))
        for (const auto& l : pageLines)
            qDebug("raw [%d,%d %dx%d] %s", l.box.x(), l.box.y(), l.box.width(), l.box.height(), qPrintable(l.text));
    pass.ruby = takeRuby(pageLines);
    if (qEnvironmentVariableIsSet("MADOGUCHI_OCR_DEBUG"))
        for (const auto& w : pass.ruby)
            qDebug("ruby [%d,%d %dx%d] %s", w.box.x(), w.box.y(), w.box.width(), w.box.height(), qPrintable(w.text));
    pass.lines = std::move(pageLines);
    return pass;
}

} // namespace mdg::ocr
