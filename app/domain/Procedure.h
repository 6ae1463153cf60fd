#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace mdg {

enum class Procedure { MovingIn, MovingOut, IntraCityMove, CertificateRequest };

// The keys are those of CONTRACTS.md ("moving_in", ...), stored and exchanged as is.
QString procedureKey(Procedure p);
std::optional<Procedure> procedureFromKey(const QString& key);
QString procedureDisplayName(Procedure p); // translated
QList<Procedure> allProcedures();

} // namespace mdg
