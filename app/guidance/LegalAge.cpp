#include "LegalAge.h"

namespace mdg::guidance {

QDate reachesAge(const QDate& born, int years)
{
    // The anniversary of 29 February in a common year is 1 March; the age is reached the
    // day before either way.
    const int year = born.year() + years;
    const QDate anniversary = born.month() == 2 && born.day() == 29 && !QDate::isLeapYear(year)
        ? QDate(year, 3, 1)
        : QDate(year, born.month(), born.day());
    return anniversary.addDays(-1);
}

int ageOn(const QDate& born, const QDate& on)
{
    if (!born.isValid() || !on.isValid() || on < born)
        return -1;
    int age = on.year() - born.year();
    while (age > 0 && on < reachesAge(born, age))
        --age;
    while (on >= reachesAge(born, age + 1))
        ++age;
    return age;
}

QDate marchAfterReaching(const QDate& born, int years)
{
    const QDate reached = reachesAge(born, years);
    const QDate march(reached.year(), 3, 31);
    return reached <= march ? march : march.addYears(1);
}

namespace {
QDate schoolStart(const QDate& born)
{
    const QDate reached = reachesAge(born, 6);
    const QDate april(reached.year(), 4, 1);
    return reached < april ? april : april.addYears(1);
}
} // namespace

bool ofCompulsorySchoolAge(const QDate& born, const QDate& on)
{
    if (!born.isValid() || !on.isValid())
        return false;
    const QDate start = schoolStart(born);
    return on >= start && on <= start.addYears(9).addDays(-1);
}

bool beforeSchoolAge(const QDate& born, const QDate& on)
{
    return born.isValid() && on.isValid() && on >= born && on < schoolStart(born);
}

} // namespace mdg::guidance
