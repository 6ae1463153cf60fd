#include "../PreEntryFixtures.h"
#include "../TestSupport.h"
#include "workflow/CaseService.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace mdg;

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void version();
    void seedDemoFillsEveryStageOnce();
    void unknownCommandFails();
    void qrKeygenEncodeDecodeVerify();
    void qrDecodeOfBadImages();
    void benchQrPrintsJsonLines();
    void benchUiMeasuresTheWindowUnderLoad();
    void benchCounterTakesCasesToReview();
    void ocrRefusesBadImagesWithAReason();
    void crosscheckPrintsFindingsPerContract();
    void crosscheckRefusesBadInput();
    void guidancePrintsTheHouseholdsProcedures();
    void benchCrosscheckCatchesEveryRealDifference();
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
        QVERIFY_OK(db.open());
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
    QVERIFY_OK(db.open());
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

void TestCli::qrKeygenEncodeDecodeVerify()
{
    QTemporaryDir dir;
    const QString key = dir.filePath(QStringLiteral("web-2026"));
    Run r = cli({QStringLiteral("qr"), QStringLiteral("keygen"), QStringLiteral("--out"), key});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(key) && QFile::exists(key + QStringLiteral(".pub")));
    QVERIFY(QFile(key).permissions().testFlag(QFile::ReadOwner));
    QVERIFY(!QFile(key).permissions().testFlag(QFile::ReadOther)); // the private key is the owner's alone

    const QString json = dir.filePath(QStringLiteral("p.json"));
    QFile f(json);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QJsonObject pre = test::familyOfFour(QDateTime::currentDateTimeUtc()).toJson();
    pre.remove(QStringLiteral("iat"));
    pre.remove(QStringLiteral("exp")); // the encoder fills them in
    f.write(QJsonDocument(pre).toJson());
    f.close();
    const QString png = dir.filePath(QStringLiteral("qr.png"));
    r = cli({QStringLiteral("qr"), QStringLiteral("encode"), QStringLiteral("--preentry"), json,
        QStringLiteral("--key"), key, QStringLiteral("--out"), png});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject enc = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(enc.value(QStringLiteral("version")).toInt() >= 1);
    QCOMPARE(enc.value(QStringLiteral("ec_level")).toString(), QStringLiteral("M"));
    QCOMPARE(enc.value(QStringLiteral("reads_back")).toBool(), true);

    r = cli({QStringLiteral("qr"), QStringLiteral("decode"), QStringLiteral("--json"), png});
    QCOMPARE(r.code, 0);
    const QJsonObject dec = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(dec.value(QStringLiteral("found")).toBool(), true);
    QCOMPARE(dec.value(QStringLiteral("format")).toString(), QStringLiteral("QRCode"));
    QVERIFY(dec.value(QStringLiteral("text")).toString().startsWith(QStringLiteral("MDG2:"))); // the default
    QVERIFY(dec.value(QStringLiteral("elapsed_ms")).isDouble());

    r = cli(
        {QStringLiteral("qr"), QStringLiteral("verify"), png, QStringLiteral("--pub"), key + QStringLiteral(".pub")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject verified = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(verified.value(QStringLiteral("id")).toString(), pre.value(QStringLiteral("id")).toString());
    QCOMPARE(verified.value(QStringLiteral("members")).toArray().size(), 4);

    // Another key: refused with the reason and a non-zero exit.
    const QString other = dir.filePath(QStringLiteral("other"));
    QCOMPARE(cli({QStringLiteral("qr"), QStringLiteral("keygen"), QStringLiteral("--out"), other}).code, 0);
    r = cli(
        {QStringLiteral("qr"), QStringLiteral("verify"), png, QStringLiteral("--pub"), other + QStringLiteral(".pub")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("bad_signature")), qPrintable(r.err));
    // No --pub: the configured key folder, which does not know this kid.
    QTemporaryDir home;
    r = cli({QStringLiteral("qr"), QStringLiteral("verify"), png}, home.path());
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("unknown_kid")), qPrintable(r.err));
    QDir().mkpath(home.filePath(QStringLiteral("keys")));
    QVERIFY(QFile::copy(key + QStringLiteral(".pub"), home.filePath(QStringLiteral("keys/web-2026.pub"))));
    r = cli({QStringLiteral("qr"), QStringLiteral("verify"), png}, home.path());
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestCli::qrDecodeOfBadImages()
{
    QTemporaryDir dir;
    QImage tiny(1, 1, QImage::Format_RGB32);
    tiny.fill(Qt::white);
    QVERIFY(tiny.save(dir.filePath(QStringLiteral("tiny.png"))));
    QFile trunc(dir.filePath(QStringLiteral("truncated.png")));
    QVERIFY(trunc.open(QIODevice::WriteOnly));
    QByteArray png;
    QBuffer buf(&png);
    buf.open(QIODevice::WriteOnly);
    QImage(400, 400, QImage::Format_RGB32).save(&buf, "PNG");
    trunc.write(png.left(png.size() / 3));
    trunc.close();
    for (const QString& name :
        {QStringLiteral("tiny.png"), QStringLiteral("truncated.png"), QStringLiteral("missing.png")}) {
        const Run r
            = cli({QStringLiteral("qr"), QStringLiteral("decode"), QStringLiteral("--json"), dir.filePath(name)});
        QCOMPARE(r.code, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY2(o.contains(QStringLiteral("found")) && !o.value(QStringLiteral("found")).toBool(), qPrintable(r.out));
    }
}

void TestCli::benchQrPrintsJsonLines()
{
    const Run r = cli({QStringLiteral("bench"), QStringLiteral("qr"), QStringLiteral("--runs"), QStringLiteral("3")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QSet<QString> benches;
    for (const QString& line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        QVERIFY2(!o.isEmpty(), qPrintable(line));
        benches.insert(o.value(QStringLiteral("bench")).toString());
        if (o.contains(QStringLiteral("median_ms")))
            QVERIFY(o.value(QStringLiteral("median_ms")).toDouble() > 0);
    }
    QVERIFY(benches.contains(QStringLiteral("qr_decode_frame")));
    QVERIFY(benches.contains(QStringLiteral("qr_sample_photos")));
    QVERIFY(benches.contains(QStringLiteral("qr_frame_to_case_open")));
}

// The counter's path on generated certificates: every case opens from its QR frame and its
// page is taken by AutoCapture; a case that agrees reaches the review queue with no action.
void TestCli::benchCounterTakesCasesToReview()
{
    const Run r
        = cli({QStringLiteral("bench"), QStringLiteral("counter"), QStringLiteral("--runs"), QStringLiteral("3")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // unseen layouts, unseen seed
    int consistent = 0;
    for (const QString& line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("bench")).toString(), QStringLiteral("counter"));
        QCOMPARE(o.value(QStringLiteral("cases")).toInt(), 3);
        QVERIFY(o.value(QStringLiteral("all_median_ms")).toDouble() > 0);
        QCOMPARE(o.value(QStringLiteral("clerk_actions_consistent")).toInt(), 0);
        consistent += o.value(QStringLiteral("consistent_pct")).toDouble() > 0;
    }
    QVERIFY(consistent > 0);
}

// The window under a sync burst and a reading: every change arrives, the page is read,
// and the figures are the lateness of the GUI thread's ticks (no target asserted here).
void TestCli::benchUiMeasuresTheWindowUnderLoad()
{
    const Run r = cli({QStringLiteral("bench"), QStringLiteral("ui")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.trimmed().toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("bench")).toString(), QStringLiteral("ui_event_loop"));
    QCOMPARE(o.value(QStringLiteral("changes_pulled")).toInt(), 10000);
    QVERIFY(o.value(QStringLiteral("ocr_ms")).toDouble() > 0);
    QVERIFY(o.value(QStringLiteral("ticks")).toInt() > 100);
    const double p99 = o.value(QStringLiteral("p99_ms")).toDouble(), max = o.value(QStringLiteral("max_ms")).toDouble();
    QVERIFY(p99 >= 0 && max >= p99);
}

void TestCli::ocrRefusesBadImagesWithAReason()
{
    QTemporaryDir dir;
    QImage page(1654, 2339, QImage::Format_RGB32);
    page.fill(Qt::white);
    QByteArray jpeg;
    QBuffer buf(&jpeg);
    buf.open(QIODevice::WriteOnly);
    page.save(&buf, "JPEG");
    QFile trunc(dir.filePath(QStringLiteral("truncated.jpg")));
    QVERIFY(trunc.open(QIODevice::WriteOnly));
    trunc.write(jpeg.left(200));
    trunc.close();
    QImage tiny(1, 1, QImage::Format_RGB32);
    tiny.fill(Qt::white);
    QVERIFY(tiny.save(dir.filePath(QStringLiteral("tiny.png"))));
    QImage huge(12000, 12000, QImage::Format_Grayscale8);
    huge.fill(255);
    QVERIFY(huge.save(dir.filePath(QStringLiteral("huge.png")), "PNG", 100));
    QVERIFY(page.save(dir.filePath(QStringLiteral("blank.png"))));
    for (const char* name : {"truncated.jpg", "tiny.png", "huge.png", "blank.png", "missing.png"}) {
        const Run r = cli({QStringLiteral("ocr"), QStringLiteral("--json"), dir.filePath(QString::fromLatin1(name))});
        QVERIFY2(r.code == 1, name);
        QVERIFY2(r.out.isEmpty(), name);
        QVERIFY2(r.err.contains(QStringLiteral("ocr: ")), qPrintable(r.err));
    }
}

namespace {
QString writeJson(const QTemporaryDir& dir, const QString& name, const QJsonObject& o)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QJsonDocument(o).toJson());
    return f.fileName();
}
} // namespace

void TestCli::crosscheckPrintsFindingsPerContract()
{
    QTemporaryDir dir;
    const PreEntry p = test::familyOfFour(QDateTime::currentDateTimeUtc());
    // The previous city's certificate: the same household as its system prints it, the
    // daughter's birth date one day later and the members in another order.
    TransferOutCertificate c;
    c.previousAddress = QStringLiteral("横浜市港北区日吉本町1-2-3 日吉グリーンハイツ102号室");
    c.destinationAddress = QStringLiteral("川崎市中原区小杉町3丁目5番地1 武蔵小杉タワーレジデンス2405号室");
    c.plannedMoveDate = p.move.date;
    c.householdHead = QStringLiteral("高橋　健太郎");
    for (qsizetype i = p.members.size() - 1; i >= 0; --i) {
        const Person& m = p.members[i];
        c.members << TransferOutCertificate::Member {
            m.name, m.nameKana, m.birthDate, m.sex, m.relationship, m.residentCode};
    }
    c.members[0].birthDate = c.members[0].birthDate.addDays(1);
    const QString pj = writeJson(dir, QStringLiteral("p.json"), p.toJson());
    const QString cj = writeJson(dir, QStringLiteral("c.json"), c.toJson());
    const Run r = cli({QStringLiteral("crosscheck"), QStringLiteral("--preentry"), pj, QStringLiteral("--certificate"),
        cj, QStringLiteral("--lang"), QStringLiteral("ja")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray findings
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("findings")).toArray();
    QVERIFY(findings.size() >= 4 + 4 * 6);
    QHash<QString, QJsonObject> byField;
    for (const QJsonValue& v : findings) {
        const QJsonObject f = v.toObject();
        for (const char* key : {"field", "preentry", "certificate", "verdict", "reason"})
            QVERIFY2(f.contains(QLatin1String(key)), key);
        byField.insert(f.value(QLatin1String("field")).toString(), f);
    }
    const QJsonObject born = byField.value(QStringLiteral("members[3].birth_date"));
    QCOMPARE(born.value(QLatin1String("verdict")).toString(), QStringLiteral("mismatch"));
    QCOMPARE(born.value(QLatin1String("preentry")).toString(), QStringLiteral("2019-05-01"));
    QCOMPARE(born.value(QLatin1String("certificate")).toString(), QStringLiteral("2019-05-02"));
    const QJsonObject head = byField.value(QStringLiteral("household_head"));
    QCOMPARE(head.value(QLatin1String("verdict")).toString(), QStringLiteral("equivalent"));
    QVERIFY2(head.value(QLatin1String("reason")).toString().contains(QStringLiteral("異体字")),
        qPrintable(head.value(QLatin1String("reason")).toString()));
    QCOMPARE(byField.value(QStringLiteral("previous_address")).value(QLatin1String("verdict")).toString(),
        QStringLiteral("equivalent"));
    QCOMPARE(byField.value(QStringLiteral("destination_address")).value(QLatin1String("verdict")).toString(),
        QStringLiteral("equivalent"));
    QCOMPARE(byField.value(QStringLiteral("members[0].name")).value(QLatin1String("verdict")).toString(),
        QStringLiteral("match"));
}

void TestCli::guidancePrintsTheHouseholdsProcedures()
{
    QTemporaryDir dir;
    // Three generations: grandparents of 70-odd, a school child, a toddler, a foreign lodger.
    PreEntry p = test::householdOfEight(QDateTime::currentDateTimeUtc());
    p.move.date = QDate(2026, 3, 28);
    const QString pj = writeJson(dir, QStringLiteral("p.json"), p.toJson());
    const Run r = cli(
        {QStringLiteral("guidance"), QStringLiteral("--preentry"), pj, QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QLatin1String("procedure")).toString(), QStringLiteral("moving_in"));
    QCOMPARE(o.value(QLatin1String("language")).toString(), QStringLiteral("en"));
    QStringList ids;
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue& v : o.value(QLatin1String("guidance")).toArray()) {
        const QJsonObject g = v.toObject();
        for (const char* key : {"id", "procedure", "department", "window", "bring", "members", "source"})
            QVERIFY2(g.contains(QLatin1String(key)), key);
        ids << g.value(QLatin1String("id")).toString();
        byId.insert(ids.last(), g);
    }
    QCOMPARE(ids,
        (QStringList {QStringLiteral("moving_in_notice"), QStringLiteral("residence_card_address"),
            QStringLiteral("my_number_card_address"), QStringLiteral("national_health_insurance"),
            QStringLiteral("long_term_care_insurance"), QStringLiteral("care_certification_transfer"),
            QStringLiteral("child_allowance"), QStringLiteral("child_medical_subsidy"),
            QStringLiteral("school_transfer")}));
    QCOMPARE(byId.value(QStringLiteral("moving_in_notice")).value(QLatin1String("deadline")).toString(),
        QStringLiteral("2026-04-11"));
    QCOMPARE(byId.value(QStringLiteral("residence_card_address")).value(QLatin1String("members")).toArray().size(), 1);
    QCOMPARE(byId.value(QStringLiteral("school_transfer")).value(QLatin1String("procedure")).toString(),
        QStringLiteral("School transfer (take the education board's notice to the new school)"));

    // A city's own rule file is checked first; its fault is named by line.
    QFile rules(dir.filePath(QStringLiteral("rules.json")));
    QVERIFY(rules.open(QIODevice::WriteOnly));
    rules.write("{\n  \"version\": 1,\n  \"rules\": [\n    {\"id\": \"x\", \"for\": [\"moving_in\"], \"titel\": "
                "\"a\"}\n  ]\n}\n");
    rules.close();
    const Run bad = cli(
        {QStringLiteral("guidance"), QStringLiteral("--preentry"), pj, QStringLiteral("--rules"), rules.fileName()});
    QCOMPARE(bad.code, 1);
    QVERIFY2(bad.err.contains(QStringLiteral("line 4 (rule \"x\"): unknown key \"titel\"")), qPrintable(bad.err));
    const Run missing
        = cli({QStringLiteral("guidance"), QStringLiteral("--preentry"), dir.filePath(QStringLiteral("none.json"))});
    QCOMPARE(missing.code, 1);
}

void TestCli::crosscheckRefusesBadInput()
{
    QTemporaryDir dir;
    QFile broken(dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"v\": 1, \"members\": [");
    broken.close();
    const QString valid
        = writeJson(dir, QStringLiteral("p.json"), test::familyOfFour(QDateTime::currentDateTimeUtc()).toJson());
    const QString notCertificate = writeJson(dir, QStringLiteral("c.json"), {{QStringLiteral("document"), 1}});
    QFile array(dir.filePath(QStringLiteral("array.json")));
    QVERIFY(array.open(QIODevice::WriteOnly));
    array.write("[1]"); // JSON, but no object
    array.close();
    for (const QStringList& args : {QStringList {QStringLiteral("--preentry"), valid},
             QStringList {QStringLiteral("--preentry"), broken.fileName(), QStringLiteral("--certificate"), valid},
             QStringList {QStringLiteral("--preentry"), dir.filePath(QStringLiteral("none.json")),
                 QStringLiteral("--certificate"), valid},
             QStringList {QStringLiteral("--preentry"), valid, QStringLiteral("--certificate"), array.fileName()},
             QStringList {QStringLiteral("--preentry"), valid, QStringLiteral("--certificate"), notCertificate}}) {
        const Run r = cli(QStringList {QStringLiteral("crosscheck")} + args);
        QVERIFY2(r.code != 0, qPrintable(args.join(u' ')));
        QVERIFY2(r.err.contains(QStringLiteral("crosscheck: ")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
}

void TestCli::benchCrosscheckCatchesEveryRealDifference()
{
    const Run r
        = cli({QStringLiteral("bench"), QStringLiteral("crosscheck"), QStringLiteral("--runs"), QStringLiteral("280")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.trimmed().toUtf8()).object();
    QCOMPARE(o.value(QLatin1String("bench")).toString(), QStringLiteral("crosscheck"));
    QCOMPARE(o.value(QLatin1String("real_differences")).toInt(), 280);
    // Correctness, not speed: every kind of real difference (20 of each) is caught, and
    // writing alone is never called a mismatch.
    QCOMPARE(o.value(QLatin1String("real_caught_pct")).toDouble(), 100.0);
    QCOMPARE(o.value(QLatin1String("writing_mismatch_pct")).toDouble(), 0.0);
    QVERIFY(o.value(QLatin1String("writing_fields")).toInt() > 280 * 10);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
