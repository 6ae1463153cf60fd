#pragma once

#include "domain/TransferOutCertificate.h"

#include <QAbstractTableModel>

namespace mdg {

// The fields read from a certificate: what it says (corrected), what was read, how sure.
class CertificateFieldsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Field, Value, Confidence, ColumnCount };
    static constexpr int BoxRole = Qt::UserRole + 1;
    static constexpr int KeyRole = Qt::UserRole + 2;

    explicit CertificateFieldsModel(QObject* parent = nullptr)
        : QAbstractTableModel(parent)
    { }
    void setCertificate(const TransferOutCertificate& c);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString fieldName(const QString& key); // translated: "Member 1: date of birth"

private:
    struct Row
    {
        TransferOutCertificate::Field field;
        QString value; // corrected; empty when not read
    };
    QList<Row> m_rows;
};

} // namespace mdg
