#include "CapturePage.h"

#include "capture/ImageFile.h"
#include "capture/PageFinder.h"
#include "models/CertificateFieldsModel.h"
#include "models/FindingsModel.h"
#include "ocr/CertificateReader.h"
#include "widgets/DocumentView.h"
#include "widgets/FindingsPanel.h"
#include "widgets/ScanPreview.h"
#include "widgets/Ui.h"
#include "workflow/CasePolicy.h"

#include <QBuffer>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace mdg {

CapturePage::CapturePage(AppContext& ctx, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_actor(std::move(actor))
    , m_reader(std::make_unique<CertificateReader>())
    , m_preview(new ScanPreview)
    , m_document(new DocumentView)
    , m_fields(new CertificateFieldsModel(this))
{
    setObjectName(QStringLiteral("capturePage"));
    m_preview->setObjectName(QStringLiteral("documentPreview"));
    m_preview->setAccessibleName(tr("Document camera picture"));
    m_document->setObjectName(QStringLiteral("documentView"));
    m_document->setAccessibleName(tr("The certificate with the fields read"));

    m_state = new QLabel;
    m_state->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("captureStateLabel"));
    m_captureNow = ui::button(tr("&Capture now"), QStringLiteral("captureNowButton"));
    auto* open = ui::button(tr("&Open image file…"), QStringLiteral("openImageButton"));
    m_cancelButton = ui::button(tr("Cancel reading"), QStringLiteral("cancelReadingButton"));
    m_cancelButton->setEnabled(false);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("readProgress"));
    m_progress->setAccessibleName(tr("Reading progress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_message = ui::messageLabel(QStringLiteral("captureMessage"));

    // One column for the paper: the camera picture while searching, the page read with its
    // boxes afterwards. The rest of the width goes to the comparison.
    m_pictures = new QStackedWidget;
    m_pictures->addWidget(m_preview);
    m_pictures->addWidget(m_document);
    auto* again = ui::button(tr("Capture &another"), QStringLiteral("captureAgainButton"));
    auto* cameraButtons = new QHBoxLayout;
    cameraButtons->addWidget(m_captureNow);
    cameraButtons->addWidget(again);
    cameraButtons->addWidget(open);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);
    auto* paperBox = new QGroupBox(tr("Certificate"));
    auto* paperLayout = new QVBoxLayout(paperBox);
    paperLayout->addWidget(m_pictures, 1);
    paperLayout->addWidget(m_state);
    paperLayout->addLayout(cameraButtons);
    paperLayout->addLayout(progressRow);
    paperLayout->addWidget(m_message);

    m_fieldsView
        = ui::tableView(m_fields, QStringLiteral("certificateFieldsView"), tr("Fields read from the certificate"));
    m_fieldsView->horizontalHeader()->setSectionResizeMode(CertificateFieldsModel::Value, QHeaderView::Stretch);
    m_findings = new FindingsPanel;
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("certificateTabs"));
    m_tabs->addTab(m_findings, tr("Comparison with the case"));
    m_tabs->addTab(m_fieldsView, tr("Fields read"));
    m_caseLabel = new QLabel;
    m_caseLabel->setObjectName(QStringLiteral("capturedCaseLabel"));
    m_caseLabel->setWordWrap(true);
    auto* resultBox = new QGroupBox(tr("Comparison"));
    auto* resultLayout = new QVBoxLayout(resultBox);
    resultLayout->addWidget(m_caseLabel);
    resultLayout->addWidget(m_tabs, 1);

    auto* split = new QSplitter;
    split->addWidget(paperBox);
    split->addWidget(resultBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setChildrenCollapsible(false);
    paperBox->setMinimumWidth(280);
    resultBox->setMinimumWidth(560);
    (new QVBoxLayout(this))->addWidget(split);

    connect(again, &QPushButton::clicked, this, [this] {
        m_auto.reset();
        m_pictures->setCurrentWidget(m_source ? static_cast<QWidget*>(m_preview) : m_document);
        if (!m_source)
            openImageFile();
    });
    connect(m_captureNow, &QPushButton::clicked, this, [this] {
        if (!m_lastFrame.isNull()) {
            const auto page = PageFinder::findPage(m_lastFrame);
            takePicture(page ? PageFinder::flatten(m_lastFrame, *page) : m_lastFrame);
        }
    });
    connect(open, &QPushButton::clicked, this, &CapturePage::openImageFile);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { m_cancel = true; });
    connect(&m_watcher, &QFutureWatcher<Result<TransferOutCertificate>>::finished, this, &CapturePage::finished);
    connect(m_fieldsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            m_document->setSelected(current.data(CertificateFieldsModel::BoxRole).toRect());
        });

    connect(m_findings, &FindingsPanel::resolveRequested, this, &CapturePage::resolve);
    connect(m_findings, &FindingsPanel::certificateKeySelected, this,
        [this](const QString& key) { m_document->setSelected(m_certificate.boxOf(key)); });
    setCase({});

    if (CameraSource::anyCamera())
        setSource(std::make_unique<CameraSource>(m_ctx.config.documentCameraId().toUtf8(), QSize(1920, 1080)));
    else if (!QDir(m_ctx.config.demoDocumentFolder()).isEmpty())
        setSource(std::make_unique<ImageFolderSource>(m_ctx.config.demoDocumentFolder(), 400)); // the demo
    else
        setSource({});
}

void CapturePage::setSource(std::unique_ptr<FrameSource> source)
{
    if (m_source)
        m_source->stop();
    m_source = std::move(source);
    m_camera = qobject_cast<CameraSource*>(m_source.get());
    m_waitingForStill = false;
    m_auto.reset();
    if (!m_source) {
        m_state->setText(tr("No document camera: open a photo or scan of the certificate."));
        m_preview->setPlaceholder(tr("No document camera"));
        m_pictures->setCurrentWidget(m_document);
        m_captureNow->setEnabled(false);
        return;
    }
    connect(m_source.get(), &FrameSource::frameArrived, this, &CapturePage::onFrame);
    if (m_camera) {
        connect(m_camera, &CameraSource::stillCaptured, this, [this](const QImage& still) {
            if (!std::exchange(m_waitingForStill, false))
                return;
            const auto page = PageFinder::findPage(still);
            readImage(page ? PageFinder::flatten(still, *page) : m_frameCapture);
        });
        connect(m_camera, &CameraSource::stillFailed, this, [this](const QString&) {
            if (std::exchange(m_waitingForStill, false))
                readImage(m_frameCapture); // the video frame is still a usable page
        });
    }
    m_state->setText(tr("Searching for the page…"));
    m_preview->setPlaceholder(tr("Starting the camera…"));
    m_pictures->setCurrentWidget(m_preview);
    m_captureNow->setEnabled(true);
    if (isVisible())
        m_source->start();
}

void CapturePage::focusField(const QString& field)
{
    m_tabs->setCurrentWidget(m_findings);
    m_findings->focusField(field);
}

CapturePage::~CapturePage()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void CapturePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_source)
        m_source->start();
}

void CapturePage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    if (m_source)
        m_source->stop();
}

void CapturePage::onFrame(const Frame& frame)
{
    if (m_watcher.isRunning() || m_waitingForStill)
        return;
    m_lastFrame = frame.toImage();
    // While a page read is on show the paper is still under the camera: capture nothing
    // more until the clerk asks for another.
    if (m_pictures->currentWidget() != m_preview)
        return;
    const AutoCapture::Step step = m_auto.feed(m_lastFrame);
    m_preview->setFrame(m_lastFrame);
    m_preview->setOutline(step.outline.value_or(QPolygonF()), step.state == AutoCapture::State::Captured);
    switch (step.state) {
    case AutoCapture::State::Searching: m_state->setText(tr("Searching for the page…")); break;
    case AutoCapture::State::HoldStill: m_state->setText(tr("Page found: hold still…")); break;
    case AutoCapture::State::Captured:
        m_state->setText(tr("Captured."));
        takePicture(m_auto.take());
        m_auto.reset();
        break;
    }
}

void CapturePage::takePicture(const QImage& fromFrame)
{
    // The camera's full-resolution still where it has one; the page from the video frame
    // otherwise, or when the still does not come.
    m_frameCapture = fromFrame;
    if (m_camera && m_camera->captureStill()) {
        m_waitingForStill = true;
        m_state->setText(tr("Taking the full-resolution picture…"));
        QTimer::singleShot(5000, this, [this] {
            if (std::exchange(m_waitingForStill, false))
                readImage(m_frameCapture); // a camera that never answers must not stall the counter
        });
        return;
    }
    readImage(fromFrame);
}

void CapturePage::openImageFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a photo or scan of the certificate"), QString(),
        tr("Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp)"));
    if (!path.isEmpty())
        openImage(path);
}

void CapturePage::openImage(const QString& path)
{
    // Decoding a scan takes a moment; the page stays responsive meanwhile.
    ui::setBusy(this, true);
    ui::runInBackground(
        m_ctx.jobs, this, [path] { return ImageFile::read(path, CertificateReader::MaxPixels); },
        [this](const Result<QImage>& img) {
            ui::setBusy(this, false);
            if (!img)
                return ui::showMessage(m_message, img.error(), true);
            readImage(img.value());
        });
}

void CapturePage::readImage(const QImage& image)
{
    if (m_watcher.isRunning())
        return;
    const QImage page = image;
    m_reading = page;
    m_readingFor = m_caseId;
    m_cancel = false;
    m_progress->setValue(0);
    m_cancelButton->setEnabled(true);
    m_captureNow->setEnabled(false);
    m_fields->clear();
    m_document->setPage(page, {});
    m_pictures->setCurrentWidget(m_document);
    ui::showMessage(m_message, tr("Reading the certificate…"), false);
    CertificateReader* reader = m_reader.get();
    QPointer<QProgressBar> bar = m_progress;
    OcrEngine::Progress progress {[bar](int percent) {
                                      QMetaObject::invokeMethod(bar, [bar, percent] {
                                          if (bar)
                                              bar->setValue(percent);
                                      });
                                  },
        &m_cancel};
    m_watcher.setFuture(QtConcurrent::run([reader, page, progress] { return reader->read(page, progress); }));
}

void CapturePage::finished()
{
    m_cancelButton->setEnabled(false);
    m_captureNow->setEnabled(m_source != nullptr);
    const auto result = m_watcher.result();
    if (!result) {
        m_progress->setValue(0);
        ui::showMessage(m_message, result.error(), true);
        return;
    }
    m_progress->setValue(100);
    const TransferOutCertificate& c = result.value();
    const auto unsure = std::count_if(c.fields.cbegin(), c.fields.cend(),
        [](const auto& f) { return f.confidence < CertificateReader::ConfidenceThreshold; });
    m_document->setPage(m_reading, c.boxes());
    m_fields->setCertificate(c);
    m_certificate = c;
    // Compared with a case, an unsure value the entry confirms needs nobody: the comparison
    // and the bar above say which do not.
    const bool comparing = m_shown.has_value();
    ui::showMessage(m_message,
        !unsure         ? tr("Read in %1 s.").arg(c.elapsedMs / 1000.0, 0, 'f', 1)
            : comparing ? tr("Read in %1 s. %2 field(s) read unsurely (amber): the comparison says whether the "
                             "entry confirms them.")
                              .arg(c.elapsedMs / 1000.0, 0, 'f', 1)
                              .arg(unsure)
                        : tr("Read in %1 s. %2 field(s) are unsure (amber): check them against the paper.")
                              .arg(c.elapsedMs / 1000.0, 0, 'f', 1)
                              .arg(unsure),
        unsure > 0 && !comparing);
    emit certificateRead(c);
    // Another case opened while this page was read (the next resident scanned): the paper is
    // the earlier resident's, never compared with the new case.
    if (m_readingFor != m_caseId) {
        ui::showMessage(m_message,
            tr("Another case was opened while the certificate was read: it is not compared. Capture it again "
               "for this case."),
            true);
        return;
    }
    compareWithCase(c);
}

namespace {

// The case as this page shows it, read on the store thread: the case, its certificate
// check, who did what (names for the resolutions) and the stored photo, decoded.
Result<CapturePage::CaseCheck> readCase(AppContext& ctx, const Actor& actor, const QUuid& id)
{
    auto c = ctx.cases.open(actor, id, AuditAction::CaseView);
    if (!c)
        return Result<CapturePage::CaseCheck>::failure(c);
    auto state = ctx.cases.crossCheck(actor, id);
    if (!state)
        return Result<CapturePage::CaseCheck>::failure(state);
    CapturePage::CaseCheck out {std::move(c).value(), std::move(state).value(), {}, {}};
    if (const auto history = ctx.cases.history(id))
        for (const auto& h : history.value())
            out.names.insert(h.event.staffId, h.staffName);
    out.names.insert(actor.staff.id, actor.staff.displayName);
    if (out.check.certificate)
        out.page = QImage::fromData(out.check.certificate->imageJpeg, "JPEG");
    return out;
}

} // namespace

void CapturePage::setCase(const QUuid& id)
{
    // Until the new case is read, nothing is compared with the old one.
    m_shown.reset();
    if (id != std::exchange(m_caseId, id) && !m_watcher.isRunning()) {
        // The next resident: what lies under the camera now is their certificate.
        m_certificate = {};
        m_reading = {};
        m_fields->clear();
        m_document->setPage({}, {});
        m_auto.reset();
        if (m_source)
            m_pictures->setCurrentWidget(m_preview);
    }
    if (id.isNull()) {
        ++m_requests;
        showCrossCheck({});
        return;
    }
    AppContext* ctx = &m_ctx;
    runOnStore([ctx, actor = m_actor, id] { return readCase(*ctx, actor, id); }, [](const CaseCheck&) {});
}

void CapturePage::runOnStore(
    std::function<Result<CaseCheck>()> work, std::function<void(const CaseCheck&)> then, bool reloadOnFailure)
{
    // Only the answer to the latest request is shown; an older one may arrive after it.
    const quint64 request = ++m_requests;
    ui::setBusy(this, true);
    m_findings->setEditable(false);
    ui::runInBackground(
        m_ctx.store, this, std::move(work), [this, request, then, reloadOnFailure](const Result<CaseCheck>& r) {
            if (request != m_requests)
                return;
            ui::setBusy(this, false);
            if (!r) {
                ui::showMessage(m_message, r.error(), true);
                showCrossCheck(m_shown);
                // Another desk may have changed the case: show what is there now.
                if (reloadOnFailure && m_shown)
                    setCase(m_shown->c.id);
                return;
            }
            showCrossCheck(r.value());
            then(r.value());
        });
}

void CapturePage::compareWithCase(const TransferOutCertificate& certificate)
{
    // Nothing to compare with: what was read is what there is to check against the paper.
    if (!m_shown) {
        m_tabs->setCurrentWidget(m_fieldsView);
        return;
    }
    AppContext* ctx = &m_ctx;
    runOnStore(
        [ctx, actor = m_actor, id = m_shown->c.id, version = m_shown->c.version, certificate,
            page = m_reading]() -> Result<CaseCheck> {
            QByteArray jpeg;
            QBuffer buffer(&jpeg);
            buffer.open(QIODevice::WriteOnly);
            page.save(&buffer, "JPEG", 85);
            if (auto checked = ctx->cases.attachCertificate(actor, id, version, certificate, jpeg); !checked)
                return Result<CaseCheck>::failure(checked);
            return readCase(*ctx, actor, id);
        },
        [this](const CaseCheck& shown) {
            m_tabs->setCurrentWidget(m_findings);
            emit caseChanged(shown.c.id);
        });
}

QString CapturePage::comparedWith(const TransferOutCertificate& c)
{
    switch (c.source) {
    case TransferOutCertificate::Source::ResidentRegister: return tr("compared with the resident register's household");
    case TransferOutCertificate::Source::RegistryNetwork:
        return tr("compared with the transfer-out information of %1 over the resident-registry network (特例転入)")
            .arg(c.issuer);
    case TransferOutCertificate::Source::MyNumberCard: return tr("compared with the My Number card's chip");
    case TransferOutCertificate::Source::Paper: break;
    }
    return tr("compared with the moving-out certificate");
}

void CapturePage::showCrossCheck(const std::optional<CaseCheck>& shown)
{
    m_shown = shown;
    if (!shown) {
        m_caseLabel->setText(tr("No case is open: the certificate is read but not compared. Open the resident's "
                                "case first."));
        m_findings->setFindings({}, {});
        m_findings->setEditable(false);
        return;
    }
    const Case& c = shown->c;
    QString label = tr("Case %1 (queue %2): %3, stage %4")
                        .arg(c.reference)
                        .arg(c.queueNumber)
                        .arg(c.household.headName, stageDisplayName(c.stage));
    if (shown->check.certificate) {
        label += QStringLiteral(" — ") + comparedWith(shown->check.certificate->certificate);
        m_findings->model()->setSource(shown->check.certificate->certificate.source);
    }
    m_caseLabel->setText(label);
    m_findings->setFindings(shown->check.findings, shown->names);
    const auto mayResolve = CasePolicy::may(m_actor.staff.roles, CasePolicy::Work::ResolveFinding, c.stage);
    m_findings->setEditable(mayResolve.allowed);
    m_findings->setToolTip(mayResolve.reason);
    // A certificate read earlier for this case is shown again with its boxes.
    if (shown->check.certificate && !m_watcher.isRunning() && (m_certificate.fields.isEmpty() || m_reading.isNull())) {
        m_certificate = shown->check.certificate->certificate;
        m_reading = shown->page;
        m_document->setPage(m_reading, m_certificate.boxes());
        m_fields->setCertificate(m_certificate);
    }
}

void CapturePage::resolve(const QString& field, const Resolution& resolution)
{
    if (!m_shown)
        return;
    AppContext* ctx = &m_ctx;
    const QUuid id = m_shown->c.id;
    runOnStore(
        [ctx, actor = m_actor, id, version = m_shown->c.version, field, resolution]() -> Result<CaseCheck> {
            if (auto r = ctx->cases.resolveFinding(actor, id, version, field, resolution); !r)
                return Result<CaseCheck>::failure(r);
            return readCase(*ctx, actor, id);
        },
        [this, field](const CaseCheck& shown) {
            ui::showMessage(m_message, tr("Resolved: %1.").arg(CertificateFieldsModel::fieldName(field)), false);
            emit caseChanged(shown.c.id);
        },
        true);
}

} // namespace mdg
