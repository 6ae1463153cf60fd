#include "harness/CertificateGenerator.h"
#include "capture/AutoCapture.h"
#include "capture/PageFinder.h"

#include <QPainter>
#include <QTest>

using namespace mdg;

class TestAutoCapture : public QObject
{
    Q_OBJECT
private slots:
    void findsThePageOnADesk();
    void scanIsNotAPageOnADesk();
    void capturesOnlyWhenSteadyAndSharp();
};

namespace {
// A 1280x720 camera frame: the page on a desk, shifted by `dx` and blurred when asked.
QImage frame(const QImage& page, int dx, bool blurred)
{
    QImage f(1280, 960, QImage::Format_RGB32);
    f.fill(QColor(80, 70, 60));
    QPainter p(&f);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(QRect(300 + dx, 60, 600, 848), page);
    p.end();
    if (blurred)
        f = f.scaled(160, 120, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).scaled(1280, 960);
    return f;
}
} // namespace

void TestAutoCapture::findsThePageOnADesk()
{
    const auto page = certgen::render({}).image;
    const auto corners = PageFinder::findPage(frame(page, 0, false));
    QVERIFY(corners);
    const QPointF expected[4] = {{300, 60}, {900, 60}, {900, 908}, {300, 908}};
    for (int i = 0; i < 4; ++i)
        QVERIFY2(QLineF(corners->at(i), expected[i]).length() < 12, qPrintable(QStringLiteral("corner %1").arg(i)));
    const QImage flat = PageFinder::flatten(frame(page, 0, false), *corners);
    QCOMPARE(flat.size(), QSize(1654, 2339));
}

void TestAutoCapture::scanIsNotAPageOnADesk()
{
    QVERIFY(!PageFinder::findPage(certgen::render({}).image)); // already flat: nothing to straighten
    QImage dark(640, 480, QImage::Format_RGB32);
    dark.fill(Qt::black);
    QVERIFY(!PageFinder::findPage(dark));
}

void TestAutoCapture::capturesOnlyWhenSteadyAndSharp()
{
    const auto page = certgen::render({}).image;
    AutoCapture ac;
    QImage empty(1280, 960, QImage::Format_RGB32);
    empty.fill(QColor(80, 70, 60));
    QCOMPARE(ac.feed(empty).state, AutoCapture::State::Searching);
    // Moving: never steady.
    for (int i = 0; i < 8; ++i)
        QCOMPARE(ac.feed(frame(page, i * 40, false)).state, AutoCapture::State::HoldStill);
    // Still but out of focus: not taken.
    for (int i = 0; i < 8; ++i)
        QCOMPARE(ac.feed(frame(page, 0, true)).state, AutoCapture::State::HoldStill);
    // Still and sharp: taken after the steady frames.
    AutoCapture::Step s;
    int frames = 0;
    do {
        s = ac.feed(frame(page, 0, false));
        ++frames;
    } while (s.state != AutoCapture::State::Captured && frames < 20);
    QCOMPARE(s.state, AutoCapture::State::Captured);
    QCOMPARE(frames, AutoCapture::SteadyFramesNeeded); // the blurred frames were already in place
    QCOMPARE(ac.take().size(), QSize(1654, 2339));
}

QTEST_MAIN(TestAutoCapture)
#include "tst_autocapture.moc"
