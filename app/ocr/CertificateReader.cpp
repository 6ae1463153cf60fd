#include "CertificateReader.h"

#include "Columns.h"
#include "FieldValues.h"
#include "IssueLines.h"
#include "LineLabels.h"
#include "LostAddress.h"
#include "LostNameLines.h"
#include "PagePass.h"
#include "PageText.h"
#include "Placement.h"
#include "RowsTable.h"
#include "Ruby.h"
#include "ValueRules.h"
#include "domain/JapaneseDate.h"

#include <QElapsedTimer>
#include <QTransform>
#include <algorithm>
#include <atomic>
#include <optional>
#include <thread>
#include <vector>

namespace mdg {

using namespace ocr;

namespace {

constexpr int Dpi = 200;

// A legible certificate whose title and labels were all lost still shows its values'
// grammar: era dates and resident codes.
bool looksLikeCertificate(const PageText& text, int labelsFound)
{
    if (text.hasTitle() || labelsFound >= 4)
        return true;
    int grammarValues = 0;
    for (const Segment& s : text.segs) {
        const QString c = compact(s.text);
        grammarValues += JapaneseDate::parse(fixDateSlips(c)) || (digitsOnly(c).size() == 11 && c.size() <= 12) ? 1 : 0;
    }
    return grammarValues >= 3;
}

} // namespace

struct CertificateReader::Private
{
    std::unique_ptr<OcrEngine> engine;
    // The values are read again on two engines at once: the re-reads are most of a page's
    // time after the page pass, and each is independent of the others.
    std::unique_ptr<OcrEngine> helper;

    std::vector<ValueReader::Reading> readValues(
        const QList<ValueTask>& tasks, const QImage& page, const std::atomic_bool* cancel) const
    {
        std::vector<ValueReader::Reading> out(std::size_t(tasks.size()));
        std::atomic<qsizetype> next {0};
        const auto work = [&](OcrEngine& reader) {
            const ValueReader values(reader, page, Dpi, ConfidenceThreshold - 0.01);
            for (qsizetype i = next++; i < tasks.size() && !(cancel && cancel->load()); i = next++) {
                const ValueTask& t = tasks.at(i);
                out[std::size_t(i)] = values.read(t.label, t.value, t.key, t.rightLimit);
            }
        };
        {
            std::optional<std::jthread> second;
            if (helper && helper->isReady())
                second.emplace(work, std::ref(*helper));
            work(*engine);
        } // joined before the readings are handed out
        return out;
    }
};

CertificateReader::CertificateReader()
    : d(std::make_unique<Private>())
{ }

CertificateReader::~CertificateReader() = default;

Result<TransferOutCertificate> CertificateReader::read(const QImage& image, const OcrEngine::Progress& progress)
{
    using R = Result<TransferOutCertificate>;
    QElapsedTimer timer;
    timer.start();
    if (image.isNull())
        return R::failure(ErrorCode::Unreadable, tr("The image cannot be read."));
    if (image.width() < 300 || image.height() < 300)
        return R::failure(ErrorCode::Unreadable,
            tr("The image is too small to hold a certificate (%1 × %2 pixels). Take the photo again, closer.")
                .arg(image.width())
                .arg(image.height()));
    if (qint64(image.width()) * image.height() > MaxPixels)
        return R::failure(ErrorCode::Unreadable,
            tr("The image is too large (%1 × %2 pixels). Use the document camera or a scan at 200–300 dpi.")
                .arg(image.width())
                .arg(image.height()));
    if (!d->engine)
        d->engine = std::make_unique<OcrEngine>();
    if (!d->engine->isReady())
        return R::failure(ErrorCode::Unspecified, tr("The text reader could not start: %1").arg(d->engine->error()));
    // The second engine loads its model while the first reads the page.
    std::optional<std::jthread> helperStart;
    if (!d->helper)
        helperStart.emplace([this] { d->helper = std::make_unique<OcrEngine>(); });

    auto pass = PagePass::read(*d->engine, image, Dpi, progress);
    if (!pass)
        return R::failure(ErrorCode::Unspecified, tr("Reading was cancelled."));
    const PreparedPage& page = pass->page;
    PageText text = PageText::of(pass->lines);

    // 1. A header row of member labels (rows layout): one row per member under it.
    PlacedFields placed;
    std::optional<RowsHeader> rows = findRowsHeader(text.lines);
    if (const auto inferred = inferRowsHeader(text.lines); !rows)
        rows = inferred;
    else if (inferred && inferred->line >= rows->line && inferred->line <= rows->line + 2)
        completeFromValues(*rows, *inferred);
    const int headerLine = rows ? rows->line : -1;
    if (qEnvironmentVariableIsSet("MADOGUCHI_OCR_DEBUG"))
        qDebug("rows header at line %d", headerLine);
    if (rows) {
        placed.labelsFound += int(rows->columns.size());
        readRowsTable(text.lines, *rows, placed.members);
    }

    // 2. Lines that start with a label: household facts, member columns, member lines.
    const Columns columns = Columns::find(text.segs, text.byLine, text.heading, headerLine);
    const LineLabels labels = LineLabels::find(text);
    placeLines(text, labels, columns, headerLine, page.rulesRemoved, placed);

    // 3. The issue date and the issuer, below the certification sentence.
    TransferOutCertificate cert;
    const auto toSource = [&](QRect r) {
        // Boxes in the caller's image: undo the scaling and the flattening (the skew is
        // small enough to ignore).
        const QRectF onSheet(r.x() / page.scale, r.y() / page.scale, r.width() / page.scale, r.height() / page.scale);
        return pass->sheetToPhoto.mapRect(onSheet).toAlignedRect().intersected(image.rect());
    };
    const IssueLines issue = IssueLines::find(text.lines, text.segs, text.byLine);
    if (issue.issuer) {
        cert.issuer = issue.issuerName;
        cert.fields << TransferOutCertificate::Field {
            QStringLiteral("issuer"), issue.issuer->text, issue.issuer->confidence, toSource(issue.issuer->box)};
    }

    placed.labelsFound += placeLostAddresses(text, labels, headerLine, issue.issuerName, placed.household);
    if (!looksLikeCertificate(text, placed.labelsFound))
        return R::failure(ErrorCode::Unreadable,
            tr("This does not look like a moving-out certificate (転出証明書): no title and too few of its "
               "labels were found. Check the document and the photo."));
    placeLostNames(columns, text, labels, headerLine, page.rulesRemoved, placed.members);
    placeLostNameLines(text, labels, placed);
    const bool readingsLabelled = !placed.rubyOnLabelLine
        && std::any_of(
            placed.members.cbegin(), placed.members.cend(), [](const auto& m) { return m.contains(Label::Kana); });
    placeRubyReadings(placed.members, pass->ruby, page.rulesRemoved, readingsLabelled);

    // 4. Corrections, confidence, and the fields list: each value read again and put under
    // its field's rule.
    QList<ValueTask> tasks;
    for (auto it = placed.household.cbegin(); it != placed.household.cend(); ++it)
        tasks << ValueTask {it.key(), it.value(), -1, fieldKey(it.key())};
    QList<int> memberIndices;
    for (auto mit = placed.members.cbegin(); mit != placed.members.cend(); ++mit) {
        memberIndices << mit.key();
        for (auto it = mit.value().cbegin(); it != mit.value().cend(); ++it)
            tasks << ValueTask {
                it.key(), it.value(), mit.key(), fieldKey(it.key(), mit.key()), placed.columnEnds.value(mit.key(), -1)};
    }
    cert.members.resize(memberIndices.size());
    // The issue date is read again on its own, as the other dates.
    if (const auto& date = issue.date)
        tasks << ValueTask {
            Label::PlannedDate, Value {date->text, date->box, date->confidence}, -1, QStringLiteral("issued_on")};
    helperStart.reset(); // joined: the helper engine is ready (or could not start)
    if (d->helper)
        d->helper->setLocalThreshold(page.unevenlyLit);
    const std::vector<ValueReader::Reading> readings = d->readValues(tasks, page.rulesRemoved, progress.cancel);
    if (progress.cancel && progress.cancel->load())
        return R::failure(ErrorCode::Unspecified, tr("Reading was cancelled."));
    putReadings(cert, tasks, readings, memberIndices, toSource, ConfidenceThreshold - 0.01);
    correctNamesByReadings(cert, tasks, readings, memberIndices, page.rulesRemoved, ConfidenceThreshold - 0.01);
    correctAsAWhole(cert, ConfidenceThreshold - 0.01);
    cert.elapsedMs = timer.elapsed();
    return cert;
}

} // namespace mdg
