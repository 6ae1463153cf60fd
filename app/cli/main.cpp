#include "CliIo.h"
#include "config/Config.h"
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QJsonDocument>
#include <memory>

namespace mdg::cli {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

void printJson(const QJsonObject& o)
{
    out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
    out().flush();
}

Result<QJsonObject> readJsonObject(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QJsonObject>::failure(
            ErrorCode::Unreadable, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(8 * 1024 * 1024), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result<QJsonObject>::failure(
            ErrorCode::Invalid, QStringLiteral("%1 is not JSON: %2").arg(path, parseError.errorString()));
    if (!doc.isObject())
        return Result<QJsonObject>::failure(ErrorCode::Invalid, QStringLiteral("%1 is not a JSON object").arg(path));
    return doc.object();
}

} // namespace mdg::cli

int main(int argc, char* argv[])
{
#ifdef __GLIBC__
    // SQLite opens and closes small temporary B-trees inside statements; glibc would hand
    // the freed top of the heap back to the kernel every time (brk, TLB flushes), which made
    // bulk writes three times slower. Keep up to 64 MiB of freed memory for reuse.
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
    mallopt(M_TOP_PAD, 16 << 20);
#endif
    // Image work (QR rendering and reading) needs QtGui but never a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // `bench ui` opens the counter window (offscreen); everything else needs no widgets.
    const bool widgets = argc > 2 && qstrcmp(argv[1], "bench") == 0 && qstrcmp(argv[2], "ui") == 0;
    const std::unique_ptr<QGuiApplication> application
        = widgets ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QGuiApplication>(argc, argv);
    QGuiApplication& app = *application;
    mdg::Config::setApplicationIdentity();
    QCoreApplication::setApplicationVersion(QStringLiteral(MADOGUCHI_VERSION));

    QStringList args = app.arguments();
    const QString command = args.size() > 1 ? args.at(1) : QString();
    using namespace mdg::cli;
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out() << "madoguchi-cli " << MADOGUCHI_VERSION << '\n';
        return 0;
    }
    const QHash<QString, int (*)(const QStringList&)> commands = {{QStringLiteral("seed"), seed},
        {QStringLiteral("qr"), qr}, {QStringLiteral("ocr"), ocr}, {QStringLiteral("crosscheck"), crosscheck},
        {QStringLiteral("guidance"), guidance}, {QStringLiteral("kiosk-pin"), kioskPin},
        {QStringLiteral("bench"), bench}, {QStringLiteral("simulate"), simulate}, {QStringLiteral("audit"), audit}};
    if (const auto run = commands.value(command)) {
        args.removeAt(1);
        return run(args);
    }
    err() << "Usage: madoguchi-cli --version\n"
             "       madoguchi-cli seed --demo [--db PATH] [--config INI]\n"
             "       madoguchi-cli seed --population N [--register PATH] [--config INI]\n"
             "       madoguchi-cli qr keygen --out PATH [--kid KID]\n"
             "       madoguchi-cli qr encode --preentry P.json --key PATH --out QR.png [--kid KID]\n"
             "       madoguchi-cli qr decode --json IMAGE\n"
             "       madoguchi-cli qr verify IMAGE [--pub FILE] [--config INI]\n"
             "       madoguchi-cli ocr --json IMAGE\n"
             "       madoguchi-cli crosscheck --preentry P.json --certificate C.json [--lang ja|en]\n"
             "       madoguchi-cli guidance --preentry P.json [--lang ja|en] [--rules RULES.json] [--pdf SHEET.pdf]\n"
             "       echo PIN | madoguchi-cli kiosk-pin [--config INI]\n"
             "       madoguchi-cli audit verify [--db PATH] [--config INI] [--central LOCATION]\n"
             "       madoguchi-cli simulate [--days 365] [--wards 7] [--cases 300000] [--db PATH]\n"
             "       madoguchi-cli bench qr|ocr|crosscheck|register|sync|dashboard|staffing|ui [--runs N] [--central "
             "URL]\n"
             "                           [--store PATH] [--photos DIR] [--data DIR]\n";
    return command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") ? 0 : 2;
}
