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

static int timeline_cmp_time(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    DojoTime tx = sort_session->sc->items[x].at, ty = sort_session->sc->items[y].at;
    if (tx != ty) return tx < ty ? -1 : 1;
    return (x > y) - (x < y);
}

static int timeline_cmp_seq(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return sort_session->pins[x].seq - sort_session->pins[y].seq;
}

static bool timeline_passes(const Pin *p, const TimelineView *v)
{
    if (v->marker != MARKER_NONE && p->marker != v->marker) return false;
    if (!v->tag[0]) return true;
    for (int k = 0; k < p->tag_count; k++)
        if (strcasecmp(p->tags[k], v->tag) == 0) return true;
    return false;
}

static void timeline_push(TimelineView *v, TimelineRowKind kind, int item, int gap)
{
    if (v->row_count == v->row_cap)
        v->rows = xrealloc(v->rows, sizeof *v->rows * (size_t)(v->row_cap = v->row_cap ? 2 * v->row_cap : 32));
    v->rows[v->row_count++] = (TimelineRow){kind, item, gap, 0, 0, {0, 0, 0, 0}, {0, 0, 0, 0}};
}

/* A row at a time: its gap is from the row above, pin or window line, so
 * every label reads as time since what is just above it. */
static void timeline_push_timed(TimelineView *v, TimelineRowKind kind, int item, DojoTime at, DojoTime *prev)
{
    timeline_push(v, kind, item, *prev == DOJO_TIME_NONE ? -1 : (int)((at - *prev) / 60));
    *prev = at;
}

/* The pins that pass the filter, timed ones in time order with the window
 * lines where they fall, then the untimed ones in pin order. */
static void timeline_order(const Session *s, TimelineView *v)
{
    const Scenario *sc = s->sc;
    int *timed = xmalloc(sizeof *timed * (size_t)(s->pin_count + 1)), nt = 0;
    int *untimed = xmalloc(sizeof *untimed * (size_t)(s->pin_count + 1)), nu = 0;
    v->all_pins = 0;
    for (int i = 0; i < sc->item_count; i++) {
        if (!s->pins[i].pinned) continue;
        v->all_pins++;
        if (!timeline_passes(&s->pins[i], v) || nt + nu >= s->pin_count) continue;
        if (sc->items[i].at == DOJO_TIME_NONE) untimed[nu++] = i;
        else timed[nt++] = i;
    }
    sort_session = s;
    qsort(timed, (size_t)nt, sizeof *timed, timeline_cmp_time);
    qsort(untimed, (size_t)nu, sizeof *untimed, timeline_cmp_seq);
    v->row_count = 0;
    v->shown_pins = nt + nu;
    DojoTime start = sc->meta.start, end = sc->meta.end, prev = DOJO_TIME_NONE;
    bool started = start == DOJO_TIME_NONE || !v->all_pins, ended = end == DOJO_TIME_NONE || !v->all_pins;
    for (int k = 0; k <= nt; k++) {
        DojoTime at = k < nt ? sc->items[timed[k]].at : INT64_MAX;
        if (!started && start <= at) timeline_push_timed(v, TIMELINE_ROW_START, -1, start, &prev), started = true;
        if (!ended && end < at) {
            if (!started) timeline_push_timed(v, TIMELINE_ROW_START, -1, start, &prev), started = true;
            timeline_push_timed(v, TIMELINE_ROW_END, -1, end, &prev), ended = true;
        }
        if (k < nt) timeline_push_timed(v, TIMELINE_ROW_PIN, timed[k], at, &prev);
    }
    if (nu) timeline_push(v, TIMELINE_ROW_UNTIMED, -1, -1);
    for (int k = 0; k < nu; k++) timeline_push(v, TIMELINE_ROW_PIN, untimed[k], -1);
    free(timed);
    free(untimed);
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
    snprintf(v->built_tag, sizeof v->built_tag, "%s", v->tag);
}

static bool timeline_stale(Ui *ui, const Session *s, const TimelineView *v, const TlMetrics *m)
{
    return v->built_session != s || v->built_actions != s->action_count || v->built_width != m->card_w ||
           v->built_scale != ui_scale(ui) || v->built_marker != (int)v->marker || strcmp(v->built_tag, v->tag) != 0;
}

/* ---- the frame ---- */

static const char *const FILTER_LABELS[5] = {"All", "Detection", "Diagnosis", "Repair", "Key moment"};

/* The filters; a tag filter whose tag is no longer on any pin is dropped. */
static void timeline_filters(Ui *ui, Rect *r, const Session *s, TimelineView *v)
{
    const Theme *t = ui_theme(ui);
    Color dots[5] = {{0}};
    for (int k = 1; k < 5; k++) dots[k] = viewer_marker_color(t, (Marker)k);
    int m = screen_pin_toggles(ui, r, "marker", FILTER_LABELS, dots, 5, (int)v->marker, v->marker_buttons);
    if (m >= 0) v->marker = (Marker)m;
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
    else if (k > 0) snprintf(v->tag, sizeof v->tag, "%s", labels[k]);
}

static void timeline_head(Ui *ui, Rect *r, const Session *s, TimelineView *v)
{
    const Theme *t = ui_theme(ui);
    Rect line = ui_cut_top(r, ui_line_height(ui, FONT_BOLD));
    char count[96];
    if (v->shown_pins == v->all_pins) snprintf(count, sizeof count, "%d pin%s", v->all_pins, v->all_pins == 1 ? "" : "s");
    else snprintf(count, sizeof count, "%d of %d pins shown", v->shown_pins, v->all_pins);
    int cw = ui_text_width(ui, count, FONT_REGULAR);
    ui_text(ui, ui_cut_right(&line, cw), count, FONT_REGULAR, t->text_muted);
    ui_text(ui, line, "Timeline", FONT_BOLD, t->text);
    ui_cut_top(r, ui_px(ui, SP_M));
    if (v->all_pins) timeline_filters(ui, r, s, v);
}

static void timeline_empty(Ui *ui, Rect r, const TimelineView *v)
{
    const Theme *t = ui_theme(ui);
    Rect col = screen_column(ui, r, 600);
    col.h = SCREEN_UNBOUNDED;
    ui_cut_top(&col, ui_px(ui, SP_XL));
    if (v->all_pins) {
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
                "them and the incident window, so you can see who knew what, and when.",
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
        v->rows[i].show = v->rows[i].edit = (Rect){0, 0, 0, 0};
    ui_fill(ui, (Rect){view.x + m->spine_x - ui_px(ui, 1), view.y, ui_px(ui, 2), view.h}, ui_theme(ui)->border);
    int i = timeline_first_visible(v, v->scroll.offset);
    v->drawn_from = i;
    for (; i < v->row_count && v->rows[i].top < v->scroll.offset + view.h; i++) {
        TimelineRow *r = &v->rows[i];
        Rect at = {view.x, view.y + r->top - v->scroll.offset, view.w, r->h};
        const char *tag = NULL;
        TimelineIntent got = timeline_row_draw(ui, at, m, s, r, &tag);
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
    if (!v->shown_pins) {
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
