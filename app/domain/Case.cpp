#include "Case.h"

#include <QRandomGenerator>

namespace mdg {

QString makeCaseReference()
{
    static constexpr char alphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    constexpr int size = sizeof(alphabet) - 1;
    QString ref;
    for (int i = 0; i < 9; ++i) {
        if (i == 3 || i == 6)
            ref += QLatin1Char('-');
        ref += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(size)]);
    }
    return ref;
}

} // namespace mdg
