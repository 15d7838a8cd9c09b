/* validate.h: checks on a built scenario that need the whole model: time
 * order, the incident window, and things nothing can reach. */
#ifndef DOJO_VALIDATE_H
#define DOJO_VALIDATE_H

#include "diag.h"
#include "model.h"

void validate_scenario(const Scenario *sc, Diags *diags);

#endif
