#pragma once

#include <QtGlobal>
#include <functional>

namespace mdg {

class LocalRegister;

// A plausible population of Kawasaki's seven wards for the local register: households of
// one to five (mostly small, as in the city), ages, names with readings (now and then in
// a variant form such as 髙橋), the towns of each ward, 住居表示 addresses and resident
// codes. Deterministic for a seed. Fills `population` residents; false on a store error.
bool generateKawasakiPopulation(
    LocalRegister& reg, qint64 population, quint32 seed, const std::function<void(qint64 done)>& progress = {});

} // namespace mdg
