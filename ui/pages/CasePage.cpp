#include "CasePage.h"

#include "card/CardCheck.h"
#include "models/CertificateFieldsModel.h"
#include "models/FindingsModel.h"
#include "widgets/CardReadDialog.h"

#include "workflow/CaseTimeline.h"

#include "models/GuidanceModel.h"
#include "models/HistoryModel.h"
#include "models/MembersModel.h"
#include "widgets/ConflictPanel.h"
#include "widgets/DocumentView.h"
#include "widgets/FindingsPanel.h"
#include "widgets/Ui.h"
#include "workflow/CasePolicy.h"

#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace mdg {

CasePage::CasePage(AppContext& ctx, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_actor(std::move(actor))
    , m_members(new MembersModel(false, this))
    , m_history(new HistoryModel(this))
    , m_guidance(new GuidanceModel(this))
{
    setObjectName(QStringLiteral("casePage"));
    m_empty = new QLabel(tr("No case is open. Open one from Reception or the Review queue."));
    m_empty->setObjectName(QStringLiteral("noCaseLabel"));
    m_empty->setAlignment(Qt::AlignCenter);

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("caseTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_stage = new QLabel;
    m_stage->setObjectName(QStringLiteral("stageLabel"));
    m_stage->setFont(big);
    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("sentBackBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("background: #fff3cd; color: #5c4400; padding: 8px; border: 1px solid #e0b000;"));
    m_conflict = new ConflictPanel;
    connect(m_conflict, &ConflictPanel::keep, this, &CasePage::settleConflict);
    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_stage);

    m_household = new QLabel;
    m_household->setObjectName(QStringLiteral("householdLabel"));
    m_household->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* householdBox = new QGroupBox(tr("Household and move"));
    (new QVBoxLayout(householdBox))->addWidget(m_household);

    auto* membersBox = new QGroupBox(tr("Members"));
    (new QVBoxLayout(membersBox))
        ->addWidget(ui::tableView(m_members, QStringLiteral("caseMembersView"), tr("Members")));
    auto* historyBox = new QGroupBox(tr("Stage history"));
    (new QVBoxLayout(historyBox))
        ->addWidget(ui::tableView(m_history, QStringLiteral("historyView"), tr("Stage history")));

    m_advance = ui::button(QString(), QStringLiteral("advanceButton"));
    m_reason = ui::lineEdit(QStringLiteral("reasonEdit"), tr("Reason for sending back or cancelling"));
    m_sendBack = ui::button(tr("&Send back"), QStringLiteral("sendBackButton"));
    m_cancel = ui::button(tr("Cance&l case"), QStringLiteral("cancelCaseButton"));
    m_message = ui::messageLabel(QStringLiteral("caseMessage"));
    m_release = ui::button(tr("&Hand back to the queue"), QStringLiteral("releaseClaimButton"));
    m_release->hide();
    connect(m_release, &QPushButton::clicked, this, [this] { releaseClaim(true); });
    m_submission = new QLabel;
    m_submission->setObjectName(QStringLiteral("submissionLabel"));
    m_submission->setWordWrap(true);
    m_retrySubmission = ui::button(tr("Send to the records system &again"), QStringLiteral("retrySubmissionButton"));
    connect(m_retrySubmission, &QPushButton::clicked, this, [this] {
        if (m_screen)
            submit(m_screen->c.id);
    });
    auto* submissionRow = new QHBoxLayout;
    submissionRow->addWidget(m_submission, 1);
    submissionRow->addWidget(m_retrySubmission);
    // An open claim is renewed while the case stays open, so it never expires under the reviewer.
    auto* renew = new QTimer(this);
    renew->setInterval(5 * 60'000);
    connect(renew, &QTimer::timeout, this, [this] {
        if (!m_claimed)
            return;
        ClaimService* claims = &m_ctx.claims;
        ui::runInBackground(
            m_ctx.jobs, this, [claims, actor = m_actor, id = *m_claimed] { return claims->claim(actor, id); },
            [this](const Result<Claim>& r) {
                if (!r)
                    ui::showMessage(m_message, r.error(), true);
            });
    });
    renew->start();
    auto* checkCard = ui::button(tr("My &Number card…"), QStringLiteral("checkCardButton"));
    checkCard->setToolTip(tr("Compare the entry with the resident's My Number card"));
    connect(checkCard, &QPushButton::clicked, this, &CasePage::checkCard);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_advance);
    actions->addWidget(checkCard);
    actions->addSpacing(24);
    actions->addWidget(m_reason, 1);
    actions->addWidget(m_sendBack);
    actions->addWidget(m_cancel);
    actions->addWidget(m_release);

    // The certificate as read, with every finding and how it was resolved: what a
    // reviewer checks before approving. Read-only here; the clerk resolves on the
    // Certificate page.
    m_findings = new FindingsPanel(false);
    m_certificatePage = new DocumentView;
    m_certificatePage->setObjectName(QStringLiteral("caseCertificateView"));
    m_certificatePage->setAccessibleName(tr("The certificate read for this case"));
    auto* certificateSplit = new QSplitter;
    certificateSplit->addWidget(m_certificatePage);
    certificateSplit->addWidget(m_findings);
    certificateSplit->setStretchFactor(0, 1);
    certificateSplit->setStretchFactor(1, 3);
    connect(m_findings, &FindingsPanel::certificateKeySelected, this,
        [this](const QString& key) { m_certificatePage->setSelected(m_certificate.boxOf(key)); });
    // The related procedures the household's move brings, ticked as the resident is sent on.
    m_guidanceView = ui::tableView(m_guidance, QStringLiteral("guidanceView"), tr("Related procedures"));
    // Status and date fit their text; the rest share the width, elided, so the status never
    // scrolls out of sight.
    m_guidanceView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (const int column : {GuidanceModel::Status, GuidanceModel::Deadline})
        m_guidanceView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_guidanceView->setWordWrap(false);
    auto* guidanceButtons = new QHBoxLayout;
    const std::array<std::tuple<guidance::Mark, QString, const char*>, 4> marks {{
        {guidance::Mark::Done, tr("&Done"), "guidanceDoneButton"},
        {guidance::Mark::NotNeeded, tr("&Not needed"), "guidanceNotNeededButton"},
        {guidance::Mark::Referred, tr("&Referred to its window"), "guidanceReferredButton"},
        {guidance::Mark::Open, tr("Back to &to do"), "guidanceOpenButton"},
    }};
    for (const auto& [mark, text, name] : marks) {
        QPushButton* b = ui::button(text, QLatin1String(name));
        connect(b, &QPushButton::clicked, this, [this, mark = mark] { markGuidance(mark); });
        guidanceButtons->addWidget(b);
        m_guidanceButtons.append({mark, b});
    }
    guidanceButtons->addStretch(1);
    auto* sheet = ui::button(tr("Guidance sheet (&PDF)…"), QStringLiteral("guidanceSheetButton"));
    sheet->setAccessibleName(tr("Save the resident's guidance sheet as PDF"));
    connect(sheet, &QPushButton::clicked, this, &CasePage::saveGuidanceSheet);
    guidanceButtons->addWidget(sheet);
    connect(m_guidanceView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_screen)
            showGuidance(*m_screen);
    });
    auto* guidanceBox = new QWidget;
    auto* guidanceLayout = new QVBoxLayout(guidanceBox);
    guidanceLayout->addWidget(m_guidanceView);
    guidanceLayout->addLayout(guidanceButtons);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_tabs->addTab(membersBox, tr("Members"));
    m_tabs->addTab(guidanceBox, tr("Related procedures"));
    m_tabs->addTab(certificateSplit, tr("Certificate check"));
    m_tabs->addTab(historyBox, tr("Stage history"));
    if (CasePolicy::may(m_actor.staff.roles, CasePolicy::Work::ReadAuditTrail)) {
        m_audit = new QStandardItemModel(this);
        auto* auditView = ui::tableView(m_audit, QStringLiteral("auditTrailView"), tr("Audit trail"));
        auditView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        auditView->horizontalHeader()->setStretchLastSection(true);
        m_tabs->addTab(auditView, tr("Audit trail"));
    }

    m_body = new QWidget;
    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addLayout(header);
    body->addWidget(m_banner);
    body->addWidget(m_conflict, 2);
    body->addWidget(householdBox);
    body->addWidget(m_tabs, 3);
    body->addLayout(submissionRow);
    body->addLayout(actions);
    body->addWidget(m_message);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_body);
    m_body->hide();

    connect(m_advance, &QPushButton::clicked, this, [this] {
        if (const auto to = forwardStage())
            moveTo(*to, false);
    });
    connect(m_sendBack, &QPushButton::clicked, this, [this] { moveTo(Stage::SentBack, true); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { moveTo(Stage::Cancelled, true); });
    // Ctrl+Enter advances the case from anywhere on the page.
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* sc = new QShortcut(keys, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(sc, &QShortcut::activated, m_advance, [this] {
            if (m_advance->isEnabled())
                m_advance->click();
        });
    }
}

QString CasePage::certificateDisplayName(const QString& type)
{
    if (type == QLatin1String("residence_record"))
        return tr("Copy of the residence record");
    if (type == QLatin1String("seal_registration"))
        return tr("Seal registration certificate");
    return type;
}

void CasePage::openClaimed(const QUuid& id)
{
    if (m_claimed && *m_claimed != id)
        releaseClaim(false);
    m_claimed = id;
    openCase(id);
}

void CasePage::releaseClaim(bool announce)
{
    if (!m_claimed)
        return;
    const QUuid id = *std::exchange(m_claimed, std::nullopt);
    m_release->hide();
    ClaimService* claims = &m_ctx.claims;
    ui::runInBackground(
        m_ctx.jobs, this, [claims, actor = m_actor, id] { return claims->release(actor, id); },
        [this, announce](const Result<int>& r) {
            if (!r)
                ui::showMessage(m_message, r.error(), true);
            else if (announce)
                ui::showMessage(m_message, tr("Handed back to the queue."), false);
        });
}

void CasePage::checkCard()
{
    if (!m_screen)
        return;
    CardReadDialog dialog(m_ctx, m_actor, m_screen->c.id, QStringLiteral("compared with the entry"), this);
    if (dialog.exec() == QDialog::Accepted && m_screen)
        showCardCheck(card::compareWithEntry(dialog.facts(), m_screen->c.household));
}

void CasePage::showCardCheck(const QList<Finding>& findings)
{
    QStringList differ, agree;
    bool holderFound = false;
    for (const Finding& f : findings) {
        holderFound = holderFound || f.field.startsWith(QLatin1String("members["));
        const QString name = CertificateFieldsModel::fieldName(f.field);
        if (f.differs())
            differ << tr("%1: entered %2, card %3")
                          .arg(name, f.entered.isEmpty() ? tr("(nothing)") : f.entered,
                              f.certificate.isEmpty() ? tr("(nothing)") : f.certificate);
        else
            agree << name;
    }
    if (!holderFound)
        differ << tr("the card's holder is not among the members entered");
    if (differ.isEmpty())
        ui::showMessage(m_message,
            tr("The My Number card agrees with the entry: %1.").arg(agree.join(QStringLiteral(", "))), false);
    else
        ui::showMessage(m_message,
            tr("The My Number card differs from the entry: %1.").arg(differ.join(QStringLiteral("; "))), true);
}

QString CasePage::auditActionName(const QString& action)
{
    static const std::pair<const char*, const char*> names[] {{AuditAction::CaseOpen, QT_TR_NOOP("Opened")},
        {AuditAction::CaseView, QT_TR_NOOP("Viewed")}, {AuditAction::CaseCreate, QT_TR_NOOP("Created")},
        {AuditAction::CaseChange, QT_TR_NOOP("Changed")},
        {AuditAction::CertificateView, QT_TR_NOOP("Certificate viewed")},
        {AuditAction::CasePrint, QT_TR_NOOP("Printed")},
        {AuditAction::RetentionPurge, QT_TR_NOOP("Personal data removed")},
        {AuditAction::CardRead, QT_TR_NOOP("My Number card read")}};
    for (const auto& [key, name] : names)
        if (action == QLatin1String(key))
            return tr(name);
    return action;
}

void CasePage::showAuditTrail(const CaseScreen& s)
{
    if (!m_audit)
        return;
    m_audit->clear();
    m_audit->setHorizontalHeaderLabels({tr("Time"), tr("Staff member"), tr("Workstation"), tr("Action"), tr("Detail")});
    if (!s.auditTrail)
        return;
    for (const auto& t : *s.auditTrail)
        m_audit->appendRow(
            {new QStandardItem(QLocale().toString(t.entry.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
                new QStandardItem(t.staffName), new QStandardItem(t.entry.workstationId),
                new QStandardItem(auditActionName(t.entry.action)), new QStandardItem(t.entry.detail)});
}

void CasePage::showSubmission(const CaseScreen& s)
{
    const bool shown = s.submission.has_value();
    m_submission->setVisible(shown);
    m_retrySubmission->setVisible(shown && !s.submission->submitted);
    if (!shown)
        return;
    const Submission& sub = *s.submission;
    if (sub.submitted) {
        m_submission->setStyleSheet(QString());
        m_submission->setText(
            tr("Accepted by the records system: receipt %1 (%2).")
                .arg(sub.receiptNo, QLocale().toString(sub.acceptedAt.toLocalTime(), QLocale::ShortFormat)));
    } else {
        m_submission->setStyleSheet(QStringLiteral("color: #a00000; font-weight: bold;"));
        m_submission->setText(sub.attempts == 0
                ? tr("Approved; being sent to the records system…")
                : tr("Approved, but not yet accepted by the records system (%n attempt(s)): %1", nullptr, sub.attempts)
                      .arg(sub.lastError));
    }
}

void CasePage::submit(const QUuid& id)
{
    m_retrySubmission->setEnabled(false);
    AppContext* ctx = &m_ctx;
    ui::runInBackground(
        m_ctx.jobs, this,
        [ctx, actor = m_actor, id]() -> Result<Submission> {
            const auto connector = ctx->recordsConnector();
            if (!connector)
                return Result<Submission>::failure(connector);
            return ctx->submissions.submit(actor, id, *connector.value());
        },
        [this, id](const Result<Submission>& r) {
            m_retrySubmission->setEnabled(true);
            if (m_screen && m_screen->c.id == id)
                openCase(id);
            if (r)
                ui::showMessage(m_message, tr("Accepted by the records system: receipt %1.").arg(r->receiptNo), false);
            else
                ui::showMessage(m_message, r.error(), true);
            emit caseChanged(id);
        });
}

void CasePage::openCase(const QUuid& id)
{
    if (m_claimed && *m_claimed != id)
        releaseClaim(false);
    const bool reopen = m_screen && m_screen->c.id == id;
    m_message->clear();
    if (!reopen)
        m_reason->clear();
    load(id, reopen ? AuditAction::CaseView : AuditAction::CaseOpen);
}

void CasePage::load(const QUuid& id, const char* auditAction)
{
    // Only the answer to the latest request is shown; an older one may arrive after it.
    const quint64 request = ++m_requests;
    setBusy(true);
    AppContext* ctx = &m_ctx;
    ui::runInBackground(
        m_ctx.store, this,
        [ctx, actor = m_actor, id, auditAction] { return CaseScreen::load(*ctx, actor, id, auditAction); },
        [this, request](const Result<CaseScreen>& r) {
            if (request != m_requests)
                return;
            setBusy(false);
            if (!r) {
                ui::showMessage(m_message, r.error(), true);
                return;
            }
            show(r.value());
        });
}

void CasePage::offerMoves(const CaseScreen& s)
{
    const Case& c = s.c;
    // The core says what this staff member may do with the case now and why not; a refused
    // move stays visible, disabled, with the reason in its tooltip.
    const auto offer = [&](QPushButton* button, Stage to) {
        // Reasons are checked when the button is pressed; here everything else counts.
        const QString anyReason = QStringLiteral("-");
        const auto may = CasePolicy::mayMove(m_actor.staff.roles, s.facts, to, anyReason);
        button->setEnabled(may.allowed);
        button->setToolTip(may.reason);
        return may;
    };
    const auto forward = forwardStage();
    m_advance->setVisible(forward.has_value());
    if (forward) {
        m_advance->setText(tr("&Move to %1 (Ctrl+Enter)").arg(stageDisplayName(*forward)));
        m_advance->setAccessibleName(tr("Move to %1").arg(stageDisplayName(*forward)));
        offer(m_advance, *forward);
    }
    // Send back and cancel are shown to whoever the stage machine lets do them at all.
    const auto legal = [&](Stage to) {
        return StageMachine::checkFor(m_actor.staff.roles, c.stage, to, QStringLiteral("-")).allowed;
    };
    const bool canSendBack = legal(Stage::SentBack);
    const bool canCancel = legal(Stage::Cancelled);
    offer(m_sendBack, Stage::SentBack);
    offer(m_cancel, Stage::Cancelled);
    m_sendBack->setVisible(canSendBack);
    m_cancel->setVisible(canCancel);
    m_reason->setVisible(canSendBack || canCancel);
}

void CasePage::setBusy(bool busy)
{
    ui::setBusy(this, busy);
    // Nothing acts on a case while it is being read or changed.
    m_conflict->setEnabled(!busy);
    if (busy) {
        for (QPushButton* b : {m_advance, m_sendBack, m_cancel})
            b->setEnabled(false);
    } else if (m_screen) {
        offerMoves(*m_screen); // as the core said when the case was read
    }
}

void CasePage::showCertificateCheck(const CaseScreen& s)
{
    const bool checked = s.openFindings.has_value();
    m_tabs->setTabEnabled(m_tabs->indexOf(m_findings->parentWidget()), checked);
    m_certificate = {};
    if (!checked || !s.crossCheck) {
        m_findings->setFindings({}, {});
        m_certificatePage->setPage({}, {});
        return;
    }
    QHash<QString, QString> names;
    for (const auto& h : s.history)
        names.insert(h.event.staffId, h.staffName);
    m_findings->setFindings(s.crossCheck->findings, names);
    if (s.crossCheck->certificate) {
        m_certificate = s.crossCheck->certificate->certificate;
        m_findings->model()->setSource(m_certificate.source);
        m_certificatePage->setPage(s.certificatePage, m_certificate.boxes());
    }
}

std::optional<Stage> CasePage::forwardStage() const
{
    return m_screen ? CasePolicy::forwardStage(m_screen->c.stage) : std::nullopt;
}

void CasePage::show(const CaseScreen& s)
{
    m_screen = s;
    const Case& c = s.c;
    m_empty->hide();
    m_body->show();
    m_title->setText(tr("No. %1   %2   %3").arg(c.queueNumber).arg(c.reference, procedureDisplayName(c.procedure)));
    m_stage->setText(stageDisplayName(c.stage));
    m_stage->setAccessibleName(tr("Stage: %1").arg(stageDisplayName(c.stage)));
    const bool showBanner = !c.sentBackReason.isEmpty() && (c.stage == Stage::SentBack || c.stage == Stage::Entry);
    m_banner->setVisible(showBanner);
    m_banner->setText(tr("Sent back by the reviewer: %1").arg(c.sentBackReason));
    if (s.conflict)
        m_conflict->setConflict(*s.conflict);
    m_conflict->setVisible(s.conflict.has_value());

    const Household& h = c.household;
    QStringList lines;
    lines << tr("Head of household: %1").arg(h.headName)
          << tr("Date of the move: %1")
                 .arg(h.moveDate.isValid() ? QLocale().toString(h.moveDate, QLocale::LongFormat) : QString());
    if (!h.previousAddress.isEmpty())
        lines << tr("Previous address: %1").arg(h.previousAddress);
    if (!h.newAddress.isEmpty())
        lines << tr("New address: %1").arg(h.newAddress);
    if (!h.destinationAddress.isEmpty())
        lines << tr("Destination: %1").arg(h.destinationAddress);
    if (!c.preEntryId.isNull())
        lines << tr("Opened from the resident's pre-entry (%1).").arg(c.reference);
    QStringList certificates;
    for (const QJsonValue& v : c.certificates) {
        const QJsonObject o = v.toObject();
        certificates << tr("%1 × %2")
                            .arg(certificateDisplayName(o.value(QStringLiteral("type")).toString()))
                            .arg(o.value(QStringLiteral("copies")).toInt(1));
    }
    if (!certificates.isEmpty())
        lines << tr("Certificates requested: %1").arg(certificates.join(QStringLiteral(", ")));
    QJsonObject answered = c.answers;
    // Where the pre-entry came from is no answer of the resident's.
    if (answered.take(QStringLiteral("entered_at")).toString() == QLatin1String("desk"))
        lines << tr("Entered by the resident on the writing desk's tablet.");
    if (!answered.isEmpty()) {
        QStringList answers;
        for (auto it = answered.begin(); it != answered.end(); ++it)
            answers << QStringLiteral("%1: %2").arg(answerName(it.key()),
                it.value().isBool() ? (it.value().toBool() ? tr("yes") : tr("no")) : it.value().toVariant().toString());
        lines << tr("Questionnaire: %1").arg(answers.join(QStringLiteral(", ")));
    }
    if (s.openFindings) {
        lines << (*s.openFindings > 0
                ? tr("Certificate check: %n finding(s) to resolve on the Certificate page before review.", nullptr,
                    *s.openFindings)
                : tr("Certificate check: every finding is resolved."));
    }
    QList<CaseEvent> events;
    for (const auto& entry : s.history)
        events << entry.event;
    if (const QString timeline = caseTimeline(events); !timeline.isEmpty())
        lines << tr("Timeline: %1").arg(timeline);
    lines << tr("Received: %1   Last change: %2   Version %3")
                 .arg(QLocale().toString(c.createdAt.toLocalTime(), QLocale::ShortFormat),
                     QLocale().toString(c.updatedAt.toLocalTime(), QLocale::ShortFormat))
                 .arg(c.version);
    m_household->setText(lines.join(QLatin1Char('\n')));
    m_release->setVisible(m_claimed == c.id && c.stage == Stage::Review);
    showSubmission(s);
    m_members->setMembers(h.members);
    m_history->setEntries(s.history);
    {
        QList<CaseEvent> log;
        QHash<QString, QString> staffNames;
        for (const auto& entry : s.history) {
            log << entry.event;
            staffNames.insert(entry.event.staffId, entry.staffName);
        }
        const int row = m_guidanceView->currentIndex().row();
        m_guidance->setChecklist(guidance::checklist(c, log), h.members, staffNames);
        if (row >= 0 && row < m_guidance->rowCount())
            m_guidanceView->selectRow(row);
        const int open = m_guidance->openCount();
        m_tabs->setTabText(m_tabs->indexOf(m_guidanceView->parentWidget()),
            open > 0 ? tr("Related procedures (%1 to do)").arg(open) : tr("Related procedures"));
    }
    showGuidance(s);
    showCertificateCheck(s);
    showAuditTrail(s);

    offerMoves(s);
}

QString CasePage::answerName(const QString& key)
{
    static const QHash<QString, const char*> names {{QStringLiteral("has_card"), QT_TR_NOOP("has a My Number card")},
        {QStringLiteral("employee_insurance"), QT_TR_NOOP("employee health insurance")},
        {QStringLiteral("public_assistance"), QT_TR_NOOP("public assistance")},
        {QStringLiteral("pension_category"), QT_TR_NOOP("national pension category")},
        {QStringLiteral("care_certified"), QT_TR_NOOP("care certification")},
        {QStringLiteral("day_care"), QT_TR_NOOP("day care wanted")},
        {QStringLiteral("pregnant"), QT_TR_NOOP("expecting")},
        {QStringLiteral("seal_registration"), QT_TR_NOOP("seal registered at the previous city")},
        {QStringLiteral("allowance_holder"), QT_TR_NOOP("receives an allowance or holds a handbook")},
        {QStringLiteral("owns_dog"), QT_TR_NOOP("owns a dog")}, {QStringLiteral("moped"), QT_TR_NOOP("owns a moped")},
        {QStringLiteral("preschool_child"), QT_TR_NOOP("preschool child")},
        {QStringLiteral("school_transfer"), QT_TR_NOOP("new school")}};
    const char* name = names.value(key);
    return name ? tr(name) : key;
}

void CasePage::showGuidance(const CaseScreen& s)
{
    const bool may = CasePolicy::may(m_actor.staff.roles, CasePolicy::Work::MarkGuidance, s.c.stage).allowed;
    const auto* entry = m_guidance->entry(m_guidanceView->currentIndex().row());
    for (const auto& [mark, button] : m_guidanceButtons) {
        button->setVisible(may);
        button->setEnabled(entry && entry->mark != mark); // the tick it already has is not offered again
    }
}

void CasePage::saveGuidanceSheet()
{
    if (!m_screen)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the guidance sheet"),
        QStringLiteral("guidance-%1.pdf").arg(m_screen->c.reference), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    // The sheet in the clerk's language; the resident's own language comes with the tablet.
    const QString language = guidance::uiLanguage();
    CaseService* cases = &m_ctx.cases;
    ui::runInBackground(
        m_ctx.store, this,
        [cases, actor = m_actor, id = m_screen->c.id, path, language] {
            return cases->writeGuidanceSheet(actor, id, path, language);
        },
        [this, path](const Result<void>& written) {
            ui::showMessage(m_message,
                written ? tr("The guidance sheet is saved: %1").arg(QDir::toNativeSeparators(path)) : written.error(),
                !written);
        });
}

void CasePage::markGuidance(guidance::Mark mark)
{
    const auto* entry = m_guidance->entry(m_guidanceView->currentIndex().row());
    if (!m_screen || !entry)
        return;
    setBusy(true);
    CaseService* cases = &m_ctx.cases;
    ui::runInBackground(
        m_ctx.store, this,
        [cases, actor = m_actor, id = m_screen->c.id, version = m_screen->c.version, item = entry->item.rule->id,
            mark] { return cases->markGuidance(actor, id, version, item, mark); },
        [this](const Result<Case>& marked) {
            setBusy(false);
            if (!marked) {
                ui::showMessage(m_message, marked.error(), true);
                if (m_screen)
                    openCase(m_screen->c.id); // it may have changed elsewhere: show what is there now
                return;
            }
            openCase(marked->id);
            emit caseChanged(marked->id);
        });
}

void CasePage::settleConflict(CaseService::Keep keep)
{
    if (!m_screen)
        return;
    setBusy(true);
    CaseService* cases = &m_ctx.cases;
    ui::runInBackground(
        m_ctx.store, this,
        [cases, actor = m_actor, id = m_screen->c.id, keep] { return cases->settleConflict(actor, id, keep); },
        [this, keep](const Result<Case>& settled) {
            setBusy(false);
            if (!settled) {
                ui::showMessage(m_message, settled.error(), true);
                return;
            }
            openCase(settled->id);
            ui::showMessage(m_message,
                keep == CaseService::Keep::Mine
                    ? tr("This workstation's version is kept and goes to the central store.")
                    : tr("The central store's version is now the case here."),
                false);
            emit caseChanged(settled->id);
        });
}

void CasePage::moveTo(Stage to, bool needsReason)
{
    if (!m_screen)
        return;
    const QString reason = needsReason ? m_reason->text().trimmed() : QString();
    setBusy(true);
    CaseService* cases = &m_ctx.cases;
    ui::runInBackground(
        m_ctx.store, this,
        [cases, actor = m_actor, id = m_screen->c.id, version = m_screen->c.version, to, reason] {
            return cases->changeStage(actor, id, version, to, reason);
        },
        [this, needsReason, reason](const Result<Case>& moved) {
            setBusy(false);
            if (!moved) {
                if (needsReason && reason.isEmpty())
                    m_reason->setFocus();
                else if (m_screen)
                    openCase(m_screen->c.id); // it may have changed elsewhere: show what is there now
                ui::showMessage(m_message, moved.error(), true);
                return;
            }
            m_reason->clear();
            if (m_claimed == moved->id)
                releaseClaim(false); // handled: the case left the stage it was claimed in
            openCase(moved->id);
            ui::showMessage(m_message, tr("The case is now in %1.").arg(stageDisplayName(moved->stage)), false);
            emit caseChanged(moved->id);
            if (moved->stage == Stage::Completion)
                submit(moved->id);
        });
}

} // namespace mdg
