// madoguchi-layoutgen: certificates of randomised layouts with their ground truth, for
// measuring the reader on pages it was not tuned on (`madoguchi-cli bench ocr --data`).
#include "LayoutRandomiser.h"

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
    p.setApplicationDescription(QStringLiteral("Render certificates of randomised layouts with ground truth."));
    p.addHelpOption();
    p.addOption({QStringLiteral("out"), QStringLiteral("Output folder."), QStringLiteral("dir")});
    p.addOption(
        {QStringLiteral("count"), QStringLiteral("Pages per degradation."), QStringLiteral("n"), QStringLiteral("24")});
    p.addOption({QStringLiteral("seed"), QStringLiteral("First seed; page i uses seed + i."), QStringLiteral("n"),
        QStringLiteral("1")});
    p.addOption({QStringLiteral("set"), QStringLiteral("Name of the set in the ground truth (for bench ocr)."),
        QStringLiteral("name")});
    p.addOption({QStringLiteral("degradations"), QStringLiteral("clean,scan,camera"), QStringLiteral("list"),
        QStringLiteral("clean,scan,camera")});
    p.process(app);
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty() || !QDir().mkpath(out)) {
        qCritical("--out DIR is required");
        return 2;
    }
    const quint32 first = p.value(QStringLiteral("seed")).toUInt();
    const int count = p.value(QStringLiteral("count")).toInt();
    const QString set
        = p.isSet(QStringLiteral("set")) ? p.value(QStringLiteral("set")) : QStringLiteral("layoutgen-%1").arg(first);
    const QStringList wanted = p.value(QStringLiteral("degradations")).split(QLatin1Char(','));
    int written = 0;
    for (int i = 0; i < count; ++i) {
        const quint32 seed = first + quint32(i);
        // Each degradation gets pages of its own, so a set of N pages has 3N layouts.
        for (layoutgen::Degradation d :
            {layoutgen::Degradation::Clean, layoutgen::Degradation::Scan, layoutgen::Degradation::Camera}) {
            if (!wanted.contains(layoutgen::degradationKey(d)))
                continue;
            const quint32 pageSeed = seed * 3 + quint32(d);
            const layoutgen::Page page = layoutgen::draw(pageSeed);
            const QImage img = layoutgen::degrade(page.image, d, pageSeed);
            const QString base = QStringLiteral("%1/%2-%3").arg(out, layoutgen::degradationKey(d)).arg(seed);
            const bool photo = d == layoutgen::Degradation::Camera;
            if (!img.save(base + (photo ? QStringLiteral(".jpg") : QStringLiteral(".png")), nullptr, photo ? 92 : -1))
                return 1;
            QJsonObject truth = page.truth.toJson();
            truth.remove(QStringLiteral("fields"));
            truth.remove(QStringLiteral("elapsed_ms"));
            truth.insert(QStringLiteral("set"), set);
            truth.insert(QStringLiteral("layout"), page.traits.value(QStringLiteral("layout")));
            truth.insert(QStringLiteral("degradation"), layoutgen::degradationKey(d));
            truth.insert(QStringLiteral("font"), page.traits.value(QStringLiteral("font")));
            truth.insert(QStringLiteral("traits"), page.traits);
            QFile f(base + QStringLiteral(".json"));
            if (!f.open(QIODevice::WriteOnly))
                return 1;
            f.write(QJsonDocument(truth).toJson());
            ++written;
        }
    }
    printf("%d certificates written to %s\n", written, qPrintable(out));
    return 0;
}
