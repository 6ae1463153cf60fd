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
    // Read-only (`resolvable` false) it has no actions and its own object names, so the
    // case page's copy is never taken for the Certificate page's.
    explicit FindingsPanel(bool resolvable = true, QWidget* parent = nullptr);

    FindingsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    void setFindings(const QList<CaseFinding>& findings, const QHash<QString, QString>& staffNames);
    void setEditable(bool editable);
    void focusField(const QString& field); // makes its row current and gives the table the focus

signals:
    void resolveRequested(const QString& field, const mdg::Resolution& resolution);
    void certificateKeySelected(const QString& key); // empty when the row has no box

private:
    void updateActions();
    QString currentField() const;

    FindingsModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    QPushButton* m_take = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_keep = nullptr;
    QLineEdit* m_value = nullptr;
    QPushButton* m_apply = nullptr;
    bool m_editable = true;
    bool m_resolvable = true;
};

} // namespace mdg
