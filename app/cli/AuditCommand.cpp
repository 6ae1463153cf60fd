// `madoguchi-cli audit verify [--central LOCATION]`: walks the local store's audit chain and
// names the first row that was changed, removed or slipped in; with a central store, also
// every workstation's chain there and this log against its copy there (issue 22).
#include "CliIo.h"
#include "config/Config.h"
#include "db/AuditRepository.h"
#include "db/Database.h"
#include "sync/AuditCheck.h"
#include "sync/SqlCentralStore.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace mdg::cli {

namespace {

QJsonObject verdictJson(const AuditVerdict& v)
{
    QJsonObject o {{QStringLiteral("rows"), double(v.rows)}, {QStringLiteral("chains"), double(v.chains)},
        {QStringLiteral("intact"), v.intact()}};
    if (v.beforeChain > 0)
        o.insert(QStringLiteral("before_chain"), double(v.beforeChain));
    if (!v.intact()) {
        o.insert(QStringLiteral("first_bad_seq"), double(v.firstBadSeq));
        o.insert(QStringLiteral("problem"), v.problem);
    }
    return o;
}

} // namespace

int audit(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Checks the audit log's hash chain (verify)."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("verify"), QStringLiteral("Check the chain."));
    p.addOption({QStringLiteral("config"), QStringLiteral("INI file to use."), QStringLiteral("INI")});
    p.addOption({QStringLiteral("db"), QStringLiteral("Store to check (default: the configuration's)."),
        QStringLiteral("path")});
    p.addOption({QStringLiteral("central"),
        QStringLiteral("Also check the central store's chains (a SQLite file or a postgresql:// URL) and this "
                       "log against them."),
        QStringLiteral("location")});
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
    const auto local = db.read([](QSqlDatabase c) {
        const AuditRepository audit(c);
        const auto last = audit.lastChained();
        return std::pair(audit.verify(), last ? last->entry.workstationId : QString());
    });
    if (!local) {
        err() << "audit: " << local.error() << '\n';
        return 1;
    }
    QJsonObject o = verdictJson(local->first);
    bool intact = local->first.intact();
    if (p.isSet(QStringLiteral("central"))) {
        SqlCentralStore central(p.value(QStringLiteral("central")));
        if (const auto opened = central.open(); !opened) {
            err() << "audit: the central store cannot be reached: " << opened.error() << '\n';
            return 1;
        }
        const auto chains = AuditCheck::central(central);
        // The rows name their workstation; a log with none yet is this configuration's.
        const QString here = local->second.isEmpty() ? config.workstationId() : local->second;
        const auto compared = AuditCheck::compare(db, central, here);
        if (!chains || !compared) {
            err() << "audit: " << (chains ? compared.error() : chains.error()) << '\n';
            return 1;
        }
        QJsonArray list;
        for (const AuditCheck::Chain& c : chains.value()) {
            QJsonObject w = verdictJson(c.verdict);
            w.insert(QStringLiteral("workstation"), c.workstation);
            list.append(w);
            intact = intact && c.verdict.intact();
        }
        const AuditCheck::Comparison& c = compared.value();
        QJsonObject against {{QStringLiteral("workstation"), c.workstation},
            {QStringLiteral("local_last_seq"), double(c.localLastSeq)},
            {QStringLiteral("missing_here"), double(c.missingHere)},
            {QStringLiteral("missing_centrally"), double(c.missingCentrally)}, {QStringLiteral("intact"), c.intact()}};
        if (c.missingHere > 0)
            against.insert(QStringLiteral("first_missing_seq"), double(c.firstMissingSeq));
        o.insert(QStringLiteral("central"), list);
        o.insert(QStringLiteral("against_central"), against);
        intact = intact && c.intact();
    }
    o.insert(QStringLiteral("all_intact"), intact);
    printJson(o);
    return intact ? 0 : 1;
}

} // namespace mdg::cli
