#include "CertificateFieldsModel.h"

#include "domain/Person.h"
#include "ocr/CertificateReader.h"

#include <QColor>
#include <QJsonArray>
#include <QRegularExpression>

namespace mdg {

void CertificateFieldsModel::setCertificate(const TransferOutCertificate& c)
{
    beginResetModel();
    m_rows.clear();
    const QJsonObject json = c.toJson();
    static const QRegularExpression memberKey(QStringLiteral("^members\\[(\\d+)\\]\\.(.+)$"));
    for (const auto& f : c.fields) {
        QJsonValue v;
        if (const auto m = memberKey.match(f.key); m.hasMatch())
            v = json.value(QStringLiteral("members"))
                    .toArray()
                    .at(m.captured(1).toInt())
                    .toObject()
                    .value(m.captured(2));
        else
            v = json.value(f.key);
        m_rows << Row {f, v.isNull() ? QString() : v.toString()};
    }
    endResetModel();
}

void CertificateFieldsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int CertificateFieldsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CertificateFieldsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CertificateFieldsModel::fieldName(const QString& key)
{
    static const QRegularExpression wholeMember(QStringLiteral("^(certificate\\.)?members\\[(\\d+)\\]$"));
    if (const auto w = wholeMember.match(key); w.hasMatch())
        return w.captured(1).isEmpty() ? tr("Member %1").arg(w.captured(2).toInt() + 1)
                                       : tr("Member %1 of the certificate").arg(w.captured(2).toInt() + 1);
    static const QRegularExpression memberKey(QStringLiteral("^members\\[(\\d+)\\]\\.(.+)$"));
    const auto m = memberKey.match(key);
    const QString k = m.hasMatch() ? m.captured(2) : key;
    QString name;
    if (k == QLatin1String("issuer"))
        name = tr("Issuer");
    else if (k == QLatin1String("issued_on"))
        name = tr("Issued on");
    else if (k == QLatin1String("previous_address"))
        name = tr("Address");
    else if (k == QLatin1String("destination_address"))
        name = tr("Moving to");
    else if (k == QLatin1String("previous_address_katagaki"))
        name = tr("Address: building and room");
    else if (k == QLatin1String("destination_address_katagaki"))
        name = tr("Moving to: building and room");
    else if (k == QLatin1String("planned_move_date"))
        name = tr("Planned move date");
    else if (k == QLatin1String("household_head"))
        name = tr("Head of household");
    else if (k == QLatin1String("honseki"))
        name = tr("Registered domicile");
    else if (k == QLatin1String("hittousha"))
        name = tr("Head of the family register");
    else if (k == QLatin1String("name"))
        name = tr("Name");
    else if (k == QLatin1String("name_kana"))
        name = tr("Name (kana)");
    else if (k == QLatin1String("birth_date"))
        name = tr("Date of birth");
    else if (k == QLatin1String("sex"))
        name = tr("Sex");
    else if (k == QLatin1String("relationship"))
        name = tr("Relationship");
    else if (k == QLatin1String("resident_code"))
        name = tr("Resident code");
    else
        name = k;
    return m.hasMatch() ? tr("Member %1: %2").arg(m.captured(1).toInt() + 1).arg(name) : name;
}

QVariant CertificateFieldsModel::data(const QModelIndex& index, int role) const
{
    if (index.row() < 0 || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows.at(index.row());
    const bool low = r.field.confidence < CertificateReader::ConfidenceThreshold;
    switch (role) {
    case BoxRole: return r.field.box;
    case KeyRole: return r.field.key;
    case Qt::BackgroundRole:
        if (r.value.isEmpty())
            return QColor(0xf8, 0xd7, 0xda); // not read: the clerk enters it
        return low ? QVariant(QColor(0xff, 0xf3, 0xcd)) : QVariant(); // unsure: the clerk checks it
    case Qt::ToolTipRole: return tr("As read: %1").arg(r.field.text);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Field: return fieldName(r.field.key);
        case Value: {
            if (r.value.isEmpty())
                return tr("(not read: %1)").arg(r.field.text);
            // 男/女 as the UI names them, not the stored key (male).
            const auto sex = r.field.key.endsWith(QLatin1String(".sex")) ? sexFromKey(r.value) : std::nullopt;
            return sex ? sexDisplayName(*sex) : r.value;
        }
        case Confidence: return QStringLiteral("%1%").arg(qRound(r.field.confidence * 100));
        default: return {};
        }
    default: return {};
    }
}

QVariant CertificateFieldsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Field: return tr("Field");
    case Value: return tr("Certificate says");
    case Confidence: return tr("Confidence");
    default: return {};
    }
}

} // namespace mdg
