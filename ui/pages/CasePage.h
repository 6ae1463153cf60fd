#pragma once

#include "AppContext.h"
#include "CaseScreen.h"
#include "domain/TransferOutCertificate.h"

#include <QWidget>
#include <optional>

class QLabel;
class QStandardItemModel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTabWidget;

namespace mdg {

class ConflictPanel;
class DocumentView;
class FindingsPanel;
class GuidanceModel;
class HistoryModel;
class MembersModel;

// One case: its household, members and stage history, and the stage actions the
// signed-in staff member may take.
class CasePage : public QWidget
{
    Q_OBJECT
public:
    CasePage(AppContext& ctx, Actor actor, QWidget* parent = nullptr);

    void openCase(const QUuid& id);
    // Opens a case this staff member has just claimed: the page renews the claim while the
    // case stays open and hands it back when another case is opened or the stage is left.
    void openClaimed(const QUuid& id);
    std::optional<Case> currentCase() const { return m_screen ? std::optional<Case>(m_screen->c) : std::nullopt; }

signals:
    void caseChanged(const QUuid& id);

private:
    static QString certificateDisplayName(const QString& type);
    static QString answerName(const QString& key); // a questionnaire key as the clerk reads it
    void load(const QUuid& id, const char* auditAction);
    void setBusy(bool busy);
    void show(const CaseScreen& s);
    void offerMoves(const CaseScreen& s);
    void showCertificateCheck(const CaseScreen& s);
    void moveTo(Stage to, bool needsReason);
    void settleConflict(CaseService::Keep keep);
    void releaseClaim(bool announce);
    void showSubmission(const CaseScreen& s);
    void showAuditTrail(const CaseScreen& s);
    void showGuidance(const CaseScreen& s);
    void markGuidance(guidance::Mark mark);
    void saveGuidanceSheet();
    static QString auditActionName(const QString& action);
    void checkCard(); // the resident's My Number card against the entry
    void showCardCheck(const QList<Finding>& findings);
    void submit(const QUuid& id);
    std::optional<Stage> forwardStage() const;

    AppContext& m_ctx;
    Actor m_actor;
    std::optional<CaseScreen> m_screen; // the case as last shown
    quint64 m_requests = 0; // loads asked for; only the latest is shown
    MembersModel* m_members;
    HistoryModel* m_history;
    GuidanceModel* m_guidance;
    QTableView* m_guidanceView;
    QList<std::pair<guidance::Mark, QPushButton*>> m_guidanceButtons; // each with the tick it gives
    QLabel* m_title;
    QLabel* m_stage;
    QLabel* m_banner;
    std::optional<QUuid> m_claimed;
    QPushButton* m_release;
    QLabel* m_submission;
    QPushButton* m_retrySubmission;
    QStandardItemModel* m_audit = nullptr; // for reviewers, supervisors and administrators
    ConflictPanel* m_conflict;
    QLabel* m_household;
    QLabel* m_message;
    QLabel* m_empty;
    QWidget* m_body;
    QLineEdit* m_reason;
    QPushButton* m_advance;
    QPushButton* m_sendBack;
    QPushButton* m_cancel;
    QTabWidget* m_tabs;
    FindingsPanel* m_findings;
    DocumentView* m_certificatePage;
    TransferOutCertificate m_certificate; // for the boxes of the findings
};

} // namespace mdg
