/* viewer_calendar.c: a calendar as an agenda: events by day under day
 * headings, the incident window as a band among them. Also the date and
 * badge helpers the on-call and document viewers share. */
#include <stdio.h>
#include <string.h>
#include "core/gameclock.h"
#include "screen_common.h"
#include "screen_source_text.h"
#include "viewer.h"

/* ---- shared helpers ---- */

static const char *const WEEKDAYS[7] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
static const char *const MONTHS[12] = {"January", "February", "March", "April", "May", "June", "July",
                                       "August", "September", "October", "November", "December"};

ViewerDate viewer_date(const Scenario *sc, DojoTime t)
{
    ViewerDate d = {1970, 1, 1, 3, 0};
    if (t == DOJO_TIME_NONE) return d;
    /* timefmt already knows the calendar; read the date back from its text */
    char buf[32];
    time_format(t, sc->meta.utc_offset, buf, sizeof buf);
    sscanf(buf, "%d-%d-%d", &d.year, &d.month, &d.day);
    long long local = (long long)t + sc->meta.utc_offset * 60LL;
    d.days = local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
    d.weekday = (int)(((d.days + 3) % 7 + 7) % 7);     /* 1970-01-01 was a Thursday */
    if (d.month < 1 || d.month > 12) d.month = 1;
    return d;
}

void viewer_date_text(const Scenario *sc, DojoTime t, bool full, char *buf, int size)
{
    if (t == DOJO_TIME_NONE) {
        buf[0] = 0;
        return;
    }
    ViewerDate d = viewer_date(sc, t);
    if (full) snprintf(buf, (size_t)size, "%s %d %s %d", WEEKDAYS[d.weekday], d.day, MONTHS[d.month - 1], d.year);
    else snprintf(buf, (size_t)size, "%.3s %d %.3s", WEEKDAYS[d.weekday], d.day, MONTHS[d.month - 1]);
}

bool viewer_in_incident(const Scenario *sc, DojoTime at, DojoTime until)
{
    DojoTime a = sc->meta.start, z = sc->meta.end;
    if (a == DOJO_TIME_NONE || at == DOJO_TIME_NONE) return false;
    if (z == DOJO_TIME_NONE) z = a;
    if (until == DOJO_TIME_NONE) return at >= a && at <= z;
    return at <= z && until > a;
}

int viewer_badge_h(Ui *ui) { return ui_line_height(ui, FONT_BOLD) + ui_px(ui, 2); }
int viewer_badge_w(Ui *ui, const char *label) { return ui_text_width(ui, label, FONT_BOLD) + 2 * ui_px(ui, SP_S); }

int viewer_badge(Ui *ui, int x, int y, const char *label, Color c)
{
    const Theme *t = ui_theme(ui);
    int lum = (t->panel.r * 3 + t->panel.g * 6 + t->panel.b) / 10;
    Rect r = {x, y, viewer_badge_w(ui, label), viewer_badge_h(ui)};
    /* a tint of c behind the theme's text keeps the label readable in
     * every theme; the border carries the colour */
    ui_box(ui, r, r.h / 2, screen_mix(t->panel, c, lum > 128 ? 0.14f : 0.28f), c, ui_px(ui, 1));
    ui_text(ui, (Rect){r.x + ui_px(ui, SP_S), r.y, r.w - 2 * ui_px(ui, SP_S), r.h}, label, FONT_BOLD, t->text);
    return r.w;
}

/* ---- the agenda ---- */

typedef struct CalDraw {
    Ui *ui; const Theme *t; const Scenario *sc; ViewerNav *nav; UiScroll *scroll;
    Rect view; int x, w, y, time_w;
} CalDraw;

static bool cal_visible(const CalDraw *d, int h) { return d->y + h > d->view.y && d->y < d->view.y + d->view.h; }

/* The time column: "15:00 – 15:30" on one line, or when the end falls on
 * another day the start over "Fri 09:00"; second is "" when one line. */
static void cal_span(const CalDraw *d, DojoTime at, DojoTime until, char *first, char *second, int size)
{
    char a[16], z[16];
    first[0] = second[0] = 0;
    if (at == DOJO_TIME_NONE) return;
    time_format_hm(at, d->sc->meta.utc_offset, a, sizeof a);
    if (until == DOJO_TIME_NONE) {
        snprintf(first, (size_t)size, "%s", a);
        return;
    }
    time_format_hm(until, d->sc->meta.utc_offset, z, sizeof z);
    ViewerDate end = viewer_date(d->sc, until);
    if (end.days == viewer_date(d->sc, at).days) {
        snprintf(first, (size_t)size, "%.5s \xE2\x80\x93 %.5s", a, z);
        return;
    }
    char day[32];
    viewer_date_text(d->sc, until, false, day, sizeof day);
    snprintf(first, (size_t)size, "%.5s \xE2\x80\x93", a);
    snprintf(second, (size_t)size, "%.3s %.5s", day, z);
}

static int cal_times_h(const CalDraw *d, const char *second)
{
    return ui_line_height(d->ui, FONT_REGULAR) * (second[0] ? 2 : 1);
}

static void cal_times(CalDraw *d, int y, const char *first, const char *second, FontStyle f)
{
    int lh = ui_line_height(d->ui, FONT_REGULAR), w = d->time_w - ui_px(d->ui, SP_XS);
    ui_text(d->ui, (Rect){d->x, y, w, lh}, first, f, d->t->text);
    if (second[0]) ui_text(d->ui, (Rect){d->x, y + lh, w, lh}, second, FONT_REGULAR, d->t->text);
}

static void cal_day(CalDraw *d, DojoTime at, bool first)
{
    Ui *ui = d->ui;
    int lh = ui_line_height(ui, FONT_BOLD);
    char day[64];
    if (at == DOJO_TIME_NONE) snprintf(day, sizeof day, "No date");
    else viewer_date_text(d->sc, at, true, day, sizeof day);
    bool incident_day = at != DOJO_TIME_NONE && d->sc->meta.start != DOJO_TIME_NONE &&
                        viewer_date(d->sc, at).days == viewer_date(d->sc, d->sc->meta.start).days;
    d->y += first ? 0 : ui_px(ui, SP_M);
    if (cal_visible(d, lh)) {
        int w = ui_text(ui, (Rect){d->x, d->y, d->w, lh}, day, FONT_BOLD, d->t->text);
        if (incident_day)
            ui_text(ui, (Rect){d->x + w + ui_px(ui, SP_S), d->y, d->w - w, lh}, "\xC2\xB7 the day of the incident",
                    FONT_REGULAR, d->t->text_muted);
    }
    d->y += lh + ui_px(ui, SP_XS);
    ui_fill(ui, (Rect){d->x, d->y, d->w, ui_px(ui, 1)}, d->t->border);
    d->y += ui_px(ui, SP_S);
}

/* The incident window as a band in its place among the day's events. */
static void cal_band(CalDraw *d)
{
    Ui *ui = d->ui;
    const Scenario *sc = d->sc;
    int lh = ui_line_height(ui, FONT_REGULAR), pad = ui_px(ui, SP_S);
    char a[32], z[32], line[96], span[32];
    cal_span(d, sc->meta.start, sc->meta.end, a, z, sizeof a);
    int h = 2 * pad + cal_times_h(d, z);
    if (cal_visible(d, h)) {
        Rect band = {d->x - pad, d->y, d->w + 2 * pad, h};
        ui_fill(ui, band, viewer_metric_window_color(d->t));
        ui_fill(ui, (Rect){band.x, band.y, ui_px(ui, 4), band.h}, d->t->danger);
        cal_times(d, d->y + pad, a, z, FONT_BOLD);
        int tx = d->x + d->time_w + ui_px(ui, SP_M);
        int minutes = sc->meta.end != DOJO_TIME_NONE ? (int)((sc->meta.end - sc->meta.start) / 60) : 0;
        gameclock_format_span(minutes, span, sizeof span);
        snprintf(line, sizeof line, "Incident window \xC2\xB7 %s", span);
        ui_text(ui, (Rect){tx, d->y + pad, d->x + d->w - tx, lh}, line, FONT_BOLD, d->t->text);
    }
    d->y += h + ui_px(ui, SP_S);
}

static void cal_attendees(const Scenario *sc, const Item *it, char *buf, size_t size)
{
    buf[0] = 0;
    for (int k = 0; k < it->people.n; k++) {
        size_t at = strlen(buf);
        snprintf(buf + at, size - at, "%s%s", k ? ", " : "With ", screen_source_person(sc, it->people.v[k]));
    }
}

/* One event: times, a stripe, the title with its flag, attendees, notes. */
static void cal_event(CalDraw *d, int item)
{
    Ui *ui = d->ui;
    const Theme *t = d->t;
    const Item *it = &d->sc->items[item];
    int pad = ui_px(ui, SP_S), gap = ui_px(ui, SP_XS);
    bool during = viewer_in_incident(d->sc, it->at, it->until);
    const char *flag = "During the incident";
    int tx = d->x + d->time_w + ui_px(ui, SP_M), tw = d->x + d->w - tx;
    char who[512], a[32], z[32];
    cal_attendees(d->sc, it, who, sizeof who);
    cal_span(d, it->at, it->until, a, z, sizeof a);
    const char *title = it->title ? it->title : "Event";
    int title_h = screen_text_height(ui, title, FONT_BOLD, tw);
    int who_h = who[0] ? screen_text_height(ui, who, FONT_REGULAR, tw) : 0;
    int text_h = it->text && it->text[0] ? screen_text_height(ui, it->text, FONT_REGULAR, tw) : 0;
    int flag_h = during ? gap + viewer_badge_h(ui) : 0;
    int body = title_h + flag_h + (who_h ? gap + who_h : 0) + (text_h ? gap + text_h : 0), col = cal_times_h(d, z);
    int h = 2 * pad + (body > col ? body : col);
    viewer_item_reveal(ui, d->nav, item, d->scroll, d->y - d->view.y + d->scroll->offset, h, d->view.h);
    Rect r = {d->x - pad, d->y, d->w + 2 * pad, h};
    if (cal_visible(d, h)) {
        viewer_item_backdrop(ui, r, d->nav, item);
        int y = d->y + pad;
        cal_times(d, y, a, z, FONT_REGULAR);
        ui_fill(ui, (Rect){tx - ui_px(ui, SP_S + 2), y, ui_px(ui, 3), h - 2 * pad}, during ? t->danger : t->accent);
        ui_text_wrapped(ui, (Rect){tx, y, tw, title_h}, title, FONT_BOLD, t->text);
        y += title_h;
        if (during) viewer_badge(ui, tx, y + gap, flag, t->danger), y += flag_h;
        if (who_h) ui_text_wrapped(ui, (Rect){tx, y + gap, tw, who_h}, who, FONT_REGULAR, t->text_muted), y += gap + who_h;
        if (text_h) ui_text_wrapped(ui, (Rect){tx, y + gap, tw, text_h}, it->text, FONT_REGULAR, t->text);
        viewer_pin_button(ui, r, d->nav, item);
        viewer_item_input(ui, r, d->nav, item);
    }
    d->y += h + ui_px(ui, SP_XS);
}

static DojoTime cal_at(const Scenario *sc, int entry)
{
    DojoTime at = entry < 0 ? sc->meta.start : sc->items[entry].at;
    return at == DOJO_TIME_NONE ? INT64_MAX : at;
}

/* Events by start time, with the incident window (entry -1) among them;
 * a stable insertion sort, so equal times keep written order. */
static int cal_order(const Scenario *sc, const Source *s, int *order, int max)
{
    int n = 0;
    if (sc->meta.start != DOJO_TIME_NONE) order[n++] = -1;
    for (int i = s->first_item; i < s->first_item + s->item_count && n < max; i++)
        if (sc->items[i].kind == ITEM_EVENT) order[n++] = i;
    for (int a = 1; a < n; a++)
        for (int b = a; b > 0 && cal_at(sc, order[b - 1]) > cal_at(sc, order[b]); b--) {
            int tmp = order[b];
            order[b] = order[b - 1], order[b - 1] = tmp;
        }
    return n;
}

void viewer_calendar_draw(Ui *ui, Rect r, const Scenario *sc, int source, UiScroll *scroll, ViewerNav *nav)
{
    const Source *s = &sc->sources[source];
    Rect view = ui_scroll_region(ui, ui_id(ui, "calendar"), r, scroll, scroll->content);
    int m = ui_px(ui, SP_L);
    CalDraw d = {ui, ui_theme(ui), sc, nav, scroll, view, view.x + m, view.w - 2 * m, view.y + m - scroll->offset,
                 ui_text_width(ui, "00:00 \xE2\x80\x93 00:00", FONT_BOLD) + ui_px(ui, SP_S)};
    if (d.time_w > d.w / 3) d.time_w = d.w / 3;
    int top = d.y;
    ui_push_clip(ui, view);
    int order[1024], n = cal_order(sc, s, order, 1024);
    long long day = 0;
    for (int k = 0; k < n; k++) {
        DojoTime at = cal_at(sc, order[k]);
        long long this_day = at == INT64_MAX ? -1 : viewer_date(sc, at).days;
        if (!k || this_day != day) cal_day(&d, at == INT64_MAX ? DOJO_TIME_NONE : at, !k);
        day = this_day;
        if (order[k] < 0) cal_band(&d);
        else cal_event(&d, order[k]);
    }
    if (!s->item_count)
        ui_text(ui, (Rect){d.x, d.y, d.w, ui_line_height(ui, FONT_REGULAR)}, "No events.", FONT_REGULAR, d.t->text_muted);
    ui_pop_clip(ui);
    /* from where drawing began: a reveal may have moved the offset since */
    scroll->content = d.y - top + 2 * m;
}
