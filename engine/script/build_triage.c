/* build_triage.c: the triage queue (its cases, and the signals
 * each shows once the whole scenario is built) and the rubric's category
 * weights. */
#include <string.h>
#include "build_internal.h"
#include "core/signals.h"

/* ---- weights ---- */

void build_weights(Build *b, const Node *n)
{
    for (int c = 0; c < CATEGORY_COUNT; c++) {
        int w = build_int(b, n, model_category_name((Category)c), 0);
        if (w < 0 || w > 1000) ERR(b, n, "bad-value", "weights %s must be from 0 to 1000, not %d",
                                   model_category_name((Category)c), w);
        else b->sc->weights[c] = w;
    }
}

/* ---- the triage queue ---- */

void build_case(Build *b, const Node *n, TriageCase *c)
{
    c->title = build_str(b, n, "title");
    c->summary = build_str(b, n, "summary");
    c->own = build_bool(b, n, "own");
    c->at = build_time(b, n, "at");
    c->minutes = build_int(b, n, "minutes", 0);
    c->teams = build_resolve_list(b, n, "teams", ENT_TEAM);
    c->services = build_resolve_list(b, n, "services", ENT_SERVICE);
    c->responders = build_resolve_list(b, n, "responders", ENT_PERSON);
    c->on_call = build_resolve_list(b, n, "on_call", ENT_PERSON);
    c->paged = build_resolve_list(b, n, "paged", ENT_PERSON);
    c->channel = build_int(b, n, "channel", 0);
    c->handoffs = build_int(b, n, "handoffs", 0);
    c->near_miss = build_bool(b, n, "near_miss");
    c->repeats = build_strs(b, n, "repeats");
    if (c->minutes < 0 || c->channel < 0 || c->handoffs < 0)
        ERR(b, n, "bad-value", "triage_case minutes, channel and handoffs cannot be negative");
    static const char *const facts[] = {"at", "minutes", "teams", "services", "responders",
                                        "on_call", "paged", "channel", "handoffs"};
    for (int k = 0; c->own && k < (int)(sizeof facts / sizeof facts[0]); k++)
        if (node_value(b->ld, n, facts[k]))
            WARN(b, n, "bad-value", "triage_case '%s' is the own incident: its '%s' comes from the "
                 "sources, so this field is ignored; remove it", c->id, facts[k]);
}

void build_check_cases(Build *b)
{
    int own = -1;
    for (int i = 0; i < b->sc->case_count; i++) {
        if (!b->sc->cases[i].own) continue;
        if (own >= 0) {
            Loc l = b->sc->cases[i].loc;
            diags_add(b->ld->diags, DIAG_ERROR, "bad-value", l.file, l.line, "triage_case '%s' is "
                      "marked own, but so is '%s'; a queue holds one own incident", b->sc->cases[i].id,
                      b->sc->cases[own].id);
        }
        own = i;
    }
    if (b->sc->case_count && own < 0) {
        Loc l = b->sc->cases[0].loc;
        diags_add(b->ld->diags, DIAG_WARNING, "bad-value", l.file, l.line, "the triage queue has no "
                  "case with own = true, so the participant cannot choose this scenario's incident");
    }
    signals_classify_cases(b->sc);
}
