#include "CliIo.h"
#include "capture/FrameDecoder.h"
#include "db/Database.h"
#include "db/IntakeService.h"
#include "db/SignInService.h"
#include "intake/PreEntryCodec.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QPainter>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>

namespace mdg::cli {

namespace {

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype i = std::min<qsizetype>(v.size() - 1, qsizetype(p / 100.0 * double(v.size() - 1) + 0.5));
    return v.at(i);
}

double round1(double x)
{
    return qRound(x * 100) / 100.0;
}

PreEntry samplePreEntry()
{
    PreEntry p;
    p.id = QUuid::createUuid();
    p.ref = QStringLiteral("BEN-CHQ-R01");
    p.issuedAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch()).toUTC();
    p.expiresAt = p.issuedAt.addDays(1);
    p.procedure = Procedure::MovingIn;
    p.applicant = {QStringLiteral("山田　太郎"), QStringLiteral("ヤマダ　タロウ"), QDate(1985, 4, 12), {}};
    p.move = {QDate(2026, 3, 28), QStringLiteral("神奈川県横浜市港北区日吉本町一丁目2番3号"),
        QStringLiteral("神奈川県川崎市中原区小杉町三丁目5番1号"), {}, QStringLiteral("山田　太郎")};
    p.members = {Person {{}, QStringLiteral("山田　太郎"), QStringLiteral("ヤマダ　タロウ"), QDate(1985, 4, 12),
                     Sex::Male, QStringLiteral("世帯主"), {}, {}},
        Person {{}, QStringLiteral("山田　花子"), QStringLiteral("ヤマダ　ハナコ"), QDate(1987, 9, 3), Sex::Female,
            QStringLiteral("妻"), {}, {}}};
    return p;
}

// A camera picture: the code held up slightly turned on a desk, or the empty desk.
QImage deskPicture(QSize size, const QImage& code)
{
    QImage frame(size, QImage::Format_Grayscale8);
    frame.fill(100);
    if (!code.isNull()) {
        QPainter p(&frame);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.translate(size.width() / 2.0, size.height() / 2.0);
        p.rotate(5);
        const int side = size.height() * 2 / 3;
        p.fillRect(QRect(-side / 2 - 20, -side / 2 - 20, side + 40, side + 40), Qt::white);
        p.drawImage(QRect(-side / 2, -side / 2, side, side), code);
    }
    return frame;
}

void benchDecode(int runs)
{
    const Ed25519Key key = Ed25519Key::generate();
    const QImage code = renderQr(PreEntryCodec::encode(samplePreEntry(), "bench", key), 4).image;
    for (QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
        for (bool withCode : {true, false}) {
            const Frame frame {toYuv420Frame(deskPicture(size, withCode ? code : QImage())), {}, 0};
            QList<double> ms;
            int found = 0;
            for (int i = 0; i < runs; ++i) {
                QElapsedTimer t;
                t.start();
                found += FrameDecoder::decodeFrame(frame).found ? 1 : 0;
                ms << double(t.nsecsElapsed()) / 1e6;
            }
            printJson({{QStringLiteral("bench"), QStringLiteral("qr_decode_frame")},
                {QStringLiteral("resolution"), QStringLiteral("%1x%2").arg(size.width()).arg(size.height())},
                {QStringLiteral("code_in_frame"), withCode}, {QStringLiteral("frames"), runs},
                {QStringLiteral("found"), found}, {QStringLiteral("median_ms"), round1(percentile(ms, 50))},
                {QStringLiteral("p95_ms"), round1(percentile(ms, 95))}});
        }
    }
}

void benchPhotos(const QString& folder)
{
    QList<QPair<QString, QString>> photos; // path, expected text
    for (const QString& sub : QDir(folder).entryList({QStringLiteral("qrcode-*")}, QDir::Dirs, QDir::Name)) {
        const QDir dir(folder + QLatin1Char('/') + sub);
        for (const QString& name : dir.entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name)) {
            QFile txt(dir.filePath(name.chopped(4) + QStringLiteral(".txt")));
            if (txt.open(QIODevice::ReadOnly))
                photos << qMakePair(dir.filePath(name), QString::fromUtf8(txt.readAll()).remove(QLatin1Char('\r')));
        }
    }
    if (photos.isEmpty()) {
        err() << "bench qr: no sample photos in " << folder << '\n';
        return;
    }
    for (int rotation : {0, 90, 180, 270}) {
        for (bool thorough : {false, true}) {
            int read = 0;
            QList<double> ms;
            for (const auto& [path, expected] : photos) {
                const QImage img = QImage(path).transformed(QTransform().rotate(rotation));
                QElapsedTimer t;
                t.start();
                const QrReading r = thorough ? QrScanner::scanThoroughly(img) : QrScanner::scanOnce(img);
                ms << double(t.nsecsElapsed()) / 1e6;
                read += r.found && QString(r.text).remove(QLatin1Char('\r')) == expected ? 1 : 0;
            }
            printJson({{QStringLiteral("bench"), QStringLiteral("qr_sample_photos")},
                {QStringLiteral("rotation_deg"), rotation},
                {QStringLiteral("method"), thorough ? QStringLiteral("retries") : QStringLiteral("one_pass")},
                {QStringLiteral("read"), read}, {QStringLiteral("total"), int(photos.size())},
                {QStringLiteral("accuracy_pct"), round1(100.0 * read / photos.size())},
                {QStringLiteral("median_ms"), round1(percentile(ms, 50))}});
        }
    }
}

// From the moment a frame holding a code arrives to the case being open in the store:
// decoder thread, signature check, the write transaction.
void benchCaseOpen(int runs)
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("bench.sqlite")));
    QString error;
    if (!db.open(&error)) {
        err() << "bench qr: " << error << '\n';
        return;
    }
    SignInService accounts(db, QStringLiteral("bench"));
    const auto staff = accounts.createStaff(
        QStringLiteral("bench"), QStringLiteral("bench"), QStringLiteral("bench-password"), {Role::Clerk});
    const Actor clerk {staff.value(), QStringLiteral("bench")};
    const Ed25519Key key = Ed25519Key::generate();
    KeyRing keys;
    keys.add("bench", *Ed25519Key::fromPem(key.publicPem()));
    CaseService cases(db);
    IntakeService intake(db, cases, keys, {});
    FrameDecoder decoder;
    QList<double> ms;
    int opened = 0;
    for (int i = 0; i < runs; ++i) {
        const QImage code = renderQr(PreEntryCodec::encode(samplePreEntry(), "bench", key), 4).image;
        const Frame frame {toYuv420Frame(deskPicture({1280, 720}, code)), {}, 0};
        QEventLoop loop;
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        auto c
            = QObject::connect(&decoder, &FrameDecoder::frameDecoded, &loop, [&](const QrReading& r, qint64 arrivedNs) {
                  if (r.found && intake.open(clerk, r.text)) {
                      ms << double(steadyNowNs() - arrivedNs) / 1e6;
                      ++opened;
                  }
                  loop.quit();
              });
        Frame f = frame;
        f.arrivedNs = steadyNowNs();
        decoder.submit(f);
        loop.exec();
        QObject::disconnect(c);
    }
    printJson({{QStringLiteral("bench"), QStringLiteral("qr_frame_to_case_open")},
        {QStringLiteral("resolution"), QStringLiteral("1280x720")}, {QStringLiteral("runs"), runs},
        {QStringLiteral("opened"), opened}, {QStringLiteral("median_ms"), round1(percentile(ms, 50))},
        {QStringLiteral("p95_ms"), round1(percentile(ms, 95))}});
}

} // namespace

int bench(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Benchmarks, one JSON object per line."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("name"), QStringLiteral("qr"));
    p.addOption(
        {QStringLiteral("runs"), QStringLiteral("Repetitions per figure."), QStringLiteral("n"), QStringLiteral("50")});
    p.addOption({QStringLiteral("photos"), QStringLiteral("Folder of sample QR photos (NAME.png with NAME.txt)."),
        QStringLiteral("dir"), QStringLiteral(MADOGUCHI_SHARED_DIR "/testdata/zxing-qrcode")});
    p.process(args);
    const QString name = p.positionalArguments().value(0);
    const int runs = std::max(1, p.value(QStringLiteral("runs")).toInt());
    if (name == QLatin1String("qr")) {
        benchDecode(runs);
        benchPhotos(p.value(QStringLiteral("photos")));
        benchCaseOpen(std::min(runs, 30));
        return 0;
    }
    err() << "bench: unknown benchmark '" << name << "' (qr)\n";
    return 2;
}

} // namespace mdg::cli
