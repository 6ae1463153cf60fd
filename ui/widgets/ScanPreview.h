#pragma once

#include <QImage>
#include <QPolygonF>
#include <QWidget>

namespace mdg {

// The live camera picture, scaled to fit, with the last found QR code outlined.
class ScanPreview : public QWidget
{
    Q_OBJECT
public:
    explicit ScanPreview(QWidget* parent = nullptr);
    void setFrame(const QImage& image);
    void setOutline(const QPolygonF& corners, bool accepted); // frame coordinates; empty clears
    void setVerdict(bool accepted); // green for an opened case, red for a refused code
    void setPlaceholder(const QString& text);
    QSize sizeHint() const override { return {480, 270}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage m_frame;
    QPolygonF m_outline;
    bool m_accepted = true;
    QString m_placeholder;
};

} // namespace mdg
