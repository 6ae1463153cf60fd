#include "domain/Procedure.h"
#include "domain/Stage.h"
#include "i18n/Language.h"
#include "workflow/StageMachine.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace mdg;

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void shippedCatalogueIsComplete_data();
    void shippedCatalogueIsComplete();
    void catalogueCoversEverySourceString_data();
    void catalogueCoversEverySourceString();
    void japaneseIsLoadedAtRunTime();
    void languageChoiceOrder();
};

namespace {
const QString Shipped = QStringLiteral(MADOGUCHI_SOURCE_DIR "/resources/translations/madoguchi_ja.ts");
// The tablet's screens in the residents' other languages: ui/kiosk and app/kiosk only.
QString kioskCatalogue(const QString& language)
{
    return QStringLiteral(MADOGUCHI_SOURCE_DIR "/resources/translations/madoguchi_kiosk_%1.ts").arg(language);
}
const QStringList KioskLanguages {
    QStringLiteral("zh"), QStringLiteral("ko"), QStringLiteral("vi"), QStringLiteral("pt")};

struct Message
{
    QString context;
    QString source;
    QStringList translations;
    QString type;
};

QList<Message> readTs(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&f);
    QList<Message> out;
    QString context;
    Message current;
    while (xml.readNextStartElement() || !xml.atEnd()) {
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out << current;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message {context, {}, {}, {}};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            QString plain;
            QStringList forms;
            while (!(xml.readNext() == QXmlStreamReader::EndElement && xml.name() == QLatin1String("translation"))) {
                if (xml.atEnd())
                    break;
                if (xml.isCharacters())
                    plain += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    forms << xml.readElementText();
            }
            current.translations = forms.isEmpty() ? QStringList {plain} : forms;
        }
    }
    return out;
}
} // namespace

void TestTranslations::shippedCatalogueIsComplete_data()
{
    QTest::addColumn<QString>("catalogue");
    QTest::addColumn<int>("least");
    QTest::newRow("ja") << Shipped << 100;
    for (const QString& language : KioskLanguages)
        QTest::newRow(qPrintable(language)) << kioskCatalogue(language) << 100;
}

void TestTranslations::shippedCatalogueIsComplete()
{
    QFETCH(QString, catalogue);
    QFETCH(int, least);
    const auto messages = readTs(catalogue);
    QVERIFY(messages.size() > least);
    for (const Message& m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source;
        QVERIFY2(m.type.isEmpty(), qPrintable(where + QStringLiteral(" is ") + m.type));
        QVERIFY2(!m.translations.isEmpty(), qPrintable(where));
        for (const QString& t : m.translations)
            QVERIFY2(!t.trimmed().isEmpty(), qPrintable(where));
        // Placeholders must survive translation.
        for (int i = 1; i <= 9; ++i) {
            const QString arg = QStringLiteral("%%1").arg(i);
            if (m.source.contains(arg))
                for (const QString& t : m.translations)
                    QVERIFY2(t.contains(arg), qPrintable(where + QStringLiteral(" loses ") + arg));
        }
    }
}

void TestTranslations::catalogueCoversEverySourceString_data()
{
    QTest::addColumn<QString>("catalogue");
    QTest::addColumn<QStringList>("sources");
    QTest::newRow("ja") << Shipped << QStringList {QStringLiteral("app"), QStringLiteral("db"), QStringLiteral("ui")};
    for (const QString& language : KioskLanguages)
        QTest::newRow(qPrintable(language))
            << kioskCatalogue(language) << QStringList {QStringLiteral("ui/kiosk"), QStringLiteral("app/kiosk")};
}

void TestTranslations::catalogueCoversEverySourceString()
{
    QFETCH(QString, catalogue);
    QFETCH(QStringList, sources);
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(MADOGUCHI_SOURCE_DIR));
    lupdate.start(QStringLiteral(LUPDATE_EXECUTABLE),
        QStringList {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none")} + sources
            + QStringList {QStringLiteral("-ts"), fresh});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    QSet<QString> shipped;
    for (const Message& m : readTs(catalogue))
        shipped.insert(m.context + QLatin1Char('\x1f') + m.source);
    const auto current = readTs(fresh);
    QVERIFY(!current.isEmpty());
    for (const Message& m : current)
        QVERIFY2(shipped.contains(m.context + QLatin1Char('\x1f') + m.source),
            qPrintable(QStringLiteral("untranslated: %1: %2").arg(m.context, m.source)));
}

void TestTranslations::japaneseIsLoadedAtRunTime()
{
    const QString englishRefusal = StageMachine::check(Stage::Completion, Stage::Entry).reason;
    QVERIFY(installTranslators(*QCoreApplication::instance(), QStringLiteral("ja")));
    QCOMPARE(stageDisplayName(Stage::Entry), QStringLiteral("入力"));
    QCOMPARE(procedureDisplayName(Procedure::MovingIn), QStringLiteral("転入"));
    const QString japaneseRefusal = StageMachine::check(Stage::Completion, Stage::Entry).reason;
    QVERIFY(japaneseRefusal != englishRefusal);
    QVERIFY2(japaneseRefusal.contains(QStringLiteral("完了")), qPrintable(japaneseRefusal));
}

void TestTranslations::languageChoiceOrder()
{
    QCOMPARE(chooseLanguage(QStringLiteral("en"), QStringLiteral("ja")), QStringLiteral("en"));
    QCOMPARE(chooseLanguage(QString(), QStringLiteral("ja")), QStringLiteral("ja"));
    QCOMPARE(chooseLanguage(QStringLiteral("fr"), QStringLiteral("en")), QStringLiteral("en"));
    const QString system = chooseLanguage(QString(), QString());
    QVERIFY(system == QLatin1String("ja") || system == QLatin1String("en"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
