/* gameclock.h: the in-game clock as the participant reads it. The
 * investigation starts on Day 1 at 09:00; Session.clock counts minutes
 * from there and moves only by actions. */
#ifndef DOJO_GAMECLOCK_H
#define DOJO_GAMECLOCK_H

#include <stddef.h>

#define GAMECLOCK_START_MINUTE (9 * 60)

/* "Day 1, 09:30" for minutes since the start; negative counts as 0. */
void gameclock_format(int minutes, char *buf, size_t size);
/* "1 h 05 min", "45 min": a span of in-game time, e.g. a reading cost. */
void gameclock_format_span(int minutes, char *buf, size_t size);

#endif
