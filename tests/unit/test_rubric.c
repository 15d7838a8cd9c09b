/* test_rubric.c: every condition kind, groups and nesting, mention
 * matching, function conditions through a fake host, evaluation errors,
 * scores per category, and a result document that is the same byte for
 * byte for the same scenario and log. */
#include <stdlib.h>
#include <string.h>
#include "core/rubric.h"
#include "fixture.h"
#include "testing.h"

/* fn_ref 1: met once an hour has passed; 2: a script error; 3: a host bug. */
typedef struct FakeHost { int calls, last_ref; } FakeHost;

static int fake_eval(void *ud, int fn_ref, const Session *s, char *err, size_t errsize)
{
    FakeHost *h = ud;
    h->calls++;
    h->last_ref = fn_ref;
    if (fn_ref == 1) return s->clock >= 60;
    if (fn_ref == 2) { snprintf(err, errsize, "attempt to index a nil value"); return -1; }
    return 7;
}

static int eval(const Session *s, int cond)
{
    char err[256];
    return cond_eval(s, cond, NULL, err, sizeof err);
}

static void test_item_conditions(void)
{
    Scenario *sc = fixture_create();
    int pinned = fixture_cond(sc, COND_PINNED, FX_M1);
    int opened = fixture_cond(sc, COND_OPENED, FX_RUNBOOK);
    int marked = fixture_marked(sc, FX_M1, MARKER_DETECTION);
    int marked_any = fixture_marked(sc, FX_M1, MARKER_NONE);
    int tagged = fixture_tagged(sc, FX_M1, "dns");
    int tagged_any = fixture_tagged(sc, -1, "Config");
    int noted = fixture_cond(sc, COND_NOTED, FX_M1);
    int conds[] = {pinned, opened, marked, marked_any, tagged, tagged_any, noted};

    Session *s = session_create(sc);
    for (int i = 0; i < 7; i++) CHECK_INT(eval(s, conds[i]), 0);
    session_destroy(s);

    s = fixture_play(sc, "[{\"type\":\"open\",\"source\":\"chat-inc\"},"
        "{\"type\":\"pin\",\"item\":\"m1\",\"note\":\"  \",\"marker\":\"diagnosis\",\"tags\":[\"DNS\"]},"
        "{\"type\":\"pin\",\"item\":\"m2\",\"tags\":[\"config\"]}]");
    int expect_a[] = {1, 0, 0, 1, 1, 1, 0};   /* a note of spaces is no note */
    for (int i = 0; i < 7; i++) CHECK_INT(eval(s, conds[i]), expect_a[i]);
    session_destroy(s);

    s = fixture_play(sc, "[{\"type\":\"open\",\"source\":\"chat-inc\"},"
        "{\"type\":\"pin\",\"item\":\"m1\",\"marker\":\"diagnosis\",\"tags\":[\"dns\"]},"
        "{\"type\":\"pin\",\"item\":\"m2\",\"tags\":[\"config\"]},{\"type\":\"open\",\"source\":\"runbook\"},"
        "{\"type\":\"pin\",\"item\":\"m1\",\"note\":\"first cue\",\"marker\":\"detection\"},"
        "{\"type\":\"unpin\",\"item\":\"m2\"}]");
    int expect_b[] = {1, 1, 1, 1, 0, 0, 1};
    for (int i = 0; i < 7; i++) CHECK_INT(eval(s, conds[i]), expect_b[i]);
    session_destroy(s);

    /* Tags and notes on an unpinned item do not count. */
    s = fixture_play(sc, "[{\"type\":\"open\",\"source\":\"chat-inc\"},"
        "{\"type\":\"pin\",\"item\":\"m1\",\"note\":\"n\",\"tags\":[\"dns\"],\"marker\":\"detection\"},"
        "{\"type\":\"unpin\",\"item\":\"m1\"}]");
    for (int i = 0; i < 7; i++) CHECK_INT(eval(s, conds[i]), 0);
    session_destroy(s);
    scenario_destroy(sc);
}

static void test_mentions(void)
{
    Scenario *sc = fixture_create();
    const char *const retry_words[] = {"retry", "cache", NULL};
    const char *const none[] = {NULL};
    int in_factors = fixture_mentions(sc, REPORT_FACTORS, retry_words);
    int anywhere = fixture_mentions(sc, -1, retry_words);
    int no_words = fixture_mentions(sc, -1, none);

    Session *s = session_create(sc);
    CHECK_INT(eval(s, in_factors), 0);
    CHECK_INT(eval(s, anywhere), 0);
    session_destroy(s);

    s = fixture_play(sc, "[{\"type\":\"set_report\",\"field\":\"summary\",\"text\":\"A RETRY storm\"}]");
    CHECK_INT(eval(s, in_factors), 0);   /* only the summary mentions it */
    CHECK_INT(eval(s, anywhere), 1);     /* any case */
    CHECK_INT(eval(s, no_words), 0);
    session_destroy(s);

    s = fixture_play(sc, "[{\"type\":\"factor\",\"index\":0,\"text\":\"Cached config\"}]");
    CHECK_INT(eval(s, in_factors), 0);   /* whole words only: "cache" is not "Cached" */
    session_destroy(s);

    s = fixture_play(sc, "[{\"type\":\"factor\",\"index\":0,\"text\":\"a stale Cache.\"}]");
    CHECK_INT(eval(s, in_factors), 1);
    session_destroy(s);

    s = fixture_play(sc, "[{\"type\":\"factor\",\"index\":0,\"text\":\"retr ca che\"}]");
    CHECK_INT(eval(s, in_factors), 0);
    session_destroy(s);

    /* Cleared again, it no longer mentions anything. */
    s = fixture_play(sc, "[{\"type\":\"factor\",\"index\":0,\"text\":\"retry\"},"
                         "{\"type\":\"factor\",\"index\":0,\"text\":\"\"}]");
    CHECK_INT(eval(s, in_factors), 0);
    session_destroy(s);
    scenario_destroy(sc);
}

static void test_groups(void)
{
    Scenario *sc = fixture_create();
    int a = fixture_cond(sc, COND_PINNED, FX_M1);
    int b = fixture_cond(sc, COND_PINNED, FX_M2);
    int c = fixture_cond(sc, COND_PINNED, FX_M3);
    int ab[] = {a, b}, abc[] = {a, b, c}, just_c[] = {c};
    int all = fixture_group(sc, COND_ALL, 0, 2, ab);
    int any = fixture_group(sc, COND_ANY, 0, 2, ab);
    int nobody = fixture_group(sc, COND_NONE, 0, 2, ab);
    int two_of = fixture_group(sc, COND_AT_LEAST, 2, 3, abc);
    int none_c = fixture_group(sc, COND_NONE, 0, 1, just_c);
    int inner[] = {any, none_c};
    int nested = fixture_group(sc, COND_ALL, 0, 2, inner);
    int groups[] = {all, any, nobody, two_of, nested};
    const char *logs[] = {
        "[]",
        "[{\"type\":\"open\",\"source\":\"chat-inc\"},{\"type\":\"pin\",\"item\":\"m1\"}]",
        "[{\"type\":\"open\",\"source\":\"chat-inc\"},{\"type\":\"pin\",\"item\":\"m1\"},"
        "{\"type\":\"pin\",\"item\":\"m2\"}]",
        "[{\"type\":\"open\",\"source\":\"chat-inc\"},{\"type\":\"pin\",\"item\":\"m2\"},"
        "{\"type\":\"pin\",\"item\":\"m3\"}]",
        "[{\"type\":\"open\",\"source\":\"chat-inc\"},{\"type\":\"pin\",\"item\":\"m1\"},"
        "{\"type\":\"pin\",\"item\":\"m2\"},{\"type\":\"pin\",\"item\":\"m3\"}]",
    };
    /* Rows: logs; columns: all, any, none, at_least 2, all{any, none{m3}}. */
    int expect[5][5] = {
        {0, 0, 1, 0, 0},
        {0, 1, 0, 0, 1},
        {1, 1, 0, 1, 1},
        {0, 1, 0, 1, 0},
        {1, 1, 0, 1, 0},
    };
    for (int l = 0; l < 5; l++) {
        Session *s = fixture_play(sc, logs[l]);
        for (int g = 0; g < 5; g++) {
            int v = eval(s, groups[g]);
            CHECK_INT(v, expect[l][g]);
            if (v != expect[l][g]) fprintf(stderr, "  log %d, group %d\n", l, g);
        }
        session_destroy(s);
    }
    scenario_destroy(sc);
}

static void test_functions(void)
{
    Scenario *sc = fixture_create();
    int hour = fixture_cond(sc, COND_FUNCTION, -1);
    sc->conds[hour].fn_ref = 1;
    int broken = fixture_cond(sc, COND_FUNCTION, -1);
    sc->conds[broken].fn_ref = 2;
    int bad_host = fixture_cond(sc, COND_FUNCTION, -1);
    sc->conds[bad_host].fn_ref = 3;
    int pinned = fixture_cond(sc, COND_PINNED, FX_M1);
    int hide[] = {broken}, either[] = {pinned, broken};
    int none_broken = fixture_group(sc, COND_NONE, 0, 1, hide);
    int any_broken = fixture_group(sc, COND_ANY, 0, 2, either);
    int inner = fixture_group(sc, COND_ANY, 0, 1, (int[]){hour});
    int shared = fixture_group(sc, COND_ALL, 0, 2, (int[]){hour, inner});

    FakeHost fake = {0, 0};
    CondHost host = {&fake, fake_eval};
    char err[256], want[256];
    Session *s = session_create(sc);
    CHECK_INT(cond_eval(s, hour, NULL, err, sizeof err), -1);
    snprintf(want, sizeof want, "fixture.lua:%d: function condition cannot run without a script host",
             100 + hour);
    CHECK_STR(err, want);
    CHECK_INT(cond_eval(s, hour, &host, err, sizeof err), 0);
    CHECK_STR(err, "");
    CHECK_INT(fake.last_ref, 1);
    CHECK_INT(cond_eval(s, broken, &host, err, sizeof err), -1);
    CHECK_CONTAINS(err, "function condition failed: attempt to index a nil value");
    CHECK_INT(cond_eval(s, bad_host, &host, err, sizeof err), -1);
    CHECK_CONTAINS(err, "function condition host returned 7");
    /* An error inside none{} or any{} is an error, never a pass. */
    CHECK_INT(cond_eval(s, none_broken, &host, err, sizeof err), -1);
    CHECK_CONTAINS(err, "attempt to index a nil value");
    session_destroy(s);

    s = fixture_play(sc, "[{\"type\":\"open\",\"source\":\"chat-inc\"},{\"type\":\"pin\",\"item\":\"m1\"},"
                         "{\"type\":\"advance\",\"minutes\":59}]");
    CHECK_INT(cond_eval(s, any_broken, &host, err, sizeof err), -1);
    /* A condition shared inside one evaluation runs once. */
    fake.calls = 0;
    CHECK_INT(cond_eval(s, shared, &host, err, sizeof err), 1);
    CHECK_INT(fake.calls, 1);
    session_destroy(s);
    scenario_destroy(sc);
}

/* Triage: the own case shows two signals, the decoy one (set by hand:
 * test_signals checks how they are computed). */
static void test_triage(void)
{
    Scenario *sc = fixture_create();
    sc->cases = arena_alloc(&sc->arena, 2 * sizeof *sc->cases);
    sc->case_count = 2;
    sc->cases[0] = (TriageCase){.id = "own", .own = true,
                                .signals = 1u << SIGNAL_NOT_ON_CALL | 1u << SIGNAL_RECURRING};
    sc->cases[1] = (TriageCase){.id = "decoy", .signals = 1u << SIGNAL_COORDINATION};
    CHECK(scenario_add_id(sc, "own", ENT_CASE, 0) && scenario_add_id(sc, "decoy", ENT_CASE, 1));
    sc->own_signals = sc->cases[0].signals;
    int chosen = fixture_cond(sc, COND_TRIAGED, 0);
    sc->conds[chosen].n = 1;
    int aside = fixture_cond(sc, COND_TRIAGED, 1);    /* n = 0: set aside */
    int named = fixture_cond(sc, COND_NAMED, 0);
    sc->conds[named].field = SIGNAL_RECURRING;
    int two = fixture_cond(sc, COND_SIGNALS_NAMED, 0);
    sc->conds[two].n = 2;
    int sig = fixture_cond(sc, COND_SIGNAL, SIGNAL_NOT_ON_CALL);
    int nosig = fixture_cond(sc, COND_SIGNAL, SIGNAL_LURKERS);
    int conds[] = {chosen, aside, named, two, sig, nosig};

    Session *s = session_create(sc);
    int none[] = {0, 0, 0, 0, 1, 0};     /* undecided: neither chosen nor set aside */
    for (int i = 0; i < 6; i++) CHECK_INT(eval(s, conds[i]), none[i]);
    session_destroy(s);
    /* both right, the own case's two signals named */
    s = fixture_play(sc, "[{\"type\":\"triage\",\"case\":\"own\",\"review\":true,"
        "\"signals\":[\"not_on_call\",\"recurring\"]},{\"type\":\"triage\",\"case\":\"decoy\",\"review\":false}]");
    int right[] = {1, 1, 1, 1, 1, 0};
    for (int i = 0; i < 6; i++) CHECK_INT(eval(s, conds[i]), right[i]);
    CHECK_INT(s->triage_count, 2);
    session_destroy(s);
    /* a signal the case does not show spoils signals_named; deciding again replaces */
    s = fixture_play(sc, "[{\"type\":\"triage\",\"case\":\"own\",\"review\":false,"
        "\"signals\":[\"not_on_call\",\"recurring\"]},{\"type\":\"triage\",\"case\":\"own\",\"review\":true,"
        "\"signals\":[\"not_on_call\",\"recurring\",\"lurkers\"]},{\"type\":\"triage\",\"case\":\"decoy\",\"review\":true}]");
    int wrong[] = {1, 0, 1, 0, 1, 0};
    for (int i = 0; i < 6; i++) CHECK_INT(eval(s, conds[i]), wrong[i]);
    CHECK_INT(s->triage_count, 2);
    char err[256];
    Action a = {.kind = ACTION_TRIAGE, .target = "m1", .review = true};
    CHECK(!session_apply(s, &a, err, sizeof err));
    CHECK_CONTAINS(err, "'m1' is an item, not a triage case");
    a.target = "nope";
    CHECK(!session_apply(s, &a, err, sizeof err));
    CHECK_CONTAINS(err, "no triage case 'nope'");
    session_destroy(s);
    scenario_destroy(sc);
}

/* Partial credit for group conditions, and weighted categories. */
static void test_partial_and_weights(void)
{
    Scenario *sc = fixture_create();
    int p1 = fixture_cond(sc, COND_PINNED, FX_M1), p2 = fixture_cond(sc, COND_PINNED, FX_M2);
    int p3 = fixture_cond(sc, COND_PINNED, FX_M3);
    int all3 = fixture_group(sc, COND_ALL, 0, 3, (int[]){p1, p2, p3});
    int two = fixture_group(sc, COND_AT_LEAST, 2, 3, (int[]){fixture_cond(sc, COND_PINNED, FX_M1),
                            fixture_cond(sc, COND_PINNED, FX_M2), fixture_cond(sc, COND_PINNED, FX_M3)});
    int k1 = fixture_criterion(sc, "k1", CATEGORY_INVESTIGATION, 9, all3);
    int k2 = fixture_criterion(sc, "k2", CATEGORY_ANALYSIS, 10, two);
    int k3 = fixture_criterion(sc, "k3", CATEGORY_ANALYSIS, 10, fixture_cond(sc, COND_OPENED, FX_RUNBOOK));
    sc->criteria[k1].partial = sc->criteria[k2].partial = true;
    sc->criteria[k3].partial = true;                    /* not a group: all or nothing */
    Session *s = fixture_play(sc, "[{\"type\":\"open\",\"source\":\"chat-inc\"},"
                                  "{\"type\":\"pin\",\"item\":\"m1\"}]");
    Score score;
    rubric_score(s, NULL, &score);
    CHECK_INT(score.criteria[k1].earned, 3);            /* 9 * 1 / 3 */
    CHECK(!score.criteria[k1].met);
    CHECK_INT(score.criteria[k2].earned, 5);            /* 10 * 1 / 2 */
    CHECK_INT(score.criteria[k3].earned, 0);
    CHECK_INT(score.earned, 8);
    CHECK(score.total == 27.6);                         /* 8 / 29, unweighted */
    score_destroy(&score);
    /* investigation 3 parts, analysis 1: (3 * 3/9 + 1 * 5/20) / 4 = 31.25% */
    sc->weights[CATEGORY_INVESTIGATION] = 3;
    sc->weights[CATEGORY_ANALYSIS] = 1;
    rubric_score(s, NULL, &score);
    CHECK(score.total == 31.3);
    cJSON *result = rubric_result_json(s, &score);
    char *json = cJSON_PrintUnformatted(result);
    CHECK_CONTAINS(json, "\"score\":31.3");
    free(json);
    cJSON_Delete(result);
    score_destroy(&score);
    session_destroy(s);
    scenario_destroy(sc);
}

static int evidence_cond(Scenario *sc, CondKind kind, int n, const int *items)
{
    int i = fixture_cond(sc, kind, -1);
    Cond *c = &sc->conds[i];
    c->evidence = arena_alloc(&sc->arena, sizeof *c->evidence * (size_t)n);
    for (int k = 0; k < n; k++) c->evidence[k] = (Entity){ENT_ITEM, items[k]};
    c->evidence_count = n;
    return i;
}

/* factor{}, factors_linked, written and ordered, against hand-made logs. */
static void test_report_conditions(void)
{
    Scenario *sc = fixture_create();
    int words_only = fixture_mentions(sc, -1, (const char *const[]){"retries", NULL});
    sc->conds[words_only].kind = COND_FACTOR;
    int linked = evidence_cond(sc, COND_FACTOR, 2, (int[]){FX_H1, FX_M2});
    sc->conds[linked].words = sc->conds[words_only].words;
    int evidence_only = evidence_cond(sc, COND_FACTOR, 1, (int[]){FX_M3});
    int two_linked = fixture_cond(sc, COND_LINKED, -1);
    sc->conds[two_linked].n = 2;
    int summary5 = fixture_cond(sc, COND_WRITTEN, -1);
    sc->conds[summary5].field = REPORT_SUMMARY;
    sc->conds[summary5].n = 5;
    int story = evidence_cond(sc, COND_ORDERED, 2, (int[]){FX_M2, FX_H1});
    Session *s = session_create(sc);
    CHECK_INT(eval(s, words_only) + eval(s, linked) + eval(s, evidence_only), 0);
    CHECK_INT(eval(s, two_linked) + eval(s, summary5) + eval(s, story), 0);
    session_destroy(s);

    s = fixture_play(sc, "[{\"type\":\"open\",\"source\":\"chat-inc\"},{\"type\":\"open\",\"source\":\"pr-482\"},"
                         "{\"type\":\"pin\",\"item\":\"m2\"},{\"type\":\"pin\",\"item\":\"h1\"},"
                         "{\"type\":\"factor\",\"index\":0,\"text\":\"Thirty retries per call\",\"evidence\":[\"m2\"]},"
                         "{\"type\":\"set_report\",\"field\":\"summary\",\"text\":\"Checkout - slow -- for 20\"}]");
    CHECK_INT(eval(s, words_only), 1);        /* "retries" in a factor */
    CHECK_INT(eval(s, linked), 1);            /* ... linked to m2, one of h1, m2 */
    CHECK_INT(eval(s, evidence_only), 0);     /* nothing links m3 */
    CHECK_INT(eval(s, two_linked), 0);        /* one factor linked */
    CHECK_INT(eval(s, summary5), 0);          /* "-" and "--" are not words: 4 */
    session_destroy(s);

    s = fixture_play(sc, "[{\"type\":\"open\",\"source\":\"chat-inc\"},{\"type\":\"open\",\"source\":\"pr-482\"},"
                         "{\"type\":\"pin\",\"item\":\"h1\"},{\"type\":\"pin\",\"item\":\"m2\"},"
                         "{\"type\":\"factor\",\"index\":0,\"text\":\"Config allowed thirty\",\"evidence\":[\"h1\"]},"
                         "{\"type\":\"factor\",\"index\":1,\"text\":\"No budget\",\"evidence\":[\"m2\",\"h1\"]},"
                         "{\"type\":\"set_report\",\"field\":\"summary\",\"text\":\"Checkout was slow for twenty minutes\"}]");
    CHECK_INT(eval(s, words_only), 0);        /* no factor says "retries" */
    CHECK_INT(eval(s, linked), 0);            /* linked, but the words are missing */
    CHECK_INT(eval(s, two_linked), 1);
    CHECK_INT(eval(s, summary5), 1);
    /* h1 and m2 have no incident time here, so pin order puts h1 first ... */
    CHECK_INT(eval(s, story), 0);
    session_destroy(s);
    /* ... until the participant moves m2 up; unpinning one breaks it. */
    s = fixture_play(sc, "[{\"type\":\"open\",\"source\":\"chat-inc\"},{\"type\":\"open\",\"source\":\"pr-482\"},"
                         "{\"type\":\"pin\",\"item\":\"h1\"},{\"type\":\"pin\",\"item\":\"m2\"},"
                         "{\"type\":\"order\",\"items\":[\"m2\"]}]");
    CHECK_INT(eval(s, story), 1);
    session_destroy(s);
    s = fixture_play(sc, "[{\"type\":\"open\",\"source\":\"chat-inc\"},{\"type\":\"open\",\"source\":\"pr-482\"},"
                         "{\"type\":\"pin\",\"item\":\"h1\"},{\"type\":\"pin\",\"item\":\"m2\"},"
                         "{\"type\":\"order\",\"items\":[\"m2\"]},{\"type\":\"unpin\",\"item\":\"h1\"}]");
    CHECK_INT(eval(s, story), 0);
    session_destroy(s);

    /* The evidence a criterion names, each once, in the order written. */
    int both = fixture_group(sc, COND_ALL, 0, 3, (int[]){linked, fixture_cond(sc, COND_OPENED, FX_RUNBOOK),
                                                        fixture_cond(sc, COND_PINNED, FX_H1)});
    int k = fixture_criterion(sc, "k", CATEGORY_ANALYSIS, 5, both);
    Entity ev[8];
    CHECK_INT(rubric_evidence(sc, k, ev, 8), 3);
    CHECK(ev[0].type == ENT_ITEM && ev[0].index == FX_H1);
    CHECK(ev[1].type == ENT_ITEM && ev[1].index == FX_M2);
    CHECK(ev[2].type == ENT_SOURCE && ev[2].index == FX_RUNBOOK);
    CHECK_INT(rubric_evidence(sc, k, ev, 1), 3);   /* counts past max, writes one */
    scenario_destroy(sc);
}

/* A none{} part holds on an empty report; alone it earns no partial credit. */
static void test_partial_needs_content(void)
{
    Scenario *sc = fixture_create();
    int blame = fixture_mentions(sc, -1, (const char *const[]){"human error", NULL});
    int clean = fixture_group(sc, COND_NONE, 0, 1, (int[]){blame});
    int summary = fixture_cond(sc, COND_WRITTEN, -1);
    sc->conds[summary].field = REPORT_SUMMARY;
    sc->conds[summary].n = 3;
    int pinned = fixture_cond(sc, COND_PINNED, FX_M1);
    int group = fixture_group(sc, COND_ALL, 0, 3, (int[]){summary, pinned, clean});
    int k = fixture_criterion(sc, "k", CATEGORY_ANALYSIS, 9, group);
    sc->criteria[k].partial = true;
    Score score;
    Session *s = session_create(sc);
    rubric_score(s, NULL, &score);
    CHECK_INT(score.criteria[k].earned, 0);   /* only the none{} holds */
    score_destroy(&score);
    session_destroy(s);
    s = fixture_play(sc, "[{\"type\":\"set_report\",\"field\":\"summary\",\"text\":\"It was slow for an hour\"}]");
    rubric_score(s, NULL, &score);
    CHECK_INT(score.criteria[k].earned, 6);   /* written and clean: 9 * 2 / 3 */
    score_destroy(&score);
    session_destroy(s);
    scenario_destroy(sc);
}

/* A hint takes its cost off its criterion's points, never below zero; it
 * is refused for what is met already and a second time. */
static void test_hints(void)
{
    Scenario *sc = fixture_create();
    int p1 = fixture_cond(sc, COND_PINNED, FX_M1), p2 = fixture_cond(sc, COND_PINNED, FX_M2);
    int k1 = fixture_criterion(sc, "k1", CATEGORY_INVESTIGATION, 10, p1);
    int two = fixture_group(sc, COND_ALL, 0, 2, (int[]){fixture_cond(sc, COND_PINNED, FX_M2),
                            fixture_cond(sc, COND_PINNED, FX_M3)});
    int k2 = fixture_criterion(sc, "k2", CATEGORY_INVESTIGATION, 10, two);
    int k3 = fixture_criterion(sc, "k3", CATEGORY_ANALYSIS, 4, p2);
    sc->criteria[k1].hint_cost = 4;
    sc->criteria[k2].hint_cost = 8;
    sc->criteria[k2].partial = true;
    sc->criteria[k3].hint_cost = 2;
    Session *s = fixture_play(sc, "[{\"type\":\"open\",\"source\":\"chat-inc\"},{\"type\":\"pin\",\"item\":\"m2\"},"
                                  "{\"type\":\"hint\",\"criterion\":\"k1\"},{\"type\":\"hint\",\"criterion\":\"k2\"}]");
    char err[256];
    CHECK(!session_apply(s, &(Action){.kind = ACTION_HINT, .target = "k1"}, err, sizeof err));
    CHECK_STR(err, "the hint for 'k1' was already taken");
    CHECK(!session_apply(s, &(Action){.kind = ACTION_HINT, .target = "k3"}, err, sizeof err));
    CHECK_STR(err, "'k3' is met already: no hint needed");
    CHECK(!session_apply(s, &(Action){.kind = ACTION_HINT, .target = "m1"}, err, sizeof err));
    CHECK_STR(err, "no criterion 'm1' in this scenario");
    CHECK_INT(s->hint_count, 2);
    CHECK(session_apply(s, &(Action){.kind = ACTION_PIN, .target = "m1"}, err, sizeof err));
    Score score;
    rubric_score(s, NULL, &score);
    CHECK(score.criteria[k1].met && score.criteria[k1].hinted);
    CHECK_INT(score.criteria[k1].earned, 6);     /* 10 - 4 */
    CHECK_INT(score.criteria[k2].earned, 0);     /* partial 5, less 8: not below 0 */
    CHECK_INT(score.criteria[k3].earned, 4);     /* no hint taken */
    CHECK_INT(score.earned, 10);
    CHECK(score.total == 41.7);                  /* 10 of 24 */
    cJSON *j = rubric_result_json(s, &score);
    char *json = cJSON_PrintUnformatted(j);
    CHECK_CONTAINS(json, "\"id\":\"k1\",\"title\":\"k1\",\"category\":\"investigation\",\"points\":10,\"earned\":6,"
                         "\"met\":true,\"feedback\":\"found it\",\"hint_cost\":4");
    free(json);
    cJSON_Delete(j);
    char *printed;
    size_t len;
    FILE *f = open_memstream(&printed, &len);
    rubric_print(s, &score, f);
    fclose(f);
    CHECK_CONTAINS(printed, "[x] k1 (6/10, after a hint)");
    free(printed);
    score_destroy(&score);
    session_destroy(s);
    scenario_destroy(sc);
}

static void test_bad_conditions(void)
{
    Scenario *sc = fixture_create();
    int g1 = fixture_group(sc, COND_ALL, 0, 1, (int[]){0});
    int g2 = fixture_group(sc, COND_ANY, 0, 1, (int[]){g1});
    sc->conds[g1].children.v[0] = g2;   /* g1 -> g2 -> g1 */
    int far = fixture_cond(sc, COND_PINNED, 99);
    int far_src = fixture_cond(sc, COND_OPENED, FX_SOURCE_COUNT);
    int no_tag = fixture_cond(sc, COND_TAGGED, -1);
    const char *const w[] = {"x", NULL};
    int bad_field = fixture_mentions(sc, REPORT_FIELD_COUNT, w);
    char err[256];
    Session *s = session_create(sc);
    CHECK_INT(cond_eval(s, g1, NULL, err, sizeof err), -1);
    CHECK_CONTAINS(err, "condition contains itself (a cycle)");
    CHECK_INT(cond_eval(s, far, NULL, err, sizeof err), -1);
    CHECK_CONTAINS(err, "no valid target item (99)");
    CHECK_INT(cond_eval(s, far_src, NULL, err, sizeof err), -1);
    CHECK_CONTAINS(err, "no valid target source");
    CHECK_INT(cond_eval(s, no_tag, NULL, err, sizeof err), -1);
    CHECK_CONTAINS(err, "tagged condition has no tag");
    CHECK_INT(cond_eval(s, bad_field, NULL, err, sizeof err), -1);
    CHECK_CONTAINS(err, "no valid report field");
    CHECK_INT(cond_eval(s, 999, NULL, err, sizeof err), -1);
    CHECK_STR(err, "no condition 999");
    session_destroy(s);
    scenario_destroy(sc);
}

static void test_percent(void)
{
    CHECK_INT((long long)(rubric_percent(2, 3) * 10 + 0.5), 667);
    CHECK_INT((long long)(rubric_percent(1, 3) * 10 + 0.5), 333);
    CHECK_INT((long long)(rubric_percent(1, 16) * 10 + 0.5), 63);   /* 6.25 rounds up */
    CHECK(rubric_percent(0, 0) == 0);
    CHECK(rubric_percent(40, 40) == 100);
    CHECK(rubric_percent(1, 8) == 12.5);
}

/* Criteria over three categories; k4 is a broken function condition. */
static Scenario *score_fixture(void)
{
    Scenario *sc = fixture_create();
    const char *const retry[] = {"retry", NULL};
    fixture_criterion(sc, "k1", CATEGORY_INVESTIGATION, 10, fixture_cond(sc, COND_OPENED, FX_PR));
    fixture_criterion(sc, "k2", CATEGORY_INVESTIGATION, 5, fixture_cond(sc, COND_PINNED, FX_H1));
    fixture_criterion(sc, "k3", CATEGORY_ANALYSIS, 15, fixture_mentions(sc, REPORT_FACTORS, retry));
    int broken = fixture_cond(sc, COND_FUNCTION, -1);
    sc->conds[broken].fn_ref = 2;
    fixture_criterion(sc, "k4", CATEGORY_ACTION_ITEMS, 5, broken);
    return sc;
}

static const char *const SCORE_LOG =
    "[{\"type\":\"open\",\"source\":\"pr-482\"},{\"type\":\"pin\",\"item\":\"h1\"},"
    "{\"type\":\"factor\",\"index\":0,\"text\":\"Retry amplification\"}]";

static void test_scores(void)
{
    Scenario *sc = score_fixture();
    FakeHost fake = {0, 0};
    CondHost host = {&fake, fake_eval};
    Session *s = fixture_play(sc, SCORE_LOG);
    Score score;
    rubric_score(s, &host, &score);
    CHECK_INT(score.count, 4);
    CHECK_INT(score.earned, 30);
    CHECK_INT(score.possible, 35);
    CHECK_INT((long long)(score.total * 10 + 0.5), 857);
    CHECK_INT(score.cat_earned[CATEGORY_INVESTIGATION], 15);
    CHECK_INT(score.cat_possible[CATEGORY_INVESTIGATION], 15);
    CHECK_INT(score.cat_earned[CATEGORY_ANALYSIS], 15);
    CHECK_INT(score.cat_earned[CATEGORY_ACTION_ITEMS], 0);
    CHECK_INT(score.cat_possible[CATEGORY_ACTION_ITEMS], 5);
    CHECK_INT(score.cat_possible[CATEGORY_INTERVIEWS], 0);
    CHECK(score.criteria[0].met && score.criteria[0].earned == 10 && !score.criteria[0].error);
    CHECK(!score.criteria[3].met && score.criteria[3].earned == 0);
    CHECK_CONTAINS(score.criteria[3].error, "attempt to index a nil value");
    score_destroy(&score);
    session_destroy(s);

    s = fixture_play(sc, "[{\"type\":\"open\",\"source\":\"pr-482\"}]");
    rubric_score(s, NULL, &score);
    CHECK_INT(score.earned, 10);
    CHECK_INT((long long)(score.total * 10 + 0.5), 286);
    CHECK_CONTAINS(score.criteria[3].error, "without a script host");
    score_destroy(&score);
    session_destroy(s);
    scenario_destroy(sc);
}

/* The whole document is checked byte for byte: key order is part of it. */
static void test_result_json(void)
{
    Scenario *sc = score_fixture();
    FakeHost fake = {0, 0};
    CondHost host = {&fake, fake_eval};
    char *text[2], *printed[2];
    for (int run = 0; run < 2; run++) {
        Session *s = fixture_play(sc, SCORE_LOG);
        Score score;
        rubric_score(s, &host, &score);
        cJSON *j = rubric_result_json(s, &score);
        text[run] = cJSON_PrintUnformatted(j);
        cJSON_Delete(j);
        size_t len;
        FILE *f = open_memstream(&printed[run], &len);
        rubric_print(s, &score, f);
        fclose(f);
        score_destroy(&score);
        session_destroy(s);
    }
    CHECK_STR(text[1], text[0]);
    CHECK_STR(printed[1], printed[0]);
    char want[2048];
    snprintf(want, sizeof want,
        "{\"scenario\":\"fixture\",\"title\":\"Fixture incident\",\"score\":85.7,\"earned\":30,"
        "\"possible\":35,\"categories\":{"
        "\"investigation\":{\"earned\":15,\"possible\":15,\"score\":100},"
        "\"analysis\":{\"earned\":15,\"possible\":15,\"score\":100},"
        "\"action_items\":{\"earned\":0,\"possible\":5,\"score\":0}},\"criteria\":["
        "{\"id\":\"k1\",\"title\":\"k1\",\"category\":\"investigation\",\"points\":10,\"earned\":10,"
        "\"met\":true,\"feedback\":\"found it\",\"evidence\":[\"pr-482\"]},"
        "{\"id\":\"k2\",\"title\":\"k2\",\"category\":\"investigation\",\"points\":5,\"earned\":5,"
        "\"met\":true,\"feedback\":\"found it\",\"evidence\":[\"h1\"]},"
        "{\"id\":\"k3\",\"title\":\"k3\",\"category\":\"analysis\",\"points\":15,\"earned\":15,"
        "\"met\":true,\"feedback\":\"found it\",\"evidence\":[]},"
        "{\"id\":\"k4\",\"title\":\"k4\",\"category\":\"action_items\",\"points\":5,\"earned\":0,"
        "\"met\":false,\"feedback\":\"missed it\",\"error\":\"fixture.lua:%d: function condition "
        "failed: attempt to index a nil value\",\"evidence\":[]}],\"clock_minutes\":5,\"actions\":3,\"pinned\":1}",
        100 + sc->criteria[3].cond);
    CHECK_STR(text[0], want);
    CHECK_CONTAINS(printed[0], "Fixture incident: 85.7 / 100 (30 of 35 points)\n");
    CHECK_CONTAINS(printed[0], "  investigation   15/15  100.0\n");
    CHECK_CONTAINS(printed[0], "  action_items     0/5     0.0\n");
    CHECK_CONTAINS(printed[0], "[x] k1 (10/10)\n    found it\n");
    CHECK_CONTAINS(printed[0], "[ ] k4 (0/5)\n    missed it\n    error: fixture.lua:");
    CHECK(!strstr(printed[0], "interviews"));
    for (int run = 0; run < 2; run++) { free(text[run]); free(printed[run]); }
    scenario_destroy(sc);
}

static void test_no_criteria(void)
{
    Scenario *sc = fixture_create();
    Session *s = session_create(sc);
    Score score;
    rubric_score(s, NULL, &score);
    CHECK_INT(score.possible, 0);
    CHECK(score.total == 0);
    cJSON *j = rubric_result_json(s, &score);
    char *text = cJSON_PrintUnformatted(j);
    CHECK_STR(text, "{\"scenario\":\"fixture\",\"title\":\"Fixture incident\",\"score\":0,\"earned\":0,"
                    "\"possible\":0,\"categories\":{},\"criteria\":[],\"clock_minutes\":0,"
                    "\"actions\":0,\"pinned\":0}");
    free(text);
    cJSON_Delete(j);
    score_destroy(&score);
    session_destroy(s);
    scenario_destroy(sc);
}

int main(void)
{
    test_partial_and_weights();
    test_report_conditions();
    test_partial_needs_content();
    test_hints();
    test_triage();
    test_item_conditions();
    test_mentions();
    test_groups();
    test_functions();
    test_bad_conditions();
    test_percent();
    test_scores();
    test_result_json();
    test_no_criteria();
    return testing_done("test_rubric");
}
