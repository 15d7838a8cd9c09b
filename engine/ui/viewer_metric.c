/* viewer_metric.c: a metric as a dashboard panel: a line chart with axes,
 * the incident window shaded, annotations as markers, the value under the
 * mouse, and the annotations listed under the chart. Each annotation is an
 * item to select, find and pin, on the chart and in the list. Lines are
 * thin rectangles, so it needs nothing but fills. */
#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include "screen_common.h"
#include "screen_source_text.h"
#include "viewer.h"

typedef struct Chart {
    Rect plot;
    DojoTime t0, t1;
    double lo, hi, step;         /* y axis: ticks at lo, lo + step ... hi */
} Chart;

int viewer_metric_nearest(const Source *s, DojoTime at)
{
    int best = -1;
    for (int i = 0; i < s->point_count; i++) {
        DojoTime d = s->points[i].at - at, bd = best < 0 ? 0 : s->points[best].at - at;
        if (best < 0 || (d < 0 ? -d : d) < (bd < 0 ? -bd : bd)) best = i;
    }
    return best;
}

Color viewer_metric_window_color(const Theme *t)
{
    int lum = (t->panel.r * 3 + t->panel.g * 6 + t->panel.b) / 10;
    return screen_mix(t->panel, t->accent, lum > 128 ? 0.10f : 0.22f);
}

/* The list of annotations under the chart: a caption and up to
 * METRIC_LIST_ROWS rows. Its height depends on r alone, so the plot can be
 * placed (and aimed at by a test) without the source. */
enum { METRIC_LIST_ROWS = 4 };

static int metric_row_h(Ui *ui) { return ui_line_height(ui, FONT_REGULAR) + 2 * ui_px(ui, SP_XS); }

static int metric_list_rows(Ui *ui, Rect r)
{
    int room = r.h / 3 - ui_px(ui, SP_M) - ui_line_height(ui, FONT_BOLD) - ui_px(ui, SP_XS);
    int rows = room / metric_row_h(ui);
    return rows < 1 ? 1 : rows > METRIC_LIST_ROWS ? METRIC_LIST_ROWS : rows;
}

/* Splits r (the viewer's rect) into the chart's area and the list's. */
static Rect metric_split(Ui *ui, Rect r, Rect *list)
{
    r = ui_inset(r, ui_px(ui, SP_L));
    int rows = metric_list_rows(ui, r);
    Rect l = ui_cut_bottom(&r, ui_px(ui, SP_M) + ui_line_height(ui, FONT_BOLD) + ui_px(ui, SP_XS) + rows * metric_row_h(ui));
    if (list) *list = l;
    return r;
}

Rect viewer_metric_plot(Ui *ui, Rect r)
{
    int lh = ui_line_height(ui, FONT_REGULAR);
    r = metric_split(ui, r, NULL);
    ui_cut_top(&r, 2 * lh + ui_px(ui, SP_M));       /* annotation labels, two rows */
    ui_cut_left(&r, ui_px(ui, 72));                  /* y tick labels */
    ui_cut_bottom(&r, 2 * lh + ui_px(ui, SP_S));     /* x tick labels and the hover readout */
    ui_cut_right(&r, ui_px(ui, SP_M));
    return r;
}

/* A step of 1, 2, 2.5 or 5 times a power of ten giving 3 to 5 ticks. */
static double metric_nice_step(double range)
{
    double raw = range / 4, mag = pow(10, floor(log10(raw))), f = raw / mag;
    return mag * (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10);
}

static Chart metric_chart(Ui *ui, Rect r, const Scenario *sc, const Source *s)
{
    Chart c = {viewer_metric_plot(ui, r), 0, 0, 0, 1, 1};
    double lo = 0, hi = 1;
    for (int i = 0; i < s->point_count; i++) {
        const MetricPoint *p = &s->points[i];
        if (!i || p->at < c.t0) c.t0 = p->at;
        if (!i || p->at > c.t1) c.t1 = p->at;
        if (!i || p->value < lo) lo = p->value;
        if (!i || p->value > hi) hi = p->value;
    }
    if (!s->point_count) c.t0 = sc->meta.start, c.t1 = sc->meta.end;
    if (c.t1 <= c.t0) c.t0 -= 60, c.t1 += 60;
    if (hi <= lo) lo -= 1, hi += 1;
    c.step = metric_nice_step(hi - lo);
    c.lo = floor(lo / c.step) * c.step, c.hi = ceil(hi / c.step) * c.step;
    return c;
}

static int chart_x(const Chart *c, DojoTime t)
{
    return c->plot.x + (int)((double)(t - c->t0) * (c->plot.w - 1) / (double)(c->t1 - c->t0));
}

static int chart_y(const Chart *c, double v)
{
    return c->plot.y + c->plot.h - 1 - (int)lround((v - c->lo) * (c->plot.h - 1) / (c->hi - c->lo));
}

static void metric_value(const Source *s, double v, char *buf, size_t size)
{
    const char *u = s->unit ? s->unit : "";
    snprintf(buf, size, "%g%s%s", v, u[0] && strcmp(u, "%") != 0 ? " " : "", u);
}

static void metric_axes(Ui *ui, const Chart *c, const Scenario *sc, const Source *s)
{
    const Theme *t = ui_theme(ui);
    int lh = ui_line_height(ui, FONT_REGULAR), pad = ui_px(ui, SP_S);
    char buf[64];
    for (double v = c->lo; v <= c->hi + c->step / 2; v += c->step) {
        int y = chart_y(c, v);
        ui_fill(ui, (Rect){c->plot.x, y, c->plot.w, 1}, t->border);
        metric_value(s, v, buf, sizeof buf);
        int w = ui_text_width(ui, buf, FONT_REGULAR);
        ui_text(ui, (Rect){c->plot.x - pad - w, y - lh / 2, w, lh}, buf, FONT_REGULAR, t->text_muted);
    }
    /* a time step from this list that leaves room for each "HH:MM" */
    static const int STEPS[] = {1, 2, 5, 10, 15, 30, 60, 120, 240, 360, 720, 1440};
    int label_w = ui_text_width(ui, "00:00", FONT_REGULAR) + ui_px(ui, SP_L), k = 0;
    while (k < 11 && (double)(c->t1 - c->t0) / (STEPS[k] * 60.0) * label_w > c->plot.w) k++;
    DojoTime step = STEPS[k] * 60, off = sc->meta.utc_offset * 60;
    DojoTime first = ((c->t0 + off + step - 1) / step) * step - off;
    for (DojoTime tt = first; tt <= c->t1; tt += step) {
        int x = chart_x(c, tt);
        ui_fill(ui, (Rect){x, c->plot.y + c->plot.h, 1, ui_px(ui, 4)}, t->text_muted);
        time_format_hm(tt, sc->meta.utc_offset, buf, sizeof buf);
        int w = ui_text_width(ui, buf, FONT_REGULAR);
        ui_text(ui, (Rect){x - w / 2, c->plot.y + c->plot.h + ui_px(ui, SP_XS), w, lh}, buf, FONT_REGULAR, t->text_muted);
    }
    ui_fill(ui, (Rect){c->plot.x, c->plot.y, 1, c->plot.h}, t->text_muted);
    ui_fill(ui, (Rect){c->plot.x, c->plot.y + c->plot.h - 1, c->plot.w, 1}, t->text_muted);
}

static void metric_window(Ui *ui, const Chart *c, const Scenario *sc)
{
    DojoTime a = sc->meta.start > c->t0 ? sc->meta.start : c->t0, z = sc->meta.end < c->t1 ? sc->meta.end : c->t1;
    if (sc->meta.start == DOJO_TIME_NONE || sc->meta.end == DOJO_TIME_NONE || z <= a) return;
    int x0 = chart_x(c, a), x1 = chart_x(c, z);
    const Theme *t = ui_theme(ui);
    ui_fill(ui, (Rect){x0, c->plot.y, x1 - x0 + 1, c->plot.h}, viewer_metric_window_color(t));
    Rect label = {x0 + ui_px(ui, SP_XS), c->plot.y + ui_px(ui, 2), x1 - x0 - ui_px(ui, SP_XS), ui_line_height(ui, FONT_ITALIC)};
    ui_text(ui, label, "incident", FONT_ITALIC, t->text_muted);
}

/* Each pixel column gets a rectangle spanning the line's rise across it,
 * so steep segments stay continuous. */
static void metric_line(Ui *ui, const Chart *c, const Source *s, Color col)
{
    int th = ui_px(ui, 2);
    for (int i = 0; i + 1 < s->point_count; i++) {
        int x0 = chart_x(c, s->points[i].at), x1 = chart_x(c, s->points[i + 1].at);
        int y0 = chart_y(c, s->points[i].value), y1 = chart_y(c, s->points[i + 1].value);
        if (x1 <= x0) {
            ui_fill(ui, (Rect){x0, (y0 < y1 ? y0 : y1) - th / 2, th, abs(y1 - y0) + th}, col);
            continue;
        }
        for (int x = x0; x < x1; x++) {
            int ya = y0 + (y1 - y0) * (x - x0) / (x1 - x0), yb = y0 + (y1 - y0) * (x + 1 - x0) / (x1 - x0);
            ui_fill(ui, (Rect){x, (ya < yb ? ya : yb) - th / 2, th, abs(yb - ya) + th}, col);
        }
    }
    if (s->point_count == 1) ui_fill(ui, (Rect){chart_x(c, s->points[0].at) - th, chart_y(c, s->points[0].value) - th, 2 * th, 2 * th}, col);
}

/* Whether an annotation's marker is drawn emphasised: selected, found,
 * or its row or marker under the mouse. */
static bool metric_lit(Ui *ui, const ViewerNav *nav, int item)
{
    return item == nav->selected || item == nav->found || ui_hovered(ui, ui_id_int(ui, "viewer-item", item));
}

/* One marker: dashed, or solid and its label bold when lit; its label above
 * the plot is the item's rect on the chart (backdrop, pin stripe, input),
 * and so is a strip along the line. */
static void metric_marker(Ui *ui, const Chart *c, const Scenario *sc, int item, Rect lr, ViewerNav *nav)
{
    const Theme *t = ui_theme(ui);
    const Item *it = &sc->items[item];
    bool lit = metric_lit(ui, nav, item);
    int x = chart_x(c, it->at), lw = ui_px(ui, 2), dash = ui_px(ui, 4);
    Color col = t->text;        /* not the accent: that is the data's line */
    viewer_item_backdrop(ui, lr, nav, item);
    if (lit) ui_fill(ui, (Rect){x, c->plot.y, lw, c->plot.h}, col);
    else
        for (int y = c->plot.y; y < c->plot.y + c->plot.h; y += 2 * dash)
            ui_fill(ui, (Rect){x, y, lw, dash}, col);
    ui_fill(ui, (Rect){x, lr.y, lw, c->plot.y - lr.y}, col);
    char label[256], when[16];
    time_format_hm(it->at, sc->meta.utc_offset, when, sizeof when);
    snprintf(label, sizeof label, "%s %s", when, it->text ? it->text : "");
    int in = ui_px(ui, 6);      /* clear of a pin stripe (4 px) and of the line */
    ui_text(ui, (Rect){lr.x + in, lr.y, lr.w - in, lr.h}, label, lit ? FONT_BOLD : FONT_REGULAR, t->text);
    Rect strip = {x - ui_px(ui, 4), c->plot.y, ui_px(ui, 10), c->plot.h};
    viewer_item_input(ui, lr, nav, item);
    viewer_item_input(ui, strip, nav, item);
    ui_tooltip(ui, ui_id_int(ui, "annotation", item), strip, it->text ? it->text : "");
}

/* Markers at their times, labels staggered over two rows above the plot. */
static void metric_annotations(Ui *ui, const Chart *c, const Scenario *sc, const Source *s, ViewerNav *nav)
{
    int lh = ui_line_height(ui, FONT_REGULAR), row_end[2] = {-(1 << 30), -(1 << 30)}, n = 0;
    for (int i = s->first_item; i < s->first_item + s->item_count; i++) {
        const Item *it = &sc->items[i];
        if (it->kind != ITEM_ANNOTATION || it->at == DOJO_TIME_NONE || it->at < c->t0 || it->at > c->t1) continue;
        char label[256], when[16];
        time_format_hm(it->at, sc->meta.utc_offset, when, sizeof when);
        snprintf(label, sizeof label, "%s %s", when, it->text ? it->text : "");
        /* sized for the bold of a lit label, so lighting one moves nothing */
        int x = chart_x(c, it->at), w = ui_text_width(ui, label, FONT_BOLD) + ui_px(ui, 8);
        int room = c->plot.x + c->plot.w - x, room_left = x - c->plot.x + ui_px(ui, 72);
        /* near the right edge the label hangs left of its marker instead */
        bool left = w > room && room_left > room;
        int avail = left ? room_left : room;
        if (w > avail) w = avail;
        int lx = left ? x - w : x, row = row_end[0] <= lx ? 0 : row_end[1] <= lx ? 1 : n++ & 1;
        Rect lr = {lx, c->plot.y - (2 - row) * lh - ui_px(ui, SP_XS), w + (left ? ui_px(ui, 2) : 0), lh};
        metric_marker(ui, c, sc, i, lr, nav);
        row_end[row] = lr.x + lr.w + ui_px(ui, SP_M);
    }
}

/* A row of the list under the chart: the time and the text, cut to leave
 * room for the pin button. */
static void metric_row(Ui *ui, Rect row, const Scenario *sc, int item, ViewerNav *nav)
{
    const Theme *t = ui_theme(ui);
    const Item *it = &sc->items[item];
    char when[16] = "";
    if (it->at != DOJO_TIME_NONE) time_format_hm(it->at, sc->meta.utc_offset, when, sizeof when);
    int pad = ui_px(ui, SP_S), time_w = ui_text_width(ui, "00:00", FONT_MONO) + ui_px(ui, SP_M);
    int spare = ui_text_width(ui, "Edit pin", FONT_REGULAR) + ui_px(ui, 40);
    viewer_item_backdrop(ui, row, nav, item);
    ui_text(ui, (Rect){row.x + pad, row.y, time_w, row.h}, when, FONT_MONO, t->text_muted);
    int tx = row.x + pad + time_w;
    ui_text(ui, (Rect){tx, row.y, row.x + row.w - spare - tx, row.h}, it->text ? it->text : "", FONT_REGULAR, t->text);
    viewer_pin_button(ui, row, nav, item);
    viewer_item_input(ui, row, nav, item);
}

/* The annotations as rows under the chart; what does not fit is counted
 * in the last row (every marker stays on the chart). */
static void metric_list(Ui *ui, Rect list, const Scenario *sc, const Source *s, ViewerNav *nav)
{
    const Theme *t = ui_theme(ui);
    int lh = ui_line_height(ui, FONT_BOLD), row_h = metric_row_h(ui), pad = ui_px(ui, SP_S);
    int y = list.y + ui_px(ui, SP_M), rows = (list.h - ui_px(ui, SP_M) - lh - ui_px(ui, SP_XS)) / row_h;
    int total = 0, shown = 0;
    for (int i = s->first_item; i < s->first_item + s->item_count; i++) total += sc->items[i].kind == ITEM_ANNOTATION;
    ui_text(ui, (Rect){list.x, y, list.w, lh}, "Annotations", FONT_BOLD, t->text);
    y += lh + ui_px(ui, SP_XS);
    ui_fill(ui, (Rect){list.x, y - 1, list.w, 1}, t->border);
    Rect note = {list.x + pad, y, list.w - pad, row_h};
    if (!total) ui_text(ui, note, "No annotations on this chart.", FONT_REGULAR, t->text_muted);
    for (int i = s->first_item; i < s->first_item + s->item_count && shown < rows; i++) {
        if (sc->items[i].kind != ITEM_ANNOTATION) continue;
        if (shown == rows - 1 && total > rows) {
            char more[64];
            snprintf(more, sizeof more, "%d more on the chart", total - shown);
            note.y = y;
            ui_text(ui, note, more, FONT_ITALIC, t->text_muted);
            break;
        }
        metric_row(ui, (Rect){list.x, y, list.w, row_h}, sc, i, nav);
        y += row_h, shown++;
    }
}

static int metric_hover_at(Ui *ui, const Chart *c, const Source *s)
{
    const PlatformInput *in = ui_input(ui);
    if (!in || !ui_rect_contains(c->plot, in->mouse_x, in->mouse_y)) return -1;
    DojoTime at = c->t0 + (DojoTime)((double)(in->mouse_x - c->plot.x) * (double)(c->t1 - c->t0) / (c->plot.w - 1));
    return viewer_metric_nearest(s, at);
}

int viewer_metric_hovered(Ui *ui, Rect r, const Scenario *sc, int source)
{
    Chart c = metric_chart(ui, r, sc, &sc->sources[source]);
    return metric_hover_at(ui, &c, &sc->sources[source]);
}

static void metric_hover(Ui *ui, const Chart *c, const Scenario *sc, const Source *s, int k)
{
    const Theme *t = ui_theme(ui);
    const MetricPoint *p = &s->points[k];
    int x = chart_x(c, p->at), y = chart_y(c, p->value), dot = ui_px(ui, 8);
    ui_fill(ui, (Rect){x, c->plot.y, 1, c->plot.h}, t->text_muted);
    ui_fill_rounded(ui, (Rect){x - dot / 2, y - dot / 2, dot, dot}, dot / 2, t->text);
    char when[16], val[64], label[96];
    time_format_hm(p->at, sc->meta.utc_offset, when, sizeof when);
    metric_value(s, p->value, val, sizeof val);
    snprintf(label, sizeof label, "%s  %s", when, val);
    int pad = ui_px(ui, SP_S), lh = ui_line_height(ui, FONT_BOLD), w = ui_text_width(ui, label, FONT_BOLD) + 2 * pad;
    Rect box = {x + ui_px(ui, SP_S), y - lh - 2 * pad - ui_px(ui, SP_XS), w, lh + 2 * pad};
    if (box.x + box.w > c->plot.x + c->plot.w) box.x = x - ui_px(ui, SP_S) - w;
    if (box.y < c->plot.y) box.y = y + ui_px(ui, SP_S);
    ui_box(ui, box, ui_px(ui, 4), t->tooltip, t->tooltip_border, 1);
    ui_text(ui, ui_inset(box, pad), label, FONT_BOLD, t->tooltip_text);
}

/* There is nothing to scroll: revealing an annotation selects it, which
 * lights its marker and its row. */
static void metric_reveal(const Scenario *sc, const Source *s, ViewerNav *nav)
{
    int i = nav->reveal;
    if (i < s->first_item || i >= s->first_item + s->item_count || sc->items[i].kind != ITEM_ANNOTATION) return;
    nav->selected = i;
    nav->reveal = -1;
}

void viewer_metric_draw(Ui *ui, Rect r, const Scenario *sc, int source, ViewerNav *nav)
{
    const Source *s = &sc->sources[source];
    const Theme *t = ui_theme(ui);
    metric_reveal(sc, s, nav);
    Chart c = metric_chart(ui, r, sc, s);
    if (c.plot.w < 20 || c.plot.h < 20) return;
    Rect list;
    metric_split(ui, r, &list);
    ui_push_clip(ui, r);
    metric_list(ui, list, sc, s, nav);
    metric_window(ui, &c, sc);
    metric_axes(ui, &c, sc, s);
    metric_annotations(ui, &c, sc, s, nav);
    metric_line(ui, &c, s, t->accent);
    int k = metric_hover_at(ui, &c, s);
    if (k >= 0) metric_hover(ui, &c, sc, s, k);
    ui_pop_clip(ui);
}
