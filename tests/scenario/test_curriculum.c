/* test_curriculum.c: the shipped curriculum loads and names the shipped
 * scenarios; bad curricula give exact file:line diagnostics; progress is
 * a pure function of (curriculum, profile). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "core/progress.h"
#include "script/curriculum.h"
#include "testing.h"

static const char *const IDS[] = {"tutorial", "cert-expiry", "quiet-queue"};
static char tmp[256];

static Curriculum *load_text(const char *name, const char *text, Diags *d)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", tmp, name);
    FILE *f = fopen(path, "wb");
    if (f) fputs(text, f), fclose(f);
    return curriculum_load(path, IDS, 3, d);
}

/* Every diagnostic, formatted, one a line, with the temp folder cut off. */
static char *formatted(Diags *d)
{
    StrBuf b = {0};
    strbuf_addf(&b, "%s", "");
    diags_sort(d);
    for (int i = 0; i < d->count; i++) {
        char line[2048];
        diags_format(&d->items[i], line, sizeof line);
        const char *rel = strncmp(line, tmp, strlen(tmp)) == 0 ? line + strlen(tmp) + 1 : line;
        strbuf_addf(&b, "%s\n", rel);
    }
    return b.s;
}

static void test_shipped(const char *dir)
{
    char path[512];
    snprintf(path, sizeof path, "%s/../scenarios/curricula/onboarding.lua", dir);
    Diags d = {0};
    Curriculum *c = curriculum_load(path, IDS, 3, &d);
    CHECK(c != NULL);
    CHECK_INT(d.count, 0);
    diags_print(&d, stderr);
    diags_destroy(&d);
    if (!c) return;
    CHECK_STR(c->id, "oncall-onboarding");
    CHECK_STR(c->title, "On-call onboarding");
    CHECK_INT(c->count, 3);
    for (int i = 0; i < c->count && i < 3; i++) {
        CHECK_STR(c->steps[i].scenario, IDS[i]);
        CHECK(c->steps[i].objective_count >= 3);
        CHECK_INT(c->steps[i].require_count, i ? 1 : 0);
        if (i) CHECK_INT(c->steps[i].requires[0], i - 1);
    }
    CHECK(c->steps[0].pass == 60 && c->steps[1].pass == 70);
    curriculum_destroy(c);
}

static void check_errors(const char *name, const char *text, const char *want)
{
    Diags d = {0};
    Curriculum *c = load_text(name, text, &d);
    CHECK(c == NULL);
    char *got = formatted(&d);
    CHECK_STR(got, want);
    free(got);
    curriculum_destroy(c);
    diags_destroy(&d);
}

static void test_errors(void)
{
    check_errors("fields.lua",
        "curriculum {\n"
        "  id = \"x\", title = \"X\", colour = 1,\n"
        "  step { scenario = \"tutorial\", pass = 120 },\n"
        "  step { scenario = \"nope\", why = 1 },\n"
        "  step { objectives = { \"a\", 2 } },\n"
        "}\n",
        "fields.lua:1: error[unknown-field]: curriculum has no field 'colour' (it has id, title, summary and step{}s)\n"
        "fields.lua:3: error[bad-value]: step field 'pass' must be a score from 0 to 100, not 120\n"
        "fields.lua:4: error[unknown-field]: step has no field 'why' (it has scenario, objectives, requires, pass)\n"
        "fields.lua:4: error[dangling-ref]: step names scenario 'nope', which is not in the scenarios folder\n"
        "fields.lua:5: error[wrong-type]: step field 'objectives' entry 2 must be a string, not number\n"
        "fields.lua:5: error[missing-field]: step needs 'scenario', the id of the scenario to play\n");
    check_errors("requires.lua",
        "curriculum { id = \"x\", title = \"X\",\n"
        "  step { scenario = \"tutorial\", requires = { \"cert-expiry\" } },\n"
        "  step { scenario = \"cert-expiry\", requires = { \"cert-expiry\", \"ghost\" } },\n"
        "  step { scenario = \"tutorial\" },\n"
        "}\n",
        "requires.lua:2: error[dangling-ref]: step 'tutorial' requires 'cert-expiry', which comes later: a step may "
        "require only earlier steps\n"
        "requires.lua:3: error[dangling-ref]: step 'cert-expiry' requires 'cert-expiry', which comes at this step: a "
        "step may require only earlier steps\n"
        "requires.lua:3: error[dangling-ref]: step 'cert-expiry' requires 'ghost', which is no step of this curriculum\n"
        "requires.lua:4: error[duplicate-id]: scenario 'tutorial' is already step 1 (line 2)\n");
    check_errors("none.lua", "local x = 1\n", "none.lua: error[no-curriculum]: the file never calls curriculum{}\n");
    check_errors("syntax.lua", "curriculum { id = \"x\"\n  title = \"X\" }\n",
                 "syntax.lua:2: error[syntax]: '}' expected (to close '{' at line 1) near 'title'\n");
    check_errors("global.lua", "curriculum { id = os.time() }\n",
                 "global.lua:1: error[global]: scenarios cannot use 'os'; a scenario must run the same everywhere (no "
                 "clock, environment or processes); to read a file of its folder use read(\"file\")\n");
    check_errors("empty.lua", "curriculum { id = \"x\", title = \"X\" }\ncurriculum { id = \"y\" }\n",
                 "empty.lua:1: error[missing-field]: curriculum has no step{}\n"
                 "empty.lua:2: error[duplicate-id]: curriculum{} is called twice (first at line 1): one file, one "
                 "curriculum\n");
}

static Curriculum *three_steps(void)
{
    Diags d = {0};
    Curriculum *c = load_text("path.lua",
        "curriculum { id = \"p\", title = \"P\",\n"
        "  step { scenario = \"tutorial\", pass = 60 },\n"
        "  step { scenario = \"cert-expiry\", requires = { \"tutorial\" }, pass = 70 },\n"
        "  step { scenario = \"quiet-queue\", requires = { \"cert-expiry\" }, pass = 70 },\n"
        "}\n", &d);
    diags_print(&d, stderr);
    diags_destroy(&d);
    return c;
}

static void check_progress(const Curriculum *c, const Profile *p, StepState a, StepState b, StepState s3, int next,
                           int done)
{
    Progress pr;
    progress_compute(c, p, &pr);
    CHECK_INT(pr.state[0], a);
    CHECK_INT(pr.state[1], b);
    CHECK_INT(pr.state[2], s3);
    CHECK_INT(pr.next, next);
    CHECK_INT(pr.done, done);
    progress_free(&pr);
}

static void test_progress(void)
{
    Curriculum *c = three_steps();
    CHECK(c != NULL);
    if (!c) return;
    Profile p = {0};
    check_progress(c, &p, STEP_OPEN, STEP_LOCKED, STEP_LOCKED, 0, 0);           /* empty: step 1 next */
    profile_record(&p, "tutorial", 59.9, 60, true, 1);
    check_progress(c, &p, STEP_OPEN, STEP_LOCKED, STEP_LOCKED, 0, 0);           /* a failed attempt unlocks nothing */
    profile_record(&p, "quiet-queue", 100, 70, true, 2);                        /* done out of order ... */
    check_progress(c, &p, STEP_OPEN, STEP_LOCKED, STEP_DONE, 0, 1);             /* ... counts, but opens nothing */
    profile_record(&p, "tutorial", 60, 60, true, 3);
    check_progress(c, &p, STEP_DONE, STEP_OPEN, STEP_DONE, 1, 2);               /* passed: step 2 unlocked */
    profile_record(&p, "tutorial", 10, 60, true, 4);
    check_progress(c, &p, STEP_DONE, STEP_OPEN, STEP_DONE, 1, 2);               /* the best score keeps it */
    profile_record(&p, "cert-expiry", 70, 70, true, 5);
    check_progress(c, &p, STEP_DONE, STEP_DONE, STEP_DONE, -1, 3);              /* complete: no next */
    /* the same inputs, the same answer: nothing is remembered between calls */
    Profile empty = {0};
    check_progress(c, &empty, STEP_OPEN, STEP_LOCKED, STEP_LOCKED, 0, 0);
    profile_clear(&p);
    curriculum_destroy(c);
}

int main(int argc, char **argv)
{
    if (argc < 2) { fprintf(stderr, "usage: test_curriculum TESTS_DIR\n"); return 2; }
    snprintf(tmp, sizeof tmp, "/tmp/dojo-curriculum-XXXXXX");
    if (!mkdtemp(tmp)) return 1;
    test_shipped(argv[1]);
    test_errors();
    test_progress();
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", tmp);
    return testing_done("test_curriculum");
}
