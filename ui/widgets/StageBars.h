#pragma once

#include "domain/Stage.h"

#include <QHash>
#include <QWidget>

namespace mdg {

// Horizontal bars of the number of cases per stage, drawn with QPainter: a chart
// library would be a dependency for six bars.
class StageBars : public QWidget
{
    Q_OBJECT
public:
    explicit StageBars(QWidget* parent = nullptr);
    void setCounts(const QHash<Stage, int>& counts);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QHash<Stage, int> m_counts;
};

} // namespace mdg
