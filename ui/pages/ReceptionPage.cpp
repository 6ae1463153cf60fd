#include "ReceptionPage.h"

#include "widgets/CardReadDialog.h"

#include "models/CaseListModel.h"
#include "models/MembersModel.h"
#include "widgets/ChoiceDelegate.h"
#include "widgets/ScanPanel.h"
#include "widgets/Ui.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSoundEffect>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace mdg {

namespace {
QList<ChoiceDelegate::Choice> relationshipChoices()
{
    QList<ChoiceDelegate::Choice> out;
    for (const QString& r : relationshipWords())
        out << ChoiceDelegate::Choice {r, r};
    return out;
}
} // namespace

ReceptionPage::ReceptionPage(AppContext& ctx, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_actor(std::move(actor))
    , m_cases(new CaseListModel(this))
    , m_members(new MembersModel(true, this))
{
    setObjectName(QStringLiteral("receptionPage"));

    // Left, above: the pre-entry code from the camera or a handheld scanner.
    auto* scanBox = new QGroupBox(tr("Pre-entry code"));
    m_scan = new ScanPanel(m_ctx.config);
    m_scanMessage = ui::messageLabel(QStringLiteral("scanMessage"));
    m_scanMessage->setText(
        tr("Hold the resident's code in front of the camera, or scan it with the handheld scanner."));
    auto* scanLayout = new QVBoxLayout(scanBox);
    scanLayout->addWidget(m_scan, 1);
    scanLayout->addWidget(m_scanMessage);
    m_sound = new QSoundEffect(this);
    m_sound->setSource(QUrl(QStringLiteral("qrc:/sounds/scan-ok.wav")));
    connect(m_scan, &ScanPanel::codeScanned, this, [this](const QString& text) { handleCode(text); });

    // Left, below: today's queue.
    auto* queueBox = new QGroupBox(tr("Today's cases"));
    m_caseView = ui::tableView(m_cases, QStringLiteral("todayCasesView"), tr("Today's cases"));
    m_caseView->hideColumn(CaseListModel::Waiting);
    auto* openButton = ui::button(tr("&Open case"), QStringLiteral("openCaseButton"));
    auto* refreshButton = ui::button(tr("Refresh"), QStringLiteral("refreshReceptionButton"));
    auto* queueButtons = new QHBoxLayout;
    queueButtons->addWidget(openButton);
    queueButtons->addStretch();
    queueButtons->addWidget(refreshButton);
    auto* queueLayout = new QVBoxLayout(queueBox);
    queueLayout->addWidget(m_caseView);
    queueLayout->addLayout(queueButtons);

    // Right: the walk-in form.
    auto* formBox = new QGroupBox(tr("New walk-in case"));
    m_procedure = new QComboBox;
    ui::name(m_procedure, QStringLiteral("procedureCombo"), tr("Procedure"));
    for (Procedure p : allProcedures())
        m_procedure->addItem(procedureDisplayName(p), procedureKey(p));
    m_moveDate = new QDateEdit(m_ctx.cases.today());
    m_moveDate->setCalendarPopup(true);
    ui::name(m_moveDate, QStringLiteral("moveDateEdit"), tr("Date of the move"));
    m_previousAddress = ui::lineEdit(QStringLiteral("previousAddressEdit"), tr("Previous address"));
    m_newAddress = ui::lineEdit(QStringLiteral("newAddressEdit"), tr("New address"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Procedure"), m_procedure);
    form->addRow(tr("&Date of the move"), m_moveDate);
    form->addRow(tr("P&revious address"), m_previousAddress);
    form->addRow(tr("Ne&w address"), m_newAddress);

    m_memberView = ui::tableView(m_members, QStringLiteral("membersView"), tr("Members"));
    m_memberView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_memberView->setTabKeyNavigation(true); // Tab walks the cells; Ctrl+Tab leaves the table
    // Empty rows give ResizeToContents nothing to measure: share the width instead.
    m_memberView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_memberView->setItemDelegateForColumn(MembersModel::SexColumn,
        new ChoiceDelegate(
            {{sexKey(Sex::Male), sexDisplayName(Sex::Male)}, {sexKey(Sex::Female), sexDisplayName(Sex::Female)}}, false,
            this));
    m_memberView->setItemDelegateForColumn(
        MembersModel::Relationship, new ChoiceDelegate(relationshipChoices(), true, this));
    auto* addMember = ui::button(tr("&Add member"), QStringLiteral("addMemberButton"));
    auto* removeMember = ui::button(tr("Re&move member"), QStringLiteral("removeMemberButton"));
    auto* readCard = ui::button(tr("My &Number card…"), QStringLiteral("readCardButton"));
    readCard->setToolTip(tr("Read the name, address, date of birth and sex from the resident's My Number card"));
    m_create = ui::button(tr("Open the &case"), QStringLiteral("createCaseButton"));
    m_create->setDefault(true);
    m_message = ui::messageLabel(QStringLiteral("receptionMessage"));
    auto* memberButtons = new QHBoxLayout;
    memberButtons->addWidget(addMember);
    memberButtons->addWidget(removeMember);
    memberButtons->addWidget(readCard);
    memberButtons->addStretch();
    memberButtons->addWidget(m_create);
    auto* formLayout = new QVBoxLayout(formBox);
    formLayout->addLayout(form);
    formLayout->addWidget(new QLabel(tr("Members of the household")));
    formLayout->addWidget(m_memberView, 1);
    formLayout->addLayout(memberButtons);
    formLayout->addWidget(m_message);

    auto* left = new QSplitter(Qt::Vertical);
    left->addWidget(scanBox);
    left->addWidget(queueBox);
    left->setChildrenCollapsible(false);
    auto* split = new QSplitter;
    split->addWidget(left);
    split->addWidget(formBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(openButton, &QPushButton::clicked, this, &ReceptionPage::openSelected);
    connect(m_caseView, &QTableView::activated, this, &ReceptionPage::openSelected);
    connect(refreshButton, &QPushButton::clicked, this, &ReceptionPage::refresh);
    connect(addMember, &QPushButton::clicked, this, [this] {
        m_members->addMember();
        const QModelIndex first = m_members->index(m_members->rowCount() - 1, MembersModel::Name);
        m_memberView->setCurrentIndex(first);
        m_memberView->edit(first);
    });
    connect(removeMember, &QPushButton::clicked, this,
        [this] { m_members->removeMember(m_memberView->currentIndex().row()); });
    connect(m_create, &QPushButton::clicked, this, &ReceptionPage::createCase);
    connect(readCard, &QPushButton::clicked, this, &ReceptionPage::readCard);

    startWalkIn();
    refresh();
}

void ReceptionPage::refresh()
{
    CaseService* cases = &m_ctx.cases;
    ui::runInBackground(
        m_ctx.store, this, [cases] { return CaseService::Listing::of(*cases, cases->todaysCases()); },
        [this](const Result<CaseService::Listing>& r) {
            if (!r) {
                ui::showMessage(m_message, r.error(), true);
                return;
            }
            m_cases->setCases(r->cases, r->memberCounts, m_ctx.clock.nowUtc());
        });
}

void ReceptionPage::startWalkIn()
{
    m_procedure->setCurrentIndex(0);
    m_moveDate->setDate(m_ctx.cases.today());
    m_previousAddress->clear();
    m_newAddress->clear();
    m_members->setMembers({});
    m_members->addMember();
    m_message->clear();
    m_procedure->setFocus();
}

void ReceptionPage::readCard()
{
    CardReadDialog dialog(m_ctx, m_actor, {}, QStringLiteral("walk-in form"), this);
    if (dialog.exec() == QDialog::Accepted)
        fillFromCard(dialog.facts());
}

void ReceptionPage::fillFromCard(const card::BasicFacts& facts)
{
    QList<Person> members = m_members->members();
    const auto blank = [](const Person& p) { return p.name.trimmed().isEmpty(); };
    auto slot = std::find_if(members.begin(), members.end(), blank);
    if (slot == members.end()) {
        members.append(Person {});
        slot = members.end() - 1;
    }
    slot->name = facts.name;
    slot->birthDate = facts.birthDate;
    if (facts.sex)
        slot->sex = *facts.sex;
    if (slot == members.begin() && slot->relationship.isEmpty())
        slot->relationship = QStringLiteral("世帯主");
    m_members->setMembers(members);
    if (m_previousAddress->text().trimmed().isEmpty())
        m_previousAddress->setText(facts.address);
    ui::showMessage(m_message,
        tr("Filled from the My Number card: %1. Ask the resident for the reading (フリガナ), which the card does not "
           "hold.")
            .arg(facts.name),
        false);
}

void ReceptionPage::createCase()
{
    m_memberView->setCurrentIndex({}); // commits an open editor
    const QString problem = m_members->validate();
    if (!problem.isEmpty()) {
        ui::showMessage(m_message, problem, true);
        return;
    }
    Household h;
    h.members = m_members->members();
    h.headName = h.members.first().name;
    for (const Person& p : h.members)
        if (p.relationship == QStringLiteral("世帯主"))
            h.headName = p.name;
    h.moveDate = m_moveDate->date();
    h.previousAddress = m_previousAddress->text().trimmed();
    h.newAddress = m_newAddress->text().trimmed();
    const Procedure procedure = procedureFromKey(m_procedure->currentData().toString()).value_or(Procedure::MovingIn);
    if (procedure == Procedure::MovingOut)
        std::swap(h.destinationAddress, h.newAddress);
    // One case per press: the button waits for the store's answer.
    m_create->setEnabled(false);
    ui::setBusy(this, true);
    CaseService* cases = &m_ctx.cases;
    ui::runInBackground(
        m_ctx.store, this, [cases, actor = m_actor, procedure, h] { return cases->create(actor, procedure, h); },
        [this](const Result<Case>& created) {
            m_create->setEnabled(true);
            ui::setBusy(this, false);
            if (!created) {
                ui::showMessage(m_message, created.error(), true);
                return;
            }
            refresh();
            startWalkIn();
            ui::showMessage(m_message,
                tr("Case %1 opened with queue number %2.").arg(created->reference).arg(created->queueNumber), false);
            emit openCaseRequested(created->id);
        });
}

void ReceptionPage::handleCode(const QString& text)
{
    ui::setBusy(this, true);
    IntakeService* intake = &m_ctx.intake;
    ui::runInBackground(
        m_ctx.store, this, [intake, actor = m_actor, text] { return intake->open(actor, text); },
        [this](const Result<CaseService::PreEntryCase>& r) {
            ui::setBusy(this, false);
            m_scan->showVerdict(r.ok());
            if (!r) {
                ui::showMessage(m_scanMessage, r.error(), true);
                return;
            }
            m_sound->play();
            refresh();
            ui::showMessage(m_scanMessage,
                (r->reopened ? tr("Case %1 (No. %2) reopened: this code was scanned before.")
                             : tr("Case %1 opened from the pre-entry with queue number %2."))
                    .arg(r->c.reference)
                    .arg(r->c.queueNumber),
                false);
            emit caseScanned(r->c.id);
        });
}

void ReceptionPage::openSelected()
{
    if (const Case* c = m_cases->caseAt(m_caseView->currentIndex().row()))
        emit openCaseRequested(c->id);
}

} // namespace mdg
