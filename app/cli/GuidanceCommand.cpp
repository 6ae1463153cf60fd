#include "CliIo.h"
#include "domain/PreEntry.h"
#include "guidance/Guidance.h"
#include "guidance/GuidanceSheet.h"

#include <QCommandLineParser>
#include <QFile>

namespace mdg::cli {

int guidance(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("The related procedures a pre-entry's move brings, as JSON."));
    p.addHelpOption();
    p.addOption({QStringLiteral("preentry"), QStringLiteral("Pre-entry JSON (CONTRACTS.md section 1)."),
        QStringLiteral("P.json")});
    p.addOption({QStringLiteral("lang"), QStringLiteral("Language of the texts: ja (default) or en."),
        QStringLiteral("LANG"), QStringLiteral("ja")});
    p.addOption(
        {QStringLiteral("rules"), QStringLiteral("A rule file to use instead of the shipped one (checked first)."),
            QStringLiteral("RULES.json")});
    p.addOption({QStringLiteral("pdf"), QStringLiteral("Also write the resident's guidance sheet (A4) to this PDF."),
        QStringLiteral("SHEET.pdf")});
    p.process(args);
    const QString language = p.value(QStringLiteral("lang"));
    if (!p.isSet(QStringLiteral("preentry")) || (language != QLatin1String("ja") && language != QLatin1String("en"))) {
        err() << "guidance: --preentry is required; --lang is ja or en\n";
        return 2;
    }
    std::optional<guidance::GuidanceRules> own;
    if (p.isSet(QStringLiteral("rules"))) {
        QFile f(p.value(QStringLiteral("rules")));
        if (!f.open(QIODevice::ReadOnly)) {
            err() << "guidance: cannot read " << f.fileName() << '\n';
            return 1;
        }
        auto parsed = guidance::GuidanceRules::parse(f.read(8 << 20), f.fileName());
        if (!parsed) {
            err() << "guidance: " << parsed.error() << '\n';
            return 1;
        }
        own = std::move(parsed).value();
    }
    const auto json = readJsonObject(p.value(QStringLiteral("preentry")));
    if (!json) {
        err() << "guidance: " << json.error() << '\n';
        return 1;
    }
    const auto entry = PreEntry::fromJson(json.value());
    if (!entry) {
        err() << "guidance: the pre-entry is not valid: " << entry.error() << '\n';
        return 1;
    }
    const auto& rules = own ? *own : guidance::GuidanceRules::builtIn();
    const QList<guidance::Item> items = guidance::guidanceFor(entry.value(), rules);
    if (p.isSet(QStringLiteral("pdf"))) {
        const auto& e = entry.value();
        const auto written = guidance::writeSheet(
            p.value(QStringLiteral("pdf")), {e.ref, 0, e.move.householdHead}, e, items, language);
        if (!written) {
            err() << "guidance: " << written.error() << '\n';
            return 1;
        }
    }
    printJson(guidance::toJson(entry.value(), items, language));
    return 0;
}

} // namespace mdg::cli
