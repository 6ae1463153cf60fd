#include "CliIo.h"
#include "config/Config.h"
#include "kiosk/KioskPin.h"

#include <QCommandLineParser>

namespace mdg::cli {

// The administrator's PIN that ends kiosk mode, read from standard input so it stays out
// of the shell's history; only its hash reaches the INI file.
int kioskPin(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Sets the administrator PIN that leaves kiosk mode (read from stdin)."));
    p.addHelpOption();
    p.addOption({QStringLiteral("config"), QStringLiteral("INI file to write."), QStringLiteral("INI")});
    p.process(args);
    const QString pin = QTextStream(stdin).readLine().trimmed();
    if (pin.size() < 4 || pin.size() > 12
        || !std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c.isDigit(); })) {
        err() << "kiosk-pin: give 4 to 12 digits on standard input\n";
        return 2;
    }
    Config config(p.value(QStringLiteral("config")));
    config.setKioskPinHash(kiosk::KioskPin::hash(pin));
    out() << "kiosk-pin: set in " << config.iniPath() << '\n';
    return 0;
}

} // namespace mdg::cli
