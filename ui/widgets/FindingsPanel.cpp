#include "FindingsPanel.h"

#include "Ui.h"
#include "models/FindingsModel.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace mdg {

FindingsPanel::FindingsPanel(bool resolvable, QWidget* parent)
    : QWidget(parent)
    , m_model(new FindingsModel(this))
{
    const QString prefix = resolvable ? QString() : QStringLiteral("review");
    const auto named = [&prefix](const char* name) {
        const QString n = QString::fromLatin1(name);
        return prefix.isEmpty() ? n : prefix + n.left(1).toUpper() + n.mid(1);
    };
    m_editable = resolvable;
    m_resolvable = resolvable;
    setObjectName(named("findingsPanel"));
    m_summary = ui::messageLabel(named("findingsSummary"));
    m_view = ui::tableView(m_model, named("findingsView"), tr("Entered values against the certificate"));
    m_view->setWordWrap(true);
    // Fixed widths with wrapping: addresses and reasons are long, and all five columns
    // must be seen side by side.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(FindingsModel::Verdict, QHeaderView::Stretch);
    m_view->setColumnWidth(FindingsModel::Item, 130);
    m_view->setColumnWidth(FindingsModel::Entered, 165);
    m_view->setColumnWidth(FindingsModel::Certificate, 165);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    if (resolvable) {
        m_take = ui::button(tr("&Take the certificate's value"), QStringLiteral("takeCertificateButton"));
        m_reason = ui::lineEdit(QStringLiteral("keepReasonEdit"), tr("Why the entered value is right"));
        m_reason->setPlaceholderText(tr("Why the entered value is right (e.g. checked on the residence card)"));
        m_keep = ui::button(tr("&Keep the entered value"), QStringLiteral("keepEnteredButton"));
        m_value = ui::lineEdit(QStringLiteral("correctedValueEdit"), tr("Corrected value"));
        m_value->setPlaceholderText(tr("The correct value, as confirmed with the resident"));
        m_apply = ui::button(tr("&Use the corrected value"), QStringLiteral("applyCorrectionButton"));

        auto* actions = new QGridLayout;
        actions->addWidget(m_take, 0, 0, 1, 2);
        actions->addWidget(m_reason, 1, 0);
        actions->addWidget(m_keep, 1, 1);
        actions->addWidget(m_value, 2, 0);
        actions->addWidget(m_apply, 2, 1);
        actions->setColumnStretch(0, 1);

        layout->addLayout(actions);
        const auto resolve = [this](Resolution::Kind kind, const QString& value, const QString& reason) {
            const QString field = currentField();
            if (!field.isEmpty())
                emit resolveRequested(field, Resolution {kind, value, reason, {}, {}});
        };
        connect(m_take, &QPushButton::clicked, this, [resolve] { resolve(Resolution::Kind::TakeCertificate, {}, {}); });
        connect(m_keep, &QPushButton::clicked, this,
            [this, resolve] { resolve(Resolution::Kind::KeepEntered, {}, m_reason->text()); });
        connect(m_reason, &QLineEdit::returnPressed, m_keep, &QPushButton::click);
        connect(m_apply, &QPushButton::clicked, this,
            [this, resolve] { resolve(Resolution::Kind::Edited, m_value->text(), {}); });
        connect(m_value, &QLineEdit::returnPressed, m_apply, &QPushButton::click);
        connect(m_reason, &QLineEdit::textChanged, this, &FindingsPanel::updateActions);
        connect(m_value, &QLineEdit::textChanged, this, &FindingsPanel::updateActions);
    }
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& i) {
        if (m_reason)
            m_reason->clear();
        if (m_value)
            m_value->setText(
                i.siblingAtColumn(FindingsModel::Entered).data().toString().section(QStringLiteral(" ("), 0, 0));
        updateActions();
        emit certificateKeySelected(i.data(FindingsModel::CertificateKeyRole).toString());
    });
    updateActions();
}

void FindingsPanel::setFindings(const QList<CaseFinding>& findings, const QHash<QString, QString>& staffNames)
{
    const QString field = currentField();
    m_model->setFindings(findings, staffNames);
    m_view->resizeRowsToContents();
    // Keep the clerk's place: the same field, else the first one still open.
    int row = -1;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex i = m_model->index(r, 0);
        if (i.data(FindingsModel::FieldRole).toString() == field && !field.isEmpty() && row < 0)
            row = r;
    }
    for (int r = 0;
         r < m_model->rowCount() && (row < 0 || !m_model->index(row, 0).data(FindingsModel::OpenRole).toBool()); ++r)
        if (m_model->index(r, 0).data(FindingsModel::OpenRole).toBool())
            row = r;
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    const int open = m_model->openCount();
    if (findings.isEmpty())
        ui::showMessage(m_summary, {}, false);
    else if (open > 0)
        ui::showMessage(m_summary,
            m_resolvable ? tr("%n finding(s) to resolve before the case can go to review (red rows).", nullptr, open)
                         : tr("%n finding(s) not resolved (red rows).", nullptr, open),
            true);
    else
        ui::showMessage(m_summary,
            m_resolvable ? tr("Every finding is resolved: the case can go to review.")
                         : tr("Every finding is resolved; how is said in each row."),
            false);
    updateActions();
}

void FindingsPanel::setEditable(bool editable)
{
    m_editable = editable;
    updateActions();
}

void FindingsPanel::focusField(const QString& field)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex i = m_model->index(r, 0);
        if (i.data(FindingsModel::FieldRole).toString() == field) {
            m_view->setCurrentIndex(i);
            m_view->scrollTo(i);
            break;
        }
    }
    m_view->setFocus(Qt::OtherFocusReason);
}

QString FindingsPanel::currentField() const
{
    return m_view->currentIndex().data(FindingsModel::FieldRole).toString();
}

void FindingsPanel::updateActions()
{
    if (!m_take)
        return; // read-only
    const QModelIndex i = m_view->currentIndex();
    const bool canResolve = m_editable && i.isValid() && i.data(FindingsModel::ResolvableRole).toBool();
    const QString field = currentField();
    // A whole member is added or removed, never typed.
    const bool wholeMember = field.endsWith(u']');
    m_take->setEnabled(canResolve);
    m_reason->setEnabled(canResolve);
    m_keep->setEnabled(canResolve && !m_reason->text().trimmed().isEmpty());
    m_value->setEnabled(canResolve && !wholeMember);
    m_apply->setEnabled(canResolve && !wholeMember && !m_value->text().trimmed().isEmpty());
}

} // namespace mdg
