#include "CliIo.h"
#include "crosscheck/CrossCheck.h"
#include "domain/PreEntry.h"
#include "i18n/Language.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace mdg::cli {
namespace {

std::optional<QJsonObject> readJsonObject(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(8 * 1024 * 1024), &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("%1 is not a JSON object: %2").arg(path, parseError.errorString());
        return std::nullopt;
    }
    return doc.object();
}

} // namespace

int crosscheck(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Compare a pre-entry with a moving-out certificate (CONTRACTS.md section 4)."));
    p.addHelpOption();
    p.addOption({QStringLiteral("preentry"), QStringLiteral("Pre-entry JSON (CONTRACTS.md section 1)."),
        QStringLiteral("P.json")});
    p.addOption({QStringLiteral("certificate"), QStringLiteral("Certificate JSON as `ocr --json` prints it."),
        QStringLiteral("C.json")});
    p.addOption({QStringLiteral("lang"), QStringLiteral("Language of the reasons: ja or en (default: the system's)."),
        QStringLiteral("LANG")});
    p.process(args);
    if (!p.isSet(QStringLiteral("preentry")) || !p.isSet(QStringLiteral("certificate"))) {
        err() << "crosscheck: --preentry and --certificate are required\n";
        return 2;
    }
    installTranslators(*QCoreApplication::instance(), chooseLanguage(p.value(QStringLiteral("lang")), {}));
    QString error;
    const auto preEntryJson = readJsonObject(p.value(QStringLiteral("preentry")), &error);
    const auto certificateJson
        = preEntryJson ? readJsonObject(p.value(QStringLiteral("certificate")), &error) : std::nullopt;
    if (!certificateJson) {
        err() << "crosscheck: " << error << '\n';
        return 1;
    }
    const auto preEntry = PreEntry::fromJson(*preEntryJson);
    if (!preEntry) {
        err() << "crosscheck: the pre-entry is not valid: " << preEntry.error() << '\n';
        return 1;
    }
    if (certificateJson->value(QLatin1String("document")).toString() != QLatin1String("transfer_out_certificate")) {
        err() << "crosscheck: the certificate JSON is not a transfer_out_certificate\n";
        return 1;
    }
    printJson(CrossCheck::toJson(
        CrossCheck::compare(preEntry->household(), TransferOutCertificate::fromJson(*certificateJson))));
    return 0;
}

} // namespace mdg::cli
