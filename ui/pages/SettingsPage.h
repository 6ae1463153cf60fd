#pragma once

#include "AppContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;

namespace mdg {

// Workstation settings (camera, stores, language) and, for administrators, the staff
// accounts. Store and language changes apply at the next start.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    SettingsPage(AppContext& ctx, Actor actor, QWidget* parent = nullptr);

public slots:
    void reload();

private:
    void save();
    void fillCameras();
    void reloadStaff();
    void changeRoles(int row); // as ticked in the staff table
    AppContext& m_ctx;
    Actor m_actor;
    QComboBox* m_camera;
    QComboBox* m_documentCamera;
    QComboBox* m_resolution;
    QLineEdit* m_localStore;
    QLineEdit* m_centralStore;
    QLineEdit* m_keyFolder;
    QLineEdit* m_inboxFolder;
    QComboBox* m_language;
    QLineEdit* m_counter;
    QLabel* m_message;
    QStandardItemModel* m_staff = nullptr;
    bool m_fillingStaff = false;
};

} // namespace mdg
