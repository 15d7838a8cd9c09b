/* viewer_alerts.c: alerts and pages as an incident tool's timeline: the
 * time, a coloured dot for what happened, a sentence, the detail muted.
 * Each event is an item to select, find and pin. */
#include <stdio.h>
#include <string.h>
#include "screen_common.h"
#include "screen_source_text.h"
#include "viewer.h"

/* Amber and violet are not in the theme: picked per background so they
 * keep contrast on light and dark panels alike. */
static Color al_extra(const Theme *t, bool violet)
{
    bool dark = t->panel.r * 3 + t->panel.g * 6 + t->panel.b < 1280;
    if (violet) return dark ? (Color){0xb3, 0x92, 0xf0, 255} : (Color){0x7a, 0x4c, 0xc7, 255};
    return dark ? (Color){0xf0, 0xb4, 0x29, 255} : (Color){0xb8, 0x6e, 0x00, 255};
}

static Color al_dot_color(const Theme *t, const Item *it)
{
    switch (it->kind) {
    case ITEM_FIRED:
        return it->severity && (strstr(it->severity, "crit") || strstr(it->severity, "high") ||
                                strstr(it->severity, "page")) ? t->danger : al_extra(t, false);
    case ITEM_PAGED: return t->accent;
    case ITEM_ACKED: return t->text_muted;
    case ITEM_ESCALATED: return al_extra(t, true);
    case ITEM_RESOLVED: return t->success;
    default: return t->border;
    }
}

static void al_sentence(const Scenario *sc, const Item *it, char *buf, size_t size)
{
    const char *who = screen_source_person(sc, it->person);
    const char *by = it->other >= 0 && it->kind != ITEM_ACKED ? screen_source_person(sc, it->other) : NULL;
    switch (it->kind) {
    case ITEM_FIRED: {
        const char *svc = it->other >= 0 && it->other < sc->service_count ? sc->services[it->other].name : NULL;
        snprintf(buf, size, "%s fired%s%s%s%s%s", it->title ? it->title : "Alert", svc ? " on " : "", svc ? svc : "",
                 it->severity ? " (" : "", it->severity ? it->severity : "", it->severity ? ")" : "");
        break;
    }
    case ITEM_PAGED: snprintf(buf, size, "Paged %s (by %s)", who, by ? by : "the alerting system"); break;
    case ITEM_ACKED: {
        const Item *alert = it->other >= 0 && it->other < sc->item_count ? &sc->items[it->other] : NULL;
        const char *name = alert ? (alert->title ? alert->title : alert->id) : NULL;
        snprintf(buf, size, "%s acknowledged%s%s", who, name ? " " : "", name ? name : "");
        break;
    }
    case ITEM_ESCALATED: snprintf(buf, size, "Escalated to %s%s%s", who, by ? " by " : "", by ? by : ""); break;
    case ITEM_RESOLVED: snprintf(buf, size, "Resolved%s%s", it->title ? ": " : "", it->title ? it->title : ""); break;
    default: snprintf(buf, size, "%s", it->title ? it->title : model_item_kind_name(it->kind)); break;
    }
}

typedef struct AlDraw {
    Ui *ui; const Theme *t; const Scenario *sc;
    ViewerNav *nav; UiScroll *scroll;
    Rect view; int x, w, y;          /* the column; y flows down */
    int origin;                      /* where content y 0 is on screen */
} AlDraw;

/* The rail through the dots, within this event's rect (so a neighbour's
 * backdrop never covers a piece of it): from the top unless first, to the
 * bottom unless last, with a gap around the dot. */
static void al_rail(AlDraw *d, Rect r, Rect dot, bool first, bool last)
{
    int x = dot.x + dot.w / 2 - ui_px(d->ui, 1), w = ui_px(d->ui, 2), gap = ui_px(d->ui, 3);
    if (!first) ui_fill(d->ui, (Rect){x, r.y, w, dot.y - gap - r.y}, d->t->border);
    if (!last) ui_fill(d->ui, (Rect){x, dot.y + dot.h + gap, w, r.y + r.h - (dot.y + dot.h + gap)}, d->t->border);
}

/* One event: its time, a dot on the rail, what happened and its text. The
 * item's rect reaches into the margins so its stripe and selection do not
 * crowd the time column. */
static void al_event(AlDraw *d, int item, bool first, bool last)
{
    Ui *ui = d->ui;
    const Theme *t = d->t;
    const Item *it = &d->sc->items[item];
    int lh = ui_line_height(ui, FONT_REGULAR), time_w = ui_text_width(ui, "2026-03-10 00:00", FONT_MONO) + ui_px(ui, SP_S);
    char when[32], line[384];
    screen_source_time(d->sc, it->at, when, sizeof when);
    /* on the incident's day the time is short: keep the column narrow */
    if (strlen(when) <= 5) time_w = ui_text_width(ui, "00:00", FONT_MONO) + ui_px(ui, SP_M);
    int dot = ui_px(ui, 12), tx = d->x + time_w + dot + ui_px(ui, SP_M), tw = d->w - (tx - d->x);
    int th = it->text && it->text[0] ? screen_text_height(ui, it->text, FONT_REGULAR, tw) : 0;
    /* the gap under the event is split above and below it, so a selected
     * event sits in the middle of its tint */
    int pad = ui_px(ui, SP_S), h = lh + (th ? ui_px(ui, SP_XS) + th : 0) + ui_px(ui, SP_M);
    int y = d->y;
    d->y += h;
    viewer_item_reveal(ui, d->nav, item, d->scroll, y - pad - d->origin, h, d->view.h);
    if (y + h <= d->view.y || y >= d->view.y + d->view.h) return;
    Rect r = {d->x - ui_px(ui, SP_S), y - pad, d->w + 2 * ui_px(ui, SP_S), h};
    Rect dr = {d->x + time_w, y + (lh - dot) / 2, dot, dot};
    viewer_item_backdrop(ui, r, d->nav, item);
    al_rail(d, r, dr, first, last);
    ui_text(ui, (Rect){d->x, y, time_w, lh}, when, FONT_MONO, t->text_muted);
    ui_fill_rounded(ui, dr, dot / 2, al_dot_color(t, it));
    al_sentence(d->sc, it, line, sizeof line);
    ui_text(ui, (Rect){tx, y, tw, lh}, line, it->kind == ITEM_FIRED ? FONT_BOLD : FONT_REGULAR, t->text);
    if (th) ui_text_wrapped(ui, (Rect){tx, y + lh + ui_px(ui, SP_XS), tw, th}, it->text, FONT_REGULAR, t->text_muted);
    viewer_pin_button(ui, r, d->nav, item);
    viewer_item_input(ui, r, d->nav, item);
}

void viewer_alerts_draw(Ui *ui, Rect r, const Scenario *sc, int source, UiScroll *scroll, ViewerNav *nav)
{
    const Source *s = &sc->sources[source];
    Rect view = ui_scroll_region(ui, ui_id(ui, "alerts"), r, scroll, scroll->content);
    int m = ui_px(ui, SP_L), origin = view.y - scroll->offset;
    AlDraw d = {ui, ui_theme(ui), sc, nav, scroll, view, view.x + m, view.w - 2 * m, origin + m, origin};
    ui_push_clip(ui, view);
    for (int i = 0; i < s->item_count; i++) al_event(&d, s->first_item + i, i == 0, i == s->item_count - 1);
    if (!s->item_count) ui_text(ui, (Rect){d.x, d.y, d.w, ui_line_height(ui, FONT_REGULAR)},
                                "No alerts or pages.", FONT_REGULAR, d.t->text_muted);
    ui_pop_clip(ui);
    /* from the origin the frame began with: a reveal may have moved the offset */
    scroll->content = d.y - d.origin + m;
}
