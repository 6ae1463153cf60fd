#include "CapturePage.h"

#include "capture/PageFinder.h"
#include "models/CertificateFieldsModel.h"
#include "ocr/CertificateReader.h"
#include "widgets/DocumentView.h"
#include "widgets/ScanPreview.h"
#include "widgets/Ui.h"

#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace mdg {

CapturePage::CapturePage(AppContext& ctx, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
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

    auto* cameraBox = new QGroupBox(tr("Document camera"));
    auto* cameraButtons = new QHBoxLayout;
    cameraButtons->addWidget(m_captureNow);
    cameraButtons->addWidget(open);
    auto* cameraLayout = new QVBoxLayout(cameraBox);
    cameraLayout->addWidget(m_preview, 1);
    cameraLayout->addWidget(m_state);
    cameraLayout->addLayout(cameraButtons);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);
    cameraLayout->addLayout(progressRow);
    cameraLayout->addWidget(m_message);

    m_fieldsView
        = ui::tableView(m_fields, QStringLiteral("certificateFieldsView"), tr("Fields read from the certificate"));
    m_fieldsView->horizontalHeader()->setSectionResizeMode(CertificateFieldsModel::Value, QHeaderView::Stretch);
    auto* resultBox = new QGroupBox(tr("The certificate as read"));
    auto* resultSplit = new QSplitter;
    resultSplit->addWidget(m_document);
    resultSplit->addWidget(m_fieldsView);
    resultSplit->setStretchFactor(0, 2);
    resultSplit->setStretchFactor(1, 3);
    resultSplit->setChildrenCollapsible(false);
    m_fieldsView->setMinimumWidth(380);
    (new QVBoxLayout(resultBox))->addWidget(resultSplit);

    auto* split = new QSplitter;
    split->addWidget(cameraBox);
    split->addWidget(resultBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    (new QVBoxLayout(this))->addWidget(split);

    connect(m_captureNow, &QPushButton::clicked, this, [this] {
        if (!m_lastFrame.isNull()) {
            const auto page = PageFinder::findPage(m_lastFrame);
            readImage(page ? PageFinder::flatten(m_lastFrame, *page) : m_lastFrame);
        }
    });
    connect(open, &QPushButton::clicked, this, &CapturePage::openImageFile);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { m_cancel = true; });
    connect(&m_watcher, &QFutureWatcher<Result<TransferOutCertificate>>::finished, this, &CapturePage::finished);
    connect(m_fieldsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            m_document->setSelected(current.data(CertificateFieldsModel::BoxRole).toRect());
        });

    if (CameraSource::anyCamera()) {
        m_camera = std::make_unique<CameraSource>(m_ctx.config.cameraId().toUtf8(), QSize(1920, 1080));
        connect(m_camera.get(), &FrameSource::frameArrived, this, &CapturePage::onFrame);
        m_state->setText(tr("Searching for the page…"));
    } else {
        m_state->setText(tr("No document camera: open a photo or scan of the certificate."));
        m_preview->setPlaceholder(tr("No document camera"));
        m_captureNow->setEnabled(false);
    }
}

CapturePage::~CapturePage()
{
    m_cancel = true;
    m_watcher.waitForFinished();
}

void CapturePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_camera)
        m_camera->start();
}

void CapturePage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    if (m_camera)
        m_camera->stop();
}

void CapturePage::onFrame(const Frame& frame)
{
    if (m_watcher.isRunning())
        return;
    m_lastFrame = frame.toImage();
    const AutoCapture::Step step = m_auto.feed(m_lastFrame);
    m_preview->setFrame(m_lastFrame);
    m_preview->setOutline(step.outline.value_or(QPolygonF()), step.state == AutoCapture::State::Captured);
    switch (step.state) {
    case AutoCapture::State::Searching: m_state->setText(tr("Searching for the page…")); break;
    case AutoCapture::State::HoldStill: m_state->setText(tr("Page found: hold still…")); break;
    case AutoCapture::State::Captured:
        m_state->setText(tr("Captured."));
        readImage(m_auto.take());
        m_auto.reset();
        break;
    }
}

void CapturePage::openImageFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a photo or scan of the certificate"), QString(),
        tr("Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)"));
    if (path.isEmpty())
        return;
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > CertificateReader::MaxPixels) {
        ui::showMessage(m_message, tr("The image is too large to be a photo of a certificate."), true);
        return;
    }
    const QImage img = reader.read();
    if (img.isNull()) {
        ui::showMessage(m_message, tr("The file cannot be opened as an image: %1").arg(reader.errorString()), true);
        return;
    }
    readImage(img);
}

void CapturePage::readImage(const QImage& image)
{
    if (m_watcher.isRunning())
        return;
    const QImage page = image;
    m_reading = page;
    m_cancel = false;
    m_progress->setValue(0);
    m_cancelButton->setEnabled(true);
    m_captureNow->setEnabled(false);
    m_fields->clear();
    m_document->setPage(page, {});
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
    m_captureNow->setEnabled(m_camera != nullptr);
    const auto result = m_watcher.result();
    if (!result) {
        m_progress->setValue(0);
        ui::showMessage(m_message, result.error(), true);
        return;
    }
    m_progress->setValue(100);
    const TransferOutCertificate& c = result.value();
    QList<QRect> boxes;
    int unsure = 0;
    for (const auto& f : c.fields) {
        boxes << f.box;
        unsure += f.confidence < CertificateReader::ConfidenceThreshold ? 1 : 0;
    }
    m_document->setPage(m_reading, boxes);
    m_fields->setCertificate(c);
    ui::showMessage(m_message,
        unsure ? tr("Read in %1 s. %2 field(s) are unsure (amber): check them against the paper.")
                     .arg(c.elapsedMs / 1000.0, 0, 'f', 1)
                     .arg(unsure)
               : tr("Read in %1 s.").arg(c.elapsedMs / 1000.0, 0, 'f', 1),
        unsure > 0);
    emit certificateRead(c);
}

} // namespace mdg
