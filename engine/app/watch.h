/* watch.h: running a job again on every save (watch.c). */
#ifndef DOJO_WATCH_H
#define DOJO_WATCH_H

/* Runs job(ctx) now and again whenever a file under paths changes (a
 * folder: every file in it, dot-entries aside; a file: the files beside
 * it, which it may read), announcing the file on stderr, until SIGINT or
 * SIGTERM; returns the last run's status. */
int watch_run(char **paths, int count, int (*job)(void *ctx), void *ctx);

#endif
