#pragma once

#include "domain/Case.h"

#include <QList>
#include <QString>

namespace mdg {

// The case's way through the counter on one line, from its events, so the clerk sees what
// happened without reading the history: "scanned 10:02:11 · certificate read 10:02:19 (14 agree)
// · to review by itself 10:02:24". Times in local time; translated.
QString caseTimeline(const QList<CaseEvent>& events);

} // namespace mdg
