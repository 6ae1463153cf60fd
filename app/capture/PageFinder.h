#pragma once

#include <QImage>
#include <QPolygonF>
#include <QTransform>
#include <optional>

namespace mdg {

// Finds a sheet of paper lying on a darker desk and straightens it: the outline for the
// live preview and auto-capture, the flattened page for reading.
class PageFinder
{
public:
    // The page's four corners (top-left, top-right, bottom-right, bottom-left) in image
    // coordinates, or nothing when no page-sized bright region stands out.
    static std::optional<QPolygonF> findPage(const QImage& image);
    // The page seen through `corners`, flattened to an A4 sheet at 200 dpi.
    static QImage flatten(const QImage& image, const QPolygonF& corners);
    // The mapping from the photo to the flattened sheet (invert it to map back).
    static QTransform toSheet(const QPolygonF& corners);
    // Sharpness of a grey image: the variance of its Laplacian (higher is sharper).
    static double focusMeasure(const QImage& gray);
};

} // namespace mdg
