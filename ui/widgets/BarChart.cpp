#include "BarChart.h"

#include <QPainter>

namespace mdg {

BarChart::BarChart(QWidget* parent)
    : QWidget(parent)
{
    setMinimumHeight(200);
}

void BarChart::setData(
    const QString& title, const QVector<int>& values, const QStringList& labels, const QVector<bool>& highlight)
{
    m_title = title;
    m_values = values;
    m_labels = labels;
    m_highlight = highlight;
    setAccessibleDescription(title);
    update();
}

void BarChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QFontMetrics fm = fontMetrics();
    const QColor text = palette().color(QPalette::WindowText);
    p.setPen(text);
    p.drawText(QRect(0, 0, width(), fm.height() + 4), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    if (m_values.isEmpty())
        return;
    const int max = std::max(1, *std::max_element(m_values.cbegin(), m_values.cend()));
    const int axisWidth = fm.horizontalAdvance(QString::number(max)) + 8;
    const QRect plot(axisWidth, fm.height() + 10, width() - axisWidth - 8, height() - 2 * fm.height() - 20);
    if (plot.width() < 10 || plot.height() < 10)
        return;
    p.setPen(QColor(0xc0, 0xc0, 0xc0));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.topLeft() + QPoint(0, 0), plot.bottomLeft());
    p.setPen(text);
    p.drawText(QRect(0, plot.top() - fm.height() / 2, axisWidth - 4, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
        QString::number(max));
    p.drawText(QRect(0, plot.bottom() - fm.height() / 2, axisWidth - 4, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
        QStringLiteral("0"));
    const double step = double(plot.width()) / double(m_values.size());
    const QColor normal(0x1f, 0x6f, 0xb2), accent(0xe0, 0x8a, 0x00);
    for (int i = 0; i < m_values.size(); ++i) {
        const int h = int(double(plot.height()) * m_values[i] / max);
        const int x = plot.left() + int(i * step);
        const int w = std::max(1, int(step) - (step >= 4 ? 1 : 0));
        p.fillRect(QRect(x, plot.bottom() - h, w, h), i < m_highlight.size() && m_highlight[i] ? accent : normal);
        const QString label = m_labels.value(i);
        if (!label.isEmpty()) {
            p.setPen(text);
            p.drawText(QRect(x - 30, plot.bottom() + 4, int(step) + 60, fm.height()), Qt::AlignHCenter, label);
        }
    }
}

} // namespace mdg
