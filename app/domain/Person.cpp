#include "Person.h"

#include <QCoreApplication>

namespace mdg {

QString sexKey(Sex s)
{
    return s == Sex::Male ? QStringLiteral("male") : QStringLiteral("female");
}

std::optional<Sex> sexFromKey(const QString& key)
{
    if (key == QLatin1String("male"))
        return Sex::Male;
    if (key == QLatin1String("female"))
        return Sex::Female;
    return std::nullopt;
}

QString sexDisplayName(Sex s)
{
    return s == Sex::Male ? QCoreApplication::translate("Sex", "Male") : QCoreApplication::translate("Sex", "Female");
}

} // namespace mdg
