// madoguchi-certgen: renders moving-out certificates of every layout family with their
// ground truth, clean and degraded, for the OCR tests and `madoguchi-cli bench ocr`.
#include "harness/CertificateGenerator.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>

using namespace mdg;

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Render test certificates with ground truth."));
    p.addHelpOption();
    p.addOption({QStringLiteral("out"), QStringLiteral("Output folder."), QStringLiteral("dir")});
    p.addOption({QStringLiteral("per-layout"), QStringLiteral("Certificates per layout family."), QStringLiteral("n"),
        QStringLiteral("3")});
    p.addOption(
        {QStringLiteral("seed"), QStringLiteral("First random seed."), QStringLiteral("n"), QStringLiteral("1")});
    p.addOption({QStringLiteral("degradations"), QStringLiteral("clean,scan,camera"), QStringLiteral("list"),
        QStringLiteral("clean,scan,camera")});
    p.process(app);
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty() || !QDir().mkpath(out)) {
        qCritical("--out DIR is required");
        return 2;
    }
    const QStringList fonts = {QStringLiteral("Noto Serif CJK JP"), QStringLiteral("Noto Sans CJK JP"),
        QStringLiteral("IPAMincho"), QStringLiteral("IPAGothic")};
    const QList<JapaneseDate::Digits> digits
        = {JapaneseDate::Digits::Ascii, JapaneseDate::Digits::FullWidth, JapaneseDate::Digits::Kanji};
    const QStringList wanted = p.value(QStringLiteral("degradations")).split(QLatin1Char(','));
    const int perLayout = p.value(QStringLiteral("per-layout")).toInt();
    quint32 seed = p.value(QStringLiteral("seed")).toUInt();
    int written = 0;
    for (certgen::Layout layout : {certgen::Layout::Columns, certgen::Layout::Rows, certgen::Layout::Lines}) {
        for (int i = 0; i < perLayout; ++i, ++seed) {
            certgen::Options o;
            o.layout = layout;
            o.members = 1 + int(seed % 4);
            o.seed = seed;
            o.font = fonts[int(seed % fonts.size())];
            o.digits = digits[int((seed / 2) % digits.size())];
            const certgen::Generated g = certgen::render(o);
            for (certgen::Degradation d :
                {certgen::Degradation::Clean, certgen::Degradation::Scan, certgen::Degradation::Camera}) {
                if (!wanted.contains(certgen::degradationKey(d)))
                    continue;
                const QString base = QStringLiteral("%1/%2-%3-%4")
                                         .arg(out, certgen::layoutKey(layout))
                                         .arg(seed)
                                         .arg(certgen::degradationKey(d));
                const QImage img = certgen::degrade(g.image, d, seed * 7 + 1);
                if (!img.save(
                        base + (d == certgen::Degradation::Camera ? QStringLiteral(".jpg") : QStringLiteral(".png"))))
                    return 1;
                QJsonObject truth = g.truth.toJson();
                truth.remove(QStringLiteral("fields"));
                truth.remove(QStringLiteral("elapsed_ms"));
                truth.insert(QStringLiteral("layout"), certgen::layoutKey(layout));
                truth.insert(QStringLiteral("degradation"), certgen::degradationKey(d));
                truth.insert(QStringLiteral("font"), o.font);
                QFile f(base + QStringLiteral(".json"));
                if (!f.open(QIODevice::WriteOnly))
                    return 1;
                f.write(QJsonDocument(truth).toJson());
                ++written;
            }
        }
    }
    printf("%d certificates written to %s\n", written, qPrintable(out));
    return 0;
}
