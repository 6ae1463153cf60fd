#include "FirstStartDialog.h"

#include "sync/SqlCentralStore.h"
#include "widgets/Ui.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mdg {
namespace {

// The wards of the city the product was built for; another city types its own.
const QStringList Wards {QStringLiteral("川崎区"), QStringLiteral("幸区"), QStringLiteral("中原区"),
    QStringLiteral("高津区"), QStringLiteral("宮前区"), QStringLiteral("多摩区"), QStringLiteral("麻生区")};

} // namespace

FirstStartDialog::FirstStartDialog(Config& config, Database& db, QWidget* parent)
    : QDialog(parent)
    , m_config(config)
    , m_accounts(db, config.workstationId())
{
    setObjectName(QStringLiteral("firstStartDialog"));
    setWindowTitle(tr("Madoguchi — first start"));
    m_pool.setMaxThreadCount(1);
    setMinimumWidth(640);
    auto* intro = new QLabel(tr("This workstation has no staff account yet. An administrator creates the first "
                                "one here; more accounts are added under Settings after signing in."));
    intro->setWordWrap(true);
    m_login = ui::lineEdit(QStringLiteral("firstLoginEdit"), tr("Administrator's login"));
    m_name = ui::lineEdit(QStringLiteral("firstNameEdit"), tr("Administrator's name"));
    m_password = ui::lineEdit(QStringLiteral("firstPasswordEdit"), tr("Password"));
    m_repeat = ui::lineEdit(QStringLiteral("firstRepeatEdit"), tr("Password again"));
    for (QLineEdit* e : {m_password, m_repeat})
        e->setEchoMode(QLineEdit::Password);
    m_ward = new QComboBox;
    ui::name(m_ward, QStringLiteral("firstWardCombo"), tr("Ward"));
    m_ward->setEditable(true);
    m_ward->addItems(Wards);
    m_ward->setCurrentText(config.ward());
    m_central = ui::lineEdit(QStringLiteral("firstCentralEdit"), tr("Central store"));
    m_central->setText(config.centralStorePath());
    m_central->setToolTip(tr("One PC: a SQLite file. Many counters: the PostgreSQL server's address, e.g. "
                             "postgresql://madoguchi@central.example.lg.jp:5432/madoguchi?sslmode=require"));
    m_test = ui::button(tr("&Test"), QStringLiteral("testCentralButton"));
    m_centralAnswer = ui::messageLabel(QStringLiteral("centralAnswerLabel"));
    auto* workstation = new QLabel(config.workstationId());
    workstation->setObjectName(QStringLiteral("firstWorkstationLabel"));
    workstation->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* centralRow = new QHBoxLayout;
    centralRow->addWidget(m_central, 1);
    centralRow->addWidget(m_test);
    auto* form = new QFormLayout;
    form->addRow(tr("&Login"), m_login);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Password"), m_password);
    form->addRow(tr("Password &again"), m_repeat);
    form->addRow(tr("&Ward"), m_ward);
    auto* centralLabel = new QLabel(tr("C&entral store"));
    centralLabel->setBuddy(m_central);
    form->addRow(centralLabel, centralRow);
    form->addRow(QString(), m_centralAnswer);
    form->addRow(tr("Workstation ID"), workstation);
    m_message = ui::messageLabel(QStringLiteral("firstStartMessage"));
    m_create = ui::button(tr("&Create the account and start"), QStringLiteral("createFirstAccountButton"));
    m_create->setDefault(true);
    auto* quit = ui::button(tr("&Quit"), QStringLiteral("quitFirstStartButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(quit);
    buttons->addWidget(m_create);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    connect(m_test, &QPushButton::clicked, this, &FirstStartDialog::testCentralStore);
    connect(m_create, &QPushButton::clicked, this, &FirstStartDialog::create);
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);
}

FirstStartDialog::~FirstStartDialog()
{
    m_pool.waitForDone();
}

void FirstStartDialog::setBusy(bool busy)
{
    ui::setBusy(this, busy);
    m_test->setEnabled(!busy);
    m_create->setEnabled(!busy);
}

void FirstStartDialog::testCentralStore()
{
    const QString location = m_central->text().trimmed();
    if (location.isEmpty())
        return ui::showMessage(m_centralAnswer, tr("Give the central store's file or address."), true);
    setBusy(true);
    ui::showMessage(m_centralAnswer, tr("Reaching the central store…"), false);
    ui::runInBackground(
        m_pool, this,
        [location]() -> Result<void> {
            SqlCentralStore store(location);
            return store.open();
        },
        [this](const Result<void>& opened) {
            setBusy(false);
            if (opened)
                ui::showMessage(m_centralAnswer, tr("The central store answers; its tables are ready."), false);
            else
                ui::showMessage(m_centralAnswer,
                    tr("The central store cannot be reached: %1. Check the address, the network and the "
                       "password; the workstation also works without it and sends its work later.")
                        .arg(opened.error()),
                    true);
        });
}

void FirstStartDialog::create()
{
    if (m_password->text() != m_repeat->text())
        return ui::showMessage(m_message, tr("The two passwords differ."), true);
    if (m_ward->currentText().trimmed().isEmpty())
        return ui::showMessage(m_message, tr("Name the ward this workstation serves."), true);
    setBusy(true);
    ui::showMessage(m_message, tr("Creating the account…"), false);
    SignInService* accounts = &m_accounts;
    ui::runInBackground(
        m_pool, this,
        [accounts, login = m_login->text().trimmed(), name = m_name->text().trimmed(), password = m_password->text()] {
            return accounts->createStaff(login, name, password, {Role::Admin, Role::Supervisor});
        },
        [this](const Result<StaffMember>& created) {
            setBusy(false);
            if (!created)
                return ui::showMessage(m_message, created.error(), true);
            m_config.setWard(m_ward->currentText().trimmed());
            if (!m_central->text().trimmed().isEmpty())
                m_config.setCentralStorePath(m_central->text().trimmed());
            m_config.sync();
            accept();
        });
}

} // namespace mdg
