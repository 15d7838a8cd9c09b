/* validate.c: whole-model checks. Warnings are capped per source so one
 * misplaced day does not bury the rest of the report. */
#include <stdlib.h>
#include <string.h>
#include "validate.h"

#define WARN_CAP 10

typedef struct Check { const Scenario *sc; Diags *d; int shown[2]; int hidden[2]; } Check;

static void warn_capped(Check *c, int which, Loc at, const char *code, const char *msg)
{
    if (c->shown[which]++ < WARN_CAP) diags_add(c->d, DIAG_WARNING, code, at.file, at.line, "%s", msg);
    else c->hidden[which]++;
}

static void flush_capped(Check *c, const Source *src)
{
    static const char *const codes[2] = {"time-order", "outside-window"};
    for (int w = 0; w < 2; w++) {
        if (c->hidden[w])
            diags_add(c->d, DIAG_WARNING, codes[w], src->loc.file, src->loc.line,
                      "%d more %s warnings in '%s' not shown", c->hidden[w], codes[w], src->id);
        c->shown[w] = c->hidden[w] = 0;
    }
}

static void check_window(Check *c, DojoTime t, Loc at, const char *what)
{
    const ScenarioMeta *m = &c->sc->meta;
    if (t == DOJO_TIME_NONE || m->window_from == DOJO_TIME_NONE || m->window_to == DOJO_TIME_NONE) return;
    if (t >= m->window_from && t <= m->window_to) return;
    char when[32], from[32], to[32], msg[256];
    time_format(t, m->utc_offset, when, sizeof when);
    time_format(m->window_from, m->utc_offset, from, sizeof from);
    time_format(m->window_to, m->utc_offset, to, sizeof to);
    snprintf(msg, sizeof msg, "%s at %s is outside the scenario's window %s to %s; fix the date, or "
             "widen it with scenario{ from = ..., to = ... }", what, when, from, to);
    warn_capped(c, 1, at, "outside-window", msg);
}

static void check_order(Check *c, DojoTime before, DojoTime after, Loc at, const char *what)
{
    if (before == DOJO_TIME_NONE || after == DOJO_TIME_NONE || after >= before) return;
    char a[32], b[32], msg[256];
    time_format(before, c->sc->meta.utc_offset, a, sizeof a);
    time_format(after, c->sc->meta.utc_offset, b, sizeof b);
    snprintf(msg, sizeof msg, "%s at %s comes before %s; list entries in time order", what, b, a);
    warn_capped(c, 0, at, "time-order", msg);
}

static void check_source_items(Check *c, const Source *src)
{
    const Scenario *sc = c->sc;
    DojoTime last = DOJO_TIME_NONE;
    DojoTime *thread_last = NULL;
    for (int i = 0; i < src->item_count; i++) {
        int idx = src->first_item + i;
        const Item *it = &sc->items[idx];
        const char *kind = model_item_kind_name(it->kind);
        check_window(c, it->at, it->loc, kind);
        if (it->kind == ITEM_HUNK) continue;
        if (it->parent >= 0) {
            if (!thread_last) {
                thread_last = malloc(sizeof *thread_last * (size_t)src->item_count);
                for (int k = 0; k < src->item_count; k++) thread_last[k] = DOJO_TIME_NONE;
            }
            DojoTime *prev = &thread_last[it->parent - src->first_item];
            if (*prev == DOJO_TIME_NONE) *prev = sc->items[it->parent].at;
            check_order(c, *prev, it->at, it->loc, "reply");
            if (it->at != DOJO_TIME_NONE) *prev = it->at;
            continue;
        }
        if (src->kind != SOURCE_ONCALL && src->kind != SOURCE_CALENDAR && src->kind != SOURCE_DOCUMENT)
            check_order(c, last, it->at, it->loc, kind);
        if (it->at != DOJO_TIME_NONE) last = it->at;
        if (it->until != DOJO_TIME_NONE) check_order(c, it->at, it->until, it->loc, "its end");
        if (src->kind == SOURCE_CALL) {
            check_order(c, src->started, it->at, it->loc, "turn");
            check_order(c, it->at, src->ended, it->loc, "the call's end");
        }
    }
    free(thread_last);
}

static void check_source(Check *c, const Source *src)
{
    check_order(c, src->started, src->merged, src->loc, "merged");
    if (src->kind != SOURCE_PR) check_order(c, src->started, src->ended, src->loc, "its end");
    check_window(c, src->started, src->loc, model_source_kind_name(src->kind));
    for (int i = 1; i < src->point_count; i++)
        if (src->points[i].at <= src->points[i - 1].at) {
            warn_capped(c, 0, src->loc, "time-order", "metric points must be in increasing time order");
            break;
        }
    check_source_items(c, src);
    if (src->item_count == 0 && src->point_count == 0 && !src->text && !src->description && !src->diff)
        diags_add(c->d, DIAG_WARNING, "empty", src->loc.file, src->loc.line,
                  "source '%s' has nothing in it to read", src->id);
    flush_capped(c, src);
}

static void mark(bool *seen, int i) { if (i >= 0) seen[i] = true; }
static void mark_list(bool *seen, IdxList l) { for (int i = 0; i < l.n; i++) seen[l.v[i]] = true; }

/* A person who appears in no source can never be met by the participant. */
static void check_people(Check *c)
{
    const Scenario *sc = c->sc;
    bool *seen = calloc((size_t)sc->person_count + 1, 1);
    bool *team_used = calloc((size_t)sc->team_count + 1, 1);
    for (int i = 0; i < sc->source_count; i++) {
        mark(seen, sc->sources[i].author);
        mark(seen, sc->sources[i].assignee);
        mark_list(seen, sc->sources[i].people);
    }
    for (int i = 0; i < sc->item_count; i++) {
        const Item *it = &sc->items[i];
        mark(seen, it->person);
        if (it->kind == ITEM_PAGED || it->kind == ITEM_ESCALATED) mark(seen, it->other);
        mark_list(seen, it->people);
        for (int r = 0; r < it->reaction_count; r++) mark_list(seen, it->reactions[r].people);
        if (it->kind == ITEM_SHIFT) mark(team_used, it->other);
    }
    for (int i = 0; i < sc->person_count; i++) {
        mark(team_used, sc->people[i].team);
        if (!seen[i])
            diags_add(c->d, DIAG_WARNING, "unreachable", sc->people[i].loc.file, sc->people[i].loc.line,
                      "person '%s' appears in no source, so the participant can never meet them",
                      sc->people[i].id);
    }
    for (int i = 0; i < sc->service_count; i++) mark(team_used, sc->services[i].team);
    for (int i = 0; i < sc->team_count; i++)
        if (!team_used[i])
            diags_add(c->d, DIAG_WARNING, "unreachable", sc->teams[i].loc.file, sc->teams[i].loc.line,
                      "team '%s' has no people and owns no service", sc->teams[i].id);
    free(seen);
    free(team_used);
}

void validate_scenario(const Scenario *sc, Diags *diags)
{
    Check c = {sc, diags, {0, 0}, {0, 0}};
    for (int i = 0; i < sc->source_count; i++) check_source(&c, &sc->sources[i]);
    check_people(&c);
    const char *file = sc->meta.loc.file;
    if (sc->source_count == 0)
        diags_add(diags, DIAG_WARNING, "empty", file, sc->meta.loc.line,
                  "the scenario has no sources to investigate");
    if (sc->criterion_count == 0)
        diags_add(diags, DIAG_WARNING, "no-criteria", file, sc->meta.loc.line,
                  "the scenario has no criterion{}, so every play scores 0");
}
