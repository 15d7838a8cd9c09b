/* screen_debrief_metrics.c: the incident's coordination metrics as small
 * cards (teams, new pairings, help from off the rotation, lurkers, pages,
 * handoffs, services, duration), from the same signals_compute the People
 * section explains line by line, and the signals they add up to. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "screen_debrief_internal.h"

typedef struct Figure { char value[32], label[48], note[200]; } Figure;

static const char *person_name(const Scenario *sc, int p)
{
    return p < 0 ? "someone" : sc->people[p].name ? sc->people[p].name : sc->people[p].id;
}

static const char *team_name(const Scenario *sc, int t) { return sc->teams[t].name ? sc->teams[t].name : sc->teams[t].id; }

/* "Dana Okafor, Priya Nair and 2 more": who a figure counts. */
static void names(char *buf, size_t size, const Scenario *sc, const SignalsPerson *p, int n)
{
    buf[0] = 0;
    for (int k = 0; k < n && k < 2; k++)
        snprintf(buf + strlen(buf), size - strlen(buf), "%s%s", k ? " and " : "", person_name(sc, p[k].person));
    if (n > 2) snprintf(buf + strlen(buf), size - strlen(buf), " and %d more", n - 2);
}

static void figure(Figure *f, int value, const char *label, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static void figure(Figure *f, int value, const char *label, const char *fmt, ...)
{
    snprintf(f->value, sizeof f->value, "%d", value);
    snprintf(f->label, sizeof f->label, "%s", label);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(f->note, sizeof f->note, fmt, ap);
    va_end(ap);
}

static void figures_people(Figure *f, const Scenario *sc, const Signals *g)
{
    char who[160];
    figure(&f[0], g->team_count, g->team_count == 1 ? "team involved" : "teams involved", "%d engineering, %d other%s",
           g->engineering_teams, g->other_teams, g->engineering_with_other ? ", working together" : "");
    if (g->new_pair_count)
        figure(&f[1], g->new_pair_count, "new team pairs", "%s and %s had not worked together%s",
               team_name(sc, g->new_pairs[0].a), team_name(sc, g->new_pairs[0].b),
               g->new_pair_count > 1 ? ", and more" : "");
    else figure(&f[1], 0, "new team pairs", "every pair had worked together before");
    names(who, sizeof who, sc, g->not_on_call, g->not_on_call_count);
    if (g->not_on_call_count) figure(&f[2], g->not_on_call_count, "not on call", "%s helped from off the rotation", who);
    else figure(&f[2], 0, "not on call", "everyone who responded was on call");
    int lurkers = 0, busiest = -1;
    for (int k = 0; k < g->channel_count; k++) {
        lurkers += g->channels[k].lurkers.n;
        if (busiest < 0 || g->channels[k].lurkers.n > g->channels[busiest].lurkers.n) busiest = k;
    }
    if (lurkers && busiest >= 0)
        figure(&f[3], lurkers, lurkers == 1 ? "lurker" : "lurkers", "%d only watched %s, beside %d who posted",
               g->channels[busiest].lurkers.n, sc->sources[g->channels[busiest].source].title,
               g->channels[busiest].active.n);
    else figure(&f[3], 0, "lurkers", "nobody only watched");
}

static void figures_work(Figure *f, const Scenario *sc, const Signals *g)
{
    char who[160];
    names(who, sizeof who, sc, g->paged, g->paged_count);
    figure(&f[0], g->paged_count, g->paged_count == 1 ? "person paged" : "people paged", "%s",
           g->paged_count ? who : "no page went out");
    figure(&f[1], g->handoffs.n, g->handoffs.n == 1 ? "handoff" : "handoffs", "%d escalation%s among them",
           g->escalations.n, g->escalations.n == 1 ? "" : "s");
    figure(&f[2], g->service_count, g->service_count == 1 ? "service involved" : "services involved",
           "%d new, %d new interaction%s", g->new_services.n, g->new_link_count, g->new_link_count == 1 ? "" : "s");
    if (g->duration >= 0) {
        if (g->time_to_detect >= 0)
            figure(&f[3], (int)(g->duration / 60), "minutes long", "the first alert fired after %lld min",
                   g->time_to_detect / 60);
        else figure(&f[3], (int)(g->duration / 60), "minutes long", "no alert fired in the window");
    } else {
        figure(&f[3], 0, "duration", "the incident window has an open end");
        snprintf(f[3].value, sizeof f[3].value, "?");
    }
}

/* "many teams, not on call, big event": the signals the figures add up to. */
static void signals_line(char *buf, size_t size, SignalSet set)
{
    snprintf(buf, size, "Signals this incident shows: ");
    int n = 0;
    for (int k = 0; k < SIGNAL_KIND_COUNT; k++) {
        if (!(set >> k & 1u)) continue;
        size_t at = strlen(buf);
        snprintf(buf + at, size - at, "%s%s", n++ ? ", " : "", model_signal_name((SignalKind)k));
        for (char *p = buf + at; *p; p++)
            if (*p == '_') *p = ' ';
    }
    if (!n) snprintf(buf, size, "This incident shows none of the signals that an incident has more to teach.");
    else snprintf(buf + strlen(buf), size - strlen(buf), ". The Triage section says what each means.");
}

void screen_debrief_metrics(Ui *ui, DebriefView *v, Rect *r, const Session *s)
{
    Figure f[8];
    figures_people(f, s->sc, &v->signals);
    figures_work(f + 4, s->sc, &v->signals);
    int cols = screen_debrief_card_columns(ui, r->w, 210), gap = ui_px(ui, SP_M);
    if (cols > 4) cols = 4;
    int cw = (r->w - (cols - 1) * gap) / cols, note_h = 0;
    for (int k = 0; k < 8; k++) {
        int h = screen_debrief_card_note_h(ui, f[k].note, cw);
        if (h > note_h) note_h = h;
    }
    int ch = screen_debrief_card_h(ui, note_h);
    for (int k = 0; k < 8; k++) {
        Rect card = {r->x + k % cols * (cw + gap), r->y + k / cols * (ch + gap), cw, ch};
        screen_debrief_card(ui, v, card, f[k].value, f[k].label, f[k].note);
    }
    ui_cut_top(r, (8 + cols - 1) / cols * (ch + gap) + ui_px(ui, SP_S));
    char line[400];
    signals_line(line, sizeof line, s->sc->own_signals);
    screen_debrief_para(ui, v, r, line, FONT_REGULAR, ui_theme(ui)->text, SP_XL);
}
