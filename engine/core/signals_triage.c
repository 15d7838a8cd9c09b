/* signals_triage.c: which signals an incident shows, for triage and for
 * rubrics; the rules are in signals.h, one set for the own incident and
 * the decoys so that both are judged alike. */
#include "signals.h"

#define BIT(k) (1u << (k))

static bool in_list(const IdxList *l, int v)
{
    for (int k = 0; k < l->n; k++) if (l->v[k] == v) return true;
    return false;
}

static bool teams_worked(const Scenario *sc, int a, int b)
{
    return in_list(&sc->teams[a].worked_with, b) || in_list(&sc->teams[b].worked_with, a);
}

/* many_teams, new_team_pairs and eng_with_other from a set of teams. */
static SignalSet team_signals(const Scenario *sc, const int *teams, int n)
{
    SignalSet set = 0;
    int eng = 0, other = 0;
    for (int i = 0; i < n; i++) {
        if (sc->teams[teams[i]].engineering) eng++; else other++;
        for (int j = i + 1; j < n; j++)
            if (!teams_worked(sc, teams[i], teams[j])) set |= BIT(SIGNAL_NEW_TEAM_PAIRS);
    }
    if (n > 2) set |= BIT(SIGNAL_MANY_TEAMS);
    if (eng && other) set |= BIT(SIGNAL_ENG_WITH_OTHER);
    return set;
}

static bool overlaps_event(const Scenario *sc, DojoTime from, DojoTime to)
{
    for (int i = 0; i < sc->item_count; i++) {
        const Item *it = &sc->items[i];
        if (!model_event_is_big(sc, i) || it->at == DOJO_TIME_NONE) continue;
        DojoTime until = it->until == DOJO_TIME_NONE ? it->at : it->until;
        if (it->at <= to && (until > from || (until == it->at && it->at >= from))) return true;
    }
    return false;
}

static SignalSet declared(const TriageCase *c)
{
    if (!c) return 0;
    return (c->near_miss ? BIT(SIGNAL_NEAR_MISS) : 0) | (c->repeats.n ? BIT(SIGNAL_RECURRING) : 0);
}

static SignalSet coordination(int paged, int handoffs)
{
    return paged >= 3 || handoffs >= 2 ? BIT(SIGNAL_COORDINATION) : 0;
}

SignalSet signals_present(const Signals *s, const Scenario *sc, const TriageCase *own)
{
    int teams[64], n = 0;
    for (int k = 0; k < s->team_count && n < 64; k++) teams[n++] = s->teams[k].team;
    SignalSet set = team_signals(sc, teams, n) | declared(own);
    if (s->new_pair_count) set |= BIT(SIGNAL_NEW_TEAM_PAIRS);   /* beyond the 64 above */
    if (s->new_services.n || s->new_link_count) set |= BIT(SIGNAL_NEW_SERVICE);
    if (s->not_on_call_count) set |= BIT(SIGNAL_NOT_ON_CALL);
    for (int k = 0; k < s->channel_count; k++)
        if (s->channels[k].active.n > 0 && s->channels[k].lurkers.n >= s->channels[k].active.n)
            set |= BIT(SIGNAL_LURKERS);
    if (s->events.n) set |= BIT(SIGNAL_BIG_EVENT);
    return set | coordination(s->paged_count, s->handoffs.n);
}

SignalSet signals_of_decoy(const Scenario *sc, const TriageCase *c)
{
    SignalSet set = team_signals(sc, c->teams.v, c->teams.n) | declared(c);
    for (int i = 0; i < c->services.n; i++) {
        const Service *v = &sc->services[c->services.v[i]];
        if (v->is_new) set |= BIT(SIGNAL_NEW_SERVICE);
        for (int k = 0; k < v->new_talks_to.n; k++)
            if (in_list(&c->services, v->new_talks_to.v[k])) set |= BIT(SIGNAL_NEW_SERVICE);
    }
    for (int i = 0; i < c->responders.n; i++) {
        int p = c->responders.v[i], t = sc->people[p].team;
        if (t >= 0 && sc->teams[t].engineering && !in_list(&c->on_call, p)) set |= BIT(SIGNAL_NOT_ON_CALL);
    }
    int active = c->responders.n;
    if (active > 0 && c->channel - active >= active) set |= BIT(SIGNAL_LURKERS);
    if (c->at != DOJO_TIME_NONE && overlaps_event(sc, c->at, c->at + 60LL * c->minutes))
        set |= BIT(SIGNAL_BIG_EVENT);
    return set | coordination(c->paged.n, c->handoffs);
}

void signals_classify_cases(Scenario *sc)
{
    const TriageCase *own = NULL;
    for (int i = 0; i < sc->case_count; i++)
        if (sc->cases[i].own) own = &sc->cases[i];
    Signals s;
    signals_compute(sc, &s);
    sc->own_signals = signals_present(&s, sc, own);
    signals_destroy(&s);
    for (int i = 0; i < sc->case_count; i++) {
        TriageCase *c = &sc->cases[i];
        c->signals = c->own ? sc->own_signals : signals_of_decoy(sc, c);
    }
}
