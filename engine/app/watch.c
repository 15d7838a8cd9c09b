/* watch.c: run a job, then again whenever a file under some paths is
 * saved, until Ctrl+C (`check --watch`). It polls the files' status a few
 * times a second: a handful of stat calls, and it sees saves made by rename
 * (most editors) and on any file system. */
#include <dirent.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include "watch.h"
#include "core/util.h"

#define WATCH_POLL_MS 250
#define WATCH_SETTLE_MS 100     /* an editor's save can take several writes */
#define WATCH_MAX_DEPTH 8

typedef struct WatchFile {
    char *path;
    long long mtime_ns, size;
    unsigned long long inode;
} WatchFile;

typedef struct WatchSnapshot {
    WatchFile *files;
    int count, cap;
} WatchSnapshot;

static volatile sig_atomic_t watch_stop;

static void watch_on_signal(int sig)
{
    (void)sig;
    watch_stop = 1;
}

static void watch_add(WatchSnapshot *s, const char *path, const struct stat *st)
{
    vec_reserve((void **)&s->files, &s->cap, s->count + 1, sizeof *s->files);
    s->files[s->count++] = (WatchFile){xstrdup(path),
                                       (long long)st->st_mtim.tv_sec * 1000000000LL + st->st_mtim.tv_nsec,
                                       (long long)st->st_size, (unsigned long long)st->st_ino};
}

/* Every regular file under dir, skipping dot-entries as the catalogue does
 * and not following links to folders, so a link loop cannot trap it. */
static void watch_scan(WatchSnapshot *s, const char *dir, int depth, bool recurse)
{
    DIR *d = opendir(dir);
    for (struct dirent *e; d && (e = readdir(d));) {
        if (e->d_name[0] == '.') continue;
        char path[PATH_MAX];
        if (snprintf(path, sizeof path, "%s/%s", dir, e->d_name) >= (int)sizeof path) continue;
        struct stat st;
        if (lstat(path, &st) != 0) continue;
        if (S_ISDIR(st.st_mode)) {
            if (recurse && depth < WATCH_MAX_DEPTH) watch_scan(s, path, depth + 1, true);
        } else if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
            watch_add(s, path, &st);
        }
    }
    if (d) closedir(d);
}

static int watch_file_order(const void *a, const void *b)
{
    return strcmp(((const WatchFile *)a)->path, ((const WatchFile *)b)->path);
}

/* A folder is watched whole; a file with the files beside it, since a
 * scenario reads its diffs and texts from its own folder. */
static void watch_take(WatchSnapshot *s, char **paths, int count)
{
    s->count = 0;
    for (int i = 0; i < count; i++) {
        struct stat st;
        if (stat(paths[i], &st) != 0) continue;
        if (S_ISDIR(st.st_mode)) {
            watch_scan(s, paths[i], 0, true);
            continue;
        }
        char dir[PATH_MAX];
        snprintf(dir, sizeof dir, "%s", paths[i]);
        char *slash = strrchr(dir, '/');
        if (slash) *slash = 0;
        watch_scan(s, slash ? (dir[0] ? dir : "/") : ".", 0, false);
    }
    qsort(s->files, (size_t)s->count, sizeof *s->files, watch_file_order);
}

static void watch_clear(WatchSnapshot *s)
{
    for (int i = 0; i < s->count; i++) free(s->files[i].path);
    s->count = 0;
}

/* The first file that differs between the snapshots, or NULL when they are
 * the same: the name the re-check is announced with. */
static const char *watch_changed(const WatchSnapshot *a, const WatchSnapshot *b)
{
    int n = a->count < b->count ? a->count : b->count;
    for (int i = 0; i < n; i++) {
        const WatchFile *x = &a->files[i], *y = &b->files[i];
        if (strcmp(x->path, y->path) != 0) return strcmp(x->path, y->path) < 0 ? x->path : y->path;
        if (x->mtime_ns != y->mtime_ns || x->size != y->size || x->inode != y->inode) return y->path;
    }
    if (a->count != b->count) return a->count > n ? a->files[n].path : b->files[n].path;
    return NULL;
}

static void watch_sleep_ms(int ms)
{
    struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);   /* a signal cuts it short, which is what we want */
}

static void watch_announce(const char *changed)
{
    time_t now = time(NULL);
    struct tm tm;
    char clock[16] = "";
    if (localtime_r(&now, &tm)) strftime(clock, sizeof clock, "%H:%M:%S", &tm);
    fprintf(stderr, "\n[%s] %s changed; checking again\n", clock, changed);
}

int watch_run(char **paths, int count, int (*job)(void *ctx), void *ctx)
{
    struct sigaction sa = {0};
    sa.sa_handler = watch_on_signal;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    WatchSnapshot seen = {0}, now = {0};
    watch_take(&seen, paths, count);
    int rc = job(ctx);
    fprintf(stderr, "watching %d file%s; Ctrl+C stops\n", seen.count, seen.count == 1 ? "" : "s");
    while (!watch_stop) {
        watch_sleep_ms(WATCH_POLL_MS);
        watch_clear(&now);
        watch_take(&now, paths, count);
        const char *changed = watch_changed(&seen, &now);
        if (!changed) continue;
        char name[PATH_MAX];
        snprintf(name, sizeof name, "%s", changed);
        /* Wait until the files hold still, so one save is one check. */
        for (int settle = 0; settle < 20 && !watch_stop; settle++) {
            watch_sleep_ms(WATCH_SETTLE_MS);
            watch_clear(&seen);
            watch_take(&seen, paths, count);
            if (!watch_changed(&now, &seen)) break;
            WatchSnapshot t = seen;
            seen = now;
            now = t;
        }
        if (watch_stop) break;
        watch_announce(name);
        rc = job(ctx);
    }
    watch_clear(&seen);
    watch_clear(&now);
    free(seen.files);
    free(now.files);
    fprintf(stderr, "stopped watching\n");
    return rc;
}
