#include "PagePass.h"

#include "PageGeometry.h"
#include "Ruby.h"
#include "ValueRules.h"
#include "capture/PageFinder.h"

#include <QPainter>

#include <algorithm>

namespace mdg::ocr {

namespace {
// The print of `box` with `rects` whitened: a line without the ruby over it.
QImage whitened(const QImage& gray, const QRect& box, const QList<QRect>& rects)
{
    QImage crop = gray.copy(box);
    QPainter painter(&crop);
    for (const QRect& r : rects)
        painter.fillRect(r.translated(-box.topLeft()), Qt::white);
    return crop;
}

// Nothing of `box` but `rects`, on white: the ruby without the line's print beside it.
QImage onlyParts(const QImage& gray, const QRect& box, const QList<QRect>& rects)
{
    QImage kept(box.size(), QImage::Format_Grayscale8);
    kept.fill(255);
    QPainter painter(&kept);
    for (const QRect& r : rects)
        painter.drawImage(r.topLeft() - box.topLeft(), gray.copy(r));
    return kept;
}

// `crop` (taken at `at` on the page) on a white margin, enlarged `scale` times and read as a
// block; boxes come back on the page.
QList<OcrEngine::Line> readEnlarged(OcrEngine& engine, const QImage& crop, QPoint at, int scale, int dpi)
{
    const int pad = 12;
    QImage alone(crop.size() * scale + QSize(2 * pad, 2 * pad), QImage::Format_Grayscale8);
    alone.fill(255);
    {
        QPainter painter(&alone);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(QRect(QPoint(pad, pad), crop.size() * scale), crop);
    }
    const auto back = [&](const QRect& r) {
        return QRect(at.x() + (r.left() - pad) / scale, at.y() + (r.top() - pad) / scale,
            std::max(1, r.width() / scale), std::max(1, r.height() / scale));
    };
    QList<OcrEngine::Line> lines = engine.readPage(alone, dpi * scale, {});
    for (auto& l : lines) {
        l.box = back(l.box);
        for (auto& w : l.words)
            w.box = back(w.box);
    }
    return lines;
}

// A line read together with the ruby over its names comes back as specks (名前 with
// マツダ over 松田 read as の): its two bands are read apart, the ruby enlarged. The lines
// are replaced in place; the ruby's words are returned.
QList<OcrEngine::Word> readRubyApart(
    OcrEngine& engine, const QImage& gray, QList<OcrEngine::Line>& lines, int dpi, const std::atomic_bool* cancel)
{
    // The engine reads some such lines only at one scale or the other.
    const auto sureOf = [](const QList<OcrEngine::Line>& read) {
        double sure = 0;
        for (const auto& l : read)
            sure += l.confidence / read.size();
        return sure;
    };
    QList<OcrEngine::Word> ruby;
    for (qsizetype i = 0; i < lines.size() && !(cancel && cancel->load()); ++i) {
        const auto [box, rubies] = rubyOverLine(gray, lines[i].box);
        if (rubies.isEmpty())
            continue;
        const QImage line = whitened(gray, box, rubies);
        QList<OcrEngine::Line> apart = readEnlarged(engine, line, box.topLeft(), 1, dpi);
        if (sureOf(apart) < 0.75)
            if (auto larger = readEnlarged(engine, line, box.topLeft(), 2, dpi); sureOf(larger) > sureOf(apart))
                apart = larger;
        if (qEnvironmentVariableIsSet("MADOGUCHI_OCR_DEBUG"))
            qDebug("ruby inside [%d,%d]: %.2f read apart, %.2f as one", lines[i].box.x(), lines[i].box.y(),
                sureOf(apart), lines[i].confidence);
        // Only a line that reads clearly better without its ruby is replaced: a page pass
        // that read the line well despite the ruby over it has it right already.
        if (apart.isEmpty() || sureOf(apart) < lines[i].confidence + 0.15)
            continue;
        QRect over;
        for (const QRect& r : rubies)
            over |= r;
        for (const auto& l : readEnlarged(engine, onlyParts(gray, over, rubies), over.topLeft(), 3, dpi))
            for (const auto& w : l.words) {
                // What the ruby band gives besides kana is its grain (〒 for a speck).
                const auto kana = std::count_if(
                    w.text.cbegin(), w.text.cend(), [](QChar c) { return isKana(c) && c != QChar(0x30FC); });
                if (kana > 0 && kana * 2 >= w.text.size())
                    ruby << w;
            }
        if (qEnvironmentVariableIsSet("MADOGUCHI_OCR_DEBUG"))
            for (const auto& l : apart)
                qDebug("apart from ruby [%d,%d %dx%d] %s", l.box.x(), l.box.y(), l.box.width(), l.box.height(),
                    qPrintable(l.text));
        lines.remove(i);
        for (const auto& l : apart)
            lines.insert(i++, l);
        --i;
    }
    return ruby;
}
} // namespace

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
    // The sheet the reader works on, to compare with its debug lines' boxes.
    if (const QString dump = qEnvironmentVariable("MADOGUCHI_OCR_DEBUG_PAGE"); !dump.isEmpty())
        page.rulesRemoved.save(dump);
    engine.setLocalThreshold(page.unevenlyLit);
    QList<OcrEngine::Line> pageLines = engine.readPage(page.rulesRemoved, dpi, progress);
    if (progress.cancel && progress.cancel->load())
        return std::nullopt;
    // Print the page pass dropped is read on its own: a missing name line moves every
    // later value of the lines layout to the member before.
    for (const QRect& band : unreadInkBands(page.rulesRemoved, pageLines)) {
        // A name under its ruby is read as two lines below; the band holds its place.
        if (!rubyOverLine(page.rulesRemoved, band).rubies.isEmpty()) {
            pageLines << OcrEngine::Line {QString(), band, 0.0, {}};
            continue;
        }
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
    QList<OcrEngine::Word> rubyApart = readRubyApart(engine, page.rulesRemoved, pageLines, dpi, progress.cancel);
    if (progress.cancel && progress.cancel->load())
        return std::nullopt;
    pageLines.removeIf([](const OcrEngine::Line& l) { return l.words.isEmpty(); });
    if (qEnvironmentVariableIsSet("MADOGUCHI_OCR_DEBUG"))
        for (const auto& l : pageLines)
            qDebug("raw [%d,%d %dx%d] %s", l.box.x(), l.box.y(), l.box.width(), l.box.height(), qPrintable(l.text));
    pass.ruby = takeRuby(pageLines);
    // Ruby the page pass read as a line of its own is not taken twice.
    for (const auto& w : rubyApart) {
        const bool known = std::any_of(pass.ruby.cbegin(), pass.ruby.cend(), [&](const OcrEngine::Word& r) {
            const QRect both = r.box.intersected(w.box);
            return both.width() * both.height() * 2
                > std::min(w.box.width() * w.box.height(), r.box.width() * r.box.height());
        });
        if (!known)
            pass.ruby << w;
    }
    if (qEnvironmentVariableIsSet("MADOGUCHI_OCR_DEBUG"))
        for (const auto& w : pass.ruby)
            qDebug("ruby [%d,%d %dx%d] %s", w.box.x(), w.box.y(), w.box.width(), w.box.height(), qPrintable(w.text));
    pass.lines = std::move(pageLines);
    return pass;
}

} // namespace mdg::ocr
