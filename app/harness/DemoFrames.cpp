#include "DemoFrames.h"

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

QList<PreEntry> demoPreEntries()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    PreEntry a;
    a.id = QUuid::createUuid();
    a.ref = QStringLiteral("D3M-0QR-001");
    a.procedure = Procedure::MovingIn;
    a.applicant = {QStringLiteral("青木　大翔"), QStringLiteral("アオキ　ヒロト"), QDate(1990, 2, 11), {}};
    a.move = {now.date(), QStringLiteral("東京都世田谷区三軒茶屋二丁目11番22号"),
        QStringLiteral("神奈川県川崎市中原区木月一丁目3番4号"), {}, QStringLiteral("青木　大翔")};
    a.members = {member("青木　大翔", "アオキ　ヒロト", {1990, 2, 11}, Sex::Male, "世帯主"),
        member("青木　凛", "アオキ　リン", {1992, 8, 9}, Sex::Female, "妻"),
        member("青木　蓮", "アオキ　レン", {2020, 12, 1}, Sex::Male, "子")};
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

int DemoFrames::write(const QString& framesFolder, const QString& keyFolder)
{
    if (!QDir().mkpath(framesFolder) || !QDir().mkpath(keyFolder))
        return 0;
    const Ed25519Key key = Ed25519Key::generate();
    QFile pub(QDir(keyFolder).filePath(QStringLiteral("%1.pub").arg(QLatin1String(Kid))));
    if (!pub.open(QIODevice::WriteOnly | QIODevice::Truncate) || pub.write(key.publicPem()) <= 0)
        return 0;
    pub.close();
    int n = 0;
    QImage empty(1280, 720, QImage::Format_RGB32);
    empty.fill(QColor(0x6b, 0x5b, 0x4b));
    const auto entries = demoPreEntries();
    for (int i = 0; i < entries.size(); ++i) {
        const QrSymbol symbol = renderQr(PreEntryCodec::encode(entries.at(i), Kid, key), 4);
        // A few frames of the code, then an empty desk, as when a phone is held up and taken away.
        for (int k = 0; k < 3; ++k)
            n += deskFrame(symbol.image, -6.0 + 4.0 * k)
                     .save(QDir(framesFolder).filePath(QStringLiteral("%1-%2.png").arg(i).arg(k)));
        for (int k = 3; k < 8; ++k)
            n += empty.save(QDir(framesFolder).filePath(QStringLiteral("%1-%2.png").arg(i).arg(k)));
    }
    return n;
}

} // namespace mdg
