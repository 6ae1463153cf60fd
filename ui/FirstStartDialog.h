#pragma once

#include "config/Config.h"
#include "db/Database.h"
#include "security/SignInService.h"

#include <QDialog>
#include <QThreadPool>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mdg {

// The first start of an installed workstation, when its store has no staff account: the
// administrator creates the first account (no demo accounts), names the ward this
// workstation serves and the central store, which can be tested before going on. Nothing a
// clerk could not answer is asked; everything else keeps its default.
class FirstStartDialog : public QDialog
{
    Q_OBJECT
public:
    FirstStartDialog(Config& config, Database& db, QWidget* parent = nullptr);
    ~FirstStartDialog() override;

    void testCentralStore(); // the answer appears under the field
    void create();

private:
    void setBusy(bool busy);

    Config& m_config;
    SignInService m_accounts;
    QLineEdit* m_login;
    QLineEdit* m_name;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QComboBox* m_ward;
    QLineEdit* m_central;
    QPushButton* m_test;
    QPushButton* m_create;
    QLabel* m_centralAnswer;
    QLabel* m_message;
    QThreadPool m_pool; // last: waits for the work it runs before the dialog goes
};

} // namespace mdg
