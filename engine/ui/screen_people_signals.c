/* screen_people_signals.c: the "What this incident involved" panel: every
 * computed signal in words, with the evidence behind it, zeros said plainly. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/util.h"
#include "screen_common.h"
#include "screen_people.h"
#include "screen_source_text.h"

static void line(PeopleView *v, bool heading, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void line(PeopleView *v, bool heading, const char *fmt, ...)
{
    char text[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    vec_reserve((void **)&v->lines, &v->line_cap, v->line_count + 1, sizeof *v->lines);
    v->lines[v->line_count++] = (PeopleLine){heading, xstrdup(text)};
}

static const char *who(const Scenario *sc, int p)
{
    return p < 0 ? "someone" : sc->people[p].name ? sc->people[p].name : sc->people[p].id;
}

static const char *team(const Scenario *sc, int t)
{
    return sc->teams[t].name ? sc->teams[t].name : sc->teams[t].id;
}

static const char *service(const Scenario *sc, int s)
{
    return sc->services[s].name ? sc->services[s].name : sc->services[s].id;
}

/* "in #checkout at 12:21": where and when an item of evidence is. */
static const char *where(const Scenario *sc, int item, char *buf, int size)
{
    if (item < 0) return snprintf(buf, (size_t)size, "(no single item)"), buf;
    const Item *it = &sc->items[item];
    const Source *src = &sc->sources[it->source];
    char hm[32] = "";
    screen_source_time(sc, it->at, hm, sizeof hm);   /* with its date when not the incident's day */
    snprintf(buf, (size_t)size, "in %s%s%s", src->title ? src->title : src->id, *hm ? " at " : "", hm);
    return buf;
}

/* A span as people say it: seconds, minutes, hours and minutes, days and
 * hours (a slow burn over a weekend is not "2880 minutes"). */
static void minutes(char *buf, size_t size, long long secs)
{
    long long m = secs / 60, h = m / 60, d = h / 24;
    if (secs < 120) snprintf(buf, size, "%lld second%s", secs, secs == 1 ? "" : "s");
    else if (m < 120) snprintf(buf, size, "%lld minutes", m);
    else if (h < 48) snprintf(buf, size, "%lld hours %lld minute%s", h, m % 60, m % 60 == 1 ? "" : "s");
    else snprintf(buf, size, "%lld days %lld hour%s", d, h % 24, h % 24 == 1 ? "" : "s");
}

static void build_duration(PeopleView *v, const Scenario *sc, const Signals *s)
{
    char a[32], b[32], d[48], e[160];
    if (s->duration < 0) { line(v, true, "Duration: not known (the incident window has an open end)"); return; }
    time_format_hm(sc->meta.start, sc->meta.utc_offset, a, sizeof a);
    screen_source_time(sc, sc->meta.end, b, sizeof b);
    minutes(d, sizeof d, s->duration);
    line(v, true, "Duration: %s, from %s to %s", d, a, b);
    if (s->time_to_detect >= 0) {
        minutes(d, sizeof d, s->time_to_detect);
        line(v, false, "The first alert fired %s after the start: %s %s.", d,
             sc->items[s->first_fired].title ? sc->items[s->first_fired].title : "an alert",
             where(sc, s->first_fired, e, sizeof e));
    } else line(v, false, "No alert fired in the window, so time to detect cannot be derived.");
    if (s->time_to_ack >= 0) {
        minutes(d, sizeof d, s->time_to_ack);
        line(v, false, "It was acknowledged %s later, by %s.", d, who(sc, sc->items[s->first_acked].person));
    }
    line(v, false, "%d %s took part and %d responded (a lurker who only joined takes part "
         "without responding).", s->participant_count, s->participant_count == 1 ? "person" : "people",
         s->responder_count);
}

static void build_teams(PeopleView *v, const Scenario *sc, const Signals *s)
{
    char e[160];
    line(v, true, "Teams involved: %d (%d engineering, %d other)", s->team_count, s->engineering_teams, s->other_teams);
    for (int k = 0; k < s->team_count; k++) {
        const SignalsTeam *t = &s->teams[k];
        const Team *tm = &sc->teams[t->team];
        line(v, false, "%s (%s): %d %s; first, %s %s.", team(sc, t->team), tm->kind ? tm->kind : "no kind",
             t->participants, t->participants == 1 ? "person" : "people",
             who(sc, sc->items[t->first_item].person), where(sc, t->first_item, e, sizeof e));
    }
    if (s->engineering_with_other) {
        char eng[512] = "", other[512] = "";
        for (int k = 0; k < s->team_count; k++) {
            char *to = sc->teams[s->teams[k].team].engineering ? eng : other;
            if (strlen(to) < 400) snprintf(to + strlen(to), 512 - strlen(to), "%s%s", *to ? ", " : "", team(sc, s->teams[k].team));
        }
        line(v, false, "Engineering worked with non-engineering teams: %s with %s.", eng, other);
    }
    else line(v, false, "Engineering did not work with non-engineering teams here.");
    if (!s->new_pair_count) line(v, true, "Pairs of teams new to each other: none; every pair had worked together before");
    else line(v, true, "Pairs of teams that had not worked together: %d", s->new_pair_count);
    for (int k = 0; k < s->new_pair_count; k++)
        line(v, false, "%s and %s", team(sc, s->new_pairs[k].a), team(sc, s->new_pairs[k].b));
}

static void build_services(PeopleView *v, const Scenario *sc, const Signals *s)
{
    char e[160];
    line(v, true, "Services involved: %d; new services: %d; new interactions: %d", s->service_count,
         s->new_services.n, s->new_link_count);
    for (int k = 0; k < s->service_count; k++) {
        const SignalsService *sv = &s->services[k];
        if (sv->item >= 0)
            line(v, false, "%s%s: alert %s fired %s.", service(sc, sv->service), sc->services[sv->service].is_new
                 ? " (new)" : "", sc->items[sv->item].title ? sc->items[sv->item].title : "", where(sc, sv->item, e, sizeof e));
        else
            line(v, false, "%s%s: its metric %s moved in the window.", service(sc, sv->service),
                 sc->services[sv->service].is_new ? " (new)" : "",
                 sv->source >= 0 ? sc->sources[sv->source].title : "");
    }
    for (int k = 0; k < s->new_link_count; k++)
        line(v, false, "New interaction: %s calls %s.", service(sc, s->new_links[k].a), service(sc, s->new_links[k].b));
    if (!s->new_services.n && !s->new_link_count) line(v, false, "No new service and no new interaction between services.");
}

static void build_people(PeopleView *v, const Scenario *sc, const Signals *s)
{
    char e[160];
    line(v, true, "Responded while not on call: %d %s", s->not_on_call_count, s->not_on_call_count == 1 ? "person" : "people");
    for (int k = 0; k < s->not_on_call_count; k++)
        line(v, false, "%s, outside any on-call shift: first %s.", who(sc, s->not_on_call[k].person),
             where(sc, s->not_on_call[k].item, e, sizeof e));
    if (!s->not_on_call_count) line(v, false, "Everyone who responded was on call.");
    line(v, true, "People paged: %d", s->paged_count);
    for (int k = 0; k < s->paged_count; k++)
        line(v, false, "%s, first paged %s.", who(sc, s->paged[k].person), where(sc, s->paged[k].item, e, sizeof e));
    line(v, true, "Escalations: %d", s->escalations.n);
    for (int k = 0; k < s->escalations.n; k++) {
        const Item *it = &sc->items[s->escalations.v[k]];
        line(v, false, "%s escalated to %s %s.", who(sc, it->other), who(sc, it->person), where(sc, s->escalations.v[k], e, sizeof e));
    }
    line(v, true, "Handoffs: %d", s->handoffs.n);
    for (int k = 0; k < s->handoffs.n; k++) {
        const Item *it = &sc->items[s->handoffs.v[k]];
        where(sc, s->handoffs.v[k], e, sizeof e);
        if (it->kind == ITEM_CHANGE) line(v, false, "%s moved %s from %s to %s %s.", who(sc, it->person),
                                          it->title ? it->title : "the assignee", it->from, it->to, e);
        else if (it->kind == ITEM_ACKED) line(v, false, "%s took over by acknowledging %s.", who(sc, it->person), e);
        else line(v, false, "%s handed it to %s %s.", who(sc, it->other), who(sc, it->person), e);
    }
}

static void build_channels(PeopleView *v, const Scenario *sc, const Signals *s)
{
    line(v, true, "Lurkers and active participants: %d channel%s", s->channel_count, s->channel_count == 1 ? "" : "s");
    for (int k = 0; k < s->channel_count; k++) {
        const SignalsChannel *c = &s->channels[k];
        const char *title = sc->sources[c->source].title;
        char ratio[48] = "no one posted, so no ratio";
        if (c->lurker_ratio >= 0) snprintf(ratio, sizeof ratio, "%.2f lurkers per active", c->lurker_ratio);
        char names[512] = "";
        for (int j = 0; j < c->lurkers.n && strlen(names) < 400; j++)
            snprintf(names + strlen(names), sizeof names - strlen(names), "%s%s", j ? ", " : ": ", who(sc, c->lurkers.v[j]));
        line(v, false, "%s: %d active, %d lurker%s (%s)%s", title, c->active.n, c->lurkers.n,
             c->lurkers.n == 1 ? "" : "s", ratio, c->lurkers.n ? names : "; nobody only watched");
    }
}

static void build_calendar(PeopleView *v, const Scenario *sc, const Signals *s)
{
    if (!s->events.n) { line(v, true, "Calendar: no event overlapped the incident"); return; }
    line(v, true, "Calendar: %d event%s overlapped the incident", s->events.n, s->events.n == 1 ? "" : "s");
    for (int k = 0; k < s->events.n; k++) {
        const Item *it = &sc->items[s->events.v[k]];
        char a[32] = "", b[32] = "", names[512] = "";
        time_format_hm(it->at, sc->meta.utc_offset, a, sizeof a);
        if (it->until != DOJO_TIME_NONE) time_format_hm(it->until, sc->meta.utc_offset, b, sizeof b);
        for (int j = 0; j < it->people.n && strlen(names) < 400; j++)
            snprintf(names + strlen(names), sizeof names - strlen(names), "%s%s", j ? ", " : "; attended by ",
                     who(sc, it->people.v[j]));
        line(v, false, "The %s overlapped the incident (%s%s%s)%s.", it->title ? it->title : "event", a,
             *b ? " to " : "", b, names);
    }
}

void screen_people_signals_build(PeopleView *v, const Scenario *sc)
{
    const Signals *s = &v->signals;
    build_duration(v, sc, s);
    build_teams(v, sc, s);
    build_services(v, sc, s);
    build_people(v, sc, s);
    build_channels(v, sc, s);
    build_calendar(v, sc, s);
    size_t n = 1;
    for (int i = 0; i < v->line_count; i++) n += strlen(v->lines[i].text) + 1;
    v->signals_text = xmalloc(n);
    v->signals_text[0] = 0;
    for (int i = 0, at = 0; i < v->line_count; i++)
        at += snprintf(v->signals_text + at, n - (size_t)at, "%s\n", v->lines[i].text);
}

void screen_people_signals_draw(Ui *ui, Rect r, PeopleView *v)
{
    const Theme *t = ui_theme(ui);
    Rect view = ui_scroll_region(ui, ui_id(ui, "signals"), r, &v->signals_scroll, v->signals_scroll.content);
    ui_push_clip(ui, view);
    Rect col = screen_column(ui, view, 760);
    col.y += ui_px(ui, SP_L) - v->signals_scroll.offset, col.h = SCREEN_UNBOUNDED;
    int top = col.y;
    screen_para(ui, &col, "What this incident involved", FONT_BOLD, t->text, SP_XS);
    screen_para(ui, &col, "Computed from the sources, never typed in by the scenario's author. Many teams, "
                "people off the rotation and new pairings are signs an incident deserves more time.",
                FONT_ITALIC, t->text_muted, SP_M);
    for (int i = 0; i < v->line_count; i++) {
        if (v->lines[i].heading) {
            if (i) ui_cut_top(&col, ui_px(ui, SP_S));
            screen_para(ui, &col, v->lines[i].text, FONT_BOLD, t->text, SP_XS);
        } else screen_bullet(ui, &col, v->lines[i].text, t->text);
    }
    v->signals_scroll.content = col.y - top + ui_px(ui, 2 * SP_L);
    ui_pop_clip(ui);
}
