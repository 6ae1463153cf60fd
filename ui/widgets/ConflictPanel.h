#pragma once

#include "workflow/CaseService.h"

#include <QGroupBox>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace mdg {

// A case another workstation changed first: this workstation's version and the central
// store's side by side, the differing lines marked, and the clerk's two choices.
class ConflictPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit ConflictPanel(QWidget* parent = nullptr);
    void setConflict(const CaseService::Conflict& conflict);

signals:
    void keep(CaseService::Keep choice);

private:
    QLabel* m_explanation;
    QStandardItemModel* m_model;
    QPushButton* m_takeTheirs;
    QTableView* m_view;
};

} // namespace mdg
