/* viewer_alerts.c: alerts and pages as an incident tool's timeline: the
 * time, a coloured dot for what happened, a sentence, the detail muted. */
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
    const char *by = it->other >= 0 ? screen_source_person(sc, it->other) : NULL;
    switch (it->kind) {
    case ITEM_FIRED: {
        const char *svc = it->other >= 0 && it->other < sc->service_count ? sc->services[it->other].name : NULL;
        snprintf(buf, size, "%s fired%s%s%s%s%s", it->title ? it->title : "Alert", svc ? " on " : "", svc ? svc : "",
                 it->severity ? " (" : "", it->severity ? it->severity : "", it->severity ? ")" : "");
        break;
    }
    case ITEM_PAGED: snprintf(buf, size, "Paged %s (by %s)", who, by ? by : "the alerting system"); break;
    case ITEM_ACKED: snprintf(buf, size, "%s acknowledged", who); break;
    case ITEM_ESCALATED: snprintf(buf, size, "Escalated to %s%s%s", who, by ? " by " : "", by ? by : ""); break;
    case ITEM_RESOLVED: snprintf(buf, size, "Resolved%s%s", it->title ? ": " : "", it->title ? it->title : ""); break;
    default: snprintf(buf, size, "%s", it->title ? it->title : model_item_kind_name(it->kind)); break;
    }
}

/* One event; returns its height. The rail joins this dot to the next. */
static int al_event(Ui *ui, Rect view, int x, int w, int y, const Scenario *sc, const Item *it, bool last)
{
    const Theme *t = ui_theme(ui);
    int lh = ui_line_height(ui, FONT_REGULAR), time_w = ui_text_width(ui, "2026-03-10 00:00", FONT_MONO) + ui_px(ui, SP_S);
    char when[32], line[384];
    screen_source_time(sc, it->at, when, sizeof when);
    /* on the incident's day the time is short: keep the column narrow */
    if (strlen(when) <= 5) time_w = ui_text_width(ui, "00:00", FONT_MONO) + ui_px(ui, SP_M);
    int dot = ui_px(ui, 12), rail_x = x + time_w + dot / 2, tx = x + time_w + dot + ui_px(ui, SP_M), tw = w - (tx - x);
    al_sentence(sc, it, line, sizeof line);
    int th = it->text && it->text[0] ? screen_text_height(ui, it->text, FONT_REGULAR, tw) : 0;
    int h = lh + (th ? ui_px(ui, SP_XS) + th : 0) + ui_px(ui, SP_M);
    if (y + h > view.y && y < view.y + view.h) {
        if (!last) ui_fill(ui, (Rect){rail_x - ui_px(ui, 1), y + lh / 2, ui_px(ui, 2), h}, t->border);
        ui_text(ui, (Rect){x, y, time_w, lh}, when, FONT_MONO, t->text_muted);
        Rect d = {x + time_w, y + (lh - dot) / 2, dot, dot};
        ui_fill_rounded(ui, ui_inset(d, -ui_px(ui, 2)), dot, t->panel);
        ui_fill_rounded(ui, d, dot / 2, al_dot_color(t, it));
        ui_text(ui, (Rect){tx, y, tw, lh}, line, it->kind == ITEM_FIRED ? FONT_BOLD : FONT_REGULAR, t->text);
        if (th) ui_text_wrapped(ui, (Rect){tx, y + lh + ui_px(ui, SP_XS), tw, th}, it->text, FONT_REGULAR, t->text_muted);
    }
    return h;
}

void viewer_alerts_draw(Ui *ui, Rect r, const Scenario *sc, int source, UiScroll *scroll, ViewerNav *nav)
{
    (void)nav;
    const Source *s = &sc->sources[source];
    Rect view = ui_scroll_region(ui, ui_id(ui, "alerts"), r, scroll, scroll->content);
    int m = ui_px(ui, SP_L), y = view.y + m - scroll->offset;
    ui_push_clip(ui, view);
    for (int i = 0; i < s->item_count; i++)
        y += al_event(ui, view, view.x + m, view.w - 2 * m, y, sc, &sc->items[s->first_item + i], i == s->item_count - 1);
    if (!s->item_count) ui_text(ui, (Rect){view.x + m, y, view.w - 2 * m, ui_line_height(ui, FONT_REGULAR)},
                                "No alerts or pages.", FONT_REGULAR, ui_theme(ui)->text_muted);
    ui_pop_clip(ui);
    scroll->content = y + scroll->offset + m - view.y;
}
