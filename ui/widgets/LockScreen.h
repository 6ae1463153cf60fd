#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace mdg {

// What a locked counter window shows instead of its pages: no case, no resident, only who
// locked it and how to come back. Unlocking checks the password in the background (the
// window gives the check); another staff member signs in instead by signing the first out.
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    explicit LockScreen(const QString& staffName, QWidget* parent = nullptr);

    QString password() const;
    void clear();
    void showRefusal(const QString& message);
    void setBusy(bool busy);

signals:
    void unlockRequested();
    void switchUserRequested();

private:
    QLineEdit* m_password;
    QPushButton* m_unlock;
    QLabel* m_message;
};

} // namespace mdg
