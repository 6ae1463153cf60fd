#include "ScanPanel.h"

#include "ScanPreview.h"
#include "config/Config.h"

#include <QDir>
#include <QLabel>
#include <QVBoxLayout>

namespace mdg {

namespace {
constexpr qint64 RepeatAfterMs = 4000; // the camera sees one code on many frames
constexpr qint64 PreviewEveryMs = 66; // ~15 pictures a second are enough to aim
} // namespace

ScanPanel::ScanPanel(Config& config, QWidget* parent)
    : QWidget(parent)
    , m_preview(new ScanPreview)
{
    setObjectName(QStringLiteral("scanPanel"));
    m_preview->setObjectName(QStringLiteral("scanPreview"));
    m_preview->setAccessibleName(tr("Camera picture"));
    m_sourceLabel = new QLabel;
    m_sourceLabel->setObjectName(QStringLiteral("scanSourceLabel"));
    m_sourceLabel->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_sourceLabel);
    connect(&m_decoder, &FrameDecoder::frameDecoded, this,
        [this](const QrReading& r, qint64 arrivedNs, QSize) { onDecoded(r, arrivedNs); });
    m_sincePreview.start();
    setSource(defaultSource(config));
}

ScanPanel::~ScanPanel()
{
    if (m_source)
        m_source->stop();
}

std::unique_ptr<FrameSource> ScanPanel::defaultSource(Config& config)
{
    if (CameraSource::anyCamera())
        return std::make_unique<CameraSource>(config.cameraId().toUtf8(), config.cameraResolution());
    // No camera: the demo frames, so a newcomer sees the whole flow.
    if (!QDir(config.demoFramesFolder()).isEmpty())
        return std::make_unique<ImageFolderSource>(config.demoFramesFolder(), 400);
    return {};
}

void ScanPanel::setSource(std::unique_ptr<FrameSource> source)
{
    if (m_source)
        m_source->stop();
    m_source = std::move(source);
    m_preview->setFrame({});
    if (!m_source) {
        m_sourceLabel->setText(
            tr("No camera is connected. Use a handheld scanner, or connect a camera and choose it in Settings."));
        m_preview->setPlaceholder(tr("No camera"));
        return;
    }
    m_sourceLabel->setText(m_source->description());
    m_preview->setPlaceholder(tr("Starting the camera…"));
    connect(m_source.get(), &FrameSource::frameArrived, this, [this](const Frame& f) {
        m_decoder.submit(f);
        if (m_sincePreview.elapsed() >= PreviewEveryMs) {
            m_sincePreview.restart();
            m_preview->setFrame(f.toImage());
        }
    });
    connect(m_source.get(), &FrameSource::failed, this, [this](const QString& message) {
        m_sourceLabel->setText(message);
        m_preview->setPlaceholder(message);
    });
    if (isVisible())
        m_source->start();
}

void ScanPanel::showVerdict(bool accepted)
{
    m_preview->setVerdict(accepted);
}

void ScanPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Unseen while hidden is not out of sight: the code last handled, still held up when the
    // counter comes back here, is not a new scan.
    if (m_sinceCode.isValid())
        m_sinceCode.restart();
    if (m_source)
        m_source->start();
}

void ScanPanel::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    if (m_source)
        m_source->stop();
}

void ScanPanel::onDecoded(const QrReading& r, qint64 arrivedNs)
{
    if (!r.found)
        return;
    m_preview->setOutline(QPolygonF(r.corners), true);
    // A code held in front of the camera is handled once, however long it stays: only after
    // it was out of sight for a while does it count as shown again.
    const bool again = r.text == m_lastText && m_sinceCode.isValid() && m_sinceCode.elapsed() < RepeatAfterMs;
    m_lastText = r.text;
    m_sinceCode.restart();
    if (!again)
        emit codeScanned(r.text, arrivedNs);
}

} // namespace mdg
