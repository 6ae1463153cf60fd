#pragma once

#include "AppContext.h"

#include <QDialog>
#include <QFutureWatcher>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace mdg {

// Login and password. The password check is deliberately slow (PBKDF2), so it runs in
// the background and the dialog stays responsive.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(AppContext& ctx, QWidget* parent = nullptr);
    ~SignInDialog() override;

    std::optional<Actor> actor() const { return m_actor; }

private:
    void submit();
    void finished();

    AppContext& m_ctx;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QPushButton* m_signIn;
    QLabel* m_message;
    QFutureWatcher<Result<Actor>> m_watcher;
    std::optional<Actor> m_actor;
};

} // namespace mdg
