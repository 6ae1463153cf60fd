// A domain source that stays in its module (and uses Qt and the standard library).
#include "domain/Case.h"
#include <QString>
#include <optional>
