/* guide.h: a tutorial's guided tour: which of the scenario's guide_step{}s
 * a session has done. */
#ifndef DOJO_GUIDE_H
#define DOJO_GUIDE_H

#include "session.h"

/* Fills done[i] for each step: its condition holds, or, for a step
 * without one, some later step is done. Returns the first step not done
 * (the one to show), or guide_count when the tour is complete. */
int guide_progress(const Session *s, bool *done);

#endif
