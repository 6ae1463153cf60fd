#pragma once

#include <QImage>
#include <QRect>

namespace mdg {

// Otsu's threshold of an 8-bit grey image, or of the part of it inside `area`: the grey
// that best parts two populations (ink and paper, desk and page).
int otsuThreshold(const QImage& gray, const QRect& area = {});

} // namespace mdg
