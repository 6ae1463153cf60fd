#pragma once

#include "crosscheck/Resolution.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace mdg {

class FindingsModel;

// The comparison of a case with its certificate, side by side per field, and the three
// ways a clerk settles a mismatch: take the certificate's value, keep the entered value
// with a reason, or type the correct value. Read-only where the stage does not allow it.
class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget* parent = nullptr);

    FindingsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    void setFindings(const QList<CaseFinding>& findings, const QHash<QString, QString>& staffNames);
    void setEditable(bool editable);

signals:
    void resolveRequested(const QString& field, const mdg::Resolution& resolution);
    void certificateKeySelected(const QString& key); // empty when the row has no box

private:
    void updateActions();
    QString currentField() const;

    FindingsModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    QPushButton* m_take;
    QLineEdit* m_reason;
    QPushButton* m_keep;
    QLineEdit* m_value;
    QPushButton* m_apply;
    bool m_editable = true;
};

} // namespace mdg
