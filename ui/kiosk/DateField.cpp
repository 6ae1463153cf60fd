#include "DateField.h"

#include "domain/JapaneseDate.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>

namespace mdg::ui {

namespace {
// The eras a living resident's dates fall in, newest first; the last entry is the Western year.
const QStringList& eraNames()
{
    static const QStringList names {
        QStringLiteral("令和"), QStringLiteral("平成"), QStringLiteral("昭和"), QStringLiteral("大正")};
    return names;
}
} // namespace

DateField::DateField(const QString& name, QWidget* parent)
    : QWidget(parent)
    , m_era(new QComboBox(this))
    , m_year(new QLineEdit(this))
    , m_month(new QLineEdit(this))
    , m_day(new QLineEdit(this))
    , m_yearUnit(new QLabel(this))
    , m_monthUnit(new QLabel(this))
    , m_dayUnit(new QLabel(this))
{
    setObjectName(name);
    m_era->setObjectName(name + QStringLiteral("Era"));
    for (const QString& era : eraNames())
        m_era->addItem(era, era);
    m_era->addItem(QString(), QString()); // the Western year, named in retranslate()
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_era);
    const auto number = [&](QLineEdit* edit, const char* suffix, int max, QLabel* unit) {
        edit->setObjectName(name + QLatin1String(suffix));
        edit->setValidator(new QIntValidator(1, max, edit));
        edit->setInputMethodHints(Qt::ImhDigitsOnly);
        edit->setMaxLength(4);
        edit->setFixedWidth(qstrcmp(suffix, "Year") == 0 ? 120 : 90);
        connect(edit, &QLineEdit::textEdited, this, &DateField::edited);
        row->addWidget(edit);
        row->addWidget(unit);
    };
    number(m_year, "Year", 9999, m_yearUnit);
    number(m_month, "Month", 12, m_monthUnit);
    number(m_day, "Day", 31, m_dayUnit);
    row->addStretch();
    connect(m_era, &QComboBox::currentIndexChanged, this, &DateField::edited);
    retranslate();
}

kiosk::DateInput DateField::input() const
{
    return {m_era->currentData().toString(), m_year->text().toInt(), m_month->text().toInt(), m_day->text().toInt()};
}

std::optional<QDate> DateField::date() const
{
    return kiosk::dateOf(input());
}

bool DateField::isBlank() const
{
    return m_year->text().isEmpty() && m_month->text().isEmpty() && m_day->text().isEmpty();
}

void DateField::clear()
{
    m_era->setCurrentIndex(0);
    m_year->clear();
    m_month->clear();
    m_day->clear();
}

void DateField::setDate(const QDate& date)
{
    const auto era = JapaneseDate::eraOf(date);
    const int index = era ? m_era->findData(era->name) : -1;
    m_era->setCurrentIndex(index >= 0 ? index : m_era->count() - 1);
    m_year->setText(QString::number(index >= 0 ? date.year() - era->first.year() + 1 : date.year()));
    m_month->setText(QString::number(date.month()));
    m_day->setText(QString::number(date.day()));
}

void DateField::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DateField::retranslate()
{
    m_era->setItemText(m_era->count() - 1, tr("Western year"));
    m_era->setAccessibleName(tr("Era"));
    m_year->setAccessibleName(tr("Year"));
    m_month->setAccessibleName(tr("Month"));
    m_day->setAccessibleName(tr("Day"));
    m_yearUnit->setText(tr("year"));
    m_monthUnit->setText(tr("month"));
    m_dayUnit->setText(tr("day"));
}

} // namespace mdg::ui
