#include "CliIo.h"
#include "capture/CnnQrReader.h"
#include "capture/FrameDecoder.h"
#include "crosscheck/Municipalities.h"
#include "crosscheck/Towns.h"
#include "db/Database.h"
#include "harness/DegradedQr.h"
#include "intake/IntakeService.h"
#include "intake/PreEntryCodec.h"
#include "ocr/CertificateReader.h"
#include "security/SignInService.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <functional>

namespace mdg::cli {

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

// Generates a set of test pages into `dir` with one of the two generators; false with a
// message when the generator is not built (release builds leave the tests out).
bool generatePages(const QString& generator, const QStringList& args, const QString& dir)
{
    if (generator.isEmpty()) {
        err() << "bench: the page generators are built with the tests (cmake --preset dev); "
                 "or give --data DIR\n";
        return false;
    }
    QProcess gen;
    gen.start(generator, QStringList {QStringLiteral("--out"), dir} + args);
    if (!gen.waitForFinished(900000) || gen.exitCode() != 0) {
        err() << "bench: the certificate generator failed: " << gen.readAllStandardError() << '\n';
        return false;
    }
    return true;
}

namespace {

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
                {QStringLiteral("pass"), QStringLiteral("zxing")}, {QStringLiteral("code_in_frame"), withCode},
                {QStringLiteral("frames"), runs}, {QStringLiteral("found"), found},
                {QStringLiteral("median_ms"), round1(percentile(ms, 50))},
                {QStringLiteral("p95_ms"), round1(percentile(ms, 95))}});
            // The second pass on the same frame: what a frame costs when the first finds nothing.
            CnnQrReader& cnn = CnnQrReader::forThisThread();
            if (!cnn.isReady()) {
                err() << "bench qr: " << cnn.error() << '\n';
                continue;
            }
            const QImage luminance = FrameDecoder::luminanceOf(frame);
            QList<double> both;
            found = 0;
            for (int i = 0; i < std::max(1, runs / 10); ++i) {
                QElapsedTimer t;
                t.start();
                const bool first = FrameDecoder::decodeFrame(frame).found;
                found += first || cnn.read(luminance).found ? 1 : 0;
                both << double(t.nsecsElapsed()) / 1e6;
            }
            printJson({{QStringLiteral("bench"), QStringLiteral("qr_decode_frame")},
                {QStringLiteral("resolution"), QStringLiteral("%1x%2").arg(size.width()).arg(size.height())},
                {QStringLiteral("pass"), QStringLiteral("zxing_then_wechat")},
                {QStringLiteral("code_in_frame"), withCode}, {QStringLiteral("frames"), int(both.size())},
                {QStringLiteral("found"), found}, {QStringLiteral("median_ms"), round1(percentile(both, 50))},
                {QStringLiteral("p95_ms"), round1(percentile(both, 95))}});
        }
    }
}

// Codes as a counter camera sees them at arm's length (harness/DegradedQr.h), on a seed the
// tests do not use.
void benchDegraded(int count)
{
    const Ed25519Key key = Ed25519Key::generate();
    PreEntry p = samplePreEntry();
    const QString text = PreEntryCodec::encode(p, "bench", key);
    const QrSymbol symbol = renderQr(text, 1);
    QRandomGenerator rng(20261204);
    int zxing = 0, twoPass = 0;
    for (int i = 0; i < count; ++i) {
        const QImage frame = degradedQrFrame(symbol.image, rng);
        const QrReading first = QrScanner::scanWithRetries(frame);
        zxing += first.found && first.text == text ? 1 : 0;
        const QrReading both = first.found ? first : CnnQrReader::forThisThread().read(frame);
        twoPass += both.found && both.text == text ? 1 : 0;
    }
    printJson({{QStringLiteral("bench"), QStringLiteral("qr_degraded_renders")},
        {QStringLiteral("qr_version"), symbol.version}, {QStringLiteral("renders"), count},
        {QStringLiteral("zxing_read"), zxing}, {QStringLiteral("two_pass_read"), twoPass},
        {QStringLiteral("zxing_accuracy_pct"), round1(100.0 * zxing / count)},
        {QStringLiteral("accuracy_pct"), round1(100.0 * twoPass / count)}});
}

// The QR version of version 2 codes for households the dictionary was not made from: family
// and given names outside its list, previous addresses anywhere in Japan (a random
// municipality and one of its towns), buildings and rooms, phones. CONTRACTS.md 1b asks a
// household of four for version 17 at most, one of eight for 25.
void benchQrSizes(int households)
{
    static const QStringList families {QStringLiteral("山崎"), QStringLiteral("長谷川"), QStringLiteral("五十嵐"),
        QStringLiteral("小野寺"), QStringLiteral("東海林"), QStringLiteral("勅使河原"), QStringLiteral("比嘉"),
        QStringLiteral("髙木"), QStringLiteral("齋藤"), QStringLiteral("渡邊")};
    static const QStringList familyKana {QStringLiteral("ヤマザキ"), QStringLiteral("ハセガワ"),
        QStringLiteral("イガラシ"), QStringLiteral("オノデラ"), QStringLiteral("ショウジ"),
        QStringLiteral("テシガワラ"), QStringLiteral("ヒガ"), QStringLiteral("タカギ"), QStringLiteral("サイトウ"),
        QStringLiteral("ワタナベ")};
    static const QStringList givens {QStringLiteral("龍之介"), QStringLiteral("優一郎"), QStringLiteral("美智子"),
        QStringLiteral("茉莉花"), QStringLiteral("樹"), QStringLiteral("明日香"), QStringLiteral("健二"),
        QStringLiteral("紗希")};
    static const QStringList givenKana {QStringLiteral("リュウノスケ"), QStringLiteral("ユウイチロウ"),
        QStringLiteral("ミチコ"), QStringLiteral("マリカ"), QStringLiteral("イツキ"), QStringLiteral("アスカ"),
        QStringLiteral("ケンジ"), QStringLiteral("サキ")};
    static const QStringList buildings {QStringLiteral("サンライズ"), QStringLiteral("エクセレント"),
        QStringLiteral("ルミエール"), QStringLiteral("フォレスト"), QStringLiteral("ベルメゾン"),
        QStringLiteral("シャトー"), QStringLiteral("リバーサイド")};
    static const QStringList relations {QStringLiteral("妻"), QStringLiteral("子"), QStringLiteral("子"),
        QStringLiteral("父"), QStringLiteral("母"), QStringLiteral("子の妻"), QStringLiteral("孫")};
    const QStringList places = Municipalities::instance().codes();
    QStringList kawasaki; // the wards of the city whose counters read the codes
    for (const QString& c : places)
        if (c.startsWith(QLatin1String("1413")))
            kawasaki << c;
    const Ed25519Key key = Ed25519Key::generate();
    KeyRing ring;
    ring.add("web-2026", *Ed25519Key::fromPem(key.publicPem()));
    QRandomGenerator rng(31415);
    const auto pick = [&rng](const QStringList& from) { return from.at(int(rng.bounded(int(from.size())))); };
    const auto digits = [&rng](int n) {
        QString out;
        for (int i = 0; i < n; ++i)
            out += QChar(u'０' + int(rng.bounded(10)));
        return out;
    };
    const auto addressIn = [&](const QString& code) {
        const QStringList towns = Towns::instance().of(code);
        QString a = Municipalities::instance().nameOf(code) + (towns.isEmpty() ? QString() : pick(towns)) + digits(1)
            + QStringLiteral("丁目") + digits(2) + QStringLiteral("番") + digits(2) + QStringLiteral("号");
        if (rng.bounded(3) > 0)
            a += QChar(0x3000) + pick(buildings) + pick(buildings) + digits(3) + QStringLiteral("号室");
        return a;
    };
    for (const int size : {4, 8}) {
        QList<double> versions;
        int within = 0, same = 0;
        for (int h = 0; h < households; ++h) {
            PreEntry p = samplePreEntry();
            const int f = int(rng.bounded(int(families.size())));
            p.members.clear();
            for (int m = 0; m < size; ++m) {
                const int g = int(rng.bounded(int(givens.size())));
                p.members << Person {{}, families[f] + QChar(0x3000) + givens[g],
                    familyKana[f] + QChar(0x3000) + givenKana[g],
                    QDate(1940 + int(rng.bounded(80)), 1 + int(rng.bounded(12)), 1 + int(rng.bounded(28))),
                    rng.bounded(2) ? Sex::Male : Sex::Female, m == 0 ? QStringLiteral("世帯主") : pick(relations), {},
                    QString::number(10000000000LL + qint64(rng.bounded(89999999)) * 1000 + rng.bounded(1000))};
            }
            p.applicant = {p.members[0].name, p.members[0].nameKana, p.members[0].birthDate,
                QStringLiteral("0%1-%2-%3")
                    .arg(70 + 10 * int(rng.bounded(3)))
                    .arg(1000 + rng.bounded(9000))
                    .arg(1000 + rng.bounded(9000))};
            p.move.householdHead = p.members[0].name;
            p.move.previousAddress = addressIn(pick(places));
            p.move.newAddress = addressIn(pick(kawasaki));
            p.certificates = {{QStringLiteral("residence_record"), 1 + int(rng.bounded(3))}};
            p.answers = {{QStringLiteral("has_card"), rng.bounded(2) == 1},
                {QStringLiteral("preschool_child"), rng.bounded(2) == 1}};
            const QString text = PreEntryCodec::encode(p, "web-2026", key);
            const int version = renderQr(text, 1).version;
            versions << version;
            // And the counter reads back what the web service wrote, address by address.
            const auto back = PreEntryCodec::decode(text, ring, p.issuedAt);
            if (back && *back.preEntry == p)
                ++same;
            else if (back)
                err() << "bench qr: read back differently: " << p.move.previousAddress << " → "
                      << back.preEntry->move.previousAddress << '\n';
            within += version <= (size == 4 ? 17 : 25) ? 1 : 0;
        }
        printJson({{QStringLiteral("bench"), QStringLiteral("qr_v2_sizes")}, {QStringLiteral("members"), size},
            {QStringLiteral("households"), households}, {QStringLiteral("median_version"), percentile(versions, 50)},
            {QStringLiteral("p95_version"), percentile(versions, 95)},
            {QStringLiteral("max_version"), percentile(versions, 100)},
            {QStringLiteral("accuracy_pct"), round1(100.0 * within / households)},
            {QStringLiteral("read_back_same"), same}});
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
        for (const QString& method :
            {QStringLiteral("one_pass"), QStringLiteral("retries"), QStringLiteral("two_pass")}) {
            int read = 0;
            QList<double> ms;
            for (const auto& [path, expected] : photos) {
                const QImage img = QImage(path).transformed(QTransform().rotate(rotation));
                QElapsedTimer t;
                t.start();
                const QrReading r = method == QLatin1String("two_pass") ? QrScanner::scanThoroughly(img)
                    : method == QLatin1String("retries")                ? QrScanner::scanWithRetries(img)
                                                                        : QrScanner::scanOnce(img);
                ms << double(t.nsecsElapsed()) / 1e6;
                read += r.found && QString(r.text).remove(QLatin1Char('\r')) == expected ? 1 : 0;
            }
            printJson({{QStringLiteral("bench"), QStringLiteral("qr_sample_photos")},
                {QStringLiteral("rotation_deg"), rotation}, {QStringLiteral("method"), method},
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
    if (const auto opened = db.open(); !opened) {
        err() << "bench qr: " << opened.error() << '\n';
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
    // Each run a new pre-entry, so each opens a new case.
    const auto measure = [&](const QString& bench, const std::function<Frame(const QString&)>& frameOf) {
        FrameDecoder decoder;
        QList<double> ms;
        int opened = 0, tried = 0;
        for (int i = 0; i < runs; ++i) {
            Frame f = frameOf(PreEntryCodec::encode(samplePreEntry(), "bench", key));
            if (f.isNull())
                continue;
            ++tried;
            QEventLoop loop;
            QTimer::singleShot(5000, &loop, &QEventLoop::quit);
            auto c = QObject::connect(
                &decoder, &FrameDecoder::frameDecoded, &loop, [&](const QrReading& r, qint64 arrivedNs) {
                    if (r.found && intake.open(clerk, r.text)) {
                        ms << double(steadyNowNs() - arrivedNs) / 1e6;
                        ++opened;
                    }
                    loop.quit();
                });
            f.arrivedNs = steadyNowNs();
            decoder.submit(f);
            loop.exec();
            QObject::disconnect(c);
            QThread::msleep(150); // past the second pass's pause, as between two residents
        }
        printJson({{QStringLiteral("bench"), bench}, {QStringLiteral("resolution"), QStringLiteral("1280x720")},
            {QStringLiteral("runs"), tried}, {QStringLiteral("opened"), opened},
            {QStringLiteral("median_ms"), round1(percentile(ms, 50))},
            {QStringLiteral("p95_ms"), round1(percentile(ms, 95))}});
    };
    measure(QStringLiteral("qr_frame_to_case_open"), [](const QString& text) {
        return Frame {toYuv420Frame(deskPicture({1280, 720}, renderQr(text, 4).image)), {}, 0};
    });
    // A frame only the second pass reads: the first pass's miss is part of the time.
    QRandomGenerator rng(4711);
    measure(QStringLiteral("qr_frame_to_case_open_second_pass"), [&rng](const QString& text) {
        const QImage symbol = renderQr(text, 1).image;
        for (int attempt = 0; attempt < 200; ++attempt) {
            const QImage frame = degradedQrFrame(symbol, rng);
            if (!QrScanner::scanWithRetries(frame).found && CnnQrReader::forThisThread().read(frame).text == text)
                return Frame {{}, frame, 0};
        }
        return Frame {};
    });
}

// Field-level exact match after NFKC and whitespace removal, per set, layout and
// degradation. Without --data: the pages the reader was tuned on (tests/certgen seed 1,
// tests/layoutgen seed 1) beside layoutgen pages of seeds it never saw.
void benchOcr(const QString& dataDirs, const QStringList& layoutSeeds)
{
    QTemporaryDir generated;
    QStringList dirs = dataDirs.split(QLatin1Char(','), Qt::SkipEmptyParts);
    QHash<QString, QString> setOfDir; // for pages whose truth names no set (tests/certgen)
    if (dirs.isEmpty()) {
        const QString certgen = generated.filePath(QStringLiteral("certgen-1"));
        if (!generatePages(QStringLiteral(MADOGUCHI_CERTGEN),
                {QStringLiteral("--per-layout"), QStringLiteral("8"), QStringLiteral("--seed"), QStringLiteral("1")},
                certgen))
            return;
        dirs << certgen;
        setOfDir.insert(certgen, QStringLiteral("certgen-1 (tuning)"));
        // The layoutgen seeds whose pages the reader's rules were tuned on or looked at;
        // any other seed's pages it never saw. Add a seed here when you study its pages.
        static const QStringList tunedOn {QStringLiteral("1"), QStringLiteral("5001"), QStringLiteral("7001"),
            QStringLiteral("31001"), QStringLiteral("60001"), QStringLiteral("61001"), QStringLiteral("62001"),
            QStringLiteral("64001"), QStringLiteral("66001"), QStringLiteral("68001"), QStringLiteral("81001"),
            QStringLiteral("72001"), QStringLiteral("74001"), QStringLiteral("76001"), QStringLiteral("78001"),
            QStringLiteral("79001"), QStringLiteral("71001"), QStringLiteral("93001"), QStringLiteral("87001"),
            QStringLiteral("89001"), QStringLiteral("91001"), QStringLiteral("85001"), QStringLiteral("96001"),
            QStringLiteral("101001"), QStringLiteral("103001"), QStringLiteral("105001"), QStringLiteral("107001"),
            QStringLiteral("109001"), QStringLiteral("111001"), QStringLiteral("113001"), QStringLiteral("115001"),
            QStringLiteral("117001"), QStringLiteral("119001"), QStringLiteral("121001"), QStringLiteral("123001")};
        for (qsizetype i = 0; i < layoutSeeds.size(); ++i) {
            const QString dir = generated.filePath(QStringLiteral("layoutgen-") + layoutSeeds[i]);
            const QString set
                = QStringLiteral("layoutgen-%1 (%2)")
                      .arg(layoutSeeds[i],
                          tunedOn.contains(layoutSeeds[i]) ? QStringLiteral("tuned on") : QStringLiteral("unseen"));
            if (!generatePages(QStringLiteral(MADOGUCHI_LAYOUTGEN),
                    {QStringLiteral("--count"), QStringLiteral("24"), QStringLiteral("--seed"), layoutSeeds[i],
                        QStringLiteral("--set"), set},
                    dir))
                return;
            dirs << dir;
        }
    }
    const auto norm = [](QString s) {
        s = s.normalized(QString::NormalizationForm_KC);
        s.remove(QRegularExpression(QStringLiteral("\\s")));
        return s;
    };
    const auto flatten = [](const QJsonObject& o) {
        QHash<QString, QString> f;
        for (const char* k : {"issuer", "issued_on", "previous_address", "destination_address", "planned_move_date",
                 "household_head", "honseki", "hittousha"})
            f.insert(QLatin1String(k), o.value(QLatin1String(k)).toString());
        const QJsonArray ms = o.value(QStringLiteral("members")).toArray();
        for (qsizetype i = 0; i < ms.size(); ++i)
            for (const char* k : {"name", "name_kana", "birth_date", "sex", "relationship", "resident_code"})
                f.insert(QStringLiteral("members[%1].%2").arg(i).arg(QLatin1String(k)),
                    ms.at(i).toObject().value(QLatin1String(k)).toString());
        return f;
    };
    struct Tally
    {
        int fields = 0;
        int correct = 0;
        int unflaggedWrong = 0; // a wrong value given at or above the threshold: the clerk is not warned
        int flaggedRight = 0; // a right value given below it: the clerk checks it for nothing
        int refused = 0; // pages the reader said were not a certificate
        QList<double> ms;
    };
    QMap<QString, Tally> tallies;
    CertificateReader reader;
    QList<double> tesseractMs;
    QList<double> ourCleanMs;
    QList<QPair<QString, QString>> pages; // truth file, its folder
    for (const QString& d : dirs)
        for (const QString& json : QDir(d).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            pages << qMakePair(json, d);
    for (const auto& [json, dirPath] : pages) {
        const QDir dir(dirPath);
        QFile f(dir.filePath(json));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject truth = QJsonDocument::fromJson(f.readAll()).object();
        const QString base = dir.filePath(json.chopped(5));
        const QString image = QFile::exists(base + QStringLiteral(".png")) ? base + QStringLiteral(".png")
                                                                           : base + QStringLiteral(".jpg");
        const QString key
            = truth.value(QStringLiteral("set")).toString(setOfDir.value(dirPath, QDir(dirPath).dirName()))
            + QLatin1Char('/') + truth.value(QStringLiteral("layout")).toString() + QLatin1Char('/')
            + truth.value(QStringLiteral("degradation")).toString();
        Tally& t = tallies[key];
        QElapsedTimer timer;
        timer.start();
        const auto cert = reader.read(QImage(image));
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        t.ms << ms;
        t.refused += cert ? 0 : 1;
        const auto expected = flatten(truth);
        const auto got = cert ? flatten(cert->toJson()) : QHash<QString, QString>();
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            ++t.fields;
            const bool right = norm(got.value(it.key())) == norm(it.value());
            t.correct += right ? 1 : 0;
            const double confidence = cert ? cert->confidenceOf(it.key()).value_or(0.0) : 0.0;
            if (right) {
                const bool flagged = confidence < CertificateReader::ConfidenceThreshold;
                t.flaggedRight += flagged ? 1 : 0;
                if (flagged && qEnvironmentVariableIsSet("MADOGUCHI_BENCH_DEBUG"))
                    err() << key << ' ' << json << ' ' << it.key() << " flagged though right, confidence " << confidence
                          << '\n';
                continue;
            }
            if (!got.value(it.key()).isEmpty() && confidence >= CertificateReader::ConfidenceThreshold)
                ++t.unflaggedWrong;
            if (qEnvironmentVariableIsSet("MADOGUCHI_BENCH_DEBUG"))
                err() << key << ' ' << json << ' ' << it.key() << " expected " << it.value() << " got "
                      << got.value(it.key()) << " confidence " << confidence << '\n';
        }
        if (truth.value(QStringLiteral("degradation")).toString() == QLatin1String("clean")) {
            ourCleanMs << ms;
            QProcess tess;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("1"));
            tess.setProcessEnvironment(env);
            QElapsedTimer tt;
            tt.start();
            tess.start(
                QStringLiteral("tesseract"), {image, QStringLiteral("-"), QStringLiteral("-l"), QStringLiteral("jpn")});
            if (tess.waitForFinished(60000) && tess.exitCode() == 0)
                tesseractMs << double(tt.nsecsElapsed()) / 1e6;
        }
    }
    // Per set and degradation over every layout: the figures the targets are set on.
    QMap<QString, Tally> summaries;
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        Tally& s = summaries[it.key().section(QLatin1Char('/'), 0, 0) + QLatin1Char('/')
            + it.key().section(QLatin1Char('/'), 2, 2)];
        s.fields += it->fields;
        s.correct += it->correct;
        s.unflaggedWrong += it->unflaggedWrong;
        s.flaggedRight += it->flaggedRight;
        s.refused += it->refused;
        s.ms += it->ms;
    }
    for (auto it = summaries.cbegin(); it != summaries.cend(); ++it) {
        const auto& t = it.value();
        printJson({{QStringLiteral("bench"), QStringLiteral("ocr_summary")},
            {QStringLiteral("set"), it.key().section(QLatin1Char('/'), 0, 0)},
            {QStringLiteral("degradation"), it.key().section(QLatin1Char('/'), 1, 1)},
            {QStringLiteral("pages"), int(t.ms.size())}, {QStringLiteral("refused"), t.refused},
            {QStringLiteral("fields"), t.fields}, {QStringLiteral("correct"), t.correct},
            {QStringLiteral("accuracy_pct"), round1(100.0 * t.correct / std::max(1, t.fields))},
            {QStringLiteral("unflagged_wrong_pct"), round1(100.0 * t.unflaggedWrong / std::max(1, t.fields))},
            {QStringLiteral("flagged_right_pct"), round1(100.0 * t.flaggedRight / std::max(1, t.fields))},
            {QStringLiteral("median_ms_per_page"), round1(percentile(t.ms, 50))}});
    }
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        const auto& t = it.value();
        printJson({{QStringLiteral("bench"), QStringLiteral("ocr_fields")},
            {QStringLiteral("set"), it.key().section(QLatin1Char('/'), 0, 0)},
            {QStringLiteral("layout"), it.key().section(QLatin1Char('/'), 1, 1)},
            {QStringLiteral("degradation"), it.key().section(QLatin1Char('/'), 2, 2)},
            {QStringLiteral("pages"), int(t.ms.size())}, {QStringLiteral("fields"), t.fields},
            {QStringLiteral("correct"), t.correct},
            {QStringLiteral("accuracy_pct"), round1(100.0 * t.correct / std::max(1, t.fields))},
            {QStringLiteral("unflagged_wrong"), t.unflaggedWrong},
            {QStringLiteral("unflagged_wrong_pct"), round1(100.0 * t.unflaggedWrong / std::max(1, t.fields))},
            {QStringLiteral("median_ms_per_page"), round1(percentile(t.ms, 50))}});
    }
    printJson({{QStringLiteral("bench"), QStringLiteral("ocr_time_vs_tesseract_cli")},
        {QStringLiteral("pages"), int(ourCleanMs.size())},
        {QStringLiteral("ours_median_ms"), round1(percentile(ourCleanMs, 50))},
        {QStringLiteral("tesseract_cli_median_ms"), round1(percentile(tesseractMs, 50))},
        {QStringLiteral("time_ratio"),
            tesseractMs.isEmpty() ? 0.0 : round1(percentile(ourCleanMs, 50) / percentile(tesseractMs, 50))}});
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
        QStringLiteral("dir"), QStringLiteral(MADOGUCHI_SAMPLE_PHOTOS)});
    p.addOption({QStringLiteral("data"),
        QStringLiteral("Folders of certificates with ground truth, comma-separated (default: generate)."),
        QStringLiteral("dirs")});
    p.addOption({QStringLiteral("layout-seeds"),
        QStringLiteral("bench ocr: layoutgen seeds to generate (each named tuned on or unseen)."),
        QStringLiteral("list"), QStringLiteral("1,41001,51001")});
    p.addOption({QStringLiteral("central"),
        QStringLiteral("PostgreSQL for bench sync (default: start one on loopback)."), QStringLiteral("url")});
    p.addOption({QStringLiteral("store"),
        QStringLiteral("Store with a simulated year for bench dashboard and staffing (default: simulate one)."),
        QStringLiteral("path")});
    p.addOption({QStringLiteral("clerks"),
        QStringLiteral("bench staffing: the ward's clerks at Reception, Entry and Review now."),
        QStringLiteral("r,e,v"), QStringLiteral("3,7,4")});
    p.process(args);
    const QString name = p.positionalArguments().value(0);
    const int runs = std::max(1, p.value(QStringLiteral("runs")).toInt());
    if (name == QLatin1String("qr")) {
        benchDecode(runs);
        benchPhotos(p.value(QStringLiteral("photos")));
        benchDegraded(80);
        benchQrSizes(200);
        benchCaseOpen(std::min(runs, 30));
        return 0;
    }
    if (name == QLatin1String("ocr")) {
        benchOcr(p.value(QStringLiteral("data")),
            p.value(QStringLiteral("layout-seeds")).split(QLatin1Char(','), Qt::SkipEmptyParts));
        return 0;
    }
    if (name == QLatin1String("counter")) {
        benchCounter(p.isSet(QStringLiteral("runs")) ? runs : 24);
        return 0;
    }
    if (name == QLatin1String("glyphs")) {
        benchGlyphs();
        return 0;
    }
    if (name == QLatin1String("crosscheck")) {
        benchCrosscheck(p.isSet(QStringLiteral("runs")) ? runs : 5000);
        return 0;
    }
    if (name == QLatin1String("register")) {
        benchRegister(p.isSet(QStringLiteral("runs")) ? runs : 1539747);
        return 0;
    }
    if (name == QLatin1String("dashboard")) {
        benchDashboard(p.isSet(QStringLiteral("runs")) ? runs : 7, p.value(QStringLiteral("store")));
        return 0;
    }
    if (name == QLatin1String("staffing")) {
        QList<int> roster;
        for (const QString& n : p.value(QStringLiteral("clerks")).split(QLatin1Char(',')))
            roster << std::max(1, n.toInt());
        benchStaffing(p.value(QStringLiteral("store")), roster);
        return 0;
    }
    if (name == QLatin1String("ui")) {
        benchUi(p.value(QStringLiteral("central")));
        return 0;
    }
    if (name == QLatin1String("sync")) {
        benchSync(p.isSet(QStringLiteral("runs")) ? runs : 20000, p.value(QStringLiteral("central")));
        return 0;
    }
    err() << "bench: unknown benchmark '" << name
          << "' (qr, ocr, counter, glyphs, crosscheck, register, sync, dashboard, staffing, ui)\n";
    return 2;
}

} // namespace mdg::cli
