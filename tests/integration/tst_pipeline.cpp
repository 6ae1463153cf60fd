#include "../PreEntryFixtures.h"
#include "../TestSupport.h"
#include "capture/FrameDecoder.h"
#include "capture/FrameSource.h"
#include "db/CaseRepository.h"
#include "intake/IntakeService.h"

#include <QPainter>
#include <QProcess>
#include <QStandardPaths>

using namespace mdg;

// The whole camera path on a real video: file -> Qt Multimedia -> decoder thread ->
// verification -> the case in the store.
class TestPipeline : public QObject
{
    Q_OBJECT
public:
    static void initMain() { qputenv("QT_MEDIA_BACKEND", "ffmpeg"); }

private slots:
    void videoWithCodeOpensTheCase();
};

void TestPipeline::videoWithCodeOpensTheCase()
{
    const QString ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
    QVERIFY2(!ffmpeg.isEmpty(), "ffmpeg is needed to make the test video (installer/dev.sh installs it)");

    test::TempStore store;
    ManualClock clock(QDateTime::currentDateTimeUtc());
    CaseService cases(*store.db, clock);
    const Ed25519Key key = Ed25519Key::generate();
    KeyRing keys;
    keys.add("web-2026", *Ed25519Key::fromPem(key.publicPem()));
    IntakeService intake(*store.db, cases, keys, {}, clock);
    const Actor clerk = test::makeActor(*store.db, QStringLiteral("clerk"), {Role::Clerk});
    const PreEntry pre = test::familyOfFour(clock.nowUtc());

    // Two seconds of an empty desk, one with the code held up, one empty again.
    const QImage code = renderQr(PreEntryCodec::encode(pre, "web-2026", key), 4).image;
    for (int i = 0; i < 40; ++i) {
        QImage frame(1280, 720, QImage::Format_RGB32);
        frame.fill(QColor(0x6b, 0x5b, 0x4b));
        if (i >= 20 && i < 30) {
            QPainter p(&frame);
            p.translate(640, 360);
            p.rotate(-8 + i % 5 * 3);
            p.fillRect(QRect(-330, -330, 660, 660), Qt::white);
            p.drawImage(QRect(-300, -300, 600, 600), code);
        }
        QVERIFY(frame.save(store.dir.filePath(QStringLiteral("f%1.png").arg(i, 3, 10, QLatin1Char('0')))));
    }
    const QString video = store.dir.filePath(QStringLiteral("clip.mp4"));
    QProcess enc;
    enc.start(ffmpeg,
        {QStringLiteral("-y"), QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-framerate"),
            QStringLiteral("10"), QStringLiteral("-i"), store.dir.filePath(QStringLiteral("f%03d.png")),
            QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-crf"), QStringLiteral("12"),
            QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), video});
    QVERIFY(enc.waitForFinished(120000));
    QVERIFY2(enc.exitCode() == 0, enc.readAllStandardError().constData());

    VideoFileSource source(video);
    FrameDecoder decoder;
    int frames = 0;
    QVideoFrameFormat::PixelFormat format = QVideoFrameFormat::Format_Invalid;
    QString error;
    QList<CaseService::PreEntryCase> opened;
    connect(&source, &FrameSource::frameArrived, &decoder, [&](const Frame& f) {
        ++frames;
        format = f.video.pixelFormat();
        decoder.submit(f);
    });
    connect(&source, &FrameSource::failed, this, [&](const QString& m) { error = m; });
    connect(&decoder, &FrameDecoder::frameDecoded, this, [&](const QrReading& r, qint64, QSize) {
        if (!r.found)
            return;
        auto result = intake.open(clerk, r.text);
        if (result)
            opened << result.value();
        else
            error = result.error();
    });
    source.start();
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty() || !error.isEmpty(), 30000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    source.stop();
    qInfo("%d frames arrived as pixel format %d; the code was decoded on %lld frames", frames, int(format),
        qlonglong(opened.size()));

    const Case c = opened.first().c;
    QCOMPARE(c.preEntryId, pre.id);
    QCOMPARE(c.household.members.size(), 4);
    QCOMPARE(c.household.members.first().name, QStringLiteral("髙橋　健太郎"));
    // However many frames showed the code, there is one case.
    QCOMPARE(CaseRepository(store.db->connection()).listByQueueDate(cases.today()).size(), 1);
}

QTEST_MAIN(TestPipeline)
#include "tst_pipeline.moc"
