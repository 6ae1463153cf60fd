// A domain source that reaches up into the workflow: the include check must refuse it.
#include "domain/Case.h"
#include "workflow/CaseService.h"
