/* usage.h: the command line's help text. It is the one source of both
 * `incident-dojo --help` and the man page (mkman.c turns it into roff), so
 * the two cannot disagree. */
#ifndef DOJO_USAGE_H
#define DOJO_USAGE_H

extern const char app_usage[];

#endif
