#include "CliIo.h"
#include "capture/ImageFile.h"
#include "ocr/CertificateReader.h"

#include <QCommandLineParser>

namespace mdg::cli {

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
    // Sizes no document camera produces are refused before decoding.
    const auto img = ImageFile::read(p.positionalArguments().first(), CertificateReader::MaxPixels);
    if (!img) {
        err() << "ocr: " << img.error() << '\n';
        return 1;
    }
    CertificateReader reader;
    const auto cert = reader.read(img.value());
    if (!cert) {
        err() << "ocr: " << cert.error() << '\n';
        return 1;
    }
    printJson(cert->toJson());
    return 0;
}

} // namespace mdg::cli
