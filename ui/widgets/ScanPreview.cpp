#include "ScanPreview.h"

#include <QPainter>

namespace mdg {

ScanPreview::ScanPreview(QWidget* parent)
    : QWidget(parent)
{
    setMinimumSize(320, 180);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void ScanPreview::setFrame(const QImage& image)
{
    m_frame = image;
    update();
}

void ScanPreview::setOutline(const QPolygonF& corners, bool accepted)
{
    m_outline = corners;
    m_accepted = accepted;
    update();
}

void ScanPreview::setVerdict(bool accepted)
{
    m_accepted = accepted;
    update();
}

void ScanPreview::setPlaceholder(const QString& text)
{
    m_placeholder = text;
    update();
}

void ScanPreview::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::black);
    if (m_frame.isNull()) {
        p.setPen(Qt::white);
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    const QSizeF scaled = QSizeF(m_frame.size()).scaled(size(), Qt::KeepAspectRatio);
    const QRectF target(QPointF((width() - scaled.width()) / 2, (height() - scaled.height()) / 2), scaled);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(target, m_frame);
    if (m_outline.size() == 4) {
        const double s = scaled.width() / m_frame.width();
        QPolygonF poly;
        for (const QPointF& c : m_outline)
            poly << target.topLeft() + c * s;
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(m_accepted ? QColor(0x2e, 0xcc, 0x40) : QColor(0xff, 0x41, 0x36), 4));
        p.drawPolygon(poly);
    }
}

} // namespace mdg
