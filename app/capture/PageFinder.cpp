#include "PageFinder.h"

#include "Otsu.h"

#include <QPainter>
#include <QTransform>
#include <algorithm>
#include <cmath>

namespace mdg {

namespace {
constexpr int WorkSide = 400; // the outline is found on a small copy: fast and enough
constexpr QSize A4At200Dpi(1654, 2339);

// Whether the outline found is the paper's edge: darker desk just outside along most of
// it. A scan whose light falls off across the page splits at Otsu's threshold into a
// bright part and a dark part, with only a gentle slope between them.
bool edgesStandOut(const QImage& g, const QPointF (&quad)[4])
{
    const QPointF centre = (quad[0] + quad[1] + quad[2] + quad[3]) / 4;
    const double d = 0.025 * std::min(g.width(), g.height());
    const auto at = [&](QPointF p) -> int {
        const int x = int(std::lround(p.x())), y = int(std::lround(p.y()));
        if (x < 0 || y < 0 || x >= g.width() || y >= g.height())
            return -1;
        return g.constScanLine(y)[x];
    };
    int sampled = 0, standing = 0;
    for (int e = 0; e < 4; ++e) {
        const QPointF a = quad[e], b = quad[(e + 1) % 4];
        for (int k = 1; k < 20; ++k) {
            const QPointF p = a + (b - a) * (k / 20.0);
            QPointF out = p - centre;
            out /= std::max(1e-9, std::hypot(out.x(), out.y()));
            const int outside = at(p + out * d), inside = at(p - out * d);
            if (outside < 0 || inside < 0)
                continue; // the outline runs along the picture's border here
            ++sampled;
            standing += inside - outside > 30 ? 1 : 0;
        }
    }
    return sampled >= 8 && standing * 10 >= sampled * 6;
}
} // namespace

std::optional<QPolygonF> PageFinder::findPage(const QImage& image)
{
    if (image.isNull() || image.width() < 50 || image.height() < 50)
        return std::nullopt;
    const QImage small = image.convertToFormat(QImage::Format_Grayscale8)
                             .scaled(WorkSide, WorkSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    const double scale = double(image.width()) / small.width();
    const int t = otsuThreshold(small);
    // The largest 4-connected bright region is the paper.
    const int w = small.width();
    const int h = small.height();
    QList<int> label(w * h, 0);
    int bestLabel = 0;
    qsizetype bestSize = 0;
    int next = 1;
    QList<int> stack;
    for (int start = 0; start < w * h; ++start) {
        if (label[start] || small.constScanLine(start / w)[start % w] <= t)
            continue;
        qsizetype size = 0;
        stack = {start};
        label[start] = next;
        while (!stack.isEmpty()) {
            const int p = stack.takeLast();
            ++size;
            const int x = p % w;
            const int y = p / w;
            const int around[4][2] = {{x - 1, y}, {x + 1, y}, {x, y - 1}, {x, y + 1}};
            for (const auto& n : around) {
                if (n[0] < 0 || n[1] < 0 || n[0] >= w || n[1] >= h)
                    continue;
                const int q = n[1] * w + n[0];
                if (!label[q] && small.constScanLine(n[1])[n[0]] > t) {
                    label[q] = next;
                    stack << q;
                }
            }
        }
        if (size > bestSize) {
            bestSize = size;
            bestLabel = next;
        }
        ++next;
    }
    // A page fills a fair part of the picture but not all of it (then there is no desk
    // around it to find the edges by: the picture is taken as the page).
    if (bestSize < w * h / 8 || bestSize > w * h * 97 / 100)
        return std::nullopt;
    QPointF tl, tr, br, bl;
    double minSum = 1e18, maxSum = -1e18, minDiff = 1e18, maxDiff = -1e18;
    for (int p = 0; p < w * h; ++p) {
        if (label[p] != bestLabel)
            continue;
        const double x = p % w;
        const double y = p / w;
        if (x + y < minSum) {
            minSum = x + y;
            tl = {x, y};
        }
        if (x + y > maxSum) {
            maxSum = x + y;
            br = {x, y};
        }
        if (x - y > maxDiff) {
            maxDiff = x - y;
            tr = {x, y};
        }
        if (x - y < minDiff) {
            minDiff = x - y;
            bl = {x, y};
        }
    }
    // Corners at the picture's own corners: a scan, already flat.
    const QPointF frame[4] = {{0, 0}, {double(w - 1), 0}, {double(w - 1), double(h - 1)}, {0, double(h - 1)}};
    const QPointF found[4] = {tl, tr, br, bl};
    bool atFrame = true;
    for (int i = 0; i < 4; ++i)
        atFrame
            = atFrame && std::hypot(found[i].x() - frame[i].x(), found[i].y() - frame[i].y()) < 0.03 * std::max(w, h);
    if (atFrame || !edgesStandOut(small, found))
        return std::nullopt;
    QPolygonF corners;
    for (const QPointF& c : found)
        corners << QPointF((c.x() + 0.5) * scale, (c.y() + 0.5) * scale);
    return corners;
}

QTransform PageFinder::toSheet(const QPolygonF& corners)
{
    const QPolygonF target {QPointF(0, 0), QPointF(A4At200Dpi.width(), 0),
        QPointF(A4At200Dpi.width(), A4At200Dpi.height()), QPointF(0, A4At200Dpi.height())};
    QTransform toPage;
    if (corners.size() != 4 || !QTransform::quadToQuad(corners, target, toPage))
        return {};
    return toPage;
}

QImage PageFinder::flatten(const QImage& image, const QPolygonF& corners)
{
    const QTransform toPage = toSheet(corners);
    if (toPage.isIdentity())
        return image;
    QImage out(A4At200Dpi, QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter p(&out);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.setTransform(toPage);
    p.drawImage(0, 0, image);
    return out;
}

double PageFinder::focusMeasure(const QImage& gray)
{
    const QImage g
        = gray.format() == QImage::Format_Grayscale8 ? gray : gray.convertToFormat(QImage::Format_Grayscale8);
    double sum = 0, sumSq = 0;
    long n = 0;
    for (int y = 1; y < g.height() - 1; y += 2) {
        const uchar* a = g.constScanLine(y - 1);
        const uchar* b = g.constScanLine(y);
        const uchar* c = g.constScanLine(y + 1);
        for (int x = 1; x < g.width() - 1; x += 2) {
            const double lap = 4.0 * b[x] - b[x - 1] - b[x + 1] - a[x] - c[x];
            sum += lap;
            sumSq += lap * lap;
            ++n;
        }
    }
    if (n == 0)
        return 0;
    const double mean = sum / n;
    return sumSq / n - mean * mean;
}

} // namespace mdg
