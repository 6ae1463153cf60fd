#include "FindingsModel.h"

#include "CertificateFieldsModel.h"
#include "domain/JapaneseDate.h"

#include <QColor>
#include <QLocale>

namespace mdg {

void FindingsModel::setFindings(const QList<CaseFinding>& findings, const QHash<QString, QString>& staffNames)
{
    beginResetModel();
    m_rows = findings;
    m_staffNames = staffNames;
    endResetModel();
}

int FindingsModel::openCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const CaseFinding& f) { return f.open(); }));
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FindingsModel::verdictName(mdg::Verdict v)
{
    switch (v) {
    case Verdict::Match: return tr("Match");
    case Verdict::Equivalent: return tr("Same, written differently");
    case Verdict::Mismatch: return tr("Mismatch");
    case Verdict::Missing: return tr("Missing");
    }
    return {};
}

QString FindingsModel::resolutionText(const Resolution& r) const
{
    const QString who = m_staffNames.value(r.staffId, r.staffId);
    const QString when = QLocale().toString(r.at.toLocalTime(), QLocale::ShortFormat);
    switch (r.kind) {
    case Resolution::Kind::TakeCertificate: return tr("Certificate's value taken by %1, %2").arg(who, when);
    case Resolution::Kind::KeepEntered: return tr("Entered value kept by %1, %2: %3").arg(who, when, r.reason);
    case Resolution::Kind::Edited: return tr("Corrected by %1, %2").arg(who, when);
    }
    return {};
}

// Dates are shown as ISO with the era form the paper uses; sexes by name.
QString FindingsModel::displayValue(const QString& field, const QString& value)
{
    if (value.isEmpty())
        return {};
    if (field.endsWith(QLatin1String(".sex")))
        if (const auto s = sexFromKey(value))
            return sexDisplayName(*s);
    if (field.endsWith(QLatin1String("date")))
        if (const QDate d = QDate::fromString(value, Qt::ISODate); d.isValid())
            return QStringLiteral("%1 (%2)").arg(value, JapaneseDate::format(d));
    return value;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (index.row() < 0 || index.row() >= m_rows.size())
        return {};
    const CaseFinding& r = m_rows.at(index.row());
    const Finding& f = r.finding;
    switch (role) {
    case FieldRole: return f.field;
    case CertificateKeyRole: return f.certificateKey;
    case OpenRole: return r.open();
    case ResolvableRole: return f.differs();
    case Qt::BackgroundRole:
        if (r.open())
            return QColor(0xf8, 0xd7, 0xda); // red: the clerk must decide
        if (r.resolution)
            return QColor(0xd4, 0xed, 0xda); // green: decided by the clerk
        if (f.verdict == mdg::Verdict::Equivalent || f.advisory)
            return QColor(0xff, 0xf3, 0xcd); // amber: same thing, written differently
        return {};
    case Qt::ToolTipRole: return f.reason();
    case Qt::AccessibleDescriptionRole:
    case Qt::DisplayRole:
        switch (index.column()) {
        case Item: return CertificateFieldsModel::fieldName(f.field);
        case Entered: return displayValue(f.field, f.entered);
        case Certificate: return displayValue(f.field, f.certificate);
        case Verdict: {
            // "Mismatch: Another date (1 day apart). Certificate's value taken by …"
            QString text = f.advisory ? tr("%1 (to confirm, does not hold the case)").arg(verdictName(f.verdict))
                                      : verdictName(f.verdict);
            if (!f.reason().isEmpty())
                text = tr("%1: %2").arg(text, f.reason());
            if (r.resolution)
                text = tr("%1. %2").arg(text, resolutionText(*r.resolution));
            return text;
        }
        default: return {};
        }
    default: return {};
    }
}

void FindingsModel::setSource(TransferOutCertificate::Source source)
{
    if (std::exchange(m_source, source) != source)
        emit headerDataChanged(Qt::Horizontal, Certificate, Certificate);
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Item: return tr("Item");
    case Entered: return tr("Entered");
    case Certificate:
        switch (m_source) {
        case TransferOutCertificate::Source::ResidentRegister: return tr("Resident register");
        case TransferOutCertificate::Source::RegistryNetwork: return tr("Transfer-out information");
        case TransferOutCertificate::Source::MyNumberCard: return tr("My Number card");
        case TransferOutCertificate::Source::Paper: break;
        }
        return tr("Certificate");
    case Verdict: return tr("Verdict, why, how resolved");
    default: return {};
    }
}

} // namespace mdg
