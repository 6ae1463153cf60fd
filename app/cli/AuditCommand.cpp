// `madoguchi-cli audit verify`: walks the local store's audit chain and names the first row
// that was changed, removed or slipped in (issue 22).
#include "CliIo.h"
#include "config/Config.h"
#include "db/AuditRepository.h"
#include "db/Database.h"

#include <QCommandLineParser>

namespace mdg::cli {

int audit(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Checks the audit log's hash chain (verify)."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("verify"), QStringLiteral("Check the chain."));
    p.addOption({QStringLiteral("config"), QStringLiteral("INI file to use."), QStringLiteral("INI")});
    p.addOption({QStringLiteral("db"), QStringLiteral("Store to check (default: the configuration's)."),
        QStringLiteral("path")});
    p.process(args);
    if (p.positionalArguments().value(0) != QLatin1String("verify")) {
        err() << "audit: say what to do (verify)\n";
        return 2;
    }
    Config config(p.value(QStringLiteral("config")));
    Database db(p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db")) : config.localStorePath());
    if (const auto opened = db.open(); !opened) {
        err() << "audit: " << opened.error() << '\n';
        return 1;
    }
    const auto verdict = db.read([](QSqlDatabase c) { return AuditRepository(c).verify(); });
    if (!verdict) {
        err() << "audit: " << verdict.error() << '\n';
        return 1;
    }
    const AuditRepository::Verdict& v = verdict.value();
    QJsonObject o {{QStringLiteral("rows"), double(v.rows)}, {QStringLiteral("before_chain"), double(v.beforeChain)},
        {QStringLiteral("intact"), v.firstBadSeq == 0}};
    if (v.firstBadSeq != 0) {
        o.insert(QStringLiteral("first_bad_seq"), double(v.firstBadSeq));
        o.insert(QStringLiteral("problem"), v.problem);
    }
    printJson(o);
    return v.firstBadSeq == 0 ? 0 : 1;
}

} // namespace mdg::cli
