#pragma once

#include <QImage>
#include <QRandomGenerator>

namespace mdg {

// A QR symbol as a counter camera sees it at arm's length: drawn small (1.3 to 3 pixels a
// module), turned up to 25°, sheared, and in two of three frames out of focus, on a 720p
// frame. `symbol` has one pixel a module (renderQr(text, 1)). The same generator state gives
// the same frame, so runs compare.
QImage degradedQrFrame(const QImage& symbol, QRandomGenerator& rng);

} // namespace mdg
