#include "SignInDialog.h"

#include "widgets/Ui.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace mdg {

SignInDialog::SignInDialog(AppContext& ctx, QWidget* parent)
    : QDialog(parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Madoguchi — sign in"));
    auto* title = new QLabel(tr("Madoguchi counter"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);
    m_login = ui::lineEdit(QStringLiteral("loginEdit"), tr("Login"));
    m_password = ui::lineEdit(QStringLiteral("passwordEdit"), tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message = ui::messageLabel(QStringLiteral("signInMessage"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Login"), m_login);
    form->addRow(tr("&Password"), m_password);
    auto* buttons = new QDialogButtonBox;
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    ui::name(m_signIn, QStringLiteral("signInButton"), tr("Sign in"));
    auto* quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    ui::name(quit, QStringLiteral("quitButton"), tr("Quit"));
    m_signIn->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(420);

    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Result<Actor>>::finished, this, &SignInDialog::finished);
    m_login->setFocus();
}

SignInDialog::~SignInDialog()
{
    m_watcher.waitForFinished();
}

void SignInDialog::submit()
{
    if (m_watcher.isRunning())
        return;
    if (m_login->text().trimmed().isEmpty()) {
        ui::showMessage(m_message, tr("Enter your login."), true);
        m_login->setFocus();
        return;
    }
    m_signIn->setEnabled(false);
    ui::showMessage(m_message, tr("Checking…"), false);
    SignInService* accounts = &m_ctx.accounts;
    m_watcher.setFuture(
        QtConcurrent::run(&m_ctx.jobs, [accounts, login = m_login->text(), password = m_password->text()] {
            return accounts->signIn(login, password);
        }));
}

void SignInDialog::finished()
{
    const Result<Actor> r = m_watcher.result();
    m_signIn->setEnabled(true);
    if (!r) {
        ui::showMessage(m_message, r.error(), true);
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_actor = r.value();
    m_password->clear();
    accept();
}

} // namespace mdg
