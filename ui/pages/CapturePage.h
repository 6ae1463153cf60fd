#pragma once

#include "AppContext.h"
#include "capture/AutoCapture.h"
#include "capture/FrameSource.h"
#include "domain/TransferOutCertificate.h"

#include <QFutureWatcher>
#include <QWidget>
#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace mdg {

class CertificateFieldsModel;
class CertificateReader;
class DocumentView;
class ScanPreview;

// The moving-out certificate: photographed by the document camera (taken automatically
// when the page is still and sharp, or by hand) or opened from a file, read in the
// background, and shown with the box of every field beside the values read.
class CapturePage : public QWidget
{
    Q_OBJECT
public:
    explicit CapturePage(AppContext& ctx, QWidget* parent = nullptr);
    ~CapturePage() override;

    CertificateFieldsModel* fields() const { return m_fields; }
    DocumentView* documentView() const { return m_document; }

public slots:
    void readImage(const QImage& image); // a captured or opened page or photo
    void openImageFile();

signals:
    void certificateRead(const mdg::TransferOutCertificate& certificate);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void onFrame(const Frame& frame);
    void finished();

    AppContext& m_ctx;
    std::unique_ptr<FrameSource> m_camera;
    AutoCapture m_auto;
    std::unique_ptr<CertificateReader> m_reader;
    std::atomic_bool m_cancel {false};
    QFutureWatcher<Result<TransferOutCertificate>> m_watcher;
    QImage m_reading;
    QImage m_lastFrame;
    ScanPreview* m_preview;
    QLabel* m_state;
    QPushButton* m_captureNow;
    QPushButton* m_cancelButton;
    QProgressBar* m_progress;
    QLabel* m_message;
    DocumentView* m_document;
    CertificateFieldsModel* m_fields;
    QTableView* m_fieldsView;
};

} // namespace mdg
