#pragma once

#include "capture/FrameDecoder.h"
#include "capture/FrameSource.h"

#include <QElapsedTimer>
#include <QWidget>
#include <memory>

class QLabel;

namespace mdg {

class Config;
class ScanPreview;

// The camera side of the reception counter: the live picture with the found code
// outlined, decoding on a worker thread. Runs only while visible.
class ScanPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ScanPanel(Config& config, QWidget* parent = nullptr);
    ~ScanPanel() override;

    // Replaces the frame source (tests and the benchmark feed video files this way).
    void setSource(std::unique_ptr<FrameSource> source);
    void showVerdict(bool accepted); // colours the outline of the code just handled
    FrameDecoder& decoder() { return m_decoder; }

signals:
    // A code seen on camera; the same text again within a few seconds is not repeated.
    void codeScanned(const QString& text, qint64 arrivedNs);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    std::unique_ptr<FrameSource> defaultSource(Config& config);
    void onDecoded(const QrReading& reading, qint64 arrivedNs);

    FrameDecoder m_decoder;
    std::unique_ptr<FrameSource> m_source;
    ScanPreview* m_preview;
    QLabel* m_sourceLabel;
    QElapsedTimer m_sincePreview;
    QElapsedTimer m_sinceCode;
    QString m_lastText;
};

} // namespace mdg
