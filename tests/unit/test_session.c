/* test_session.c: the session's rules: reading costs, opening, pinning,
 * editing and unpinning, the clock, the report, refusals that change
 * nothing, and replay that always gives the same state. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "fixture.h"
#include "testing.h"

/* Everything observable in a session, as text, so two states compare
 * with one strcmp. Caller frees. */
static char *session_dump(const Session *s)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    fprintf(f, "clock=%d actions=%d opens=%d pins=%d seq=%d\n", s->clock, s->action_count,
            s->open_count, s->pin_count, s->pin_seq);
    for (int i = 0; i < s->sc->source_count; i++)
        fprintf(f, "source %d opened=%d at=%d\n", i, s->opened[i], s->opened_at[i]);
    for (int i = 0; i < s->sc->item_count; i++) {
        const Pin *p = &s->pins[i];
        fprintf(f, "item %d pinned=%d note=%s marker=%d seq=%d minute=%d tags=", i, p->pinned,
                p->note ? p->note : "(none)", p->marker, p->seq, p->minute);
        for (int t = 0; t < p->tag_count; t++) fprintf(f, "%s,", p->tags[t]);
        fputc('\n', f);
    }
    for (int r = 0; r < REPORT_FIELD_COUNT; r++)
        fprintf(f, "report %d=%s\n", r, s->report[r] ? s->report[r] : "(none)");
    fclose(f);
    return buf;
}

/* Applies one action written as JSON; err gets the refusal. */
static bool apply(Session *s, const char *json, char *err, size_t errsize)
{
    cJSON *j = cJSON_Parse(json);
    Action a;
    bool ok = action_from_json(j, &a, err, errsize);
    cJSON_Delete(j);
    if (!ok) { fprintf(stderr, "test bug: %s: %s\n", json, err); return false; }
    ok = session_apply(s, &a, err, errsize);
    action_clear(&a);
    return ok;
}

/* Checks that json is refused with a message containing why, and that the
 * session is exactly as it was before. */
static void check_refused(Session *s, const char *json, const char *why)
{
    char err[256] = "";
    char *before = session_dump(s);
    CHECK(!apply(s, json, err, sizeof err));
    CHECK_CONTAINS(err, why);
    char *after = session_dump(s);
    CHECK_STR(after, before);
    free(before);
    free(after);
}

static void test_read_cost(void)
{
    Scenario *sc = fixture_create();
    CHECK_INT(session_read_cost(sc, FX_PR), 5);          /* written by the author */
    CHECK_INT(session_read_cost(sc, FX_STATUS), 0);      /* 0 is allowed: free */
    CHECK_INT(model_source_text_length(sc, FX_RUNBOOK), FIXTURE_RUNBOOK_CHARS);
    CHECK_INT(session_read_cost(sc, FX_RUNBOOK), 3);     /* 3600 characters */
    CHECK_INT(session_read_cost(sc, FX_CHAT), 1);        /* short, but at least 1 */
    /* By length: rounded to the nearest minute, never below 1. */
    char *text = (char *)sc->sources[FX_RUNBOOK].text;
    text[1800 - 7] = 0;
    CHECK_INT(session_read_cost(sc, FX_RUNBOOK), 2);     /* 1.5 rounds up */
    text[1300 - 7] = 0;
    CHECK_INT(session_read_cost(sc, FX_RUNBOOK), 1);     /* 1.08 rounds down */
    text[500 - 7] = 0;
    CHECK_INT(session_read_cost(sc, FX_RUNBOOK), 1);
    sc->sources[FX_RUNBOOK].read_minutes = 12;
    CHECK_INT(session_read_cost(sc, FX_RUNBOOK), 12);
    scenario_destroy(sc);
}

static void test_open(void)
{
    Scenario *sc = fixture_create();
    Session *s = session_create(sc);
    char err[256];
    CHECK_INT(s->clock, 0);
    CHECK_INT(s->opened_at[FX_PR], -1);
    CHECK(apply(s, "{\"type\":\"open\",\"source\":\"pr-482\"}", err, sizeof err));
    CHECK(s->opened[FX_PR]);
    CHECK_INT(s->opened_at[FX_PR], 0);
    CHECK_INT(s->clock, 5);
    CHECK(apply(s, "{\"type\":\"open\",\"source\":\"runbook\"}", err, sizeof err));
    CHECK_INT(s->opened_at[FX_RUNBOOK], 5);
    CHECK_INT(s->clock, 8);
    CHECK_INT(s->open_count, 2);
    /* Going back is free and keeps the first opening's minute. */
    CHECK(apply(s, "{\"type\":\"open\",\"source\":\"pr-482\"}", err, sizeof err));
    CHECK_INT(s->clock, 8);
    CHECK_INT(s->opened_at[FX_PR], 0);
    CHECK_INT(s->open_count, 2);
    CHECK_INT(s->action_count, 3);
    check_refused(s, "{\"type\":\"open\",\"source\":\"pr-999\"}",
                  "no source 'pr-999' in this scenario");
    check_refused(s, "{\"type\":\"open\",\"source\":\"chat-inx\"}",
                  "no source 'chat-inx' in this scenario (did you mean 'chat-inc'?)");
    check_refused(s, "{\"type\":\"open\",\"source\":\"m1\"}", "'m1' is an item, not a source");
    check_refused(s, "{\"type\":\"open\",\"source\":\"payments\"}",
                  "'payments' is a team, not a source");
    /* A reading cost that would run the clock past its ceiling is refused. */
    sc->sources[FX_STATUS].read_minutes = INT_MAX / 2;
    check_refused(s, "{\"type\":\"open\",\"source\":\"status\"}", "the in-game clock cannot pass");
    session_destroy(s);
    scenario_destroy(sc);
}

static void test_pin(void)
{
    Scenario *sc = fixture_create();
    Session *s = session_create(sc);
    char err[256];
    check_refused(s, "{\"type\":\"pin\",\"item\":\"m2\"}",
                  "cannot pin 'm2': open its source 'chat-inc' first");
    CHECK(apply(s, "{\"type\":\"open\",\"source\":\"chat-inc\"}", err, sizeof err));
    CHECK(apply(s, "{\"type\":\"advance\",\"minutes\":10}", err, sizeof err));
    CHECK(apply(s, "{\"type\":\"pin\",\"item\":\"m2\",\"note\":\"rollback starts\","
                   "\"marker\":\"repair\",\"tags\":[\"rollback\",\"deploy\"]}", err, sizeof err));
    const Pin *p = &s->pins[FX_M2];
    CHECK(p->pinned);
    CHECK_STR(p->note, "rollback starts");
    CHECK_INT(p->marker, MARKER_REPAIR);
    CHECK_INT(p->tag_count, 2);
    CHECK_STR(p->tags[1], "deploy");
    CHECK_INT(p->seq, 1);
    CHECK_INT(p->minute, 11);
    CHECK_INT(s->pin_count, 1);
    CHECK(apply(s, "{\"type\":\"pin\",\"item\":\"m1\"}", err, sizeof err));
    CHECK_INT(s->pins[FX_M1].seq, 2);
    CHECK(s->pins[FX_M1].note == NULL);
    CHECK_INT(s->pin_count, 2);
    check_refused(s, "{\"type\":\"pin\",\"item\":\"h1\"}",
                  "cannot pin 'h1': open its source 'pr-482' first");
    check_refused(s, "{\"type\":\"pin\",\"item\":\"alice\"}", "'alice' is a person, not an item");
    check_refused(s, "{\"type\":\"pin\",\"item\":\"chat-inc\"}",
                  "'chat-inc' is a source, not an item");
    check_refused(s, "{\"type\":\"pin\",\"item\":\"q7\"}", "no item 'q7' in this scenario");
    session_destroy(s);
    scenario_destroy(sc);
}

/* Pinning a pinned item is an edit: it replaces note, marker and tags
 * but keeps the item's place and the minute it was first pinned. */
static void test_pin_edit(void)
{
    Scenario *sc = fixture_create();
    Session *s = fixture_play(sc, "[{\"type\":\"open\",\"source\":\"chat-inc\"},"
        "{\"type\":\"pin\",\"item\":\"m1\",\"note\":\"a\",\"marker\":\"detection\",\"tags\":[\"x\"]},"
        "{\"type\":\"pin\",\"item\":\"m2\"},{\"type\":\"advance\",\"minutes\":30}]");
    char err[256];
    CHECK(apply(s, "{\"type\":\"pin\",\"item\":\"m1\",\"note\":\"edited\",\"tags\":[\"y\",\"z\"]}",
                err, sizeof err));
    const Pin *p = &s->pins[FX_M1];
    CHECK_STR(p->note, "edited");
    CHECK_INT(p->marker, MARKER_NONE);
    CHECK_INT(p->tag_count, 2);
    CHECK_STR(p->tags[0], "y");
    CHECK_INT(p->seq, 1);
    CHECK_INT(p->minute, 1);
    CHECK_INT(s->pin_count, 2);
    CHECK_INT(s->pin_seq, 2);
    /* An edit without note clears the note. */
    CHECK(apply(s, "{\"type\":\"pin\",\"item\":\"m1\"}", err, sizeof err));
    CHECK(p->note == NULL && p->tag_count == 0 && p->tags == NULL);
    session_destroy(s);
    scenario_destroy(sc);
}

static void test_unpin(void)
{
    Scenario *sc = fixture_create();
    Session *s = fixture_play(sc, "[{\"type\":\"open\",\"source\":\"chat-inc\"},"
        "{\"type\":\"pin\",\"item\":\"m1\",\"note\":\"a\",\"tags\":[\"x\"]},{\"type\":\"pin\",\"item\":\"m2\"}]");
    char err[256];
    CHECK(apply(s, "{\"type\":\"unpin\",\"item\":\"m1\"}", err, sizeof err));
    CHECK(!s->pins[FX_M1].pinned);
    CHECK(s->pins[FX_M1].note == NULL);
    CHECK_INT(s->pins[FX_M1].tag_count, 0);
    CHECK_INT(s->pin_count, 1);
    check_refused(s, "{\"type\":\"unpin\",\"item\":\"m1\"}", "cannot unpin 'm1': it is not pinned");
    check_refused(s, "{\"type\":\"unpin\",\"item\":\"h1\"}", "cannot unpin 'h1': it is not pinned");
    check_refused(s, "{\"type\":\"unpin\",\"item\":\"m9\"}",
                  "no item 'm9' in this scenario (did you mean");
    /* Pinned again, it goes to the end of the order. */
    CHECK(apply(s, "{\"type\":\"pin\",\"item\":\"m1\"}", err, sizeof err));
    CHECK_INT(s->pins[FX_M1].seq, 3);
    CHECK_INT(s->pin_count, 2);
    session_destroy(s);
    scenario_destroy(sc);
}

/* Factors: add at the end, replace in place, remove (later ones move up);
 * evidence must be pinned; the factors field mirrors the texts. */
static void test_factors(void)
{
    Scenario *sc = fixture_create();
    Session *s = session_create(sc);
    char err[256];
    CHECK(!apply(s, "{\"type\":\"factor\",\"index\":1,\"text\":\"a\"}", err, sizeof err));
    CHECK_STR(err, "factor 1 does not exist; there are 0 (index 0 adds one)");
    CHECK(!apply(s, "{\"type\":\"factor\",\"index\":0,\"text\":\"a\",\"evidence\":[\"m1\"]}", err, sizeof err));
    CHECK_STR(err, "field 'evidence': item 'm1' is not pinned; pin it first");
    CHECK(!apply(s, "{\"type\":\"factor\",\"index\":0,\"text\":\"a\",\"evidence\":[\"chat-inc\"]}", err, sizeof err));
    CHECK_STR(err, "field 'evidence': 'chat-inc' is a source; link a pinned item or a learned fact");
    CHECK(!apply(s, "{\"type\":\"factor\",\"index\":0,\"text\":\"\"}", err, sizeof err));
    CHECK_STR(err, "factor 0 does not exist, so it cannot be removed");
    CHECK_INT(s->factor_count, 0);
    CHECK(apply(s, "{\"type\":\"open\",\"source\":\"chat-inc\"}", err, sizeof err));
    CHECK(apply(s, "{\"type\":\"pin\",\"item\":\"m1\"}", err, sizeof err));
    CHECK(apply(s, "{\"type\":\"pin\",\"item\":\"m2\"}", err, sizeof err));
    CHECK(apply(s, "{\"type\":\"factor\",\"index\":0,\"text\":\"Retries\",\"evidence\":[\"m2\",\"m1\"]}", err, sizeof err));
    CHECK(apply(s, "{\"type\":\"factor\",\"index\":1,\"text\":\"Config\"}", err, sizeof err));
    CHECK(apply(s, "{\"type\":\"factor\",\"index\":2,\"text\":\"Runbook\"}", err, sizeof err));
    CHECK_INT(s->factor_count, 3);
    CHECK_INT(s->factors[0].evidence_count, 2);
    CHECK_INT(s->factors[0].evidence[0].type, ENT_ITEM);
    CHECK_INT(s->factors[0].evidence[0].index, FX_M2);
    CHECK_STR(s->report[REPORT_FACTORS], "Retries\nConfig\nRunbook");
    CHECK(apply(s, "{\"type\":\"factor\",\"index\":1,\"text\":\"Config drift\",\"evidence\":[\"m1\"]}", err, sizeof err));
    CHECK_STR(s->report[REPORT_FACTORS], "Retries\nConfig drift\nRunbook");
    CHECK(apply(s, "{\"type\":\"factor\",\"index\":0,\"text\":\"\"}", err, sizeof err));
    CHECK_INT(s->factor_count, 2);
    CHECK_STR(s->factors[0].text, "Config drift");
    CHECK_INT(s->factors[0].evidence_count, 1);
    CHECK_STR(s->factors[1].text, "Runbook");
    /* A link stays when the item is unpinned: the report still cites it. */
    CHECK(apply(s, "{\"type\":\"unpin\",\"item\":\"m1\"}", err, sizeof err));
    CHECK_INT(s->factors[0].evidence_count, 1);
    /* Saving the factor's new text keeps the link; another factor cannot add it. */
    CHECK(apply(s, "{\"type\":\"factor\",\"index\":0,\"text\":\"Config drift, again\",\"evidence\":[\"m1\"]}", err, sizeof err));
    CHECK(!apply(s, "{\"type\":\"factor\",\"index\":1,\"text\":\"Runbook\",\"evidence\":[\"m1\"]}", err, sizeof err));
    CHECK_STR(err, "field 'evidence': item 'm1' is not pinned; pin it first");
    CHECK(apply(s, "{\"type\":\"factor\",\"index\":1,\"text\":\"\"}", err, sizeof err));
    CHECK(apply(s, "{\"type\":\"factor\",\"index\":0,\"text\":\"\"}", err, sizeof err));
    CHECK(s->report[REPORT_FACTORS] == NULL);
    for (int i = 0; i < ACTION_MAX_FACTORS; i++) {
        Action a = {.kind = ACTION_FACTOR, .index = i, .text = "f"};
        CHECK(session_apply(s, &a, err, sizeof err));
    }
    Action extra = {.kind = ACTION_FACTOR, .index = ACTION_MAX_FACTORS, .text = "f"};
    CHECK(!session_apply(s, &extra, err, sizeof err));
    session_destroy(s);
    scenario_destroy(sc);
}

/* The report timeline: the participant's order first, then incident time. */
static void test_order(void)
{
    Scenario *sc = fixture_create();
    Session *s = session_create(sc);
    char err[256];
    int items[FX_ITEM_COUNT];
    for (int i = 0; i < 3; i++) sc->items[FX_M1 + i].at = 1000 + 60 * i;
    CHECK(apply(s, "{\"type\":\"open\",\"source\":\"chat-inc\"}", err, sizeof err));
    for (int i = 0; i < 3; i++) {
        char json[64];
        snprintf(json, sizeof json, "{\"type\":\"pin\",\"item\":\"m%d\"}", 3 - i);
        CHECK(apply(s, json, err, sizeof err));
    }
    int n = session_timeline(s, items);
    CHECK_INT(n, 3);
    CHECK(items[0] == FX_M1 && items[1] == FX_M2 && items[2] == FX_M3);   /* incident time */
    CHECK(!apply(s, "{\"type\":\"order\",\"items\":[\"m3\",\"h1\"]}", err, sizeof err));
    CHECK_STR(err, "field 'items': item 'h1' is not pinned");
    char *twice[] = {"m3", "m3"};
    Action dup = {.kind = ACTION_ORDER, .ids = twice, .id_count = 2};
    CHECK(!action_validate(&dup, err, sizeof err));
    CHECK_STR(err, "field 'items' has 'm3' twice");
    CHECK(apply(s, "{\"type\":\"order\",\"items\":[\"m3\",\"m1\"]}", err, sizeof err));
    n = session_timeline(s, items);
    CHECK(n == 3 && items[0] == FX_M3 && items[1] == FX_M1 && items[2] == FX_M2);
    CHECK(apply(s, "{\"type\":\"unpin\",\"item\":\"m3\"}", err, sizeof err));
    n = session_timeline(s, items);
    CHECK(n == 2 && items[0] == FX_M1 && items[1] == FX_M2);
    CHECK(apply(s, "{\"type\":\"pin\",\"item\":\"m3\"}", err, sizeof err));
    n = session_timeline(s, items);   /* pinned again, it keeps its place in the order */
    CHECK(n == 3 && items[0] == FX_M3 && items[1] == FX_M1);
    CHECK(apply(s, "{\"type\":\"order\",\"items\":[]}", err, sizeof err));
    n = session_timeline(s, items);
    CHECK(n == 3 && items[0] == FX_M1 && items[1] == FX_M2 && items[2] == FX_M3);
    session_destroy(s);
    scenario_destroy(sc);
}

static void test_advance_and_report(void)
{
    Scenario *sc = fixture_create();
    Session *s = session_create(sc);
    char err[256];
    CHECK(apply(s, "{\"type\":\"advance\",\"minutes\":90}", err, sizeof err));
    CHECK_INT(s->clock, 90);
    Action bad = {.kind = ACTION_ADVANCE, .minutes = 0};
    CHECK(!session_apply(s, &bad, err, sizeof err));
    CHECK_STR(err, "field 'minutes' must be an integer from 1 to 10080");
    CHECK_INT(s->clock, 90);
    CHECK(apply(s, "{\"type\":\"set_report\",\"field\":\"summary\",\"text\":\"Retries amplified load\"}",
                err, sizeof err));
    CHECK_STR(s->report[REPORT_SUMMARY], "Retries amplified load");
    CHECK(apply(s, "{\"type\":\"set_report\",\"field\":\"summary\",\"text\":\"Two factors\"}", err, sizeof err));
    CHECK_STR(s->report[REPORT_SUMMARY], "Two factors");
    CHECK(apply(s, "{\"type\":\"set_report\",\"field\":\"summary\",\"text\":\"\"}", err, sizeof err));
    CHECK(s->report[REPORT_SUMMARY] == NULL);
    /* Factors are structured: the plain field is refused, with what to do. */
    CHECK(!apply(s, "{\"type\":\"set_report\",\"field\":\"factors\",\"text\":\"x\"}", err, sizeof err));
    CHECK_CONTAINS(err, "use {\"type\":\"factor\"");
    CHECK_INT(s->action_count, 4);
    /* The clock has a ceiling far beyond any real play, so it never overflows. */
    Action week = {.kind = ACTION_ADVANCE, .minutes = ACTION_MAX_MINUTES};
    int refused_at = -1;
    for (int i = 0; i < 10000 && refused_at < 0; i++)
        if (!session_apply(s, &week, err, sizeof err)) refused_at = i;
    CHECK(refused_at > 5000);
    CHECK_CONTAINS(err, "the in-game clock cannot pass");
    CHECK(s->clock > 0);
    session_destroy(s);
    scenario_destroy(sc);
}

static const char *const REPLAY_LOG =
    "[{\"type\":\"open\",\"source\":\"chat-inc\"},"
    "{\"type\":\"pin\",\"item\":\"m1\",\"marker\":\"detection\",\"tags\":[\"latency\"]},"
    "{\"type\":\"advance\",\"minutes\":20},"
    "{\"type\":\"open\",\"source\":\"pr-482\"},"
    "{\"type\":\"pin\",\"item\":\"h1\",\"note\":\"retries 3 -> 30\"},"
    "{\"type\":\"pin\",\"item\":\"m2\",\"marker\":\"repair\"},"
    "{\"type\":\"unpin\",\"item\":\"m2\"},"
    "{\"type\":\"set_report\",\"field\":\"summary\",\"text\":\"A retry change\"},"
    "{\"type\":\"pin\",\"item\":\"s1\"},"
    "{\"type\":\"set_report\",\"field\":\"narrative\",\"text\":\"never reached\"}]";

static void test_replay(void)
{
    Scenario *sc = fixture_create();
    ActionLog log = fixture_log(REPLAY_LOG);
    Session *a = session_create(sc), *b = session_create(sc);
    char err[256];
    /* s1's source, the runbook, was never opened: replay stops there. */
    CHECK_INT(session_replay(a, &log, err, sizeof err), 8);
    CHECK_STR(err, "action 8: cannot pin 's1': open its source 'runbook' first");
    CHECK_INT(session_replay(b, &log, err, sizeof err), 8);
    char *da = session_dump(a), *db = session_dump(b);
    CHECK_STR(da, db);
    CHECK_INT(a->action_count, 8);
    CHECK_INT(a->clock, 1 + 20 + 5);
    CHECK(a->report[REPORT_NARRATIVE] == NULL);
    /* Applying the first eight one by one gives the same state. */
    Session *c = session_create(sc);
    for (int i = 0; i < 8; i++) CHECK(session_apply(c, &log.items[i], err, sizeof err));
    char *dc = session_dump(c);
    CHECK_STR(dc, da);
    free(da);
    free(db);
    free(dc);
    session_destroy(a);
    session_destroy(b);
    session_destroy(c);
    log_destroy(&log);
    /* A whole log replays with an empty err. */
    log = fixture_log("[{\"type\":\"advance\",\"minutes\":3}]");
    a = session_create(sc);
    strcpy(err, "stale");
    CHECK_INT(session_replay(a, &log, err, sizeof err), 1);
    CHECK_STR(err, "");
    session_destroy(a);
    log_destroy(&log);
    scenario_destroy(sc);
}

int main(void)
{
    test_read_cost();
    test_open();
    test_pin();
    test_pin_edit();
    test_unpin();
    test_advance_and_report();
    test_factors();
    test_order();
    test_replay();
    return testing_done("test_session");
}
