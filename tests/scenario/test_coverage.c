/* test_coverage.c: static reachability on tests/scenario/coverage, a
 * scenario written with content that can and cannot be reached, and on
 * the shipped scenarios, which must reach everything. */
#include <dirent.h>
#include <stdio.h>
#include <string.h>
#include "core/coverage.h"
#include "script/loader.h"
#include "testing.h"

static Scenario *load(const char *path)
{
    Diags d = {0};
    Scenario *sc = loader_load(path, NULL, &d, NULL);
    CHECK(sc != NULL && d.errors == 0);
    diags_destroy(&d);
    return sc;
}

static bool reached(const Scenario *sc, const bool *v, const char *id, EntityType type)
{
    int i = scenario_find(sc, id, type);
    CHECK(i >= 0);
    return i >= 0 && v[i];
}

static void test_fixture(const char *tests)
{
    char path[512];
    snprintf(path, sizeof path, "%s/scenario/coverage", tests);
    Scenario *sc = load(path);
    if (!sc) return;
    Coverage c;
    coverage_compute(sc, &c);
    CHECK(reached(sc, c.question, "q.first", ENT_QUESTION));
    CHECK(reached(sc, c.question, "q.second", ENT_QUESTION));    /* unlocked by q.first's fact */
    CHECK(!reached(sc, c.question, "q.ben", ENT_QUESTION));      /* never available */
    CHECK(!reached(sc, c.question, "q.after-ben", ENT_QUESTION)); /* needs Ben's fact */
    CHECK(reached(sc, c.fact, "f.first", ENT_FACT));
    CHECK(reached(sc, c.fact, "f.second", ENT_FACT));
    CHECK(!reached(sc, c.fact, "f.bens", ENT_FACT));
    CHECK(!reached(sc, c.fact, "f.after-ben", ENT_FACT));
    CHECK(reached(sc, c.criterion, "c.reach", ENT_CRITERION));
    CHECK(!reached(sc, c.criterion, "c.never", ENT_CRITERION));
    CHECK(reached(sc, c.criterion, "c.candor", ENT_CRITERION));  /* open questions raise candor to 100 */
    CHECK(reached(sc, c.criterion, "c.lua", ENT_CRITERION));
    CHECK(c.opaque[scenario_find(sc, "c.lua", ENT_CRITERION)]);
    CHECK(!c.opaque[scenario_find(sc, "c.reach", ENT_CRITERION)]);
    /* the evidence named: f.second, m1, f.after-ben; the last cannot be found */
    CHECK_INT(c.evidence_count, 3);
    int ok = 0;
    for (int i = 0; i < c.evidence_count; i++) ok += c.evidence_ok[i];
    CHECK_INT(ok, 2);
    coverage_free(&c);
    scenario_destroy(sc);
}

static void unreachable(const char *path, const char *what, const char *id)
{
    fprintf(stderr, "%s: %s %s cannot be reached\n", path, what, id);
    CHECK(!"everything in a shipped scenario can be reached");
}

/* Every shipped scenario: everything can be reached. */
static void test_shipped(const char *tests)
{
    char dir[512];
    snprintf(dir, sizeof dir, "%s/../scenarios", tests);
    DIR *d = opendir(dir);
    CHECK(d != NULL);
    int seen = 0;
    for (struct dirent *e; d && (e = readdir(d));) {
        /* curricula/ holds curricula, not a scenario */
        if (e->d_name[0] == '.' || strcmp(e->d_name, "README.md") == 0 || strcmp(e->d_name, "curricula") == 0) continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        Scenario *sc = load(path);
        if (!sc) continue;
        Coverage c;
        coverage_compute(sc, &c);
        for (int q = 0; q < sc->question_count; q++)
            if (!c.question[q]) unreachable(path, "question", sc->questions[q].id);
        for (int f = 0; f < sc->fact_count; f++)
            if (!c.fact[f]) unreachable(path, "fact", sc->facts[f].id);
        for (int i = 0; i < sc->criterion_count; i++)
            if (!c.criterion[i]) unreachable(path, "criterion", sc->criteria[i].id);
        for (int i = 0; i < c.evidence_count; i++) CHECK(c.evidence_ok[i]);
        seen++;
        coverage_free(&c);
        scenario_destroy(sc);
    }
    if (d) closedir(d);
    CHECK(seen > 0);
}

int main(int argc, char **argv)
{
    if (argc < 2) { fprintf(stderr, "usage: test_coverage TESTS_DIR\n"); return 2; }
    test_fixture(argv[1]);
    test_shipped(argv[1]);
    return testing_done("test_coverage");
}
