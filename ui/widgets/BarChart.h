#pragma once

#include <QStringList>
#include <QVector>
#include <QWidget>

namespace mdg {

// Vertical bars with a title and sparse labels under them, drawn with QPainter: arrivals
// by hour (24 bars) or by day of the year (366 thin bars that read as a curve). Qt Charts
// would be one more module to ship for two plain charts.
class BarChart : public QWidget
{
    Q_OBJECT
public:
    explicit BarChart(QWidget* parent = nullptr);
    // labels: one per bar, empty where none is drawn; highlight: bars drawn in the accent.
    void setData(const QString& title, const QVector<int>& values, const QStringList& labels,
        const QVector<bool>& highlight = {});
    const QVector<int>& values() const { return m_values; }
    QSize sizeHint() const override { return {640, 260}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_title;
    QVector<int> m_values;
    QStringList m_labels;
    QVector<bool> m_highlight;
};

} // namespace mdg
