#include "SettingsPage.h"

#include "widgets/Ui.h"
#include "workflow/CasePolicy.h"

#include <QCameraDevice>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMediaDevices>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace mdg {

SettingsPage::SettingsPage(AppContext& ctx, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("settingsPage"));

    m_camera = new QComboBox;
    ui::name(m_camera, QStringLiteral("cameraCombo"), tr("Camera"));
    m_documentCamera = new QComboBox;
    ui::name(m_documentCamera, QStringLiteral("documentCameraCombo"), tr("Document camera"));
    m_resolution = new QComboBox;
    ui::name(m_resolution, QStringLiteral("cameraResolutionCombo"), tr("Camera resolution"));
    for (const QSize& s : {QSize(640, 480), QSize(1280, 720), QSize(1920, 1080)})
        m_resolution->addItem(QStringLiteral("%1 × %2").arg(s.width()).arg(s.height()), s);
    m_localStore = ui::lineEdit(QStringLiteral("localStorePathEdit"), tr("Local store"));
    m_centralStore = ui::lineEdit(QStringLiteral("centralStorePathEdit"), tr("Central store"));
    m_centralStore->setPlaceholderText(tr("A SQLite file, or postgresql://user@host:5432/database"));
    m_centralStore->setToolTip(tr("One PC: a SQLite file. Many counters: the PostgreSQL server's address, e.g. "
                                  "postgresql://madoguchi@central.example.lg.jp:5432/madoguchi?sslmode=require"));
    m_keyFolder = ui::lineEdit(QStringLiteral("keyFolderEdit"), tr("Pre-entry public keys folder"));
    m_inboxFolder = ui::lineEdit(QStringLiteral("inboxFolderEdit"), tr("Pre-entry inbox folder"));
    m_language = new QComboBox;
    ui::name(m_language, QStringLiteral("languageCombo"), tr("Language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_counter = ui::lineEdit(QStringLiteral("counterNameEdit"), tr("Counter"));
    m_counter->setPlaceholderText(tr("The counter numbers are called to, e.g. 3"));
    // Where the stores live is the administrator's decision; others see it, and why.
    const auto mayChange = CasePolicy::may(m_actor.staff.roles, CasePolicy::Work::ChangeSettings);
    for (QLineEdit* edit : {m_localStore, m_centralStore, m_keyFolder, m_inboxFolder}) {
        edit->setReadOnly(!mayChange);
        edit->setToolTip(mayChange.reason);
    }
    auto* workstation = new QLabel(m_ctx.config.workstationId());
    workstation->setObjectName(QStringLiteral("workstationIdLabel"));
    workstation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* configFile = new QLabel(m_ctx.config.iniPath());
    configFile->setObjectName(QStringLiteral("configPathLabel"));
    configFile->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* box = new QGroupBox(tr("This workstation"));
    auto* form = new QFormLayout(box);
    form->addRow(tr("&Camera"), m_camera);
    form->addRow(tr("Camera &resolution"), m_resolution);
    form->addRow(tr("&Document camera"), m_documentCamera);
    form->addRow(tr("&Local store"), m_localStore);
    form->addRow(tr("C&entral store"), m_centralStore);
    form->addRow(tr("Pre-entry &keys"), m_keyFolder);
    form->addRow(tr("Pre-entry &inbox"), m_inboxFolder);
    form->addRow(tr("Lan&guage"), m_language);
    form->addRow(tr("Coun&ter"), m_counter);
    form->addRow(tr("Workstation ID"), workstation);
    form->addRow(tr("Configuration file"), configFile);

    auto* save = ui::button(tr("&Save settings"), QStringLiteral("saveSettingsButton"));
    auto* revert = ui::button(tr("Re&vert"), QStringLiteral("revertSettingsButton"));
    m_message = ui::messageLabel(QStringLiteral("settingsMessage"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(revert);
    buttons->addWidget(save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(box);
    layout->addLayout(buttons);

    if (mayChange) {
        m_staff = new QStandardItemModel(this);
        auto* staffBox = new QGroupBox(tr("Staff accounts"));
        (new QVBoxLayout(staffBox))
            ->addWidget(ui::tableView(m_staff, QStringLiteral("staffView"), tr("Staff accounts")));
        layout->addWidget(staffBox, 1);
        connect(m_staff, &QStandardItemModel::itemChanged, this, [this](QStandardItem* item) {
            if (item->isCheckable() && !m_fillingStaff)
                changeRoles(item->row());
        });
    } else {
        layout->addStretch(1);
    }

    connect(save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(revert, &QPushButton::clicked, this, &SettingsPage::reload);
    // Cameras come and go (USB): keep the list current.
    connect(new QMediaDevices(this), &QMediaDevices::videoInputsChanged, this, &SettingsPage::fillCameras);
    reload();
}

void SettingsPage::fillCameras()
{
    const auto fill = [](QComboBox* combo, const QString& chosen, const QString& firstFound) {
        combo->clear();
        combo->addItem(firstFound, QString());
        for (const QCameraDevice& cam : QMediaDevices::videoInputs())
            combo->addItem(cam.description(), QString::fromUtf8(cam.id()));
        const int i = combo->findData(chosen);
        if (i >= 0) {
            combo->setCurrentIndex(i);
        } else if (!chosen.isEmpty()) {
            combo->addItem(tr("%1 (not connected)").arg(chosen), chosen);
            combo->setCurrentIndex(combo->count() - 1);
        }
    };
    fill(m_camera, m_ctx.config.cameraId(), tr("First camera found (demo frames when there is none)"));
    fill(m_documentCamera, m_ctx.config.documentCameraId(), tr("First camera found"));
}

void SettingsPage::reload()
{
    fillCameras();
    m_resolution->setCurrentIndex(std::max(0, m_resolution->findData(m_ctx.config.cameraResolution())));
    m_localStore->setText(m_ctx.config.localStorePath());
    m_centralStore->setText(m_ctx.config.centralStorePath());
    m_keyFolder->setText(m_ctx.config.keyFolder());
    m_inboxFolder->setText(m_ctx.config.inboxFolder());
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_ctx.config.language())));
    m_counter->setText(m_ctx.config.counterName());
    m_message->clear();
    reloadStaff();
}

void SettingsPage::reloadStaff()
{
    if (!m_staff)
        return;
    SignInService* accounts = &m_ctx.accounts;
    ui::runInBackground(
        m_ctx.store, this, [accounts] { return accounts->staff(); },
        [this](const Result<QList<StaffMember>>& staff) {
            // The view must see the rows come; only the role changes wait until they are in.
            const QScopedValueRollback filling(m_fillingStaff, true);
            m_staff->clear();
            QStringList headers {tr("Login"), tr("Name")};
            for (Role r : allRoles())
                headers << roleDisplayName(r);
            m_staff->setHorizontalHeaderLabels(headers << tr("Active"));
            if (!staff) {
                ui::showMessage(m_message, staff.error(), true);
                return;
            }
            for (const StaffMember& s : staff.value()) {
                auto* login = new QStandardItem(s.login);
                login->setData(s.id, Qt::UserRole);
                login->setEditable(false);
                auto* name = new QStandardItem(s.displayName);
                name->setEditable(false);
                QList<QStandardItem*> row {login, name};
                for (Role r : allRoles()) {
                    // Roles are given here, one tick each; the core decides and audits.
                    auto* role = new QStandardItem;
                    role->setCheckable(true);
                    role->setEditable(false);
                    role->setCheckState(s.has(r) ? Qt::Checked : Qt::Unchecked);
                    role->setData(roleDisplayName(r), Qt::AccessibleTextRole);
                    row << role;
                }
                auto* active = new QStandardItem(s.active ? tr("yes") : tr("no"));
                active->setEditable(false);
                m_staff->appendRow(row << active);
            }
        });
}

void SettingsPage::changeRoles(int row)
{
    const QString id = m_staff->item(row, 0)->data(Qt::UserRole).toString();
    Roles roles;
    const QList<Role> all = allRoles();
    for (int i = 0; i < all.size(); ++i)
        if (m_staff->item(row, 2 + i)->checkState() == Qt::Checked)
            roles.insert(all[i]);
    SignInService* accounts = &m_ctx.accounts;
    ui::runInBackground(
        m_ctx.store, this, [accounts, actor = m_actor, id, roles] { return accounts->setRoles(actor, id, roles); },
        [this](const Result<StaffMember>& changed) {
            reloadStaff(); // shows what holds now, also after a refusal
            if (changed)
                ui::showMessage(m_message, tr("The roles of %1 were changed.").arg(changed->login), false);
            else
                ui::showMessage(m_message, changed.error(), true);
        });
}

void SettingsPage::save()
{
    if (m_localStore->text().trimmed().isEmpty()) {
        ui::showMessage(m_message, tr("The local store needs a file name."), true);
        return;
    }
    m_ctx.config.setCameraId(m_camera->currentData().toString());
    m_ctx.config.setDocumentCameraId(m_documentCamera->currentData().toString());
    m_ctx.config.setCameraResolution(m_resolution->currentData().toSize());
    m_ctx.config.setLocalStorePath(m_localStore->text().trimmed());
    m_ctx.config.setCentralStorePath(m_centralStore->text().trimmed());
    m_ctx.config.setKeyFolder(m_keyFolder->text().trimmed());
    m_ctx.config.setInboxFolder(m_inboxFolder->text().trimmed());
    m_ctx.config.setLanguage(m_language->currentData().toString());
    m_ctx.config.setCounterName(m_counter->text());
    m_ctx.config.sync();
    ui::showMessage(m_message,
        tr("Saved. Store, key, inbox, language and counter changes apply when Madoguchi starts next."), false);
}

} // namespace mdg
