#pragma once

#include <QImage>
#include <QList>
#include <QRect>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

namespace mdg {

// Tesseract with the Japanese model, initialised once and reused. Not thread-safe: each
// thread that reads documents owns its own engine.
class OcrEngine
{
public:
    struct Word
    {
        QString text;
        QRect box;
        double confidence = 0; // 0..1
    };
    struct Line
    {
        QString text;
        QRect box;
        double confidence = 0;
        QList<Word> words;
    };
    struct Progress
    {
        std::function<void(int percent)> report; // called from the reading thread
        const std::atomic_bool* cancel = nullptr;
    };

    OcrEngine();
    ~OcrEngine();
    OcrEngine(const OcrEngine&) = delete;
    OcrEngine& operator=(const OcrEngine&) = delete;

    bool isReady() const;
    QString error() const; // why the engine could not start

    // The text lines of a page (8-bit grey). Empty when cancelled.
    // Sauvola's local threshold instead of Otsu's global one, for pages whose light or
    // paper varies across them: a scan whose light falls off, security paper with 複写 in
    // large grey letters leave no single threshold between ink and paper (Otsu's then sees
    // no text at all). On evenly lit pages Otsu's reads more.
    void setLocalThreshold(bool local);
    QList<Line> readPage(const QImage& gray, int dpi, const Progress& progress);
    // One line of text, optionally limited to the given characters.
    // Line: Tesseract's line segmentation; Raw: the image taken as one line as it is (errs
    // differently, a second opinion); Word: a lone character (男, 妻), which the
    // single-character mode returns nothing for.
    enum class LineMode { Line, Raw, Word };
    // One line limited to `whitelist` when given.
    Word readLine(const QImage& gray, int dpi, const QString& whitelist = {}, LineMode mode = LineMode::Line);
    // One line's characters, each with its box.
    QList<Word> readSymbols(const QImage& gray, int dpi);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace mdg
