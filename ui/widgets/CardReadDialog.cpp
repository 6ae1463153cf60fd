#include "CardReadDialog.h"

#include "Ui.h"
#include "card/SecretPin.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace mdg {

CardReadDialog::CardReadDialog(AppContext& ctx, Actor actor, const QUuid& caseId, QString purpose, QWidget* parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_actor(std::move(actor))
    , m_caseId(caseId)
    , m_purpose(std::move(purpose))
    , m_state(ui::messageLabel(QStringLiteral("cardStateLabel")))
    , m_pin(ui::lineEdit(QStringLiteral("cardPinEdit"), tr("PIN of the card (4 digits)")))
    , m_read(ui::button(tr("&Read the card"), QStringLiteral("readCardNowButton")))
    , m_again(ui::button(tr("Look at the card &again"), QStringLiteral("cardAgainButton")))
{
    setObjectName(QStringLiteral("cardReadDialog"));
    setWindowTitle(tr("My Number card"));
    setAccessibleName(windowTitle());
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(4);
    m_pin->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,4}")), m_pin));
    m_pin->setPlaceholderText(tr("entered by the resident"));
    auto* explain = new QLabel(tr("Place the card on the reader. The resident types the 4-digit PIN of the card's "
                                  "text-input function; after three wrong PINs the card locks."));
    explain->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&PIN"), m_pin);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_again, QDialogButtonBox::ActionRole);
    buttons->addButton(m_read, QDialogButtonBox::AcceptRole);
    m_read->setDefault(true);
    m_read->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    // Room for what it says (a refusal can take three lines) instead of cutting it off.
    setMinimumSize(600, 280);
    m_state->setWordWrap(true);
    layout->addWidget(explain);
    layout->addWidget(m_state);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_pin, &QLineEdit::textChanged, this,
        [this](const QString& t) { m_read->setEnabled(t.size() == 4 && !m_locked && !property("busy").toBool()); });
    connect(m_read, &QPushButton::clicked, this, &CardReadDialog::readCard);
    connect(m_again, &QPushButton::clicked, this, &CardReadDialog::lookAtTheCard);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    lookAtTheCard();
}

void CardReadDialog::setBusy(bool busy)
{
    ui::setBusy(this, busy);
    m_read->setEnabled(!busy && !m_locked && m_pin->text().size() == 4);
    m_again->setEnabled(!busy);
}

void CardReadDialog::say(const QString& text, bool problem)
{
    ui::showMessage(m_state, text, problem);
}

void CardReadDialog::lookAtTheCard()
{
    setBusy(true);
    say(tr("Looking at the card…"), false);
    auto reader = m_ctx.cardReader;
    ui::runInBackground(
        m_ctx.jobs, this,
        [reader]() -> Result<int> {
            auto channel = reader();
            if (!channel)
                return Result<int>::failure(channel);
            return card::MyNumberCard(*channel.value()).triesLeft();
        },
        [this](const Result<int>& tries) {
            setBusy(false);
            if (!tries)
                return say(tries.error(), true);
            m_locked = tries.value() == 0;
            if (m_locked)
                return say(tr("The card's PIN is locked. The resident can have it unlocked at the counter that issues "
                              "My Number cards; enter the facts by hand meanwhile."),
                    true);
            say(tr("Card found. PIN tries left: %1.").arg(tries.value()), false);
            m_pin->setFocus();
        });
}

void CardReadDialog::readCard()
{
    QString typed = m_pin->text();
    m_pin->clear();
    auto pin = std::make_shared<card::SecretPin>(typed);
    card::wipe(typed);
    setBusy(true);
    say(tr("Reading the card…"), false);
    auto reader = m_ctx.cardReader;
    CaseService* cases = &m_ctx.cases;
    ui::runInBackground(
        m_ctx.jobs, this,
        [reader, pin, cases, actor = m_actor, id = m_caseId, purpose = m_purpose]() -> Result<card::BasicFacts> {
            auto channel = reader();
            if (!channel)
                return Result<card::BasicFacts>::failure(channel);
            auto facts = card::MyNumberCard(*channel.value()).read(std::move(*pin));
            if (facts)
                if (const auto audited = cases->recordAudit(actor, id, AuditAction::CardRead, purpose); !audited)
                    return Result<card::BasicFacts>::failure(audited);
            return facts;
        },
        [this](const Result<card::BasicFacts>& facts) {
            m_locked = !facts && facts.code() == ErrorCode::Locked;
            setBusy(false);
            if (!facts) {
                say(facts.error(), true);
                m_pin->setFocus();
                return;
            }
            m_facts = facts.value();
            accept();
        });
}

} // namespace mdg
