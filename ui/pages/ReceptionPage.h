#pragma once

#include "AppContext.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace mdg {

class CaseListModel;
class MembersModel;

// Today's cases with their queue numbers, and the form that opens a walk-in case.
class ReceptionPage : public QWidget
{
    Q_OBJECT
public:
    ReceptionPage(AppContext& ctx, Actor actor, QWidget* parent = nullptr);

public slots:
    void refresh();
    void startWalkIn(); // clears the form and puts the cursor in it

signals:
    void openCaseRequested(const QUuid& id);

private:
    void createCase();
    void openSelected();

    AppContext& m_ctx;
    Actor m_actor;
    CaseListModel* m_cases;
    MembersModel* m_members;
    QTableView* m_caseView;
    QTableView* m_memberView;
    QComboBox* m_procedure;
    QDateEdit* m_moveDate;
    QLineEdit* m_previousAddress;
    QLineEdit* m_newAddress;
    QLabel* m_message;
};

} // namespace mdg
