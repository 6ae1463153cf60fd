#include "CliIo.h"
#include "crosscheck/CrossCheck.h"
#include "domain/PreEntry.h"
#include "i18n/Language.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace mdg::cli {
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
    const auto preEntryJson = readJsonObject(p.value(QStringLiteral("preentry")));
    const auto certificateJson = readJsonObject(p.value(QStringLiteral("certificate")));
    for (const auto* json : {&preEntryJson, &certificateJson})
        if (!*json) {
            err() << "crosscheck: " << json->error() << '\n';
            return 1;
        }
    const auto preEntry = PreEntry::fromJson(preEntryJson.value());
    if (!preEntry) {
        err() << "crosscheck: the pre-entry is not valid: " << preEntry.error() << '\n';
        return 1;
    }
    if (certificateJson->value(QLatin1String("document")).toString() != QLatin1String("transfer_out_certificate")) {
        err() << "crosscheck: the certificate JSON is not a transfer_out_certificate\n";
        return 1;
    }
    printJson(CrossCheck::toJson(
        CrossCheck::compare(preEntry->household(), TransferOutCertificate::fromJson(certificateJson.value()))));
    return 0;
}

} // namespace mdg::cli
