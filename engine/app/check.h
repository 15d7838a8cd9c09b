/* check.h: `incident-dojo check`, once (check.c) or on every save
 * (check_watch.c). */
#ifndef DOJO_CHECK_H
#define DOJO_CHECK_H

#include <stdbool.h>

typedef struct CheckOptions {
    bool quiet;      /* hide warnings */
    bool strict;     /* a warning fails too */
    bool coverage;   /* also what no play can reach */
    bool watch;      /* check again on every change, until interrupted */
} CheckOptions;

/* Checks the scenarios, curricula and folders at paths, prints each
 * diagnostic to stdout and a summary to stderr; the exit status (0, or 1
 * when anything failed). */
int check_paths(char **paths, int count, const CheckOptions *o);

/* check_paths now and again whenever a file under paths changes, until
 * SIGINT or SIGTERM; returns the last check's status. */
int check_watch(char **paths, int count, const CheckOptions *o);

#endif
