#pragma once

#include "AppContext.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace mdg {

class CallBar;
class CapturePage;
class CasePage;
class ConsistentPathBar;
class DashboardPage;
class ReceptionPage;
class ReviewPage;
class SettingsPage;

// The pages the signed-in staff member's roles allow, with a navigation list on the
// left. Ctrl+1..5 go to the pages; every action has a shortcut.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(AppContext& ctx, Actor actor, QWidget* parent = nullptr);

    void showPage(QWidget* page);
    void openCase(const QUuid& id); // on the case page, and as the one certificates are compared with
    CasePage* casePage() const { return m_case; }
    ReceptionPage* receptionPage() const { return m_reception; }
    CapturePage* capturePage() const { return m_capture; }
    ConsistentPathBar* consistentPathBar() const { return m_path; }
    CallBar* callBar() const { return m_calls; }

signals:
    void signOutRequested();

private:
    void addPage(QWidget* page, const QString& title, const QString& objectName);
    void refreshLists();
    void startCounterPath(const QUuid& id); // a scanned case: on to the certificate, or on its way

    AppContext& m_ctx;
    Actor m_actor;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    ReceptionPage* m_reception = nullptr;
    CasePage* m_case = nullptr;
    CapturePage* m_capture = nullptr;
    ReviewPage* m_review = nullptr;
    DashboardPage* m_dashboard = nullptr;
    SettingsPage* m_settings = nullptr;
    ConsistentPathBar* m_path = nullptr;
    CallBar* m_calls = nullptr; // for staff who call numbers
    QUuid m_scanned; // the case the last scan opened: its certificate page comes up by itself
};

} // namespace mdg
