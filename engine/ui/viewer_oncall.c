/* viewer_oncall.c: an on-call schedule as a paging tool shows it: a row per
 * rotation with each person's shift as a bar over a time axis, the incident
 * window marked across them, then the shifts in words. */
#include <stdio.h>
#include <string.h>
#include "core/gameclock.h"
#include "screen_common.h"
#include "screen_source_text.h"
#include "viewer.h"

enum { OC_MAX_ROWS = 32, OC_MAX_SHIFTS = 512, OC_DAY = 86400 };

/* A rotation: one team's role ("Checkout", "primary"). */
typedef struct OcRow { int team; const char *role; } OcRow;

typedef struct OcDraw {
    Ui *ui; const Theme *t; const Scenario *sc; const Source *s; ViewerNav *nav; UiScroll *scroll;
    Rect view; int x, w, y;
    OcRow rows[OC_MAX_ROWS]; int row_count;
    int order[OC_MAX_SHIFTS]; int shift_count;   /* shifts by start time */
    DojoTime t0, t1;                             /* the axis */
    int ax, aw;                                  /* its x and width */
} OcDraw;

static bool oc_visible(const OcDraw *d, int h) { return d->y + h > d->view.y && d->y < d->view.y + d->view.h; }

/* The shift's team, else its person's: a rotation belongs to a team. */
static int oc_team(const Scenario *sc, const Item *it)
{
    if (it->other >= 0 && it->other < sc->team_count) return it->other;
    return it->person >= 0 && it->person < sc->person_count ? sc->people[it->person].team : -1;
}

static const char *oc_team_name(const Scenario *sc, int team) { return team >= 0 ? sc->teams[team].name : "No team"; }
static const char *oc_role(const Item *it) { return it->title && it->title[0] ? it->title : "on call"; }

static int oc_row_of(OcDraw *d, const Item *it)
{
    int team = oc_team(d->sc, it);
    for (int k = 0; k < d->row_count; k++)
        if (d->rows[k].team == team && strcmp(d->rows[k].role, oc_role(it)) == 0) return k;
    if (d->row_count == OC_MAX_ROWS) return -1;
    d->rows[d->row_count] = (OcRow){team, oc_role(it)};
    return d->row_count++;
}

static DojoTime oc_start(const Scenario *sc, int i) { return sc->items[i].at == DOJO_TIME_NONE ? INT64_MAX : sc->items[i].at; }

/* Shifts by start (stable), rotations in order of first appearance. */
static void oc_collect(OcDraw *d)
{
    const Source *s = d->s;
    for (int i = s->first_item; i < s->first_item + s->item_count && d->shift_count < OC_MAX_SHIFTS; i++)
        if (d->sc->items[i].kind == ITEM_SHIFT) d->order[d->shift_count++] = i;
    int *o = d->order;
    for (int a = 1; a < d->shift_count; a++)
        for (int b = a; b > 0 && oc_start(d->sc, o[b - 1]) > oc_start(d->sc, o[b]); b--) {
            int tmp = o[b];
            o[b] = o[b - 1], o[b - 1] = tmp;
        }
    for (int k = 0; k < d->shift_count; k++) oc_row_of(d, &d->sc->items[o[k]]);
}

static DojoTime oc_local_floor(const OcDraw *d, DojoTime t, DojoTime unit)
{
    DojoTime off = d->sc->meta.utc_offset * 60LL, l = t + off;
    return (l >= 0 ? l / unit : -((-l + unit - 1) / unit)) * unit - off;
}

/* The axis spans the shifts and the incident, whole days when it runs over
 * two; open-ended shifts run a day past the rest, and the whole is kept
 * within two weeks either side of the incident so it stays readable. */
static void oc_axis(OcDraw *d)
{
    const ScenarioMeta *m = &d->sc->meta;
    DojoTime a = m->start, z = m->end != DOJO_TIME_NONE ? m->end : m->start;
    for (int k = 0; k < d->shift_count; k++) {
        const Item *it = &d->sc->items[d->order[k]];
        if (it->at == DOJO_TIME_NONE) continue;
        DojoTime end = it->until != DOJO_TIME_NONE ? it->until : it->at + OC_DAY;
        if (a == DOJO_TIME_NONE || it->at < a) a = it->at;
        if (z == DOJO_TIME_NONE || end > z) z = end;
    }
    if (a == DOJO_TIME_NONE) a = 0, z = OC_DAY;
    if (m->start != DOJO_TIME_NONE) {
        if (a < m->start - 14 * OC_DAY) a = m->start - 14 * OC_DAY;
        if (z > m->start + 14 * OC_DAY) z = m->start + 14 * OC_DAY;
    }
    DojoTime unit = z - a >= 2 * OC_DAY ? OC_DAY : 3600;
    d->t0 = oc_local_floor(d, a, unit);
    d->t1 = oc_local_floor(d, z + unit - 1, unit);
    if (d->t1 <= d->t0) d->t1 = d->t0 + unit;
}

static int oc_x(const OcDraw *d, DojoTime t)
{
    if (t < d->t0) t = d->t0;
    if (t > d->t1) t = d->t1;
    return d->ax + (int)((double)(t - d->t0) * d->aw / (double)(d->t1 - d->t0));
}

/* "Mon 9" for a day tick: the short date without its month. */
static void oc_day_label(const OcDraw *d, DojoTime t, char *buf, int size)
{
    viewer_date_text(d->sc, t, false, buf, size);
    char *sp = strrchr(buf, ' ');
    if (sp) *sp = 0;
}

/* Grid lines (each day, or each step under two days) through the rows,
 * and labels at a step that leaves room for them, their lines reaching up
 * to the label. Weekly labels fall on Mondays, others count from the start. */
static void oc_ticks(OcDraw *d, int label_y, int grid_y, int grid_h)
{
    static const int HOURS[] = {1, 2, 3, 6, 12, 24, 48, 168, 336};
    Ui *ui = d->ui;
    bool days = d->t1 - d->t0 >= 2 * OC_DAY;
    int lh = ui_line_height(ui, FONT_REGULAR), pad = ui_px(ui, SP_XS);
    int label_w = ui_text_width(ui, days ? "Wed 30" : "00:00", FONT_REGULAR) + ui_px(ui, SP_M);
    double span_h = (double)(d->t1 - d->t0) / 3600.0;
    int k = days ? 5 : 0;
    while (k < 8 && span_h / HOURS[k] * label_w > d->aw) k++;
    DojoTime step = HOURS[k] * 3600LL, grid = days ? OC_DAY : step;
    long long every = days ? step / OC_DAY : 1, anchor = every % 7 ? viewer_date(d->sc, d->t0).days : 4;
    for (DojoTime t = d->t0; t <= d->t1; t += grid) {
        int x = oc_x(d, t);
        bool label = t < d->t1 && (!days || ((viewer_date(d->sc, t).days - anchor) % every + every) % every == 0);
        ui_fill(ui, (Rect){x, label ? label_y : grid_y, 1, grid_h + (label ? grid_y - label_y : 0)}, d->t->border);
        if (!label) continue;
        char text[32];
        if (days) oc_day_label(d, t, text, sizeof text);
        else time_format_hm(t, d->sc->meta.utc_offset, text, sizeof text);
        int w = ui_text_width(ui, text, FONT_REGULAR);
        if (x + pad + w <= d->ax + d->aw) ui_text(ui, (Rect){x + pad, label_y, w + 1, lh}, text, FONT_REGULAR, d->t->text_muted);
    }
}

static Color oc_bar_fill(const Theme *t)
{
    int lum = (t->panel.r * 3 + t->panel.g * 6 + t->panel.b) / 10;
    return screen_mix(t->panel, t->accent, lum > 128 ? 0.22f : 0.35f);
}

/* A shift's bar in its row; zero wide when the shift lies off the axis. */
static Rect oc_bar_rect(const OcDraw *d, const Item *it, Rect row)
{
    if (it->at == DOJO_TIME_NONE || it->at >= d->t1 || (it->until != DOJO_TIME_NONE && it->until <= d->t0)) return (Rect){0};
    int x0 = oc_x(d, it->at), x1 = it->until == DOJO_TIME_NONE ? d->ax + d->aw : oc_x(d, it->until);
    int pad = ui_px(d->ui, SP_XS), w = x1 - x0 - 2;
    return (Rect){x0 + 1, row.y + pad, w > ui_px(d->ui, 3) ? w : ui_px(d->ui, 3), row.h - 2 * pad};
}

/* One shift as a bar in its rotation's row, the left edge in the pin's
 * marker colour when pinned. The name goes on in a later pass (oc_bar_name),
 * over the incident line. */
static void oc_bar(OcDraw *d, int item, Rect row)
{
    Ui *ui = d->ui;
    const Theme *t = d->t;
    const Item *it = &d->sc->items[item];
    Rect bar = oc_bar_rect(d, it, row);
    if (!bar.w) return;
    viewer_item_backdrop(ui, ui_inset(bar, -ui_px(ui, 2)), d->nav, item);
    bool sel = d->nav->selected == item;
    ui_box(ui, bar, ui_px(ui, 4), oc_bar_fill(t), sel ? t->text : t->accent, ui_px(ui, sel ? 2 : 1));
    const Session *s = d->nav->session;
    Color edge = s && item < s->sc->item_count && s->pins[item].pinned ? viewer_marker_color(t, s->pins[item].marker) : t->accent;
    ui_fill(ui, (Rect){bar.x, bar.y, ui_px(ui, 4), bar.h}, edge);
    viewer_item_input(ui, bar, d->nav, item);
}

static void oc_bar_name(OcDraw *d, int item, Rect row)
{
    Ui *ui = d->ui;
    const Item *it = &d->sc->items[item];
    Rect bar = oc_bar_rect(d, it, row);
    if (!bar.w) return;
    char name[160];
    snprintf(name, sizeof name, "%s%s", screen_source_person(d->sc, it->person), it->until == DOJO_TIME_NONE ? " \xE2\x86\x92" : "");
    int tx = bar.x + ui_px(ui, SP_S + 2);
    ui_push_clip(ui, bar);
    ui_text(ui, (Rect){tx, bar.y, bar.x + bar.w - tx - ui_px(ui, SP_XS), bar.h}, name, FONT_BOLD, d->t->text);
    ui_pop_clip(ui);
}

static void oc_row_label(OcDraw *d, const OcRow *r, Rect row)
{
    int lh = ui_line_height(d->ui, FONT_REGULAR), y = row.y + (row.h - 2 * lh) / 2, w = d->ax - row.x - ui_px(d->ui, SP_S);
    ui_text(d->ui, (Rect){row.x + ui_px(d->ui, SP_S), y, w, lh}, oc_team_name(d->sc, r->team), FONT_BOLD, d->t->text);
    ui_text(d->ui, (Rect){row.x + ui_px(d->ui, SP_S), y + lh, w, lh}, r->role, FONT_REGULAR, d->t->text_muted);
}

/* The incident window over the rows: shaded (at least a few px wide, since
 * a week-long axis makes an hour a sliver), a line and a label above. */
static void oc_incident(OcDraw *d, int label_y, int y, int h, bool over)
{
    const ScenarioMeta *m = &d->sc->meta;
    if (m->start == DOJO_TIME_NONE || m->start > d->t1 || (m->end != DOJO_TIME_NONE && m->end < d->t0)) return;
    Ui *ui = d->ui;
    int x0 = oc_x(d, m->start), x1 = oc_x(d, m->end != DOJO_TIME_NONE ? m->end : m->start), min = ui_px(ui, 6);
    if (x1 - x0 < min) x0 = (x0 + x1) / 2 - min / 2, x1 = x0 + min;
    int line = ui_px(ui, 2), cx = (x0 + x1) / 2;
    if (over) {
        ui_fill(ui, (Rect){cx - line / 2, y, line, h}, d->t->danger);
        return;
    }
    ui_fill(ui, (Rect){x0, y, x1 - x0, h}, viewer_metric_window_color(d->t));
    char a[16], z[16], label[64];
    time_format_hm(m->start, m->utc_offset, a, sizeof a);
    time_format_hm(m->end != DOJO_TIME_NONE ? m->end : m->start, m->utc_offset, z, sizeof z);
    snprintf(label, sizeof label, "Incident %.5s \xE2\x80\x93 %.5s", a, z);
    int w = ui_text_width(ui, label, FONT_BOLD), lx = cx - w / 2;
    lx = lx + w > d->ax + d->aw ? d->ax + d->aw - w : lx;
    lx = lx < d->ax ? d->ax : lx;
    ui_text(ui, (Rect){lx, label_y, w + 1, ui_line_height(ui, FONT_BOLD)}, label, FONT_BOLD, d->t->danger);
}

/* The timeline: incident label, tick labels, then a row per rotation. */
static void oc_timeline(OcDraw *d)
{
    Ui *ui = d->ui;
    const Theme *t = d->t;
    int lh = ui_line_height(ui, FONT_REGULAR), row_h = 2 * lh + ui_px(ui, SP_M);
    int label_w = 0;
    for (int k = 0; k < d->row_count; k++) {
        int a = ui_text_width(ui, oc_team_name(d->sc, d->rows[k].team), FONT_BOLD), b = ui_text_width(ui, d->rows[k].role, FONT_REGULAR);
        label_w = a > label_w ? a : b > label_w ? b : label_w;
    }
    label_w += ui_px(ui, SP_M);
    if (label_w > d->w * 3 / 10) label_w = d->w * 3 / 10;
    d->ax = d->x + label_w, d->aw = d->w - label_w;
    int head = 2 * lh + ui_px(ui, SP_XS), rows_h = d->row_count * row_h, h = head + rows_h;
    if (oc_visible(d, h) && d->aw > 0) {
        int ry = d->y + head;
        for (int k = 0; k < d->row_count; k++) {
            Rect row = {d->x, ry + k * row_h, d->w, row_h};
            if (k & 1) ui_fill(ui, row, t->panel_alt);
            ui_fill(ui, (Rect){row.x, row.y, row.w, 1}, t->border);
            oc_row_label(d, &d->rows[k], row);
        }
        ui_fill(ui, (Rect){d->x, ry + rows_h, d->w, 1}, t->border);
        oc_incident(d, d->y, d->y + lh, h - lh, false);
        oc_ticks(d, d->y + lh, ry, rows_h);
        ui_push_scope(ui, "oncall-bars");
        for (int pass = 0; pass < 2; pass++) {
            if (pass) oc_incident(d, d->y, ry, rows_h, true);
            for (int k = 0; k < d->shift_count; k++) {
                int row = oc_row_of(d, &d->sc->items[d->order[k]]);
                Rect rr = {d->x, ry + row * row_h, d->w, row_h};
                if (row >= 0) pass ? oc_bar_name(d, d->order[k], rr) : oc_bar(d, d->order[k], rr);
            }
        }
        ui_pop_scope(ui);
    }
    d->y += h + ui_px(ui, SP_L);
}

/* "7 days", "1 day 12 h", "8 h 00 min". */
static void oc_length(DojoTime secs, char *buf, size_t size)
{
    long long days = secs / OC_DAY, hours = secs % OC_DAY / 3600;
    if (!days) gameclock_format_span((int)(secs / 60), buf, size);
    else if (!hours) snprintf(buf, size, "%lld day%s", days, days == 1 ? "" : "s");
    else snprintf(buf, size, "%lld day%s %lld h", days, days == 1 ? "" : "s", hours);
}

/* "Mon 2026-03-09 09:00": the weekday before the time as sources show it. */
static void oc_when(const Scenario *sc, DojoTime t, char *buf, size_t size)
{
    char day[32], at[32];
    viewer_date_text(sc, t, false, day, sizeof day);
    screen_source_time(sc, t, at, sizeof at);
    snprintf(buf, size, "%.3s %s", day, at);
}

/* A shift in words, as a pinnable row. */
static void oc_shift(OcDraw *d, int item)
{
    Ui *ui = d->ui;
    const Theme *t = d->t;
    const Item *it = &d->sc->items[item];
    char who[256], a[48], z[48], len[32], when[192];
    snprintf(who, sizeof who, "%s, %s, %s", screen_source_person(d->sc, it->person), oc_role(it), oc_team_name(d->sc, oc_team(d->sc, it)));
    oc_when(d->sc, it->at, a, sizeof a);
    if (it->until == DOJO_TIME_NONE) snprintf(when, sizeof when, "From %s, open ended", a);
    else {
        oc_when(d->sc, it->until, z, sizeof z);
        oc_length(it->until - it->at, len, sizeof len);
        snprintf(when, sizeof when, "%s to %s \xC2\xB7 %s", a, z, len);
    }
    bool during = viewer_in_incident(d->sc, it->at, it->until == DOJO_TIME_NONE ? INT64_MAX : it->until);
    const char *flag = "On call during the incident";
    int lh = ui_line_height(ui, FONT_REGULAR), pad = ui_px(ui, SP_S), gap = ui_px(ui, SP_S);
    /* the flag follows the name, or takes a line of its own when the row is
     * narrow; room is left at the right for the pin button */
    int who_w = ui_text_width(ui, who, FONT_BOLD), flag_w = during ? viewer_badge_w(ui, flag) : 0;
    bool flag_below = during && who_w + gap + flag_w > d->w - ui_px(ui, 96);
    int when_h = screen_text_height(ui, when, FONT_REGULAR, d->w);
    int h = 2 * pad + lh + ui_px(ui, 2) + when_h + (flag_below ? viewer_badge_h(ui) + ui_px(ui, SP_XS) : 0);
    viewer_item_reveal(ui, d->nav, item, d->scroll, d->y - d->view.y + d->scroll->offset, h, d->view.h);
    Rect r = {d->x - pad, d->y, d->w + 2 * pad, h};
    if (oc_visible(d, h)) {
        viewer_item_backdrop(ui, r, d->nav, item);
        int y = d->y + pad;
        ui_text(ui, (Rect){d->x, y, d->w, lh}, who, FONT_BOLD, t->text);
        if (during && !flag_below) viewer_badge(ui, d->x + who_w + gap, y + (lh - viewer_badge_h(ui)) / 2, flag, t->danger);
        y += lh + ui_px(ui, 2);
        if (flag_below) viewer_badge(ui, d->x, y, flag, t->danger), y += viewer_badge_h(ui) + ui_px(ui, SP_XS);
        ui_text_wrapped(ui, (Rect){d->x, y, d->w, when_h}, when, FONT_REGULAR, t->text_muted);
        viewer_pin_button(ui, r, d->nav, item);
        viewer_item_input(ui, r, d->nav, item);
    }
    d->y += h + ui_px(ui, SP_XS);
}

void viewer_oncall_draw(Ui *ui, Rect r, const Scenario *sc, int source, UiScroll *scroll, ViewerNav *nav)
{
    const Source *s = &sc->sources[source];
    Rect view = ui_scroll_region(ui, ui_id(ui, "oncall"), r, scroll, scroll->content);
    int m = ui_px(ui, SP_L);
    OcDraw d = {.ui = ui, .t = ui_theme(ui), .sc = sc, .s = s, .nav = nav, .scroll = scroll, .view = view,
                .x = view.x + m, .w = view.w - 2 * m, .y = view.y + m - scroll->offset};
    int top = d.y;
    ui_push_clip(ui, view);
    oc_collect(&d);
    if (d.shift_count) {
        oc_axis(&d);
        oc_timeline(&d);
        int lh = ui_line_height(ui, FONT_BOLD);
        if (oc_visible(&d, lh)) ui_text(ui, (Rect){d.x, d.y, d.w, lh}, "Shifts", FONT_BOLD, d.t->text);
        d.y += lh + ui_px(ui, SP_S);
        for (int k = 0; k < d.shift_count; k++) oc_shift(&d, d.order[k]);
    } else ui_text(ui, (Rect){d.x, d.y, d.w, ui_line_height(ui, FONT_REGULAR)}, "No shifts.", FONT_REGULAR, d.t->text_muted);
    ui_pop_clip(ui);
    /* from where drawing began: a reveal may have moved the offset since */
    scroll->content = d.y - top + 2 * m;
}
