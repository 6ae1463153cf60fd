#include "DocumentView.h"

#include <QPainter>

namespace mdg {

DocumentView::DocumentView(QWidget* parent)
    : QWidget(parent)
{
    setMinimumSize(240, 340);
}

void DocumentView::setPage(const QImage& page, const QList<QRect>& boxes)
{
    m_page = page;
    m_boxes = boxes;
    m_selected = QRect();
    update();
}

void DocumentView::setSelected(const QRect& box)
{
    m_selected = box;
    update();
}

void DocumentView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Mid));
    if (m_page.isNull())
        return;
    const QSizeF scaled = QSizeF(m_page.size()).scaled(size(), Qt::KeepAspectRatio);
    const QRectF target(QPointF((width() - scaled.width()) / 2, (height() - scaled.height()) / 2), scaled);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(target, m_page);
    const double s = scaled.width() / m_page.width();
    auto map = [&](const QRect& r) {
        return QRectF(target.left() + r.x() * s, target.top() + r.y() * s, r.width() * s, r.height() * s);
    };
    p.setPen(QPen(QColor(0x1f, 0x6f, 0xb2, 160), 1));
    for (const QRect& b : m_boxes)
        p.drawRect(map(b));
    if (!m_selected.isNull()) {
        p.setPen(QPen(QColor(0xe0, 0x6c, 0x00), 3));
        p.drawRect(map(m_selected).adjusted(-2, -2, 2, 2));
    }
}

} // namespace mdg
