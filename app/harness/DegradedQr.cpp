#include "DegradedQr.h"

#include <QPainter>

namespace mdg {

QImage degradedQrFrame(const QImage& symbol, QRandomGenerator& rng)
{
    const double pixelsPerModule = 1.3 + 1.7 * rng.generateDouble();
    const int side = int(symbol.width() * pixelsPerModule);
    QImage frame(1280, 720, QImage::Format_Grayscale8);
    frame.fill(110);
    QPainter painter(&frame);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.translate(640, 360);
    painter.rotate(-25 + 50 * rng.generateDouble());
    painter.shear(0.25 * (rng.generateDouble() - 0.5), 0.25 * (rng.generateDouble() - 0.5));
    painter.drawImage(QRect(-side / 2, -side / 2, side, side), symbol);
    painter.end();
    const int blur = int(rng.bounded(3)); // 0: sharp, 1–2: out of focus
    if (blur == 0)
        return frame;
    return frame.scaled(frame.size() / (1 + blur), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .scaled(frame.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

} // namespace mdg
