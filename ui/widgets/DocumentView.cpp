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
    m_shown = QImage();
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
    // A photo is scaled smoothly once per page and size, not at every repaint: scaling a
    // camera photo took the GUI thread tens of milliseconds (bench ui).
    if (m_shown.size() != target.size().toSize())
        m_shown = m_page.scaled(target.size().toSize(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    p.drawImage(target.topLeft(), m_shown);
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
