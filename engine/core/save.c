/* save.c: a session on disk: a header line with the body's length and CRC-32,
 * then a JSON body; written atomically with the previous save kept as .bak. */
#include <assert.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "save.h"
#include "util.h"

#define SAVE_MAGIC "incident-dojo-save"
/* Far above any real session; keeps a wrong path from reading a disk image. */
#define SAVE_MAX_BYTES ((size_t)64 << 20)

__attribute__((format(printf, 1, 2)))
static char *save_printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    assert(n >= 0);
    char *s = xmalloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}

/* ---- Serializing ---- */

typedef struct SaveBuf { char *p; size_t len, cap; } SaveBuf;

static void savebuf_add(SaveBuf *b, const char *s)
{
    size_t n = strlen(s);
    if (b->len + n + 1 > b->cap) {
        b->cap = (b->len + n + 1) * 2;
        b->p = xrealloc(b->p, b->cap);
    }
    memcpy(b->p + b->len, s, n + 1);
    b->len += n;
}

static void savebuf_add_json(SaveBuf *b, const cJSON *j)
{
    char *s = cJSON_PrintUnformatted(j);
    if (!s) {   /* cJSON's only failure here is running out of memory */
        fputs("incident-dojo: out of memory printing a save\n", stderr);
        abort();
    }
    savebuf_add(b, s);
    cJSON_free(s);
}

/* One action a line, so a save reads and diffs well in a text editor. */
static void save_build_body(SaveBuf *b, const SaveData *d)
{
    char hex[40];
    cJSON *id = cJSON_CreateString(d->scenario_id);
    savebuf_add(b, "{\"scenario\":{\"id\":");
    savebuf_add_json(b, id);
    cJSON_Delete(id);
    snprintf(hex, sizeof hex, "%016" PRIx64, d->scenario_hash);
    savebuf_add(b, ",\"hash\":\"");
    savebuf_add(b, hex);
    snprintf(hex, sizeof hex, "%016" PRIx64, d->seed);
    savebuf_add(b, "\"},\"seed\":\"");
    savebuf_add(b, hex);
    savebuf_add(b, "\",\"actions\":[");
    cJSON *actions = log_to_json(&d->log);
    for (const cJSON *a = actions->child; a; a = a->next) {
        savebuf_add(b, a == actions->child ? "\n" : ",\n");
        savebuf_add_json(b, a);
    }
    cJSON_Delete(actions);
    savebuf_add(b, "\n]}\n");
}

char *save_serialize(const SaveData *d, size_t *len)
{
    assert(d && d->scenario_id && len);
    SaveBuf body = {0};
    save_build_body(&body, d);
    char head[96];
    int hn = snprintf(head, sizeof head, SAVE_MAGIC " %d %zu %08" PRIx32 "\n",
                      SAVE_FORMAT_VERSION, body.len, hash_crc32(body.p, body.len));
    assert(hn > 0 && (size_t)hn < sizeof head);
    char *out = xmalloc((size_t)hn + body.len + 1);
    memcpy(out, head, (size_t)hn);
    memcpy(out + hn, body.p, body.len + 1);
    *len = (size_t)hn + body.len;
    free(body.p);
    return out;
}

/* ---- Parsing: the header ---- */

static int save_hex_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;   /* upper case too: the writer never makes it, so it is damage */
}

/* Digits only, no sign, no leading zero: one spelling per number, so a
 * flipped bit can never yield another valid spelling of the same value. */
static bool save_read_decimal(const char *buf, size_t len, size_t *pos, int maxdigits,
                              uint64_t *out)
{
    size_t start = *pos;
    uint64_t v = 0;
    while (*pos < len && buf[*pos] >= '0' && buf[*pos] <= '9') {
        if (*pos - start == (size_t)maxdigits) return false;
        v = v * 10 + (uint64_t)(buf[*pos] - '0');
        (*pos)++;
    }
    size_t n = *pos - start;
    if (n == 0 || (n > 1 && buf[start] == '0')) return false;
    *out = v;
    return true;
}

static bool save_read_char(const char *buf, size_t len, size_t *pos, char c)
{
    if (*pos >= len || buf[*pos] != c) return false;
    (*pos)++;
    return true;
}

static bool save_read_hex32(const char *buf, size_t len, size_t *pos, uint32_t *out)
{
    uint32_t v = 0;
    for (int i = 0; i < 8; i++, (*pos)++) {
        int x = *pos < len ? save_hex_value(buf[*pos]) : -1;
        if (x < 0) return false;
        v = v << 4 | (uint32_t)x;
    }
    *out = v;
    return true;
}

static bool save_header_fail(size_t len, size_t pos, const char *what, char *err, size_t errsize)
{
    if (pos >= len)
        return error_set(err, errsize, "save is truncated: the header line is incomplete");
    return error_set(err, errsize, "save header is malformed: bad %s at byte %zu", what, pos);
}

/* Checks the header line, the length and the checksum; on success *body is
 * the JSON text, which the checksum says is exactly what was written. */
static bool save_split(const char *buf, size_t len, const char **body, char *err,
                       size_t errsize)
{
    static const char magic[] = SAVE_MAGIC " ";
    size_t pos = 0, m = sizeof magic - 1;
    uint64_t version = 0, size = 0;
    uint32_t crc = 0;
    if (len == 0) return error_set(err, errsize, "save is empty");
    if (memcmp(buf, magic, len < m ? len : m) != 0)
        return error_set(err, errsize, "not an Incident Dojo save: it does not start with \""
                         SAVE_MAGIC "\"");
    if (len < m) return error_set(err, errsize, "save is truncated: the header line is incomplete");
    pos = m;
    if (!save_read_decimal(buf, len, &pos, 9, &version))
        return save_header_fail(len, pos, "version", err, errsize);
    if (version != SAVE_FORMAT_VERSION)
        return error_set(err, errsize, "unsupported save version %" PRIu64 " (this build reads "
                         "version %d)", version, SAVE_FORMAT_VERSION);
    if (!save_read_char(buf, len, &pos, ' ') || !save_read_decimal(buf, len, &pos, 19, &size))
        return save_header_fail(len, pos, "body length", err, errsize);
    if (!save_read_char(buf, len, &pos, ' ') || !save_read_hex32(buf, len, &pos, &crc))
        return save_header_fail(len, pos, "checksum", err, errsize);
    if (!save_read_char(buf, len, &pos, '\n'))
        return save_header_fail(len, pos, "end of the header line", err, errsize);
    size_t have = len - pos;
    if (size > have)
        return error_set(err, errsize, "save is truncated: header says %" PRIu64 " bytes, file "
                         "has %zu", size, have);
    if (size < have)
        return error_set(err, errsize, "save has trailing bytes: header says %" PRIu64 " bytes, "
                         "file has %zu", size, have);
    if (hash_crc32(buf + pos, have) != crc)
        return error_set(err, errsize, "checksum mismatch: the file is corrupt");
    *body = buf + pos;
    return true;
}

/* ---- Parsing: the JSON body ---- */

/* cJSON keeps unknown and repeated keys and reads the first of a pair; a
 * save is refused instead, so what loads is exactly what was written. */
static bool save_check_keys(const cJSON *obj, const char *where, const char *const *names,
                            char *err, size_t errsize)
{
    unsigned seen = 0;
    for (const cJSON *f = obj->child; f; f = f->next) {
        int i = 0;
        while (names[i] && strcmp(names[i], f->string) != 0) i++;
        if (!names[i])
            return error_set(err, errsize, "save data: unknown field \"%.64s\" in %s",
                             f->string, where);
        if (seen & 1u << i)
            return error_set(err, errsize, "save data: field \"%s\" appears twice in %s",
                             names[i], where);
        seen |= 1u << i;
    }
    for (int i = 0; names[i]; i++)
        if (!(seen & 1u << i))
            return error_set(err, errsize, "save data: %s is missing field \"%s\"",
                             where, names[i]);
    return true;
}

/* 64-bit values are hex strings: a JSON number is a double and would round them. */
static bool save_get_hex64(const cJSON *obj, const char *name, uint64_t *out, char *err,
                           size_t errsize)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, name);
    const char *s = cJSON_IsString(v) ? v->valuestring : "";
    uint64_t x = 0;
    size_t i = 0;
    for (; i < 16 && save_hex_value(s[i]) >= 0; i++)
        x = x << 4 | (uint64_t)save_hex_value(s[i]);
    if (i != 16 || s[i])
        return error_set(err, errsize, "save data: \"%s\" must be a string of 16 lowercase hex "
                         "digits", name);
    *out = x;
    return true;
}

static bool save_parse_scenario(const cJSON *sc, SaveData *out, char *err, size_t errsize)
{
    static const char *const keys[] = {"id", "hash", NULL};
    if (!cJSON_IsObject(sc))
        return error_set(err, errsize, "save data: \"scenario\" must be an object");
    if (!save_check_keys(sc, "\"scenario\"", keys, err, errsize)) return false;
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(sc, "id");
    if (!cJSON_IsString(id) || !id->valuestring[0])
        return error_set(err, errsize, "save data: scenario \"id\" must be a non-empty string");
    if (!save_get_hex64(sc, "hash", &out->scenario_hash, err, errsize)) return false;
    out->scenario_id = xstrdup(id->valuestring);
    return true;
}

static bool save_parse_root(const cJSON *root, SaveData *out, char *err, size_t errsize)
{
    static const char *const keys[] = {"scenario", "seed", "actions", NULL};
    char why[512];
    if (!cJSON_IsObject(root)) return error_set(err, errsize, "save data must be a JSON object");
    if (!save_check_keys(root, "the save", keys, err, errsize) ||
        !save_parse_scenario(cJSON_GetObjectItemCaseSensitive(root, "scenario"), out, err,
                             errsize) ||
        !save_get_hex64(root, "seed", &out->seed, err, errsize))
        return false;
    if (!log_from_json(cJSON_GetObjectItemCaseSensitive(root, "actions"), &out->log, why,
                       sizeof why))
        return error_set(err, errsize, "save data: %s", why);
    return true;
}

static bool save_only_space(const char *p, const char *end)
{
    for (; p < end; p++)
        if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r') return false;
    return true;
}

bool save_parse(const char *buf, size_t len, SaveData *out, char *err, size_t errsize)
{
    assert(out && (buf || len == 0));
    const char *body = NULL, *end = NULL;
    cJSON *root = NULL;
    bool ok = false;
    memset(out, 0, sizeof *out);
    if (!save_split(buf, len, &body, err, errsize)) goto done;
    size_t n = len - (size_t)(body - buf);
    root = cJSON_ParseWithLengthOpts(body, n, &end, false);
    if (!root) {
        const char *at = end && end >= body && end <= body + n ? end : body;
        error_set(err, errsize, "save data is not valid JSON (near byte %zu)", (size_t)(at - buf));
        goto done;
    }
    if (!save_only_space(end, body + n)) {
        error_set(err, errsize, "save data has text after its JSON (byte %zu)",
                  (size_t)(end - buf));
        goto done;
    }
    ok = save_parse_root(root, out, err, errsize);
done:
    cJSON_Delete(root);
    if (!ok) save_data_clear(out);
    return ok;
}

void save_data_clear(SaveData *d)
{
    free(d->scenario_id);
    log_destroy(&d->log);
    memset(d, 0, sizeof *d);
}

/* ---- Files ---- */

static void save_os_reason(int e, char *why, size_t whysize)
{
    if (strerror_r(e, why, whysize) != 0) snprintf(why, whysize, "error %d", e);
}

/* Returns 0 or an errno; EFBIG for a file too large to be a save. */
static int save_read_bytes(const char *path, char **data, size_t *n)
{
    /* O_NONBLOCK: a FIFO at path must not hang the app; it is refused below. */
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return errno;
    struct stat st;
    int e = 0;
    if (fstat(fd, &st) != 0) e = errno;
    else if (S_ISDIR(st.st_mode)) e = EISDIR;
    else if (!S_ISREG(st.st_mode)) e = EINVAL;
    else if ((uintmax_t)st.st_size > SAVE_MAX_BYTES) e = EFBIG;
    size_t cap = e ? 0 : (size_t)st.st_size + 1, len = 0;
    char *buf = e ? NULL : xmalloc(cap);
    while (!e) {
        if (len == cap) buf = xrealloc(buf, cap *= 2);   /* the file grew */
        ssize_t r = read(fd, buf + len, cap - len);
        if (r < 0 && errno == EINTR) continue;
        if (r < 0) e = errno;
        else if (r == 0) break;
        else if ((len += (size_t)r) > SAVE_MAX_BYTES) e = EFBIG;
    }
    close(fd);
    if (e) { free(buf); return e; }
    *data = buf;
    *n = len;
    return 0;
}

static bool save_load_file(const char *path, SaveData *out, char *why, size_t whysize)
{
    char *data = NULL;
    size_t n = 0;
    int e = save_read_bytes(path, &data, &n);
    if (e == EFBIG) return error_set(why, whysize, "too large to be a save");
    if (e == EINVAL) return error_set(why, whysize, "not a regular file");
    if (e) {
        save_os_reason(e, why, whysize);
        return false;
    }
    bool ok = save_parse(data, n, out, why, whysize);
    free(data);
    return ok;
}

SaveLoadStatus save_load(const char *path, SaveData *out, char *err, size_t errsize)
{
    assert(path && out);
    char why_main[512], why_bak[512];
    if (err && errsize) err[0] = '\0';
    if (save_load_file(path, out, why_main, sizeof why_main)) return SAVE_LOADED;
    char *bak = save_printf("%s.bak", path);
    SaveLoadStatus st = SAVE_FAILED;
    if (save_load_file(bak, out, why_bak, sizeof why_bak)) {
        st = SAVE_LOADED_BACKUP;
        error_set(err, errsize, "%s: %s; loaded the backup %s instead", path, why_main, bak);
    } else {
        error_set(err, errsize, "%s: %s; and its backup %s: %s", path, why_main, bak, why_bak);
    }
    free(bak);
    return st;
}

/* ---- Writing ---- */

/* The names one write uses: the temp names carry our pid, so a leftover
 * can be told apart from a live writer's file. */
typedef struct SavePaths { char *dir, *base, *tmp, *link, *bak; } SavePaths;

static void save_paths_init(SavePaths *p, const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash) p->dir = xstrdup(".");
    else if (slash == path) p->dir = xstrdup("/");
    else p->dir = save_printf("%.*s", (int)(slash - path), path);
    p->base = xstrdup(slash ? slash + 1 : path);
    p->tmp = save_printf("%s.tmp.%ld", path, (long)getpid());
    p->link = save_printf("%s.link", p->tmp);
    p->bak = save_printf("%s.bak", path);
}

static void save_paths_free(SavePaths *p)
{
    free(p->dir);
    free(p->base);
    free(p->tmp);
    free(p->link);
    free(p->bak);
}

/* The pid in BASE.tmp.<pid> or BASE.tmp.<pid>.link, else 0. */
static pid_t save_stale_pid(const char *name, const char *base)
{
    size_t n = strlen(base), pos = 0;
    uint64_t pid = 0;
    if (strncmp(name, base, n) != 0 || strncmp(name + n, ".tmp.", 5) != 0) return 0;
    const char *s = name + n + 5;
    if (!save_read_decimal(s, strlen(s), &pos, 9, &pid)) return 0;
    if (s[pos] && strcmp(s + pos, ".link") != 0) return 0;
    return (pid_t)pid;
}

/* A writer killed mid-save leaves its temp files behind. Only those of a
 * dead process (or our own) go: a live pid may be a writer still at work. */
static void save_remove_stale(const SavePaths *p)
{
    DIR *dir = opendir(p->dir);
    if (!dir) return;   /* the write itself will say why the folder is unusable */
    for (struct dirent *e; (e = readdir(dir)) != NULL;) {
        pid_t pid = save_stale_pid(e->d_name, p->base);
        if (pid <= 0) continue;
        if (pid != getpid() && (kill(pid, 0) == 0 || errno != ESRCH)) continue;
        unlinkat(dirfd(dir), e->d_name, 0);
    }
    closedir(dir);
}

static int save_write_all(int fd, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR) continue;
        if (w < 0) return errno;
        if (w == 0) return EIO;
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

static int save_fsync(int fd)
{
    while (fsync(fd) != 0)
        if (errno != EINTR) return errno;
    return 0;
}

/* Creates path, which must not exist, holding exactly bytes and flushed to
 * disk, so that renaming it publishes a complete file. Returns 0 or errno. */
static int save_create_file(const char *path, const char *bytes, size_t n)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0) return errno;
    int e = save_write_all(fd, bytes, n);
    if (!e) e = save_fsync(fd);
    if (close(fd) != 0 && !e && errno != EINTR) e = errno;
    return e;
}

static bool save_link_unsupported(int e)
{
    return e == EPERM || e == EXDEV || e == EMLINK || e == ENOTSUP || e == EOPNOTSUPP ||
           e == ENOSYS;
}

/* Makes PATH.bak the current PATH without PATH ever disappearing: a hard
 * link under a temp name, renamed over PATH.bak (a copy where the file
 * system has no hard links). A damaged PATH is not kept, so it cannot push
 * a good backup out. Returns 0 or an errno. */
static int save_keep_backup(const char *path, const SavePaths *p)
{
    char *old = NULL;
    size_t n = 0;
    const char *body = NULL;
    if (save_read_bytes(path, &old, &n) != 0) return 0;   /* nothing there to keep */
    int e = 0;
    if (save_split(old, n, &body, NULL, 0)) {
        if (link(path, p->link) != 0) {
            e = errno;
            if (save_link_unsupported(e)) e = save_create_file(p->link, old, n);
        }
        if (!e && rename(p->link, p->bak) != 0) e = errno;
        /* When PATH.bak already is PATH (a writer was killed between its two
         * renames), rename() succeeds doing nothing and the link remains. */
        unlink(p->link);
    }
    free(old);
    return e;
}

/* Makes the renames durable; some file systems cannot sync a folder. */
static int save_sync_dir(const char *dir)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return errno;
    int e = save_fsync(fd);
    close(fd);
    return e == EINVAL || e == ENOTSUP ? 0 : e;
}

/* A session that would not load back (an action the session should never
 * have logged) must not replace a good save. */
static bool save_check_bytes(const char *path, const char *bytes, size_t n, char *err,
                             size_t errsize)
{
    SaveData back;
    char why[512];
    if (save_parse(bytes, n, &back, why, sizeof why)) {
        save_data_clear(&back);
        return true;
    }
    return error_set(err, errsize, "cannot save %s: the session would not load back (%s); "
                     "the previous save is unchanged", path, why);
}

static void save_write_failed(const char *path, int e, const char *step, bool placed,
                              char *err, size_t errsize)
{
    char why[256];
    save_os_reason(e, why, sizeof why);
    if (placed)
        error_set(err, errsize, "saved %s, but could not flush its folder to disk: %s",
                  path, why);
    else
        error_set(err, errsize, "cannot save %s: %s (while %s); the previous save is "
                  "unchanged", path, why, step);
}

bool save_write(const char *path, const SaveData *d, char *err, size_t errsize)
{
    assert(path && d);
    SavePaths p;
    size_t n = 0;
    const char *step = "writing a temporary copy";
    char *bytes = save_serialize(d, &n);
    if (!save_check_bytes(path, bytes, n, err, errsize)) {
        free(bytes);
        return false;
    }
    save_paths_init(&p, path);
    save_remove_stale(&p);
    int e = save_create_file(p.tmp, bytes, n);
    if (!e) {
        step = "keeping the previous save as a backup";
        e = save_keep_backup(path, &p);
    }
    if (!e && rename(p.tmp, path) != 0) {
        step = "moving the new save into place";
        e = errno;
    }
    bool placed = !e;
    if (placed) e = save_sync_dir(p.dir);
    if (e) {
        save_write_failed(path, e, step, placed, err, errsize);
        if (!placed) unlink(p.tmp);
        unlink(p.link);
    }
    free(bytes);
    save_paths_free(&p);
    return e == 0;
}
