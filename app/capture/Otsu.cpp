#include "Otsu.h"

#include <array>

namespace mdg {

int otsuThreshold(const QImage& gray, const QRect& area)
{
    const QRect a = area.isNull() ? gray.rect() : area.intersected(gray.rect());
    std::array<double, 256> histogram {};
    for (int y = a.top(); y <= a.bottom(); ++y) {
        const uchar* line = gray.constScanLine(y);
        for (int x = a.left(); x <= a.right(); ++x)
            ++histogram[line[x]];
    }
    const double total = double(a.width()) * a.height();
    double sumAll = 0;
    for (int i = 0; i < 256; ++i)
        sumAll += i * histogram[i];
    double sumBelow = 0, weightBelow = 0, best = 0;
    int threshold = 128;
    for (int t = 0; t < 256; ++t) {
        weightBelow += histogram[t];
        if (weightBelow == 0)
            continue;
        const double weightAbove = total - weightBelow;
        if (weightAbove == 0)
            break;
        sumBelow += t * histogram[t];
        const double meanBelow = sumBelow / weightBelow;
        const double meanAbove = (sumAll - sumBelow) / weightAbove;
        const double between = weightBelow * weightAbove * (meanBelow - meanAbove) * (meanBelow - meanAbove);
        if (between > best) {
            best = between;
            threshold = t;
        }
    }
    return threshold;
}

} // namespace mdg
