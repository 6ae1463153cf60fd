// libFuzzer target: a rule file a city edits (resources/guidance/rules.json is the model)
// must load or be refused with the faulty line named, never crash, hang or leak.
#include "guidance/GuidanceRules.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)mdg::guidance::GuidanceRules::parse(json, QStringLiteral("rules.json"));
    return 0;
}
