/* test_profile.c: a person's profile: the default name and path, a round
 * trip, best-score keeping, attempts, the .bak kept on write, and an
 * unreadable file set aside with a message naming it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "core/profile.h"
#include "core/util.h"
#include "testing.h"

static char tmp[256];

static bool exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    if (f) fputs(text, f), fclose(f);
}

static void test_names(void)
{
    char name[64], path[512], err[512], want[512];
    setenv("INCIDENT_DOJO_PROFILE", "", 1);
    setenv("USER", "ann lee/../x", 1);
    profile_default_name(name, sizeof name);
    CHECK_STR(name, "ann_lee_.._x");
    setenv("INCIDENT_DOJO_PROFILE", ".hidden", 1);
    profile_default_name(name, sizeof name);
    CHECK_STR(name, "_hidden");
    unsetenv("INCIDENT_DOJO_PROFILE");
    unsetenv("USER");
    profile_default_name(name, sizeof name);
    CHECK_STR(name, "default");
    setenv("XDG_DATA_HOME", tmp, 1);
    CHECK(profile_path("ann", path, sizeof path, err, sizeof err));
    snprintf(want, sizeof want, "%s/incident-dojo/profiles/ann.json", tmp);
    CHECK_STR(path, want);
}

static void test_record(void)
{
    Profile p = {0};
    profile_record(&p, "tutorial", 55.0, 60, true, 1000);
    CHECK_INT(p.count, 1);
    const ProfileEntry *e = profile_find(&p, "tutorial");
    CHECK(e && e->attempts == 1 && e->best == 55.0 && e->last == 55.0 && !e->completed);
    profile_record(&p, "tutorial", 72.5, 60, false, 1001);     /* the score changed on the Debrief */
    e = profile_find(&p, "tutorial");
    CHECK(e->attempts == 1 && e->best == 72.5 && e->completed && e->last_played == 1001);
    profile_record(&p, "tutorial", 40.0, 60, true, 1002);      /* a worse attempt keeps the best */
    e = profile_find(&p, "tutorial");
    CHECK(e->attempts == 2 && e->best == 72.5 && e->last == 40.0 && e->completed);
    CHECK(profile_find(&p, "cert-expiry") == NULL);
    profile_clear(&p);
    CHECK_INT(p.count, 0);
}

static void test_round_trip(void)
{
    char path[512], err[1024] = "", bak[600];
    snprintf(path, sizeof path, "%s/rt/profiles/ann.json", tmp);
    snprintf(bak, sizeof bak, "%s.bak", path);
    Profile p = {0}, q;
    CHECK(profile_load(path, &q, err, sizeof err));          /* missing: empty, not an error */
    CHECK_INT(q.count, 0);
    snprintf(p.name, sizeof p.name, "ann");
    profile_record(&p, "tutorial", 81.3, 60, true, 1700000000);
    profile_record(&p, "cert-expiry", 12.5, 70, true, 1700000100);
    CHECK(profile_save(path, &p, err, sizeof err));
    CHECK(!exists(bak));                                      /* nothing to keep the first time */
    CHECK(profile_save(path, &p, err, sizeof err));
    CHECK(exists(bak));
    CHECK(profile_load(path, &q, err, sizeof err));
    CHECK_STR(q.name, "ann");
    CHECK_INT(q.count, 2);
    const ProfileEntry *e = profile_find(&q, "tutorial");
    CHECK(e && e->best == 81.3 && e->attempts == 1 && e->completed && e->last_played == 1700000000);
    e = profile_find(&q, "cert-expiry");
    CHECK(e && e->best == 12.5 && !e->completed);
    profile_clear(&p);
    profile_clear(&q);
}

static void test_corrupt(void)
{
    char path[512], err[2048] = "", aside[600];
    snprintf(path, sizeof path, "%s/rt/profiles/bad.json", tmp);
    snprintf(aside, sizeof aside, "%s.unreadable", path);
    const char *texts[] = {"{\"scenarios\": {\"tutorial\": {\"best\": 9", "[1, 2]", "{\"scenarios\": {\"t\": 3}}"};
    for (int i = 0; i < 3; i++) {
        write_file(path, texts[i]);
        Profile p;
        err[0] = 0;
        CHECK(!profile_load(path, &p, err, sizeof err));
        CHECK_INT(p.count, 0);
        CHECK_CONTAINS(err, path);
        CHECK_CONTAINS(err, "could not be read");
        CHECK_CONTAINS(err, ".unreadable");
        CHECK(!exists(path));
        char *kept = NULL;
        size_t n;
        CHECK(file_read_all(aside, &kept, &n, err, sizeof err));   /* nothing lost */
        CHECK_STR(kept, texts[i]);
        free(kept);
        profile_clear(&p);
    }
    /* values out of range are read as 0, not trusted */
    write_file(path, "{\"scenarios\": {\"t\": {\"best\": 1e9, \"attempts\": -4}}}");
    Profile p;
    CHECK(profile_load(path, &p, err, sizeof err));
    CHECK(p.count == 1 && p.entries[0].best == 0 && p.entries[0].attempts == 0);
    profile_clear(&p);
}

int main(void)
{
    snprintf(tmp, sizeof tmp, "/tmp/dojo-profile-XXXXXX");
    if (!mkdtemp(tmp)) return 1;
    test_names();
    test_record();
    test_round_trip();
    test_corrupt();
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", tmp);
    return testing_done("test_profile");
}
