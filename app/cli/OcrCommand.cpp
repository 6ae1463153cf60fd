#include "CliIo.h"
#include "ocr/CertificateReader.h"

#include <QCommandLineParser>
#include <QImageReader>

namespace mdg::cli {

// Reads an image for OCR, refusing sizes no document camera produces before decoding
// them, so a hostile file cannot make us allocate gigabytes.
QImage loadDocumentImage(const QString& path, QString* error)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > CertificateReader::MaxPixels) {
        *error = QStringLiteral("the image is too large (%1x%2 pixels)").arg(size.width()).arg(size.height());
        return {};
    }
    QImage img = reader.read();
    if (img.isNull())
        *error = QStringLiteral("the image cannot be decoded: %1").arg(reader.errorString());
    return img;
}

int ocr(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Read a moving-out certificate (CONTRACTS.md section 2)."));
    p.addHelpOption();
    p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON (the only output format).")});
    p.addPositionalArgument(QStringLiteral("image"), QStringLiteral("Photo or scan of the certificate."));
    p.process(args);
    if (p.positionalArguments().size() != 1) {
        err() << "ocr: one IMAGE is required\n";
        return 2;
    }
    QString error;
    const QImage img = loadDocumentImage(p.positionalArguments().first(), &error);
    if (img.isNull()) {
        err() << "ocr: " << error << '\n';
        return 1;
    }
    CertificateReader reader;
    const auto cert = reader.read(img);
    if (!cert) {
        err() << "ocr: " << cert.error() << '\n';
        return 1;
    }
    printJson(cert->toJson());
    return 0;
}

} // namespace mdg::cli
