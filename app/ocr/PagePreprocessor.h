#pragma once

#include <QImage>

namespace mdg {

// Prepares a page for recognition with Leptonica: grey, background normalised (uneven
// light and paper tint removed), deskewed, and the table rules removed so they are not
// read as characters.
struct PreparedPage
{
    QImage gray; // what recognition sees; boxes are in its coordinates
    double skewDegrees = 0;
    double scale = 1.0; // prepared pixels per source pixel
    bool unevenlyLit = false; // the background was normalised: light or paper vary across the page
    QImage rulesRemoved; // the same without table rules (for reading values in cells)
};

class PagePreprocessor
{
public:
    static constexpr int MaxSide = 3200; // larger photos are scaled down first
    static PreparedPage prepare(const QImage& source);
};

} // namespace mdg
