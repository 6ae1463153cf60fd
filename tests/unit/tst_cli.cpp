#include "../TestSupport.h"
#include "db/CaseService.h"

#include <QProcess>

using namespace mdg;

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void version();
    void seedDemoFillsEveryStageOnce();
    void unknownCommandFails();
};

namespace {
struct Run
{
    int code;
    QString out;
    QString err;
};

Run cli(const QStringList& args, const QString& home = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!home.isEmpty())
        env.insert(QStringLiteral("MADOGUCHI_CONFIG"), home + QStringLiteral("/madoguchi.ini"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MADOGUCHI_CLI), args);
    if (!p.waitForFinished(120000))
        return {-1, {}, QStringLiteral("timeout")};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

void TestCli::version()
{
    const Run r = cli({QStringLiteral("--version")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral(MADOGUCHI_VERSION)), qPrintable(r.out));
}

void TestCli::seedDemoFillsEveryStageOnce()
{
    QTemporaryDir home;
    // With only MADOGUCHI_CONFIG set, the store lands beside the INI file.
    Run r = cli({QStringLiteral("seed"), QStringLiteral("--demo")}, home.path());
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString path = home.filePath(QStringLiteral("madoguchi.sqlite"));
    QVERIFY(QFile::exists(path));
    {
        Database db(path);
        QString error;
        QVERIFY(db.open(&error));
        const auto counts = CaseService(db).countsByStage().value();
        for (Stage s : allStages())
            QVERIFY2(counts.value(s) > 0, qPrintable(stageKey(s)));
        SignInService accounts(db, QStringLiteral("t"));
        QCOMPARE(accounts.staff()->size(), 6);
        QVERIFY(accounts.signIn(QStringLiteral("clerk1"), QStringLiteral("madoguchi-demo")));
    }
    r = cli({QStringLiteral("seed"), QStringLiteral("--demo")}, home.path());
    QCOMPARE(r.code, 0);
    Database db(path);
    QString error;
    QVERIFY(db.open(&error));
    int total = 0;
    for (int n : CaseService(db).countsByStage().value())
        total += n;
    QCOMPARE(total, 9); // the second run added nothing
}

void TestCli::unknownCommandFails()
{
    const Run r = cli({QStringLiteral("frobnicate")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("Usage")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
