#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace mdg {

// Reception -> Entry -> Review -> Completion; Review may send a case back (SentBack),
// from where it returns to Entry; any open case may be Cancelled.
enum class Stage { Reception, Entry, Review, Completion, SentBack, Cancelled };

QString stageKey(Stage s);
std::optional<Stage> stageFromKey(const QString& key);
QString stageDisplayName(Stage s); // translated
QList<Stage> allStages();
bool isTerminal(Stage s);

} // namespace mdg
