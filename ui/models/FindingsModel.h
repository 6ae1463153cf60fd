#pragma once

#include "crosscheck/Resolution.h"

#include <QAbstractTableModel>
#include <QHash>

namespace mdg {

// The cross-check of a case, one row per compared value: what was entered, what the
// certificate says, the verdict with its reason, and how the clerk resolved it.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Item, Entered, Certificate, Verdict, ColumnCount }; // Verdict: with why and how resolved
    static constexpr int FieldRole = Qt::UserRole + 1;
    static constexpr int CertificateKeyRole = Qt::UserRole + 2;
    static constexpr int OpenRole = Qt::UserRole + 3; // waits for the clerk
    static constexpr int ResolvableRole = Qt::UserRole + 4; // a mismatch or missing, resolved or not

    explicit FindingsModel(QObject* parent = nullptr)
        : QAbstractTableModel(parent)
    { }
    // `staffNames` maps staff ids to the names shown with a resolution.
    void setFindings(const QList<CaseFinding>& findings, const QHash<QString, QString>& staffNames = {});
    // What the entry was compared with, as the third column's title (the certificate by default).
    void setSource(TransferOutCertificate::Source source);
    const QList<CaseFinding>& findings() const { return m_rows; }
    int openCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString verdictName(mdg::Verdict v);
    QString resolutionText(const Resolution& r) const;

private:
    TransferOutCertificate::Source m_source = TransferOutCertificate::Source::Paper;
    static QString displayValue(const QString& field, const QString& value);
    QList<CaseFinding> m_rows;
    QHash<QString, QString> m_staffNames;
};

} // namespace mdg
