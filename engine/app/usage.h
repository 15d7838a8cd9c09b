/* usage.h: the command line's help text. It is the one source of both
 * `incident-dojo --help` and the man page (mkman.c turns it into roff), so
 * the two cannot disagree. */
#ifndef DOJO_USAGE_H
#define DOJO_USAGE_H

#include <stdbool.h>
#include <stdio.h>

extern const char app_usage[];

/* Writes "Usage: incident-dojo " and the command's entry of app_usage to
 * out, for `incident-dojo COMMAND --help`; false when there is none. */
bool usage_print_command(const char *name, FILE *out);

#endif
