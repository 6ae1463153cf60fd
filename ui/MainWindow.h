#pragma once

#include "AppContext.h"
#include "security/IdleLock.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;

namespace mdg {

class CallBar;
class CapturePage;
class CasePage;
class ConsistentPathBar;
class LockScreen;
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
    bool isLocked() const;

signals:
    void signOutRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void lock(); // the lock screen in place of the pages
    void unlock(); // checks the password in the background
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
    IdleLock m_idle;
    QStackedWidget* m_screens = nullptr; // the pages, or the lock screen
    LockScreen* m_lockScreen = nullptr;
    QUuid m_scanned; // the case the last scan opened: its certificate page comes up by itself
};

} // namespace mdg
