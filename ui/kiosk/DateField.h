#pragma once

#include "kiosk/DeskEntry.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLineEdit;
class QLabel;

namespace mdg::ui {

// A date as a resident gives it on the tablet: an era (令和, 平成, 昭和, 大正) or the Western
// year, then year, month and day as numbers. The object name prefixes its inputs' names
// (kioskMoveDateEra, kioskMoveDateYear …) for tests and accessibility.
class DateField : public QWidget
{
    Q_OBJECT
public:
    DateField(const QString& name, QWidget* parent = nullptr);

    kiosk::DateInput input() const;
    std::optional<QDate> date() const; // nullopt when incomplete or no such day
    bool isBlank() const;
    void clear();
    void setDate(const QDate& date); // by era

signals:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QComboBox* m_era;
    QLineEdit* m_year;
    QLineEdit* m_month;
    QLineEdit* m_day;
    QLabel* m_yearUnit;
    QLabel* m_monthUnit;
    QLabel* m_dayUnit;
};

} // namespace mdg::ui
