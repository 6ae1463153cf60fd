// Connectors as the counter finds them: the built-in register and a plugin from a folder.
#include "connectors/ConnectorRegistry.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mdg;

class TestConnectors : public QObject
{
    Q_OBJECT
private slots:
    void pluginFromTheFolderIsUsable();
    void brokenFilesAreReportedNotFatal();
    void builtInLocalRegister();
    void unknownConnectorIsAnError();
};

void TestConnectors::pluginFromTheFolderIsUsable()
{
    ConnectorRegistry registry;
    const QStringList problems = registry.loadPlugins(QStringLiteral(MADOGUCHI_CONNECTOR_PLUGINS));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(registry.keys(), (QStringList {QStringLiteral("local"), QStringLiteral("example")}));
    auto created = registry.create(QStringLiteral("example"), {});
    QVERIFY2(created, qPrintable(created.error()));
    const auto& connector = created.value();
    PersonQuery q;
    q.kanaPrefix = QStringLiteral("レイジ");
    const auto found = connector->searchPersons(q);
    QVERIFY(found);
    QCOMPARE(found.value().size(), 2);
    QCOMPARE(connector->household(QStringLiteral("EH1")).value().first().relationship, QStringLiteral("世帯主"));
    QCOMPARE(connector->household(QStringLiteral("none")).code(), ErrorCode::NotFound);
    const auto receipt = connector->submit({QStringLiteral("K7Q-4M2-93X"), Procedure::MovingIn, {}});
    QCOMPARE(receipt->receiptNo, QStringLiteral("EX-K7Q-4M2-93X"));
    // The plugin's own settings reach it: a system that is down says so, typed.
    auto down = registry.create(QStringLiteral("example"), {{QStringLiteral("down"), true}});
    QVERIFY(down);
    QCOMPARE(down.value()->searchPersons(q).code(), ErrorCode::Unreachable);
}

void TestConnectors::brokenFilesAreReportedNotFatal()
{
    QTemporaryDir dir;
    QFile fake(dir.filePath(QStringLiteral("libnot-a-plugin.so")));
    QVERIFY(fake.open(QIODevice::WriteOnly));
    fake.write("this is not a shared library");
    fake.close();
    ConnectorRegistry registry;
    const QStringList problems = registry.loadPlugins(dir.path());
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().contains(QStringLiteral("libnot-a-plugin.so")));
    QCOMPARE(registry.keys(), QStringList {QStringLiteral("local")});
}

void TestConnectors::builtInLocalRegister()
{
    QTemporaryDir dir;
    ConnectorRegistry registry;
    auto local = registry.create(
        QStringLiteral("local"), {{QStringLiteral("path"), dir.filePath(QStringLiteral("r.sqlite"))}});
    QVERIFY2(local, qPrintable(local.error()));
    PersonQuery q;
    q.name = QStringLiteral("山田");
    const auto r = local.value()->searchPersons(q);
    QVERIFY(r);
    QVERIFY(r.value().isEmpty());
}

void TestConnectors::unknownConnectorIsAnError()
{
    ConnectorRegistry registry;
    const auto unknown = registry.create(QStringLiteral("acme"), {});
    QVERIFY(!unknown);
    QCOMPARE(unknown.code(), ErrorCode::Invalid);
    QVERIFY(unknown.error().contains(QStringLiteral("acme")));
}

QTEST_GUILESS_MAIN(TestConnectors)
#include "tst_connectors.moc"
