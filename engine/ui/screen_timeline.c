/* screen_timeline.c: the Timeline section: the filters, and the rows of
 * pins and window lines, measured once per change of the session, width or
 * filter and drawn only where they are visible. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "core/util.h"
#include "screen_common.h"
#include "screen_pin.h"
#include "screen_timeline_internal.h"
#include "viewer.h"

void screen_timeline_gap_label(int minutes, char *buf, size_t size)
{
    int d = minutes / (24 * 60), h = minutes / 60 % 24, m = minutes % 60;
    if (minutes < 1) snprintf(buf, size, "%s", "");
    else if (minutes < 60) snprintf(buf, size, "%d min later", minutes);
    else if (!d && !m) snprintf(buf, size, "%d h later", h);
    else if (!d) snprintf(buf, size, "%d h %02d min later", h, m);
    else if (!h) snprintf(buf, size, "%d day%s later", d, d == 1 ? "" : "s");
    else snprintf(buf, size, "%d day%s %d h later", d, d == 1 ? "" : "s", h);
}

void screen_timeline_reset(TimelineView *v)
{
    v->row_count = 0;
    v->built_session = NULL;
    v->drawn_from = v->drawn_to = 0;
    v->scroll = (UiScroll){0, 0};
}

void screen_timeline_free(TimelineView *v)
{
    free(v->rows);
    v->rows = NULL;
    v->row_cap = 0;
    screen_timeline_reset(v);
}

/* ---- building the rows ---- */

static const Session *sort_session;     /* qsort has no context argument */

/* A pin or a learned fact to place by time. At the same moment a pin comes
 * first: the fact usually says why what was pinned happened. */
typedef struct TlTimed { DojoTime at; TimelineRowKind kind; int index; } TlTimed;

static int timeline_cmp_timed(const void *a, const void *b)
{
    const TlTimed *x = a, *y = b;
    if (x->at != y->at) return x->at < y->at ? -1 : 1;
    if (x->kind != y->kind) return x->kind == TIMELINE_ROW_PIN ? -1 : 1;
    return (x->index > y->index) - (x->index < y->index);
}

static int timeline_cmp_seq(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return sort_session->pins[x].seq - sort_session->pins[y].seq;
}

/* Facts without a time in the order they were learned: by the turn. */
static int timeline_cmp_learned(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    int tx = sort_session->learned_from[x], ty = sort_session->learned_from[y];
    if (tx != ty) return tx < ty ? -1 : 1;
    return (x > y) - (x < y);
}

static bool timeline_passes(const Pin *p, const TimelineView *v)
{
    if (v->interviews) return false;
    if (v->marker != MARKER_NONE && p->marker != v->marker) return false;
    if (!v->tag[0]) return true;
    for (int k = 0; k < p->tag_count; k++)
        if (strcasecmp(p->tags[k], v->tag) == 0) return true;
    return false;
}

/* Facts carry no marker and no tag: a marker or tag filter hides them. */
static bool timeline_fact_passes(const TimelineView *v)
{
    return v->interviews || (v->marker == MARKER_NONE && !v->tag[0]);
}

static void timeline_push(TimelineView *v, TimelineRowKind kind, int item, int fact, int gap)
{
    if (v->row_count == v->row_cap)
        v->rows = xrealloc(v->rows, sizeof *v->rows * (size_t)(v->row_cap = v->row_cap ? 2 * v->row_cap : 32));
    v->rows[v->row_count++] = (TimelineRow){.kind = kind, .item = item, .fact = fact, .gap = gap};
}

/* A row at a time: its gap is from the row above, pin, fact or window
 * line, so every label reads as time since what is just above it. */
static void timeline_push_timed(TimelineView *v, const TlTimed *e, DojoTime *prev)
{
    int gap = *prev == DOJO_TIME_NONE ? -1 : (int)((e->at - *prev) / 60);
    bool fact = e->kind == TIMELINE_ROW_FACT, item = e->kind == TIMELINE_ROW_PIN;
    timeline_push(v, e->kind, item ? e->index : -1, fact ? e->index : -1, gap);
    *prev = e->at;
}

/* What the filter lets through, sorted: timed pins and facts together,
 * the untimed pins in pin order, the untimed facts in learning order. */
typedef struct TlSorted {
    TlTimed *timed; int nt;
    int *pins; int np;                  /* untimed */
    int *facts; int nf;                 /* untimed */
} TlSorted;

static void timeline_collect(const Session *s, TimelineView *v, TlSorted *o)
{
    const Scenario *sc = s->sc;
    o->timed = xmalloc(sizeof *o->timed * (size_t)(s->pin_count + sc->fact_count + 1));
    o->pins = xmalloc(sizeof *o->pins * (size_t)(s->pin_count + 1));
    o->facts = xmalloc(sizeof *o->facts * (size_t)(sc->fact_count + 1));
    o->nt = o->np = o->nf = 0;
    v->all_pins = v->all_facts = 0;
    for (int i = 0; i < sc->item_count; i++) {
        if (!s->pins[i].pinned) continue;
        v->all_pins++;
        if (!timeline_passes(&s->pins[i], v) || o->nt + o->np >= s->pin_count) continue;
        if (sc->items[i].at == DOJO_TIME_NONE) o->pins[o->np++] = i;
        else o->timed[o->nt++] = (TlTimed){sc->items[i].at, TIMELINE_ROW_PIN, i};
    }
    for (int f = 0; f < sc->fact_count; f++) {
        if (s->learned_from[f] < 0) continue;
        v->all_facts++;
        if (!timeline_fact_passes(v)) continue;
        if (sc->facts[f].at == DOJO_TIME_NONE) o->facts[o->nf++] = f;
        else o->timed[o->nt++] = (TlTimed){sc->facts[f].at, TIMELINE_ROW_FACT, f};
    }
    sort_session = s;
    qsort(o->timed, (size_t)o->nt, sizeof *o->timed, timeline_cmp_timed);
    qsort(o->pins, (size_t)o->np, sizeof *o->pins, timeline_cmp_seq);
    qsort(o->facts, (size_t)o->nf, sizeof *o->facts, timeline_cmp_learned);
}

/* The timed rows with the window lines where they fall, then the untimed
 * facts and pins each under their heading. */
static void timeline_order(const Session *s, TimelineView *v)
{
    const Scenario *sc = s->sc;
    TlSorted o;
    timeline_collect(s, v, &o);
    v->row_count = 0;
    v->shown_pins = o.np, v->shown_facts = o.nf;
    for (int k = 0; k < o.nt; k++) {
        if (o.timed[k].kind == TIMELINE_ROW_PIN) v->shown_pins++;
        else v->shown_facts++;
    }
    bool any = v->all_pins || v->all_facts;
    TlTimed start = {sc->meta.start, TIMELINE_ROW_START, -1}, end = {sc->meta.end, TIMELINE_ROW_END, -1};
    DojoTime prev = DOJO_TIME_NONE;
    bool started = start.at == DOJO_TIME_NONE || !any, ended = end.at == DOJO_TIME_NONE || !any;
    for (int k = 0; k <= o.nt; k++) {
        DojoTime at = k < o.nt ? o.timed[k].at : INT64_MAX;
        if (!started && start.at <= at) timeline_push_timed(v, &start, &prev), started = true;
        if (!ended && end.at < at) {
            if (!started) timeline_push_timed(v, &start, &prev), started = true;
            timeline_push_timed(v, &end, &prev), ended = true;
        }
        if (k < o.nt) timeline_push_timed(v, &o.timed[k], &prev);
    }
    if (o.nf) timeline_push(v, TIMELINE_ROW_UNTIMED_FACTS, -1, -1, -1);
    for (int k = 0; k < o.nf; k++) timeline_push(v, TIMELINE_ROW_FACT, -1, o.facts[k], -1);
    if (o.np) timeline_push(v, TIMELINE_ROW_UNTIMED, -1, -1, -1);
    for (int k = 0; k < o.np; k++) timeline_push(v, TIMELINE_ROW_PIN, o.pins[k], -1, -1);
    free(o.timed);
    free(o.pins);
    free(o.facts);
}

static void timeline_build(Ui *ui, const Session *s, TimelineView *v, const TlMetrics *m)
{
    timeline_order(s, v);
    int y = ui_px(ui, SP_M);
    for (int i = 0; i < v->row_count; i++) {
        TimelineRow *r = &v->rows[i];
        r->top = y;
        r->h = timeline_row_height(ui, m, s, r);
        y += r->h;
    }
    v->built_session = s;
    v->built_actions = s->action_count;
    v->built_width = m->card_w;
    v->built_scale = ui_scale(ui);
    v->built_marker = (int)v->marker;
    v->built_interviews = v->interviews;
    snprintf(v->built_tag, sizeof v->built_tag, "%s", v->tag);
}

static bool timeline_stale(Ui *ui, const Session *s, const TimelineView *v, const TlMetrics *m)
{
    return v->built_session != s || v->built_actions != s->action_count || v->built_width != m->card_w ||
           v->built_scale != ui_scale(ui) || v->built_marker != (int)v->marker || v->built_interviews != v->interviews ||
           strcmp(v->built_tag, v->tag) != 0;
}

/* ---- the frame ---- */

static const char *const FILTER_LABELS[TIMELINE_FILTERS] = {"All", "Detection", "Diagnosis", "Repair",
                                                             "Key moment", "Interviews"};
enum { FILTER_INTERVIEWS = TIMELINE_FILTERS - 1 };

/* All, a marker, or Interviews (only the learned facts): one at a time. */
static void timeline_marker_filter(Ui *ui, Rect *r, TimelineView *v)
{
    const Theme *t = ui_theme(ui);
    Color dots[TIMELINE_FILTERS] = {{0}};
    for (int k = 1; k < FILTER_INTERVIEWS; k++) dots[k] = viewer_marker_color(t, (Marker)k);
    dots[FILTER_INTERVIEWS] = timeline_fact_color(t);
    int sel = v->interviews ? FILTER_INTERVIEWS : (int)v->marker;
    int m = screen_pin_toggles(ui, r, "marker", FILTER_LABELS, dots, TIMELINE_FILTERS, sel, v->marker_buttons);
    if (m < 0) return;
    v->interviews = m == FILTER_INTERVIEWS;
    v->marker = v->interviews ? MARKER_NONE : (Marker)m;
    if (v->interviews) v->tag[0] = 0;       /* facts have no tags */
}

/* The filters; a tag filter whose tag is no longer on any pin is dropped. */
static void timeline_filters(Ui *ui, Rect *r, const Session *s, TimelineView *v)
{
    timeline_marker_filter(ui, r, v);
    const char *labels[TIMELINE_MAX_TAGS + 1] = {"All tags"};
    int n = 1 + screen_pin_session_tags(s, labels + 1, TIMELINE_MAX_TAGS), sel = 0;
    for (int k = 1; k < n; k++)
        if (strcasecmp(labels[k], v->tag) == 0) sel = k;
    if (!sel) v->tag[0] = 0;
    memset(v->tag_buttons, 0, sizeof v->tag_buttons);
    if (n == 1) return;
    ui_cut_top(r, ui_px(ui, SP_S));
    int k = screen_pin_toggles(ui, r, "tag", labels, NULL, n, sel, v->tag_buttons);
    if (k == 0 || k == sel) v->tag[0] = 0;
    else if (k > 0) {
        snprintf(v->tag, sizeof v->tag, "%s", labels[k]);
        v->interviews = false;
    }
}

/* "6 pins", "2 of 6 pins shown", then " · 1 fact from interviews". */
static void timeline_count(const TimelineView *v, char *buf, size_t size)
{
    if (v->shown_pins == v->all_pins) snprintf(buf, size, "%d pin%s", v->all_pins, v->all_pins == 1 ? "" : "s");
    else snprintf(buf, size, "%d of %d pins shown", v->shown_pins, v->all_pins);
    size_t n = strlen(buf);
    if (!v->all_facts) return;
    if (v->shown_facts == v->all_facts)
        snprintf(buf + n, size - n, " \xC2\xB7 %d fact%s from interviews", v->all_facts, v->all_facts == 1 ? "" : "s");
    else snprintf(buf + n, size - n, " \xC2\xB7 %d of %d facts from interviews", v->shown_facts, v->all_facts);
}

static void timeline_head(Ui *ui, Rect *r, const Session *s, TimelineView *v)
{
    const Theme *t = ui_theme(ui);
    Rect line = ui_cut_top(r, ui_line_height(ui, FONT_BOLD));
    char count[160];
    timeline_count(v, count, sizeof count);
    int cw = ui_text_width(ui, count, FONT_REGULAR);
    ui_text(ui, ui_cut_right(&line, cw), count, FONT_REGULAR, t->text_muted);
    ui_text(ui, line, "Timeline", FONT_BOLD, t->text);
    ui_cut_top(r, ui_px(ui, SP_M));
    if (v->all_pins || v->all_facts) timeline_filters(ui, r, s, v);
}

static void timeline_empty(Ui *ui, Rect r, const TimelineView *v)
{
    const Theme *t = ui_theme(ui);
    Rect col = screen_column(ui, r, 600);
    col.h = SCREEN_UNBOUNDED;
    ui_cut_top(&col, ui_px(ui, SP_XL));
    if (v->interviews) {
        screen_para(ui, &col, "No facts learned yet", FONT_BOLD, t->text, SP_S);
        screen_para(ui, &col, "Interview the people involved: what they tell you that no source says "
                    "appears here, at the moment it tells of. Choose All above to see your pins.",
                    FONT_REGULAR, t->text_muted, 0);
        return;
    }
    if (v->all_pins || v->all_facts) {
        screen_para(ui, &col, "No pin matches this filter.", FONT_BOLD, t->text, SP_S);
        screen_para(ui, &col, "Choose All above, or give pins this marker or tag in their Edit dialog.",
                    FONT_REGULAR, t->text_muted, 0);
        return;
    }
    screen_para(ui, &col, "Nothing pinned yet", FONT_BOLD, t->text, SP_S);
    screen_para(ui, &col, "The timeline is built from the evidence you pin. In Sources, double-click "
                "an item, or select one with J and K and press P. Give the pin a note (what could that "
                "person see and know then?), mark the moments of detection, diagnosis and repair, and "
                "tag what belongs together.", FONT_REGULAR, t->text, SP_M);
    screen_para(ui, &col, "Pins from every source appear here in time order, with the gaps between "
                "them and the incident window, so you can see who knew what, and when. What people "
                "tell you in interviews joins them.",
                FONT_REGULAR, t->text_muted, 0);
}

/* The first row that reaches below y: rows are sorted by top. */
static int timeline_first_visible(const TimelineView *v, int y)
{
    int lo = 0, hi = v->row_count;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (v->rows[mid].top + v->rows[mid].h <= y) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

static TimelineIntent timeline_rows(Ui *ui, Rect view, const Session *s, TimelineView *v, const TlMetrics *m)
{
    TimelineIntent out = {TIMELINE_NONE, -1};
    for (int i = v->drawn_from; i < v->drawn_to && i < v->row_count; i++)
        v->rows[i].show = v->rows[i].edit = v->rows[i].card = (Rect){0, 0, 0, 0};
    ui_fill(ui, (Rect){view.x + m->spine_x - ui_px(ui, 1), view.y, ui_px(ui, 2), view.h}, ui_theme(ui)->border);
    int i = timeline_first_visible(v, v->scroll.offset);
    v->drawn_from = i;
    for (; i < v->row_count && v->rows[i].top < v->scroll.offset + view.h; i++) {
        TimelineRow *r = &v->rows[i];
        Rect at = {view.x, view.y + r->top - v->scroll.offset, view.w, r->h};
        const char *tag = NULL;
        TimelineIntent got = timeline_row_draw(ui, at, m, s, r, &tag, &v->fact_selected);
        if (got.kind != TIMELINE_NONE) out = got;
        if (tag) snprintf(v->tag, sizeof v->tag, "%s", tag);     /* a tag chip filters by it */
    }
    v->drawn_to = i;
    return out;
}

TimelineIntent screen_timeline(Ui *ui, Rect r, const Session *s, TimelineView *v)
{
    TimelineIntent out = {TIMELINE_NONE, -1};
    ui_push_scope(ui, "timeline");
    ui_fill(ui, r, ui_theme(ui)->background);
    Rect head = ui_inset(r, ui_px(ui, SP_L));
    head.h = SCREEN_UNBOUNDED;
    int top = head.y;
    timeline_head(ui, &head, s, v);
    ui_cut_top(&head, ui_px(ui, SP_M));
    int used = head.y - top + ui_px(ui, SP_L);
    ui_fill(ui, (Rect){r.x, r.y + used - 1, r.w, 1}, ui_theme(ui)->border);
    Rect body = {r.x, r.y + used, r.w, r.h - used};
    TlMetrics m = timeline_metrics(ui, body);
    if (timeline_stale(ui, s, v, &m)) timeline_build(ui, s, v, &m);
    if (!v->shown_pins && !v->shown_facts) {
        ui_push_clip(ui, body);
        timeline_empty(ui, body, v);
        ui_pop_clip(ui);
    } else {
        int content = v->row_count ? v->rows[v->row_count - 1].top + v->rows[v->row_count - 1].h : 0;
        Rect view = ui_scroll_region(ui, ui_id(ui, "rows"), body, &v->scroll, content + ui_px(ui, SP_XL));
        ui_push_clip(ui, view);
        out = timeline_rows(ui, view, s, v, &m);
        ui_pop_clip(ui);
    }
    ui_pop_scope(ui);
    return out;
}
