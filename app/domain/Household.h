#pragma once

#include "Person.h"

#include <QDate>
#include <QList>
#include <QString>

namespace mdg {

// The household moving (or requesting) together, with the move it reports.
struct Household
{
    QString headName; // 世帯主
    QDate moveDate;
    QString previousAddress;
    QString newAddress;
    QString destinationAddress; // for moving out
    QList<Person> members;

    friend bool operator==(const Household&, const Household&) = default;
};

} // namespace mdg
