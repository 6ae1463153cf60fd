#include "Procedure.h"

#include <QCoreApplication>

namespace mdg {

QString procedureKey(Procedure p)
{
    switch (p) {
    case Procedure::MovingIn: return QStringLiteral("moving_in");
    case Procedure::MovingOut: return QStringLiteral("moving_out");
    case Procedure::IntraCityMove: return QStringLiteral("intra_city_move");
    case Procedure::CertificateRequest: return QStringLiteral("certificate_request");
    }
    return {};
}

std::optional<Procedure> procedureFromKey(const QString& key)
{
    for (Procedure p : allProcedures())
        if (procedureKey(p) == key)
            return p;
    return std::nullopt;
}

QString procedureDisplayName(Procedure p)
{
    switch (p) {
    case Procedure::MovingIn: return QCoreApplication::translate("Procedure", "Moving in");
    case Procedure::MovingOut: return QCoreApplication::translate("Procedure", "Moving out");
    case Procedure::IntraCityMove: return QCoreApplication::translate("Procedure", "Move within the city");
    case Procedure::CertificateRequest: return QCoreApplication::translate("Procedure", "Certificate request");
    }
    return {};
}

QList<Procedure> allProcedures()
{
    return {Procedure::MovingIn, Procedure::MovingOut, Procedure::IntraCityMove, Procedure::CertificateRequest};
}

} // namespace mdg
