/* curriculum.h: loads a curriculum file (curriculum{} with its step{}s) in
 * the scenario sandbox and checks it: fields, scenario ids, requires. */
#ifndef DOJO_CURRICULUM_H
#define DOJO_CURRICULUM_H

#include "core/diag.h"
#include "core/progress.h"

/* Loads path. ids lists the scenario ids that exist (each step's scenario
 * must be one); NULL skips that check. Problems go to diags as
 * file:line errors; on any error returns NULL. */
Curriculum *curriculum_load(const char *path, const char *const *ids, int id_count, Diags *diags);

#endif
