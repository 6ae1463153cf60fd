#include "Stage.h"

#include <QCoreApplication>

namespace mdg {

QString stageKey(Stage s)
{
    switch (s) {
    case Stage::Reception: return QStringLiteral("reception");
    case Stage::Entry: return QStringLiteral("entry");
    case Stage::Review: return QStringLiteral("review");
    case Stage::Completion: return QStringLiteral("completion");
    case Stage::SentBack: return QStringLiteral("sent_back");
    case Stage::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<Stage> stageFromKey(const QString& key)
{
    for (Stage s : allStages())
        if (stageKey(s) == key)
            return s;
    return std::nullopt;
}

QString stageDisplayName(Stage s)
{
    switch (s) {
    case Stage::Reception: return QCoreApplication::translate("Stage", "Reception");
    case Stage::Entry: return QCoreApplication::translate("Stage", "Entry");
    case Stage::Review: return QCoreApplication::translate("Stage", "Review");
    case Stage::Completion: return QCoreApplication::translate("Stage", "Completion");
    case Stage::SentBack: return QCoreApplication::translate("Stage", "Sent back");
    case Stage::Cancelled: return QCoreApplication::translate("Stage", "Cancelled");
    }
    return {};
}

QList<Stage> allStages()
{
    return {Stage::Reception, Stage::Entry, Stage::Review, Stage::Completion, Stage::SentBack, Stage::Cancelled};
}

bool isTerminal(Stage s)
{
    return s == Stage::Completion || s == Stage::Cancelled;
}

} // namespace mdg
