/* fixture.h: a small scenario built by hand in C, so the session and rubric
 * tests do not depend on the Lua loader. Conditions and criteria are added
 * by each test with the helpers below. */
#ifndef DOJO_TEST_FIXTURE_H
#define DOJO_TEST_FIXTURE_H

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cJSON.h>
#include "core/action.h"
#include "core/model.h"
#include "core/session.h"

#define FIXTURE_MAX_CONDS 64
#define FIXTURE_MAX_CRITERIA 16
#define FIXTURE_RUNBOOK_CHARS 3600   /* title + text: 3 minutes of reading */

/* Sources, in index order. */
enum { FX_CHAT, FX_PR, FX_RUNBOOK, FX_STATUS, FX_SOURCE_COUNT };
/* Items, in index order: m1..m3 in the chat, h1 r1 in the pr, s1 in the
 * runbook, st1 on the status page. */
enum { FX_M1, FX_M2, FX_M3, FX_H1, FX_R1, FX_S1, FX_ST1, FX_ITEM_COUNT };

static inline void fixture_source(Scenario *sc, int i, const char *id, SourceKind kind,
                                  int first_item, int item_count, int read_minutes)
{
    Source *s = &sc->sources[i];
    s->id = arena_strdup(&sc->arena, id);
    s->title = s->id;
    s->kind = kind;
    s->first_item = first_item;
    s->item_count = item_count;
    s->read_minutes = read_minutes;
    s->author = s->assignee = s->service = -1;
    int ok = scenario_add_id(sc, s->id, ENT_SOURCE, i);
    assert(ok);
    (void)ok;
}

static inline void fixture_item(Scenario *sc, int i, const char *id, ItemKind kind,
                                int source, const char *text)
{
    Item *it = &sc->items[i];
    it->id = arena_strdup(&sc->arena, id);
    it->kind = kind;
    it->source = source;
    it->at = it->until = DOJO_TIME_NONE;
    it->person = it->other = it->parent = -1;
    it->text = arena_strdup(&sc->arena, text);
    int ok = scenario_add_id(sc, it->id, ENT_ITEM, i);
    assert(ok);
    (void)ok;
}

/* The runbook's text is padded so title + text is FIXTURE_RUNBOOK_CHARS. */
static inline char *fixture_runbook_text(Scenario *sc)
{
    size_t n = FIXTURE_RUNBOOK_CHARS - strlen("runbook");
    char *t = arena_alloc(&sc->arena, n + 1);
    memset(t, 'x', n);
    return t;
}

static inline Scenario *fixture_create(void)
{
    Scenario *sc = scenario_create();
    sc->meta.id = "fixture";
    sc->meta.title = "Fixture incident";
    sc->sources = arena_alloc(&sc->arena, FX_SOURCE_COUNT * sizeof *sc->sources);
    sc->source_count = FX_SOURCE_COUNT;
    sc->items = arena_alloc(&sc->arena, FX_ITEM_COUNT * sizeof *sc->items);
    sc->item_count = FX_ITEM_COUNT;
    fixture_source(sc, FX_CHAT, "chat-inc", SOURCE_CHAT, FX_M1, 3, -1);
    fixture_source(sc, FX_PR, "pr-482", SOURCE_PR, FX_H1, 2, 5);
    fixture_source(sc, FX_RUNBOOK, "runbook", SOURCE_DOCUMENT, FX_S1, 1, -1);
    fixture_source(sc, FX_STATUS, "status", SOURCE_DOCUMENT, FX_ST1, 1, 0);
    sc->sources[FX_RUNBOOK].text = fixture_runbook_text(sc);
    fixture_item(sc, FX_M1, "m1", ITEM_MESSAGE, FX_CHAT, "checkout latency is up");
    fixture_item(sc, FX_M2, "m2", ITEM_MESSAGE, FX_CHAT, "rolling back 482");
    fixture_item(sc, FX_M3, "m3", ITEM_MESSAGE, FX_CHAT, "errors back to normal");
    fixture_item(sc, FX_H1, "h1", ITEM_HUNK, FX_PR, "- retries: 3\n+ retries: 30");
    fixture_item(sc, FX_R1, "r1", ITEM_REVIEW, FX_PR, "LGTM");
    fixture_item(sc, FX_S1, "s1", ITEM_SECTION, FX_RUNBOOK, NULL);
    fixture_item(sc, FX_ST1, "st1", ITEM_SECTION, FX_STATUS, "All systems normal");
    /* Ids that name other kinds of thing, for "is a person, not an item". */
    scenario_add_id(sc, "alice", ENT_PERSON, 0);
    scenario_add_id(sc, "payments", ENT_TEAM, 0);
    sc->conds = arena_alloc(&sc->arena, FIXTURE_MAX_CONDS * sizeof *sc->conds);
    sc->criteria = arena_alloc(&sc->arena, FIXTURE_MAX_CRITERIA * sizeof *sc->criteria);
    return sc;
}

/* Adds a leaf condition; returns its index. */
static inline int fixture_cond(Scenario *sc, CondKind kind, int target)
{
    assert(sc->cond_count < FIXTURE_MAX_CONDS);
    Cond *c = &sc->conds[sc->cond_count];
    c->kind = kind;
    c->target = target;
    c->field = -1;
    c->fn_ref = -1;
    c->loc.file = "fixture.lua";
    c->loc.line = 100 + sc->cond_count;
    return sc->cond_count++;
}

static inline int fixture_marked(Scenario *sc, int item, Marker m)
{
    int i = fixture_cond(sc, COND_MARKED, item);
    sc->conds[i].marker = m;
    return i;
}

static inline int fixture_tagged(Scenario *sc, int item, const char *tag)
{
    int i = fixture_cond(sc, COND_TAGGED, item);
    sc->conds[i].tag = arena_strdup(&sc->arena, tag);
    return i;
}

/* words: a NULL-terminated list. field: a ReportField or -1 for any. */
static inline int fixture_mentions(Scenario *sc, int field, const char *const *words)
{
    int i = fixture_cond(sc, COND_MENTIONS, -1), n = 0;
    while (words[n]) n++;
    Cond *c = &sc->conds[i];
    c->field = field;
    c->words.v = arena_alloc(&sc->arena, (size_t)(n ? n : 1) * sizeof *c->words.v);
    for (c->words.n = 0; c->words.n < n; c->words.n++)
        c->words.v[c->words.n] = arena_strdup(&sc->arena, words[c->words.n]);
    return i;
}

/* A group (all, any, none, at_least) over n children. */
static inline int fixture_group(Scenario *sc, CondKind kind, int at_least, int n,
                                const int *children)
{
    int i = fixture_cond(sc, kind, -1);
    Cond *c = &sc->conds[i];
    c->n = at_least;
    c->children.v = arena_alloc(&sc->arena, (size_t)(n ? n : 1) * sizeof(int));
    memcpy(c->children.v, children, (size_t)n * sizeof(int));
    c->children.n = n;
    return i;
}

static inline int fixture_criterion(Scenario *sc, const char *id, Category cat, int points,
                                    int cond)
{
    assert(sc->criterion_count < FIXTURE_MAX_CRITERIA);
    int i = sc->criterion_count++;
    Criterion *c = &sc->criteria[i];
    c->id = arena_strdup(&sc->arena, id);
    c->title = c->id;
    c->category = cat;
    c->points = points;
    c->cond = cond;
    c->met = "found it";
    c->missed = "missed it";
    scenario_add_id(sc, c->id, ENT_CRITERION, i);
    return i;
}

/* Parses a JSON action log written in a test; aborts on a bad one, since
 * that is a mistake in the test itself. */
static inline ActionLog fixture_log(const char *json)
{
    ActionLog log;
    char err[256];
    cJSON *j = cJSON_Parse(json);
    if (!j || !log_from_json(j, &log, err, sizeof err)) {
        fprintf(stderr, "fixture_log: bad log %s: %s\n", json, j ? err : "not JSON");
        abort();
    }
    cJSON_Delete(j);
    return log;
}

/* Replays a whole log into a new session; aborts if any action is refused. */
static inline Session *fixture_play(const Scenario *sc, const char *json)
{
    ActionLog log = fixture_log(json);
    Session *s = session_create(sc);
    char err[256];
    if (session_replay(s, &log, err, sizeof err) != log.count) {
        fprintf(stderr, "fixture_play: %s\n", err);
        abort();
    }
    log_destroy(&log);
    return s;
}

#endif
