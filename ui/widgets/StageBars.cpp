#include "StageBars.h"

#include <QPainter>

namespace mdg {

StageBars::StageBars(QWidget* parent)
    : QWidget(parent)
{
    setMinimumHeight(180);
}

void StageBars::setCounts(const QHash<Stage, int>& counts)
{
    m_counts = counts;
    update();
}

QSize StageBars::sizeHint() const
{
    return {480, 220};
}

void StageBars::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QList<Stage> stages = allStages();
    int max = 1;
    for (Stage s : stages)
        max = std::max(max, m_counts.value(s));
    const QFontMetrics fm = fontMetrics();
    int labelWidth = 0;
    for (Stage s : stages)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(stageDisplayName(s)));
    labelWidth += 12;
    const int rowHeight = std::clamp(height() / int(stages.size()), fm.height() + 8, 2 * fm.height() + 8);
    const int barSpace = width() - labelWidth - fm.horizontalAdvance(QStringLiteral("0000")) - 12;
    for (int i = 0; i < stages.size(); ++i) {
        const Stage s = stages.at(i);
        const int y = i * rowHeight;
        const int n = m_counts.value(s);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(0, y, labelWidth - 8, rowHeight), Qt::AlignRight | Qt::AlignVCenter, stageDisplayName(s));
        const int w = barSpace * n / max;
        const QColor colour = isTerminal(s) ? QColor(0x9e, 0x9e, 0x9e)
            : s == Stage::SentBack          ? QColor(0xe0, 0x8a, 0x00)
                                            : QColor(0x1f, 0x6f, 0xb2);
        p.fillRect(QRect(labelWidth, y + 4, std::max(w, n > 0 ? 2 : 0), rowHeight - 8), colour);
        p.drawText(QRect(labelWidth + w + 6, y, 60, rowHeight), Qt::AlignLeft | Qt::AlignVCenter, QString::number(n));
    }
}

} // namespace mdg
