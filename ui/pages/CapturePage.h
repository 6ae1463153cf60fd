#pragma once

#include "AppContext.h"
#include "capture/AutoCapture.h"
#include "capture/FrameSource.h"
#include "crosscheck/Resolution.h"
#include "domain/TransferOutCertificate.h"

#include <QFutureWatcher>
#include <QWidget>
#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QStackedWidget;
class QTabWidget;

namespace mdg {

class CertificateFieldsModel;
class CertificateReader;
class DocumentView;
class FindingsPanel;
class ScanPreview;

// The moving-out certificate: photographed by the document camera (taken automatically
// when the page is still and sharp, or by hand) or opened from a file, read in the
// background, and shown with the box of every field beside the values read.
class CapturePage : public QWidget
{
    Q_OBJECT
public:
    CapturePage(AppContext& ctx, Actor actor, QWidget* parent = nullptr);
    ~CapturePage() override;

    // A case as this page shows it: its certificate check, the names of who resolved
    // findings, the stored photo decoded. Read on the store thread.
    struct CaseCheck
    {
        Case c;
        CaseService::CrossCheckState check;
        QHash<QString, QString> names;
        QImage page;
    };

    CertificateFieldsModel* fields() const { return m_fields; }
    FindingsPanel* findings() const { return m_findings; }
    DocumentView* documentView() const { return m_document; }
    // Replaces the document camera (tests and demos play image files this way).
    void setSource(std::unique_ptr<FrameSource> source);
    // Shows the comparison with `field` current and focused: where the clerk starts.
    void focusField(const QString& field);
    // What the entry was compared with, in the clerk's words ("… the transfer-out information").
    static QString comparedWith(const TransferOutCertificate& c);

public slots:
    // The case a certificate read here is compared with; a null id compares nothing.
    void setCase(const QUuid& id);
    void readImage(const QImage& image); // a captured or opened page or photo
    void openImageFile(); // asks for the file
    void openImage(const QString& path); // decoded in the background within the reader's limits

signals:
    void certificateRead(const mdg::TransferOutCertificate& certificate);
    void caseChanged(const QUuid& id); // a resolution changed the case

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void onFrame(const Frame& frame);
    void takePicture(const QImage& fromFrame);
    void finished();
    void compareWithCase(const TransferOutCertificate& certificate);
    // Runs `work` on the store thread; its answer is shown, then `then` runs on it.
    void runOnStore(std::function<Result<CaseCheck>()> work, std::function<void(const CaseCheck&)> then,
        bool reloadOnFailure = false);
    void showCrossCheck(const std::optional<CaseCheck>& shown);
    void resolve(const QString& field, const Resolution& resolution);

    AppContext& m_ctx;
    Actor m_actor;
    std::optional<CaseCheck> m_shown; // the case compared with, as last read
    quint64 m_requests = 0; // store reads asked for; only the latest is shown
    TransferOutCertificate m_certificate; // the one shown, for the boxes of the findings
    std::unique_ptr<FrameSource> m_source;
    CameraSource* m_camera = nullptr; // m_source when it is a camera (full-resolution stills)
    QUuid m_caseId; // the case set last, to know when the next one starts
    QUuid m_readingFor; // the case set when the page being read was taken
    bool m_waitingForStill = false;
    QImage m_frameCapture; // the page from the video frame, kept until the still arrives
    AutoCapture m_auto;
    std::unique_ptr<CertificateReader> m_reader;
    std::atomic_bool m_cancel {false};
    QFutureWatcher<Result<TransferOutCertificate>> m_watcher;
    QImage m_reading;
    QImage m_lastFrame;
    ScanPreview* m_preview;
    QStackedWidget* m_pictures;
    QLabel* m_state;
    QPushButton* m_captureNow;
    QPushButton* m_cancelButton;
    QProgressBar* m_progress;
    QLabel* m_message;
    DocumentView* m_document;
    CertificateFieldsModel* m_fields;
    QTableView* m_fieldsView;
    FindingsPanel* m_findings;
    QTabWidget* m_tabs;
    QLabel* m_caseLabel;
};

} // namespace mdg
