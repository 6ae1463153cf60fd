#pragma once

#include "domain/Case.h"
#include "domain/StaffMember.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>

namespace mdg::caselog {

// The two records every change of a case leaves, written inside the caller's transaction:
// the event (with its outbox row: the case as it now stands) and the audit entry (ids only).
void writeEvent(QSqlDatabase db, const Actor& actor, const Case& c, const char* kind, const QDateTime& at,
    std::optional<Stage> from = std::nullopt, std::optional<Stage> to = std::nullopt, const QJsonObject& detail = {},
    int expectedCentralVersion = -1);
void writeAudit(QSqlDatabase db, const Actor& actor, const char* action, const QUuid& caseId, const QDateTime& at,
    const QString& detail = {});

// A fact about the case that changes none of its data (a claim, a call of its number) as a
// new version with its event and audit row; the detail names the case's stage unless it
// gives one. False when the case is not in this store (yet).
bool noteOnCase(QSqlDatabase db, const Actor& actor, const QUuid& caseId, const char* kind, const QDateTime& at,
    QJsonObject detail = {});

} // namespace mdg::caselog
