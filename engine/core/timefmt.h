/* timefmt.h: scenario timestamps. Times are seconds since the Unix epoch,
 * UTC; a scenario writes them in ISO 8601 with an optional offset. */
#ifndef DOJO_TIMEFMT_H
#define DOJO_TIMEFMT_H

#include <stdbool.h>
#include <stdint.h>

typedef int64_t DojoTime;
#define DOJO_TIME_NONE INT64_MIN

/* Parses "YYYY-MM-DD[T ]HH:MM[:SS][Z|+HH:MM|-HH:MM]", or "HH:MM[:SS]" which
 * takes its date from base (seconds, UTC) shifted by default_offset_min.
 * A time without offset uses default_offset_min. Returns false on a bad
 * string; *why then says what is wrong. */
bool time_parse(const char *s, DojoTime base, int default_offset_min,
                DojoTime *out, const char **why);

/* Parses "+HH:MM", "-HH:MM" or "Z" into minutes east of UTC. */
bool time_parse_offset(const char *s, int *minutes);

/* "2026-03-14 09:12" in the given offset; buf needs 24 bytes. */
void time_format(DojoTime t, int offset_min, char *buf, int size);
/* "09:12" in the given offset. */
void time_format_hm(DojoTime t, int offset_min, char *buf, int size);

#endif
