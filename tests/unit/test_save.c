/* test_save.c: saves round-trip byte for byte, every truncation and bit flip
 * is caught, and no failed or killed write loses the last good save. */
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "core/save.h"
#include "core/util.h"
#include "testing.h"

/* ---- Fixtures ---- */

static void text_append(char **s, size_t *len, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void text_append(char **s, size_t *len, const char *fmt, ...)
{
    char piece[1024];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(piece, sizeof piece, fmt, ap);
    va_end(ap);
    *s = xrealloc(*s, *len + (size_t)n + 1);
    memcpy(*s + *len, piece, (size_t)n + 1);
    *len += (size_t)n;
}

/* A realistic log: twelve of every kind, pins with notes, markers and tags,
 * report text over several lines with non-ASCII UTF-8. variant makes the
 * two logs the killed-writer test alternates between differ. */
static char *fixture_log_json(int variant)
{
    static const char *markers[] = {"detection", "diagnosis", "repair", "key_moment"};
    char *s = NULL;
    size_t len = 0;
    text_append(&s, &len, "[");
    for (int i = 0; i < 12 + variant; i++) {
        text_append(&s, &len, "%s{\"type\":\"open\",\"source\":\"chat.ops-%d\"},", i ? "," : "", i);
        text_append(&s, &len, "{\"type\":\"pin\",\"item\":\"msg.%d\",\"note\":\"Alert fired at "
                    "09:%02d \\u2014 p99 latency \\\"spiked\\\" (variant %d)\",\"marker\":\"%s\","
                    "\"tags\":[\"dns\",\"cache-%d\"]},", i, i, variant, markers[i % 4], i);
        text_append(&s, &len, "{\"type\":\"pin\",\"item\":\"hunk.%d\"},", i);
        text_append(&s, &len, "{\"type\":\"unpin\",\"item\":\"msg.%d\"},", i);
        text_append(&s, &len, "{\"type\":\"advance\",\"minutes\":%d},", 1 + i * 7);
        text_append(&s, &len, "{\"type\":\"set_report\",\"field\":\"%s\",\"text\":\"Résumé %d: "
                    "the résolveur cache expired.\\nSecond line — naïve retry storm 🔥.\\n"
                    "\\tIndented: 東京 region, ü ß.\"}",
                    i % 2 ? "summary" : "factors", i);
    }
    text_append(&s, &len, ",{\"type\":\"factor\",\"index\":0,\"text\":\"Retries — ×30\","
                "\"evidence\":[\"hunk.1\",\"f.retry\"]},{\"type\":\"order\",\"items\":[\"hunk.1\",\"hunk.0\"]}]");
    return s;
}

static SaveData fixture_save(int variant)
{
    char *text = fixture_log_json(variant);
    char err[512] = "";
    SaveData d = {0};
    cJSON *json = cJSON_Parse(text);
    if (!json || !log_from_json(json, &d.log, err, sizeof err)) {
        fprintf(stderr, "fixture log does not parse: %s\n", err);
        exit(2);
    }
    cJSON_Delete(json);
    free(text);
    d.scenario_id = xstrdup(variant ? "tutorial-\"quoted\"" : "tutorial");
    d.scenario_hash = 0x0123456789abcdefull + (uint64_t)variant;
    d.seed = 0xfedcba9876543210ull ^ (uint64_t)variant;
    return d;
}

static bool same_save(const SaveData *a, const SaveData *b)
{
    if (!a->scenario_id || !b->scenario_id) return false;   /* a failed load */
    size_t na, nb;
    char *sa = save_serialize(a, &na), *sb = save_serialize(b, &nb);
    bool same = na == nb && memcmp(sa, sb, na) == 0;
    free(sa);
    free(sb);
    return same;
}

/* Parses a copy in a buffer of exactly n bytes, so ASan sees any over-read. */
static bool parse_exact(const char *bytes, size_t n, char *err, size_t errsize)
{
    char *copy = xmalloc(n ? n : 1);
    memcpy(copy, bytes, n);
    SaveData out;
    memset(&out, 0xab, sizeof out);   /* save_parse must not rely on a zeroed out */
    bool ok = save_parse(copy, n, &out, err, errsize);
    if (ok) save_data_clear(&out);
    else if (out.scenario_id || out.log.items || out.log.count) ok = true;   /* not cleared */
    free(copy);
    return ok;
}

/* A save made by hand around body, with a correct header, for body errors. */
static char *wrap_body(const char *body, size_t *n)
{
    size_t bl = strlen(body);
    char *s = xmalloc(bl + 64);
    int hl = snprintf(s, 64, "incident-dojo-save 1 %zu %08x\n", bl,
                      (unsigned)hash_crc32(body, bl));
    memcpy(s + hl, body, bl + 1);
    *n = (size_t)hl + bl;
    return s;
}

/* ---- Files ---- */

static char *path_in(const char *dir, const char *name)
{
    char *p = xmalloc(strlen(dir) + strlen(name) + 2);
    sprintf(p, "%s/%s", dir, name);
    return p;
}

static char *file_slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = NULL;
    size_t len = 0, cap = 0, r;
    do {
        if (len == cap) buf = xrealloc(buf, cap = cap * 2 + 4096);
        r = fread(buf + len, 1, cap - len, f);
        len += r;
    } while (r > 0);
    fclose(f);
    *n = len;
    return buf;
}

static void file_put(const char *path, const char *bytes, size_t n)
{
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(bytes, 1, n, f) != n || fclose(f) != 0) {
        perror(path);
        exit(2);
    }
}

static bool file_exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

/* How many names in dir contain part. */
static int dir_count(const char *dir, const char *part)
{
    DIR *d = opendir(dir);
    int n = 0;
    if (!d) return -1;
    for (struct dirent *e; (e = readdir(d)) != NULL;)
        if (strstr(e->d_name, part)) n++;
    closedir(d);
    return n;
}

static void dir_remove_all(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) return;
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        char *p = path_in(dir, e->d_name);
        struct stat st;
        if (lstat(p, &st) == 0 && S_ISDIR(st.st_mode)) dir_remove_all(p);
        else unlink(p);
        free(p);
    }
    closedir(d);
    rmdir(dir);
}

static pid_t dead_pid(void)
{
    pid_t pid = fork();
    if (pid == 0) _exit(0);
    waitpid(pid, NULL, 0);
    return pid;
}

static void sleep_us(long us)
{
    struct timespec ts = {us / 1000000, (us % 1000000) * 1000};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {}
}

/* ---- In memory ---- */

static void test_hash(void)
{
    CHECK_INT(hash_crc32("123456789", 9), 0xcbf43926);
    CHECK_INT(hash_crc32("", 0), 0);
    CHECK_INT(hash_crc32("The quick brown fox jumps over the lazy dog", 43), 0x414fa339);
    CHECK(hash_fnv1a64(HASH_FNV_SEED, "", 0) == HASH_FNV_SEED);
    CHECK(hash_fnv1a64(HASH_FNV_SEED, "a", 1) == 0xaf63dc4c8601ec8cull);
    CHECK(hash_fnv1a64(HASH_FNV_SEED, "foobar", 6) == 0x85944171f73967e8ull);
    CHECK(hash_fnv1a64(hash_fnv1a64(HASH_FNV_SEED, "foo", 3), "bar", 3) ==
          hash_fnv1a64(HASH_FNV_SEED, "foobar", 6));
}

static void test_round_trip(void)
{
    SaveData d = fixture_save(1), back;
    char err[512] = "";
    size_t n, n2;
    char *bytes = save_serialize(&d, &n);
    CHECK(strncmp(bytes, "incident-dojo-save 1 ", 21) == 0);
    CHECK(save_parse(bytes, n, &back, err, sizeof err));
    CHECK_STR(err, "");
    char *again = save_serialize(&back, &n2);
    CHECK(n == n2 && memcmp(bytes, again, n) == 0);
    CHECK_STR(back.scenario_id, "tutorial-\"quoted\"");
    CHECK(back.scenario_hash == d.scenario_hash);
    CHECK(back.seed == d.seed);
    CHECK_INT(back.log.count, 13 * 6 + 2);   /* and a factor and an order */
    CHECK_INT(back.log.items[1].marker, MARKER_DETECTION);
    CHECK_INT(back.log.items[1].tag_count, 2);
    CHECK_CONTAINS(back.log.items[5].text, "東京");
    CHECK_CONTAINS(bytes, "\"seed\":\"fedcba9876543211\"");
    save_data_clear(&back);
    CHECK(back.scenario_id == NULL && back.log.count == 0);
    free(again);
    free(bytes);

    SaveData empty = {.scenario_id = "x"};   /* an empty log round-trips too */
    bytes = save_serialize(&empty, &n);
    CHECK(save_parse(bytes, n, &back, err, sizeof err));
    CHECK(same_save(&empty, &back));
    CHECK_INT(back.log.count, 0);
    save_data_clear(&back);
    free(bytes);
    save_data_clear(&d);
}

static void check_parse_error(const char *bytes, size_t n, const char *expect)
{
    char err[512] = "";
    CHECK(!parse_exact(bytes, n, err, sizeof err));
    CHECK_CONTAINS(err, expect);
}

static void check_body_error(const char *body, const char *expect)
{
    size_t n;
    char *s = wrap_body(body, &n);
    check_parse_error(s, n, expect);
    free(s);
}

static void test_header_errors(void)
{
    static const char body[] = "{\"scenario\":{\"id\":\"x\",\"hash\":\"00000000000000ff\"},"
                               "\"seed\":\"0000000000000001\",\"actions\":[]}";
    char err[512] = "", buf[512];
    size_t n;
    char *good = wrap_body(body, &n);
    CHECK(parse_exact(good, n, err, sizeof err));
    check_parse_error("", 0, "save is empty");
    check_parse_error("hello world\n{}", 14, "not an Incident Dojo save");
    check_parse_error("incident-dojo-save 7 2 00000000\n{}", 34, "unsupported save version 7");
    check_parse_error("incident-dojo-save 01 2 00000000\n{}", 35, "malformed");
    check_parse_error("incident-dojo-save 1 812 00000000\n{}", 36,
                      "save is truncated: header says 812 bytes, file has 2");
    check_parse_error("incident-dojo-save 1 02 00000000\n{}", 35, "malformed");
    check_parse_error("incident-dojo-save 1 +2 00000000\n{}", 35, "malformed");
    check_parse_error("incident-dojo-save 1 2 0000000\n{}", 33, "malformed");
    check_parse_error("incident-dojo-save 1 2 0000000A\n{}", 34, "malformed");
    check_parse_error("incident-dojo-save 1 2 00000000 \n{}", 35, "malformed");
    check_parse_error("incident-dojo-save  1 2 00000000\n{}", 35, "malformed");
    check_parse_error("incident-dojo-save 1 2 00000000\n{}", 34,
                      "checksum mismatch: the file is corrupt");
    memcpy(buf, good, n);
    memcpy(buf + n, "\n", 1);
    snprintf(err, sizeof err, "save has trailing bytes: header says %zu bytes, file has %zu",
             strlen(body), strlen(body) + 1);
    check_parse_error(buf, n + 1, err);
    buf[n - 3] ^= 0x20;   /* "[" -> "{" in the body: the CRC must notice */
    check_parse_error(buf, n, "checksum mismatch");
    free(good);
}

static void test_body_errors(void)
{
    check_body_error("{\"scenario\":", "not valid JSON");
    check_body_error("[1,2]", "must be a JSON object");
    check_body_error("{} {}", "text after its JSON");
    check_body_error("{\"scenario\":{\"id\":\"x\",\"hash\":\"00000000000000ff\"},"
                     "\"actions\":[]}", "missing field \"seed\"");
    check_body_error("{\"scenario\":{\"id\":\"x\",\"hash\":\"00000000000000ff\"},"
                     "\"seed\":1,\"actions\":[]}", "\"seed\" must be a string of 16");
    check_body_error("{\"scenario\":{\"id\":\"x\",\"hash\":\"00000000000000FF\"},"
                     "\"seed\":\"0000000000000001\",\"actions\":[]}", "\"hash\" must be");
    check_body_error("{\"scenario\":{\"id\":\"x\",\"hash\":\"0000000000000ff\"},"
                     "\"seed\":\"0000000000000001\",\"actions\":[]}", "\"hash\" must be");
    check_body_error("{\"scenario\":{\"id\":\"\",\"hash\":\"00000000000000ff\"},"
                     "\"seed\":\"0000000000000001\",\"actions\":[]}", "non-empty string");
    check_body_error("{\"scenario\":\"x\",\"seed\":\"0000000000000001\",\"actions\":[]}",
                     "\"scenario\" must be an object");
    check_body_error("{\"scenario\":{\"id\":\"x\",\"hash\":\"00000000000000ff\"},"
                     "\"seed\":\"0000000000000001\",\"actions\":[],\"extra\":1}",
                     "unknown field \"extra\"");
    check_body_error("{\"scenario\":{\"id\":\"x\",\"hash\":\"00000000000000ff\"},"
                     "\"seed\":\"0000000000000001\",\"seed\":\"0000000000000002\","
                     "\"actions\":[]}", "\"seed\" appears twice");
    check_body_error("{\"scenario\":{\"id\":\"x\",\"hash\":\"00000000000000ff\"},"
                     "\"seed\":\"0000000000000001\",\"actions\":{}}", "array");
    check_body_error("{\"scenario\":{\"id\":\"x\",\"hash\":\"00000000000000ff\"},"
                     "\"seed\":\"0000000000000001\",\"actions\":[{\"type\":\"open\","
                     "\"source\":\"a\"},{\"type\":\"advance\",\"minutes\":2.5}]}", "action 1");
}

/* Every proper prefix of a save is refused and said to be cut short. */
static void test_truncation(void)
{
    SaveData d = fixture_save(0);
    size_t n;
    char *bytes = save_serialize(&d, &n), err[512];
    int missed = 0, unclear = 0;
    for (size_t cut = 0; cut < n; cut++) {
        err[0] = '\0';
        if (parse_exact(bytes, cut, err, sizeof err)) {
            if (!missed++) fprintf(stderr, "truncation at %zu not detected\n", cut);
        } else if (!strstr(err, "truncated") && !(cut == 0 && strstr(err, "empty"))) {
            if (!unclear++) fprintf(stderr, "truncation at %zu: %s\n", cut, err);
        }
    }
    CHECK(n > 4000);
    CHECK_INT(missed, 0);
    CHECK_INT(unclear, 0);
    CHECK(parse_exact(bytes, n, err, sizeof err));
    printf("test_save: %zu truncations of a %zu-byte save refused\n", n, n);
    free(bytes);
    save_data_clear(&d);
}

static void test_bit_flips(void)
{
    SaveData d = fixture_save(0);
    size_t n;
    char *bytes = save_serialize(&d, &n), err[512];
    int missed = 0;
    for (size_t i = 0; i < n; i++) {
        for (int bit = 0; bit < 8; bit++) {
            bytes[i] ^= (char)(1 << bit);
            if (parse_exact(bytes, n, err, sizeof err) && !missed++)
                fprintf(stderr, "flip of bit %d of byte %zu not detected\n", bit, i);
            bytes[i] ^= (char)(1 << bit);
        }
    }
    CHECK_INT(missed, 0);
    CHECK(parse_exact(bytes, n, err, sizeof err));
    printf("test_save: %zu single-bit flips refused\n", n * 8);
    free(bytes);
    save_data_clear(&d);
}

/* ---- On disk ---- */

static void check_loads(const char *path, const SaveData *want, SaveLoadStatus status)
{
    SaveData got;
    char err[1024] = "";
    CHECK_INT(save_load(path, &got, err, sizeof err), status);
    CHECK(same_save(&got, want));
    if (status == SAVE_LOADED) CHECK_STR(err, "");
    save_data_clear(&got);
}

static void test_write_and_load(const char *dir)
{
    SaveData a = fixture_save(0), b = fixture_save(1);
    char *path = path_in(dir, "run.save"), *bak = path_in(dir, "run.save.bak");
    char err[1024] = "";
    CHECK(save_write(path, &a, err, sizeof err));
    CHECK_STR(err, "");
    check_loads(path, &a, SAVE_LOADED);
    CHECK(!file_exists(bak));   /* nothing to back up on the first save */
    CHECK(save_write(path, &b, err, sizeof err));
    check_loads(path, &b, SAVE_LOADED);
    check_loads(bak, &a, SAVE_LOADED);
    size_t n, m;
    char *disk = file_slurp(path, &n), *mem = save_serialize(&b, &m);
    CHECK(disk && n == m && memcmp(disk, mem, n) == 0);
    CHECK_INT(dir_count(dir, "run.save.tmp."), 0);

    /* A writer killed between its renames leaves PATH.bak and PATH one file:
     * rename() over the same file does nothing, and must leave no link. */
    CHECK(unlink(bak) == 0 && link(path, bak) == 0);
    CHECK(save_write(path, &a, err, sizeof err));
    check_loads(path, &a, SAVE_LOADED);
    check_loads(bak, &b, SAVE_LOADED);
    CHECK_INT(dir_count(dir, "run.save.tmp."), 0);
    free(disk);
    free(mem);
    free(path);
    free(bak);
    save_data_clear(&a);
    save_data_clear(&b);
}

static void test_backup_fallback(const char *dir)
{
    SaveData a = fixture_save(0), b = fixture_save(1), got;
    char *path = path_in(dir, "fb.save"), *bak = path_in(dir, "fb.save.bak");
    char err[1024] = "";
    size_t n;
    CHECK(save_write(path, &a, err, sizeof err) && save_write(path, &b, err, sizeof err));
    char *bytes = file_slurp(path, &n);
    bytes[n / 2] ^= 0x04;
    file_put(path, bytes, n);
    CHECK_INT(save_load(path, &got, err, sizeof err), SAVE_LOADED_BACKUP);
    CHECK(same_save(&got, &a));
    CHECK_CONTAINS(err, path);
    CHECK_CONTAINS(err, "checksum mismatch");
    CHECK_CONTAINS(err, "fb.save.bak");
    save_data_clear(&got);

    /* A damaged save must not be rotated over the good backup. */
    CHECK(save_write(path, &b, err, sizeof err));
    check_loads(path, &b, SAVE_LOADED);
    check_loads(bak, &a, SAVE_LOADED);

    CHECK(unlink(path) == 0);
    CHECK_INT(save_load(path, &got, err, sizeof err), SAVE_LOADED_BACKUP);
    CHECK(same_save(&got, &a));
    CHECK_CONTAINS(err, "No such file");
    save_data_clear(&got);

    file_put(path, bytes, n / 3);   /* both bad: a truncated save and no backup */
    CHECK(unlink(bak) == 0);
    memset(&got, 0x5a, sizeof got);
    CHECK_INT(save_load(path, &got, err, sizeof err), SAVE_FAILED);
    CHECK_CONTAINS(err, path);
    CHECK_CONTAINS(err, "truncated");
    CHECK_CONTAINS(err, "fb.save.bak: No such file");
    CHECK(got.scenario_id == NULL && got.log.count == 0);
    free(bytes);
    free(path);
    free(bak);
    save_data_clear(&a);
    save_data_clear(&b);
}

static void test_stale_temps(const char *dir)
{
    SaveData a = fixture_save(0);
    char *path = path_in(dir, "st.save"), name[256], err[1024] = "";
    pid_t dead = dead_pid();
    const char *stale[] = {"st.save.tmp.%ld", "st.save.tmp.%ld.link"};
    const char *kept[] = {"st.save.tmp.1", "st.save.tmp.notes", "other.save.tmp.%ld",
                          "st.save.tmp.%ld.old"};
    for (int i = 0; i < 2; i++) {
        snprintf(name, sizeof name, stale[i], (long)dead);
        char *p = path_in(dir, name);
        file_put(p, "half a save", 11);
        free(p);
    }
    for (int i = 0; i < 4; i++) {
        snprintf(name, sizeof name, kept[i], (long)dead);
        char *p = path_in(dir, name);
        file_put(p, "not ours", 8);
        free(p);
    }
    CHECK_INT(dir_count(dir, "st.save.tmp."), 5);
    CHECK(save_write(path, &a, err, sizeof err));
    /* pid 1 is alive, "notes" and ".old" are not our names, "other" not our file */
    CHECK_INT(dir_count(dir, "st.save.tmp."), 3);
    CHECK_INT(dir_count(dir, "other.save.tmp."), 1);
    for (int i = 0; i < 4; i++) {
        snprintf(name, sizeof name, kept[i], (long)dead);
        char *p = path_in(dir, name);
        CHECK(file_exists(p));
        free(p);
    }
    free(path);
    save_data_clear(&a);
}

/* Runs save_write in a child after setup (which drops privileges or sets
 * a limit) and returns whether it succeeded there, with its message in err.
 * A child that dies or says nothing counts as success, so the test fails. */
static bool write_in_child(void (*setup)(void), const char *path, const SaveData *d,
                           char *err, size_t errsize)
{
    int fds[2];
    if (pipe(fds) != 0) {
        perror("pipe");
        return true;
    }
    pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        setup();
        char msg[1024] = "";
        bool ok = save_write(path, d, msg, sizeof msg);
        if (write(fds[1], ok ? "1" : "0", 1) != 1 || write(fds[1], msg, strlen(msg)) < 0)
            _exit(3);
        _exit(0);
    }
    close(fds[1]);
    char buf[1100] = "";
    size_t n = 0;
    ssize_t r;
    while (n < sizeof buf - 1 && (r = read(fds[0], buf + n, sizeof buf - 1 - n)) > 0)
        n += (size_t)r;
    close(fds[0]);
    waitpid(pid, NULL, 0);
    snprintf(err, errsize, "%.1000s", n ? buf + 1 : "(child said nothing)");
    return n == 0 || buf[0] == '1';
}

/* Root ignores folder permissions, so it becomes nobody first. */
static void setup_unprivileged(void)
{
    if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0)) {
        perror("setuid nobody");
        _exit(4);
    }
}

/* RLIMIT_FSIZE makes write() fail as a full disk would (EFBIG, not
 * ENOSPC, but through the same code path) without needing a mount. */
static void setup_small_disk(void)
{
    struct rlimit rl = {2048, 2048};
    signal(SIGXFSZ, SIG_IGN);
    if (setrlimit(RLIMIT_FSIZE, &rl) != 0) _exit(4);
}

static void test_write_failures(const char *dir)
{
    SaveData a = fixture_save(0), b = fixture_save(1);
    char *sub = path_in(dir, "ro"), *path = path_in(sub, "x.save"), err[1024] = "";
    CHECK(mkdir(sub, 0755) == 0);
    CHECK(save_write(path, &a, err, sizeof err));
    CHECK(chmod(dir, 0755) == 0 && chmod(sub, 0555) == 0);
    CHECK(!write_in_child(setup_unprivileged, path, &b, err, sizeof err));
    CHECK_CONTAINS(err, path);
    CHECK_CONTAINS(err, "Permission denied");
    check_loads(path, &a, SAVE_LOADED);
    CHECK(chmod(sub, 0755) == 0 && chmod(dir, 0700) == 0);

    CHECK(!write_in_child(setup_small_disk, path, &b, err, sizeof err));
    CHECK_CONTAINS(err, "cannot save");
    CHECK_CONTAINS(err, path);
    CHECK_CONTAINS(err, "File too large");
    check_loads(path, &a, SAVE_LOADED);
    CHECK_INT(dir_count(sub, ".tmp."), 0);   /* the failed write cleaned up */

    /* A session that would not load back never replaces the good save. */
    SaveData broken = fixture_save(1);
    broken.log.items[4].minutes = 0;
    CHECK(!save_write(path, &broken, err, sizeof err));
    CHECK_CONTAINS(err, "would not load back");
    CHECK_CONTAINS(err, "action 4");
    check_loads(path, &a, SAVE_LOADED);
    save_data_clear(&broken);

    /* A FIFO where the save should be is refused, not waited on. */
    char *fifo = path_in(dir, "fifo.save");
    CHECK(mkfifo(fifo, 0600) == 0);
    SaveData got;
    CHECK_INT(save_load(fifo, &got, err, sizeof err), SAVE_FAILED);
    CHECK_CONTAINS(err, "not a regular file");
    free(fifo);

    char *nowhere = path_in(dir, "missing/x.save");
    CHECK(!save_write(nowhere, &a, err, sizeof err));
    CHECK_CONTAINS(err, nowhere);
    CHECK_CONTAINS(err, "No such file");
    free(nowhere);
    free(path);
    free(sub);
    save_data_clear(&a);
    save_data_clear(&b);
}

static double now_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

/* A child that saves b, a, b, a ... as fast as it can and writes a byte to
 * the pipe after each save, so the parent can aim its kill at a moment in
 * a save's life however slow the machine (or the sanitizer) is. */
static pid_t spawn_writer(const char *path, const SaveData *a, const SaveData *b, int *fd)
{
    int fds[2];
    if (pipe(fds) != 0) {
        perror("pipe");
        exit(2);
    }
    pid_t pid = fork();
    if (pid == 0) {
        char err[1024];
        close(fds[0]);
        for (unsigned i = 0;; i++) {
            save_write(path, i % 2 ? a : b, err, sizeof err);
            if (write(fds[1], "s", 1) != 1) _exit(0);
        }
    }
    close(fds[1]);
    *fd = fds[0];
    return pid;
}

/* The child is killed after 0, 1 or 2 finished saves plus up to 1.5 saves'
 * time; every time, the save on disk must be one of the two logs, whole,
 * and loaded from PATH itself, which never disappears. */
static void test_killed_writer(const char *dir)
{
    SaveData a = fixture_save(0), b = fixture_save(1), got;
    char *path = path_in(dir, "kill.save"), err[1024] = "", c;
    int rounds = 200, seen_a = 0, seen_b = 0, bad = 0, stale_rounds = 0, fd;
    double t0 = now_us();
    for (int i = 0; i < 5; i++) CHECK(save_write(path, &a, err, sizeof err));
    long save_us = (long)((now_us() - t0) / 5) + 1;
    for (int r = 0; r < rounds; r++) {
        pid_t pid = spawn_writer(path, &a, &b, &fd);
        for (int k = 0; k < r % 3; k++)
            if (read(fd, &c, 1) != 1) break;
        sleep_us((r * 7919L) % (save_us * 3 / 2 + 1));
        kill(pid, SIGKILL);
        waitpid(pid, NULL, 0);
        close(fd);
        if (dir_count(dir, "kill.save.tmp.") > 0) stale_rounds++;
        SaveLoadStatus st = save_load(path, &got, err, sizeof err);
        if (st != SAVE_LOADED && !bad++) fprintf(stderr, "round %d: %s\n", r, err);
        if (same_save(&got, &a)) seen_a++;
        else if (same_save(&got, &b)) seen_b++;
        else if (!bad++) fprintf(stderr, "round %d: loaded neither log\n", r);
        save_data_clear(&got);
    }
    CHECK_INT(bad, 0);
    CHECK_INT(seen_a + seen_b, rounds);
    CHECK(seen_b > 0 && seen_a > 0);   /* the child really did save, both ways */
    CHECK(stale_rounds > 0);           /* and some kills did land mid-save */
    CHECK(save_write(path, &a, err, sizeof err));
    CHECK_INT(dir_count(dir, "kill.save.tmp."), 0);
    printf("test_save: %d kills (a save takes ~%ld us): %d left log A, %d log B, "
           "%d left temp files\n", rounds, save_us, seen_a, seen_b, stale_rounds);
    free(path);
    save_data_clear(&a);
    save_data_clear(&b);
}

int main(void)
{
    char dir[] = "/tmp/test_save.XXXXXX";
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 2;
    }
    test_hash();
    test_round_trip();
    test_header_errors();
    test_body_errors();
    test_truncation();
    test_bit_flips();
    test_write_and_load(dir);
    test_backup_fallback(dir);
    test_stale_temps(dir);
    test_write_failures(dir);
    test_killed_writer(dir);
    dir_remove_all(dir);
    return testing_done("test_save");
}
