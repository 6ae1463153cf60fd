// Photos and scans from outside (issue 22): every format a clerk meets is read, and what is
// too large, damaged, not an image or a phone's HEIC gets a refusal in words before any
// large allocation.
#include "capture/ImageFile.h"

#include <QBuffer>
#include <QFile>
#include <QTest>
#include <QtEndian>

using namespace mdg;

namespace {

const QString Images = QStringLiteral(MADOGUCHI_SOURCE_DIR "/tests/data/images");

Result<QImage> fromBytes(QByteArray bytes, qint64 maxPixels = 60'000'000)
{
    QBuffer b(&bytes);
    b.open(QIODevice::ReadOnly);
    return ImageFile::read(b, maxPixels);
}

QByteArray fileBytes(const QString& name)
{
    QFile f(Images + QLatin1Char('/') + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test image %s", qPrintable(name));
    return f.readAll();
}

} // namespace

class TestImageFile : public QObject
{
    Q_OBJECT
private slots:
    void everyFormatIsRead_data();
    void everyFormatIsRead();
    void aHugeImageIsRefusedFromItsHeader();
    void aDamagedImageIsRefused();
    void somethingElseIsRefused();
    void aHeicPhotoIsNamed();
    void aMissingFileIsNamed();
};

void TestImageFile::everyFormatIsRead_data()
{
    QTest::addColumn<QString>("name");
    for (const char* ext : {"png", "jpg", "tif", "bmp", "webp", "gif"})
        QTest::newRow(ext) << QStringLiteral("seed.%1").arg(QLatin1String(ext));
}

void TestImageFile::everyFormatIsRead()
{
    QFETCH(QString, name);
    const auto image = ImageFile::read(Images + QLatin1Char('/') + name, 60'000'000);
    QVERIFY2(image, qPrintable(image.error()));
    QCOMPARE(image->size(), QSize(96, 64));
}

void TestImageFile::aHugeImageIsRefusedFromItsHeader()
{
    // A BMP whose header claims 10,000 × 10,000 pixels (400 MB decoded) and holds 18 kB.
    QByteArray bmp = fileBytes(QStringLiteral("seed.bmp"));
    qToLittleEndian<qint32>(10000, bmp.data() + 18);
    qToLittleEndian<qint32>(10000, bmp.data() + 22);
    const auto image = fromBytes(bmp);
    QVERIFY(!image);
    QCOMPARE(image.code(), ErrorCode::Unreadable);
    QVERIFY2(image.error().contains(QStringLiteral("10000")), qPrintable(image.error()));
    // Within the limit the same picture reads; the limit is the caller's.
    QVERIFY(!fromBytes(fileBytes(QStringLiteral("seed.png")), 96 * 64 - 1));
    QVERIFY(fromBytes(fileBytes(QStringLiteral("seed.png")), 96 * 64));
}

void TestImageFile::aDamagedImageIsRefused()
{
    for (const char* name : {"seed.jpg", "seed.png", "seed.tif"}) {
        const QByteArray whole = fileBytes(QString::fromLatin1(name));
        const auto image = fromBytes(whole.left(40));
        QVERIFY2(!image, name);
        QCOMPARE(image.code(), ErrorCode::Unreadable);
    }
}

void TestImageFile::somethingElseIsRefused()
{
    const auto image = fromBytes(QByteArrayLiteral("%PDF-1.7\n1 0 obj << >> endobj\n"));
    QVERIFY(!image);
    QVERIFY(!image.error().isEmpty());
    QVERIFY(!fromBytes(QByteArray()));
}

void TestImageFile::aHeicPhotoIsNamed()
{
    QByteArray heic("\x00\x00\x00\x18"
                    "ftypheic"
                    "\x00\x00\x00\x00"
                    "mif1heic",
        24);
    heic += QByteArray(200, '\0');
    const auto image = fromBytes(heic);
    QVERIFY(!image);
    QVERIFY2(image.error().contains(QStringLiteral("HEIC")), qPrintable(image.error()));
}

void TestImageFile::aMissingFileIsNamed()
{
    const auto image = ImageFile::read(Images + QStringLiteral("/no-such-photo.jpg"), 60'000'000);
    QVERIFY(!image);
    QCOMPARE(image.code(), ErrorCode::Unreadable);
}

QTEST_GUILESS_MAIN(TestImageFile)
#include "tst_imagefile.moc"
