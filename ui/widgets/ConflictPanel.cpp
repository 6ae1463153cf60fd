#include "ConflictPanel.h"

#include "Ui.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace mdg {
namespace {

// The lines a clerk compares, each as "label: value", in the same order for both versions.
QList<std::pair<QString, QString>> lines(const Case& c)
{
    const auto date
        = [](const QDate& d) { return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString(); };
    QList<std::pair<QString, QString>> out {{ConflictPanel::tr("Procedure"), procedureDisplayName(c.procedure)},
        {ConflictPanel::tr("Stage"), stageDisplayName(c.stage)},
        {ConflictPanel::tr("Head of household"), c.household.headName},
        {ConflictPanel::tr("Date of the move"), date(c.household.moveDate)},
        {ConflictPanel::tr("Previous address"), c.household.previousAddress},
        {ConflictPanel::tr("New address"), c.household.newAddress},
        {ConflictPanel::tr("Destination"), c.household.destinationAddress}};
    for (int i = 0; i < c.household.members.size(); ++i) {
        const Person& p = c.household.members.at(i);
        out.append({ConflictPanel::tr("Member %1").arg(i + 1),
            QStringLiteral("%1（%2）%3 %4 %5")
                .arg(p.name, p.nameKana, date(p.birthDate), sexDisplayName(p.sex), p.relationship)});
    }
    return out;
}

} // namespace

ConflictPanel::ConflictPanel(QWidget* parent)
    : QGroupBox(tr("Changed at another workstation first"), parent)
    , m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("conflictPanel"));
    setStyleSheet(QStringLiteral("QGroupBox#conflictPanel { border: 2px solid #c00000; margin-top: 1.4em; }"
                                 "QGroupBox#conflictPanel::title { subcontrol-origin: margin; left: 8px;"
                                 " color: #c00000; font-weight: bold; }"));
    m_explanation = new QLabel;
    m_explanation->setObjectName(QStringLiteral("conflictExplanation"));
    m_explanation->setWordWrap(true);
    auto* view = ui::tableView(m_model, QStringLiteral("conflictView"), tr("Both versions of the case"));
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setWordWrap(true);
    m_view = view;
    auto* mine = ui::button(tr("Keep &this workstation's version"), QStringLiteral("keepMineButton"));
    auto* theirs = ui::button(tr("Take the &central store's version"), QStringLiteral("takeTheirsButton"));
    connect(mine, &QPushButton::clicked, this, [this] { emit keep(CaseService::Keep::Mine); });
    connect(theirs, &QPushButton::clicked, this, [this] { emit keep(CaseService::Keep::Theirs); });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(mine);
    buttons->addWidget(theirs);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(view, 1);
    layout->addLayout(buttons);
    m_takeTheirs = theirs;
}

void ConflictPanel::setConflict(const CaseService::Conflict& conflict)
{
    m_explanation->setText(tr("Another workstation changed this case before this workstation's change reached the "
                              "central store (its version %1). Nothing was overwritten. Compare the two versions, "
                              "check with the resident if needed, and choose the one to keep.")
                               .arg(conflict.centralVersion));
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Item"), tr("This workstation"), tr("Central store")});
    const auto mine = lines(conflict.mine);
    const auto theirs = conflict.theirs ? lines(*conflict.theirs) : QList<std::pair<QString, QString>>();
    const qsizetype rows = std::max(mine.size(), theirs.size());
    for (qsizetype r = 0; r < rows; ++r) {
        const QString a = r < mine.size() ? mine[r].second : QString();
        const QString b = r < theirs.size() ? theirs[r].second : QString();
        if (a.isEmpty() && b.isEmpty())
            continue;
        QList<QStandardItem*> row {new QStandardItem(r < mine.size() ? mine[r].first : theirs[r].first),
            new QStandardItem(a), new QStandardItem(b)};
        for (QStandardItem* item : row) {
            item->setEditable(false);
            if (a != b) {
                // Marked twice: colour for the eye, a flag for screen readers.
                item->setBackground(QColor(0xff, 0xe0, 0xe0));
                item->setData(tr("differs"), Qt::AccessibleDescriptionRole);
            }
        }
        m_model->appendRow(row);
    }
    if (!conflict.theirs)
        m_explanation->setText(m_explanation->text() + QLatin1Char(' ')
            + tr("The central store's version cannot be read here; only this workstation's can be kept."));
    m_takeTheirs->setEnabled(conflict.theirs.has_value());
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
}

} // namespace mdg
