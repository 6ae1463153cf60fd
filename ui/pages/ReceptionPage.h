#pragma once

#include "AppContext.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QLineEdit;
class QTableView;
class QSoundEffect;

namespace mdg {

class CaseListModel;
class ScanPanel;
class MembersModel;

// Today's cases with their queue numbers, and the form that opens a walk-in case.
namespace card {
struct BasicFacts;
}

class ReceptionPage : public QWidget
{
    Q_OBJECT
public:
    ReceptionPage(AppContext& ctx, Actor actor, QWidget* parent = nullptr);

public slots:
    void refresh();
    void startWalkIn(); // clears the form and puts the cursor in it
    // A pre-entry QR text from the camera or a handheld scanner: opens (or reopens) its
    // case, or shows why the code was refused, in place.
    void handleCode(const QString& text);
    // The resident's My Number card read into the form: the holder as a member (the head when
    // the form is empty), the card's address as the previous address.
    void readCard();
    void fillFromCard(const card::BasicFacts& facts);

signals:
    void openCaseRequested(const QUuid& id);
    // A scan opened (or reopened) the case: the counter's path starts from here.
    void caseScanned(const QUuid& id);

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
    QPushButton* m_create;
    ScanPanel* m_scan;
    QLabel* m_scanMessage;
    QSoundEffect* m_sound;

public:
    ScanPanel* scanPanel() const { return m_scan; }
};

} // namespace mdg
