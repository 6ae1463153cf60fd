// bench counter (issue 18): the machine's part of the counter's path for a pre-entered 転入,
// from the frame with the resident's code to the case in the review queue, on camera photos of
// certificates from seeds and layouts the reader was not tuned on.

#include "CliIo.h"
#include "capture/AutoCapture.h"
#include "capture/QrScanner.h"
#include "db/Database.h"
#include "harness/CounterScenario.h"
#include "intake/IntakeService.h"
#include "ocr/CertificateReader.h"
#include "security/SignInService.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <algorithm>

namespace mdg::cli {

namespace {

struct Run
{
    bool opened = false;
    bool captured = false; // taken by AutoCapture, not by the clerk's "Capture now"
    bool consistent = false;
    int actions = 0; // the clerk's: capture by hand, one per finding to settle or value to look at
    double ms = 0; // machine time, frame with the code → case in review (or stopped)
    double readMs = 0;
    QStringList stops;
};

QString stopKey(consistent_path::Stop s)
{
    switch (s) {
    case consistent_path::Stop::NotInEntry: return QStringLiteral("not_in_entry");
    case consistent_path::Stop::NoCertificate: return QStringLiteral("no_certificate");
    case consistent_path::Stop::NoRecordsCheck: return QStringLiteral("no_records_check");
    case consistent_path::Stop::Mismatch: return QStringLiteral("mismatch");
    case consistent_path::Stop::Missing: return QStringLiteral("missing");
    case consistent_path::Stop::Unsure: return QStringLiteral("unsure");
    case consistent_path::Stop::LateForMoveIn: return QStringLiteral("late");
    }
    return {};
}

// One resident: their code is scanned, the certificate laid under the camera (the same photo
// frame after frame, as a steady camera gives it), read, compared and sent on.
Run runOne(const QString& dir, const QString& photoPath, const TransferOutCertificate& truth, CertificateReader& reader)
{
    Run run;
    ManualClock clock(QDateTime(truth.plannedMoveDate.addDays(3), QTime(10, 0)).toUTC());
    Database db(QDir(dir).filePath(QStringLiteral("counter.sqlite")));
    if (!db.open())
        return run;
    SignInService accounts(db, QStringLiteral("bench"), clock);
    const auto staff = accounts.createStaff(
        QStringLiteral("bench"), QStringLiteral("bench"), QStringLiteral("bench-password"), {Role::Clerk});
    if (!staff)
        return run;
    const Actor clerk {staff.value(), QStringLiteral("bench")};
    const Ed25519Key key = Ed25519Key::generate();
    KeyRing keys;
    keys.add("web", *Ed25519Key::fromPem(key.publicPem()));
    CaseService cases(db, clock);
    IntakeService intake(db, cases, keys, {}, clock);
    const PreEntry pre = counter_scenario::preEntryFor(truth, clock.nowUtc().addSecs(-86400));
    const QImage phone = counter_scenario::qrFrame(PreEntryCodec::encode(pre, "web", key));
    const QImage photo(photoPath);

    QElapsedTimer t;
    t.start();
    const QrReading code = QrScanner::scanWithRetries(phone);
    if (!code.found)
        return run;
    const auto opened = intake.open(clerk, code.text);
    if (!opened)
        return run;
    run.opened = true;
    AutoCapture autoCapture;
    QImage page;
    for (int frame = 0; frame < 30 && page.isNull(); ++frame)
        if (autoCapture.feed(photo).state == AutoCapture::State::Captured)
            page = autoCapture.take();
    run.captured = !page.isNull();
    if (!run.captured) {
        ++run.actions; // "Capture now": the whole frame
        page = photo;
    }
    QElapsedTimer read;
    read.start();
    const auto certificate = reader.read(page);
    run.readMs = read.nsecsElapsed() / 1e6;
    if (!certificate) {
        run.stops << QStringLiteral("unreadable");
        run.ms = t.nsecsElapsed() / 1e6;
        return run;
    }
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    page.save(&buffer, "JPEG", 85);
    const auto attached = cases.attachCertificate(clerk, opened->c.id, opened->c.version, certificate.value(), jpeg);
    if (!attached)
        return run;
    const auto judged = cases.consistency(opened->c.id, CertificateReader::ConfidenceThreshold);
    if (judged && judged->judgement.consistent()) {
        run.consistent = bool(
            cases.sendToReviewByItself(clerk, opened->c.id, attached->version, CertificateReader::ConfidenceThreshold));
    }
    run.ms = t.nsecsElapsed() / 1e6;
    if (judged && !run.consistent) {
        for (const consistent_path::Stop s : judged->judgement.stops)
            run.stops << stopKey(s);
        // One action per value the clerk settles or looks at.
        run.actions += judged->judgement.forTheClerk;
        if (run.actions == 0)
            run.actions = 1; // a stop with nothing to settle still takes one look
    }
    return run;
}

} // namespace

void benchCounter(int perSet)
{
    QTemporaryDir generated;
    struct Set
    {
        QString name;
        QString generator;
        QStringList args;
    };
    // Seeds that no rule of the reader was tuned on (the tuning sets are certgen 1 and layoutgen 1).
    const int perLayout = std::max(1, perSet / 3);
    const QList<Set> sets {
        {QStringLiteral("layoutgen-51001 (unseen layouts)"), QStringLiteral(MADOGUCHI_LAYOUTGEN),
            {QStringLiteral("--count"), QString::number(perSet), QStringLiteral("--seed"), QStringLiteral("51001"),
                QStringLiteral("--degradations"), QStringLiteral("camera")}},
        {QStringLiteral("certgen-73001 (unseen seed)"), QStringLiteral(MADOGUCHI_CERTGEN),
            {QStringLiteral("--per-layout"), QString::number(perLayout), QStringLiteral("--seed"),
                QStringLiteral("73001"), QStringLiteral("--degradations"), QStringLiteral("camera")}},
    };
    CertificateReader reader;
    for (qsizetype s = 0; s < sets.size(); ++s) {
        const QString dir = generated.filePath(QStringLiteral("set%1").arg(s));
        if (!generatePages(sets[s].generator, sets[s].args, dir))
            return;
        QList<Run> runs;
        for (const QFileInfo& truthFile :
            QDir(dir).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile f(truthFile.filePath());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
            QString photo;
            for (const char* ext : {".jpg", ".png"})
                if (QFileInfo::exists(
                        truthFile.path() + QLatin1Char('/') + truthFile.completeBaseName() + QLatin1String(ext)))
                    photo = truthFile.path() + QLatin1Char('/') + truthFile.completeBaseName() + QLatin1String(ext);
            if (photo.isEmpty())
                continue;
            QTemporaryDir store;
            runs << runOne(store.path(), photo, TransferOutCertificate::fromJson(json), reader);
        }
        QList<double> ms, consistentMs, actions;
        int consistent = 0, captured = 0;
        QHash<QString, int> stops;
        for (const Run& r : runs) {
            ms << r.ms;
            actions << r.actions;
            captured += r.captured;
            if (r.consistent) {
                ++consistent;
                consistentMs << r.ms;
            }
            for (const QString& k : r.stops)
                stops[k] += 1;
        }
        QJsonObject stopCounts;
        for (auto it = stops.cbegin(); it != stops.cend(); ++it)
            stopCounts.insert(it.key(), it.value());
        double actionSum = 0;
        for (double a : actions)
            actionSum += a;
        printJson({{QStringLiteral("bench"), QStringLiteral("counter")}, {QStringLiteral("set"), sets[s].name},
            {QStringLiteral("cases"), int(runs.size())},
            {QStringLiteral("consistent_pct"), round1(runs.isEmpty() ? 0 : 100.0 * consistent / runs.size())},
            {QStringLiteral("auto_captured_pct"), round1(runs.isEmpty() ? 0 : 100.0 * captured / runs.size())},
            {QStringLiteral("consistent_median_ms"), round1(percentile(consistentMs, 50))},
            {QStringLiteral("consistent_p95_ms"), round1(percentile(consistentMs, 95))},
            {QStringLiteral("all_median_ms"), round1(percentile(ms, 50))},
            {QStringLiteral("all_p95_ms"), round1(percentile(ms, 95))}, {QStringLiteral("clerk_actions_consistent"), 0},
            {QStringLiteral("clerk_actions_median"), round1(percentile(actions, 50))},
            {QStringLiteral("clerk_actions_mean"), round1(runs.isEmpty() ? 0 : actionSum / runs.size())},
            {QStringLiteral("stops"), stopCounts}});
    }
}

} // namespace mdg::cli
