#pragma once

#include <QCoreApplication>

#include "domain/Role.h"
#include "domain/Stage.h"

#include <QList>
#include <QString>

namespace mdg {

// The legal stage transitions, who may perform them and which need a reason. The store
// asks this before every stage change; the UI asks it only to enable buttons.
class StageMachine
{
    Q_DECLARE_TR_FUNCTIONS(mdg::StageMachine)

public:
    struct Verdict
    {
        bool allowed = false;
        QString reason; // translated, for the clerk, when refused
        explicit operator bool() const { return allowed; }
    };

    // Whether from -> to is a legal transition at all, and whether a reason was given
    // where one is required (send back, cancel).
    static Verdict check(Stage from, Stage to, const QString& reason = {});
    // check() plus whether someone holding `roles` may perform it.
    static Verdict checkFor(const Roles& roles, Stage from, Stage to, const QString& reason = {});

    static QList<Stage> nextStages(Stage from);
    static bool requiresReason(Stage to);
    static Roles rolesAllowed(Stage from, Stage to);
};

} // namespace mdg
