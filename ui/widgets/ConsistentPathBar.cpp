#include "ConsistentPathBar.h"

#include "Ui.h"
#include "models/CertificateFieldsModel.h"
#include "ocr/CertificateReader.h"
#include "workflow/RegisterCheck.h"
#include "workflow/TransferOutCheck.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>

namespace mdg {

ConsistentPathBar::ConsistentPathBar(AppContext& ctx, Actor actor, QWidget* parent)
    : QFrame(parent)
    , m_ctx(ctx)
    , m_actor(std::move(actor))
    , m_text(new QLabel)
    , m_stop(ui::button(tr("Stop (Esc)"), QStringLiteral("stopAutoReviewButton")))
    , m_transferOut(
          ui::button(tr("No certificate: &transfer-out information (特例転入)"), QStringLiteral("transferOutButton")))
    , m_escape(new QShortcut(QKeySequence(Qt::Key_Escape), this))
{
    setObjectName(QStringLiteral("consistentPathBar"));
    setAccessibleName(tr("What happens next with the case"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("consistentPathLabel"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_text->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_text->setFont(big);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_stop);
    layout->addWidget(m_transferOut);
    m_stop->hide();
    m_transferOut->hide();
    m_transferOut->setToolTip(tr("The resident moved out with a My Number card and brings no moving-out "
                                 "certificate: compare the entry with what the previous city sent."));
    connect(m_transferOut, &QPushButton::clicked, this, &ConsistentPathBar::fetchTransferOut);
    // Esc anywhere in the window, but only while there is something to stop: elsewhere it
    // keeps closing pop-ups and editors.
    m_escape->setContext(Qt::WindowShortcut);
    m_escape->setEnabled(false);
    connect(m_escape, &QShortcut::activated, this, &ConsistentPathBar::stopCountdown);
    connect(m_stop, &QPushButton::clicked, this, &ConsistentPathBar::stopCountdown);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ConsistentPathBar::tick);
    hide();
}

void ConsistentPathBar::show(const QString& text, Tone tone)
{
    static const char* const styles[] = {"background: #eef3fb; color: #123;",
        "background: #fff4d6; color: #4a3200; font-weight: bold;", "background: #e3f4e3; color: #0b3d0b;"};
    setStyleSheet(QStringLiteral("#consistentPathBar { %1 }").arg(QLatin1String(styles[int(tone)])));
    m_text->setText(text);
    QFrame::show();
}

void ConsistentPathBar::check(const QUuid& id)
{
    // The next case while one counts down: the clerk moved on, and the earlier case goes where
    // the bar said it would (its event says so), instead of staying in Entry unseen.
    if (m_timer.isActive() && id != m_case) {
        CaseService* cases = &m_ctx.cases;
        (void)QtConcurrent::run(&m_ctx.store, [cases, actor = m_actor, earlier = m_case, version = m_version] {
            return cases->sendToReviewByItself(actor, earlier, version, CertificateReader::ConfidenceThreshold);
        });
    }
    m_timer.stop();
    m_escape->setEnabled(false);
    m_stop->hide();
    m_transferOut->hide();
    const quint64 request = ++m_requests;
    CaseService* cases = &m_ctx.cases;
    ui::runInBackground(
        m_ctx.store, this, [cases, id] { return cases->consistency(id, CertificateReader::ConfidenceThreshold); },
        [this, id, request](const Result<CaseService::Consistency>& r) {
            if (request != m_requests)
                return;
            if (!r) {
                show(r.error(), Tone::Attention);
                return;
            }
            const consistent_path::Judgement& j = r->judgement;
            m_case = id;
            m_reference = r->reference;
            m_version = r->version;
            // Not for this path (a case in review, or one sent back): say where it is.
            if (j.stops.contains(consistent_path::Stop::NotInEntry)) {
                show(tr("Case %1 is in %2: it does not go on by itself from there.")
                         .arg(m_reference, stageDisplayName(r->stage)),
                    Tone::Info);
                return;
            }
            if (j.stops == QList {consistent_path::Stop::NoRecordsCheck} && !m_registerTried.contains(id)) {
                checkRegister(id);
                return;
            }
            if (j.stops == QList {consistent_path::Stop::NoCertificate}) {
                m_transferOut->show();
                show(tr("Case %1: lay the moving-out certificate under the document camera; it is taken and read "
                        "by itself.")
                         .arg(m_reference),
                    Tone::Info);
                emit waitingForCertificate(id);
                return;
            }
            if (!j.consistent()) {
                QStringList why;
                for (const consistent_path::Stop s : j.stops)
                    why << consistent_path::stopText(s);
                show(j.firstField.isEmpty() ? tr("Case %1 needs you: %2").arg(m_reference, why.join(QLatin1Char(' ')))
                                            : tr("Case %1 needs you, starting at %2: %3")
                                                  .arg(m_reference, CertificateFieldsModel::fieldName(j.firstField),
                                                      why.join(QLatin1Char(' '))),
                    Tone::Attention);
                emit needsClerk(id, j.firstField);
                return;
            }
            QStringList agree {tr("%n value(s) agree", nullptr, j.agreeing)};
            if (j.corroborated)
                agree << tr("%n of them read unsurely and confirmed by the entry", nullptr, j.corroborated);
            if (j.advisories)
                agree << tr("%n reading(s) differ (shown, not holding it back)", nullptr, j.advisories);
            m_agreeing = agree.join(QStringLiteral(", "));
            m_left = m_ctx.config.autoReviewSeconds();
            if (m_left <= 0) {
                send();
                return;
            }
            m_stop->show();
            m_escape->setEnabled(true);
            tick();
            m_timer.start();
        });
}

void ConsistentPathBar::checkRegister(const QUuid& id)
{
    m_registerTried.insert(id);
    compareWithRecords(
        id, tr("Case %1: checking the household against the resident register…").arg(m_reference),
        [](AppContext& ctx, const Actor& actor, const QUuid& c, RecordsConnector& records) {
            return RegisterCheck::run(ctx.cases, actor, c, records);
        },
        [this, id](const Result<Case>&) { emit needsClerk(id, {}); });
}

void ConsistentPathBar::fetchTransferOut()
{
    m_transferOut->hide();
    compareWithRecords(
        m_case, tr("Case %1: fetching the transfer-out information from the records system…").arg(m_reference),
        [](AppContext& ctx, const Actor& actor, const QUuid& c, RecordsConnector& records) {
            return TransferOutCheck::run(ctx.cases, actor, c, records, ctx.clock);
        },
        // Past the legal limits asking again changes nothing; not arrived yet, it may later.
        [this](const Result<Case>& r) { m_transferOut->setVisible(r.code() != ErrorCode::NotAllowed); });
}

void ConsistentPathBar::compareWithRecords(
    const QUuid& id, const QString& busy, RecordsWork work, std::function<void(const Result<Case>&)> refused)
{
    show(busy, Tone::Info);
    const quint64 request = ++m_requests;
    AppContext* ctx = &m_ctx;
    // The records system may be across the network: the jobs pool, never the store's thread.
    ui::runInBackground(
        m_ctx.jobs, this,
        [ctx, actor = m_actor, id, work]() -> Result<Case> {
            auto connector = ctx->recordsConnector();
            if (!connector)
                return Result<Case>::failure(connector);
            return work(*ctx, actor, id, *connector.value());
        },
        [this, id, request, refused](const Result<Case>& r) {
            if (request != m_requests)
                return;
            if (!r) {
                show(tr("Case %1 needs you: %2").arg(m_reference, r.error()), Tone::Attention);
                refused(r);
                return;
            }
            emit caseChanged(id);
            check(id);
        });
}

void ConsistentPathBar::tick()
{
    if (m_left <= 0) {
        m_timer.stop();
        send();
        return;
    }
    show(tr("Case %1: %2. To the review queue in %n s (Esc stops).", nullptr, m_left).arg(m_reference, m_agreeing),
        Tone::Info);
    --m_left;
}

void ConsistentPathBar::stopCountdown()
{
    if (!m_timer.isActive())
        return;
    m_timer.stop();
    m_escape->setEnabled(false);
    m_stop->hide();
    show(
        tr("Case %1 stays in Entry: stopped by you. Send it to review from the case page when ready.").arg(m_reference),
        Tone::Attention);
}

void ConsistentPathBar::send()
{
    m_escape->setEnabled(false);
    m_stop->hide();
    const quint64 request = ++m_requests;
    CaseService* cases = &m_ctx.cases;
    ui::runInBackground(
        m_ctx.store, this,
        [cases, actor = m_actor, id = m_case, version = m_version] {
            return cases->sendToReviewByItself(actor, id, version, CertificateReader::ConfidenceThreshold);
        },
        [this, request](const Result<Case>& r) {
            if (request != m_requests)
                return;
            if (!r) {
                // Changed meanwhile (another desk, a late finding): the clerk sees why it stayed.
                show(tr("Case %1 stays in Entry: %2").arg(m_reference, r.error()), Tone::Attention);
                return;
            }
            show(tr("Case %1 went to the review queue by itself at %2 (%3).")
                     .arg(m_reference, QLocale().toString(r->updatedAt.toLocalTime().time(), QLocale::ShortFormat),
                         m_agreeing),
                Tone::Done);
            emit sentToReview(r->id);
        });
}

} // namespace mdg
