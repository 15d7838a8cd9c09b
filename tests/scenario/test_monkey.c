/* test_monkey.c: random play-throughs of every catalogued scenario. Many
 * seeds of thousands of random actions, valid and not: a refused action
 * must change nothing, an accepted one must keep the session's invariants,
 * and replaying the accepted log must give the same state, byte for byte. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include "core/rubric.h"
#include "core/session.h"
#include "script/loader.h"
#include "testing.h"

#define SEEDS 24
#define STEPS 1500

static unsigned long long rng_state;
static unsigned rnd(unsigned n)
{
    rng_state = rng_state * 6364136223846793005ULL + 1442695040888963407ULL;
    return n ? (unsigned)((rng_state >> 33) % n) : 0;
}

static const char *const WORDS[] = {"cache", "jitter", "runbook", "why didn't you", "what did you notice",
    "should have", "blame", "PLAT-88", "", "How did you know to look there?", "So you ignored it, right?",
    "\xE2\x80\x99", "Dana", "human error", "what else was going on"};
#define NWORDS (int)(sizeof WORDS / sizeof WORDS[0])

static char *some_text(void)
{
    char buf[256] = "";
    int n = (int)rnd(4);
    for (int i = 0; i < n; i++) {
        strncat(buf, WORDS[rnd(NWORDS)], sizeof buf - strlen(buf) - 2);
        strncat(buf, " ", sizeof buf - strlen(buf) - 1);
    }
    return xstrdup(buf);
}

/* An id of the right kind most of the time, a wrong or unknown one
 * sometimes: refusals are part of what is tested. */
static char *some_id(const Scenario *sc, EntityType want)
{
    if (rnd(20) == 0) return xstrdup("no-such-id");
    if (rnd(20) == 0 && sc->entity_count) {
        for (int k = 0; k < sc->ids.cap; k++)
            if (sc->ids.keys[k] && rnd(4) == 0) return xstrdup(sc->ids.keys[k]);
    }
    int n = 0;
    for (int k = 0; k < sc->ids.cap; k++)
        if (sc->ids.keys[k] && sc->entities[sc->ids.vals[k]].type == want) n++;
    if (!n) return xstrdup("none");
    int pick = (int)rnd((unsigned)n);
    for (int k = 0; k < sc->ids.cap; k++)
        if (sc->ids.keys[k] && sc->entities[sc->ids.vals[k]].type == want && pick-- == 0)
            return xstrdup(sc->ids.keys[k]);
    return xstrdup("none");
}

static Action some_action(const Scenario *sc)
{
    Action a = {0};
    switch (rnd(15)) {
    case 0: a.kind = ACTION_OPEN; a.target = some_id(sc, ENT_SOURCE); break;
    case 1: case 2:
        a.kind = ACTION_PIN; a.target = some_id(sc, ENT_ITEM);
        a.marker = (Marker)rnd(MARKER_COUNT);
        if (rnd(2)) a.note = some_text();
        break;
    case 3: a.kind = ACTION_UNPIN; a.target = some_id(sc, ENT_ITEM); break;
    case 4: a.kind = ACTION_ADVANCE; a.minutes = 1 + (int)rnd(90); break;
    case 5: a.kind = ACTION_SET_REPORT; a.field = (int)rnd(REPORT_FIELD_COUNT); a.text = some_text(); break;
    case 6:
        a.kind = ACTION_TRIAGE; a.target = some_id(sc, ENT_CASE);
        a.review = rnd(2); a.signals = rnd(1u << SIGNAL_KIND_COUNT);
        break;
    case 7: {
        a.kind = ACTION_CHOOSE;
        a.people_count = (int)rnd(4);
        a.people = xcalloc((size_t)a.people_count + 1, sizeof *a.people);
        for (int i = 0; i < a.people_count; i++) a.people[i] = some_id(sc, ENT_PERSON);
        for (int i = 1; i < a.people_count; i++)   /* a duplicate is refused by validation */
            for (int j = 0; j < i; j++)
                if (strcmp(a.people[i], a.people[j]) == 0) { free(a.people[i]); a.people[i] = xstrdup("dup"); }
        break;
    }
    case 8: a.kind = ACTION_ASK; a.target = some_id(sc, ENT_QUESTION); break;
    case 9: a.kind = ACTION_ASK_TYPED; a.target = some_id(sc, ENT_PERSON); a.text = some_text(); break;
    case 10: case 11: {   /* factor: evidence from items and facts; order: items */
        bool factor = rnd(2);
        a.kind = factor ? ACTION_FACTOR : ACTION_ORDER;
        a.index = (int)rnd(6);
        if (factor) a.text = some_text();
        a.id_count = (int)rnd(4);
        a.ids = xcalloc((size_t)a.id_count + 1, sizeof *a.ids);
        for (int i = 0; i < a.id_count; i++) a.ids[i] = some_id(sc, factor && rnd(2) ? ENT_FACT : ENT_ITEM);
        for (int i = 1; i < a.id_count; i++)
            for (int j = 0; j < i; j++)
                if (strcmp(a.ids[i], a.ids[j]) == 0) { free(a.ids[i]); a.ids[i] = xstrdup("dup"); }
        break;
    }
    case 12: a.kind = ACTION_HINT; a.target = some_id(sc, ENT_CRITERION); break;
    default:
        a.kind = ACTION_MOVE;
        a.move = (int)rnd(MOVE_KIND_COUNT);
        if (a.move == MOVE_INVITE || a.move == MOVE_MAKE_SENSE || a.move == MOVE_PAUSE || rnd(10) == 0)
            a.target = some_id(sc, ENT_PERSON);
        break;
    }
    return a;
}

/* What a session looks like from outside: the result JSON and the pins. */
static char *snapshot(const Session *s, const CondHost *host)
{
    Score score;
    rubric_score(s, host, &score);
    cJSON *j = rubric_result_json(s, &score);
    cJSON_AddNumberToObject(j, "turns", s->turn_count);
    cJSON_AddNumberToObject(j, "opened", s->open_count);
    cJSON_AddNumberToObject(j, "factors", s->factor_count);
    cJSON_AddStringToObject(j, "factor_text", s->report[REPORT_FACTORS] ? s->report[REPORT_FACTORS] : "");
    int *items = xcalloc((size_t)s->pin_count + 1, sizeof *items), n = session_timeline(s, items);
    cJSON *tl = cJSON_AddArrayToObject(j, "timeline");
    for (int i = 0; i < n; i++) cJSON_AddItemToArray(tl, cJSON_CreateNumber(items[i]));
    free(items);
    char *text = cJSON_PrintUnformatted(j);
    cJSON_Delete(j);
    score_destroy(&score);
    return text;
}

static void check_invariants(const Session *s)
{
    const Scenario *sc = s->sc;
    int pins = 0, learned = 0, opened = 0;
    for (int i = 0; i < sc->item_count; i++) {
        pins += s->pins[i].pinned;
        if (s->pins[i].pinned && !s->opened[sc->items[i].source]) CHECK(!"a pin in an unopened source");
    }
    for (int f = 0; f < sc->fact_count; f++) learned += s->learned_from[f] >= 0;
    for (int i = 0; i < sc->source_count; i++) opened += s->opened[i];
    CHECK_INT(pins, s->pin_count);
    CHECK_INT(learned, s->learned_count);
    CHECK_INT(opened, s->open_count);
    for (int i = 0; i < sc->interviewee_count; i++)
        CHECK(s->interviews[i].candor >= 0 && s->interviews[i].candor <= 100);
    int surfaced = 0;
    for (int i = 0; i < sc->insight_count; i++) surfaced += s->meeting.surfaced[i] >= 0;
    CHECK_INT(surfaced, s->meeting.surfaced_count);
    CHECK(s->meeting.beat >= 0 && (sc->beat_count == 0 || s->meeting.beat < sc->beat_count));
    CHECK(s->factor_count >= 0 && s->factor_count <= ACTION_MAX_FACTORS);
    CHECK((s->factor_count > 0) == (s->report[REPORT_FACTORS] != NULL));
    for (int i = 0; i < s->factor_count; i++) CHECK(s->factors[i].text && s->factors[i].text[0]);
    int *items = xcalloc((size_t)s->pin_count + 1, sizeof *items);
    CHECK_INT(session_timeline(s, items), s->pin_count);
    free(items);
}

static void monkey(const char *path)
{
    Diags diags = {0};
    ScriptHost *sh = NULL;
    Scenario *sc = loader_load(path, NULL, &diags, &sh);
    diags_destroy(&diags);
    CHECK(sc != NULL);
    if (!sc) return;
    CondHost host = script_host_cond(sh);
    int accepted_total = 0, by_kind[ACTION_KIND_COUNT] = {0};
    for (int seed = 1; seed <= SEEDS; seed++) {
        rng_state = (unsigned long long)seed * 0x9E3779B97F4A7C15ULL;
        Session *s = session_create(sc);
        ActionLog log = {0};
        for (int step = 0; step < STEPS; step++) {
            Action a = some_action(sc);
            int clock = s->clock, count = s->action_count;
            char *before = rnd(50) == 0 ? snapshot(s, &host) : NULL;
            char err[512];
            if (session_apply(s, &a, err, sizeof err)) {
                CHECK(s->clock >= clock);
                CHECK_INT(s->action_count, count + 1);
                by_kind[a.kind]++;
                log_push(&log, &a);
            } else {
                CHECK(err[0] != '\0');             /* a refusal says why */
                CHECK_INT(s->action_count, count);
                if (before) {
                    char *after = snapshot(s, &host);
                    CHECK_STR(after, before);      /* and changes nothing */
                    free(after);
                }
                action_clear(&a);
            }
            free(before);
        }
        check_invariants(s);
        /* the log through JSON into a fresh session: the same state */
        cJSON *json = log_to_json(&log);
        ActionLog again;
        char err[512];
        CHECK(log_from_json(json, &again, err, sizeof err));
        Session *r = session_create(sc);
        CHECK_INT(session_replay(r, &again, err, sizeof err), log.count);
        char *a = snapshot(s, &host), *b = snapshot(r, &host);
        CHECK_STR(a, b);
        free(a), free(b);
        accepted_total += log.count;
        cJSON_Delete(json);
        log_destroy(&again);
        log_destroy(&log);
        session_destroy(r);
        session_destroy(s);
    }
    printf("%s: %d seeds x %d actions, %d accepted\n", path, SEEDS, STEPS, accepted_total);
    CHECK(accepted_total > SEEDS * STEPS / 10);   /* the monkey did play */
    printf("  accepted factor %d, order %d, hint %d, set_report %d, ask %d, move %d\n", by_kind[ACTION_FACTOR],
           by_kind[ACTION_ORDER], by_kind[ACTION_HINT], by_kind[ACTION_SET_REPORT], by_kind[ACTION_ASK],
           by_kind[ACTION_MOVE]);
    CHECK(by_kind[ACTION_FACTOR] > 0 && by_kind[ACTION_ORDER] > 0);   /* the report was written too */
    CHECK(by_kind[ACTION_HINT] > 0);
    script_host_destroy(sh);
    scenario_destroy(sc);
}

int main(int argc, char **argv)
{
    if (argc < 2) { fprintf(stderr, "usage: test_monkey TESTS_DIR\n"); return 2; }
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/../scenarios", argv[1]);
    DIR *d = opendir(dir);
    CHECK(d != NULL);
    int n = 0;
    for (struct dirent *e; d && (e = readdir(d));) {
        /* curricula/ holds curricula, not a scenario */
        if (e->d_name[0] == '.' || strcmp(e->d_name, "README.md") == 0 || strcmp(e->d_name, "curricula") == 0) continue;
        char path[1400];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        monkey(path);
        n++;
    }
    if (d) closedir(d);
    CHECK(n > 0);
    monkey(strcat(strcpy(dir, argv[1]), "/scenario/example"));
    return testing_done("test_monkey");
}
