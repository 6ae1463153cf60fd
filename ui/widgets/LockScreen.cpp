#include "LockScreen.h"

#include "Ui.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mdg {

LockScreen::LockScreen(const QString& staffName, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("lockScreen"));
    setAccessibleName(tr("Locked"));
    auto* title = new QLabel(tr("This workstation is locked"));
    title->setObjectName(QStringLiteral("lockTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    title->setFont(big);
    auto* who = new QLabel(tr("%1 stepped away. Give the password to go on.").arg(staffName));
    who->setObjectName(QStringLiteral("lockWhoLabel"));
    m_password = ui::lineEdit(QStringLiteral("lockPasswordEdit"), tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaximumWidth(320);
    m_unlock = ui::button(tr("&Unlock"), QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    auto* other = ui::button(tr("Sign in as someone &else"), QStringLiteral("lockSwitchUserButton"));
    other->setToolTip(tr("Signs %1 out (their cases are handed back) and shows the sign-in.").arg(staffName));
    m_message = ui::messageLabel(QStringLiteral("lockMessage"));
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    for (QWidget* w : std::initializer_list<QWidget*> {title, who, m_password, m_unlock, other, m_message})
        layout->addWidget(w, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::unlockRequested);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::unlockRequested);
    connect(other, &QPushButton::clicked, this, &LockScreen::switchUserRequested);
}

QString LockScreen::password() const
{
    return m_password->text();
}

void LockScreen::clear()
{
    m_password->clear();
    m_message->clear();
    m_password->setFocus();
}

void LockScreen::showRefusal(const QString& message)
{
    ui::showMessage(m_message, message, true);
    m_password->selectAll();
}

void LockScreen::setBusy(bool busy)
{
    ui::setBusy(this, busy);
    m_unlock->setEnabled(!busy);
    m_password->setEnabled(!busy);
}

} // namespace mdg
