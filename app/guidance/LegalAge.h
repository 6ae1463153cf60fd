#pragma once

#include <QDate>

// Ages as the law counts them (年齢計算ニ関スル法律): one reaches an age at the end of the
// day before the birthday, so a child born on 1 April is in the school year above one born
// on 2 April, and one born on 29 February reaches an age on 28 February.
namespace mdg::guidance {

// The day on which a person born on `born` has reached `years`.
QDate reachesAge(const QDate& born, int years);
// The age on `on`; -1 before birth.
int ageOn(const QDate& born, const QDate& on);
// The first 31 March on or after the day the person reaches `years` (児童手当 runs to the
// 31 March after the 18th birthday; many cities' medical subsidies to the one after the 15th).
QDate marchAfterReaching(const QDate& born, int years);
// Compulsory schooling (学齢): from the first 1 April after reaching 6 to the 31 March nine
// years later.
bool ofCompulsorySchoolAge(const QDate& born, const QDate& on);
// Not yet of school age: born, and before that first 1 April.
bool beforeSchoolAge(const QDate& born, const QDate& on);

} // namespace mdg::guidance
