#include "DemoFrames.h"

#include "CertificateGenerator.h"
#include "CounterScenario.h"
#include "capture/QrScanner.h"
#include "intake/PreEntryCodec.h"

#include <QDir>
#include <QFile>
#include <QPainter>

namespace mdg {

namespace {
Person member(const char* name, const char* kana, QDate birth, Sex sex, const char* relationship)
{
    return Person {
        {}, QString::fromUtf8(name), QString::fromUtf8(kana), birth, sex, QString::fromUtf8(relationship), {}, {}};
}

// The moving-out certificate of the demo 転入, moved out yesterday.
certgen::Generated demoCertificate()
{
    certgen::Options o;
    o.layout = certgen::Layout::Lines;
    o.seed = 20261204; // a page the reader reads whole from the camera photo
    o.plannedMoveDate = QDate::currentDate().addDays(-1);
    return certgen::render(o);
}

QList<PreEntry> demoPreEntries(const TransferOutCertificate& moveIn)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    PreEntry a = counter_scenario::preEntryFor(moveIn, now);
    a.id = QUuid::createUuid();
    a.ref = QStringLiteral("D3M-0QR-001");
    a.certificates = {{QStringLiteral("residence_record"), 1}};
    a.answers = {{QStringLiteral("has_card"), true}, {QStringLiteral("preschool_child"), true}};
    PreEntry b;
    b.id = QUuid::createUuid();
    b.ref = QStringLiteral("D3M-0QR-002");
    b.procedure = Procedure::IntraCityMove;
    b.applicant = {QStringLiteral("松本　葵"), QStringLiteral("マツモト　アオイ"), QDate(1978, 7, 30), {}};
    b.move = {now.date(), QStringLiteral("神奈川県川崎市高津区溝口三丁目1番1号"),
        QStringLiteral("神奈川県川崎市宮前区鷺沼四丁目2番5号"), {}, QStringLiteral("松本　葵")};
    b.members = {member("松本　葵", "マツモト　アオイ", {1978, 7, 30}, Sex::Female, "世帯主")};
    b.members[0].residentCode = QStringLiteral("61234509876");
    QList<PreEntry> out {a, b};
    for (PreEntry& p : out) {
        p.issuedAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch()).toUTC();
        p.expiresAt = p.issuedAt.addDays(365);
    }
    return out;
}

// A 1280x720 desk with the code lying slightly turned on a sheet of paper.
QImage deskFrame(const QImage& code, double angle)
{
    QImage frame(1280, 720, QImage::Format_RGB32);
    frame.fill(QColor(0x6b, 0x5b, 0x4b));
    QPainter p(&frame);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.translate(640, 360);
    p.rotate(angle);
    const int side = 560;
    p.fillRect(QRect(-side / 2 - 40, -side / 2 - 60, side + 80, side + 120), QColor(0xf4, 0xf1, 0xea));
    p.drawImage(QRect(-side / 2, -side / 2, side, side), code);
    return frame;
}
} // namespace

QList<ResidentRecord> DemoFrames::registeredResidents()
{
    return {{QStringLiteral("DEMO-1"), QStringLiteral("DEMO-H1"), QStringLiteral("松本　葵"),
        QStringLiteral("マツモト　アオイ"), QDate(1978, 7, 30), Sex::Female, QStringLiteral("世帯主"),
        QStringLiteral("神奈川県川崎市高津区溝口三丁目1番1号"), QStringLiteral("61234509876")}};
}

TransferOutCertificate DemoFrames::transferOutInformation(const QDate& today)
{
    TransferOutCertificate c;
    c.issuer = QStringLiteral("船橋市長");
    c.issuedOn = today.addDays(-8);
    c.previousAddress = QStringLiteral("千葉県船橋市本町四丁目1番1号");
    c.destinationAddress = QStringLiteral("神奈川県川崎市高津区溝口二丁目10番5号");
    c.plannedMoveDate = today.addDays(-7);
    c.householdHead = QStringLiteral("佐藤　健一");
    c.members = {{QStringLiteral("佐藤　健一"), QStringLiteral("サトウ　ケンイチ"), QDate(1979, 6, 8), Sex::Male,
                     QStringLiteral("世帯主"), QStringLiteral("52345678901")},
        {QStringLiteral("佐藤　裕子"), QStringLiteral("サトウ　ユウコ"), QDate(1981, 2, 14), Sex::Female,
            QStringLiteral("妻"), QStringLiteral("62345678902")}};
    return c;
}

int DemoFrames::write(const QString& framesFolder, const QString& keyFolder, const QString& documentFolder)
{
    if (!QDir().mkpath(framesFolder) || !QDir().mkpath(keyFolder) || !QDir().mkpath(documentFolder))
        return 0;
    const certgen::Generated certificate = demoCertificate();
    if (!certgen::degrade(certificate.image, certgen::Degradation::Camera, 20261204)
             .save(QDir(documentFolder).filePath(QStringLiteral("certificate.jpg")), "JPEG", 92))
        return 0;
    const Ed25519Key key = Ed25519Key::generate();
    QFile pub(QDir(keyFolder).filePath(QStringLiteral("%1.pub").arg(QLatin1String(Kid))));
    if (!pub.open(QIODevice::WriteOnly | QIODevice::Truncate) || pub.write(key.publicPem()) <= 0)
        return 0;
    pub.close();
    int n = 0;
    QImage empty(1280, 720, QImage::Format_RGB32);
    empty.fill(QColor(0x6b, 0x5b, 0x4b));
    const auto entries = demoPreEntries(certificate.truth);
    for (int i = 0; i < entries.size(); ++i) {
        const QrSymbol symbol = renderQr(PreEntryCodec::encode(entries.at(i), Kid, key), 4);
        // A few frames of the code, then an empty desk long enough for the counter's path to run
        // (16 s at the demo's 400 ms a frame), as when a phone is held up and taken away.
        for (int k = 0; k < 3; ++k)
            n += deskFrame(symbol.image, -6.0 + 4.0 * k)
                     .save(QDir(framesFolder)
                               .filePath(QStringLiteral("%1-%2.png").arg(i).arg(k, 2, 10, QLatin1Char('0'))));
        for (int k = 3; k < 43; ++k)
            n += empty.save(
                QDir(framesFolder).filePath(QStringLiteral("%1-%2.png").arg(i).arg(k, 2, 10, QLatin1Char('0'))));
    }
    return n;
}

} // namespace mdg
