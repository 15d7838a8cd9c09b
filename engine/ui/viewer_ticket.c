/* viewer_ticket.c: a ticket as a tracker shows it: key and title, a table
 * of fields, the description, then history and comments in time order.
 * Each change (a row) and each comment (a card) is an item to select,
 * find and pin. */
#include <stdio.h>
#include <string.h>
#include "screen_common.h"
#include "screen_source_text.h"
#include "viewer.h"

typedef struct TkDraw {
    Ui *ui; const Theme *t; const Scenario *sc; const Source *s;
    ViewerNav *nav; UiScroll *scroll;
    Rect view; int x, w, y;
    int origin;                      /* where content y 0 is on screen */
} TkDraw;

static bool tk_visible(const TkDraw *d, int h) { return d->y + h > d->view.y && d->y < d->view.y + d->view.h; }

static void tk_para(TkDraw *d, int x, int w, const char *text, FontStyle f, Color c, int gap)
{
    int h = screen_text_height(d->ui, text, f, w);
    if (tk_visible(d, h)) ui_text_wrapped(d->ui, (Rect){x, d->y, w, h}, text, f, c);
    d->y += h + ui_px(d->ui, gap);
}

/* One row of the two-column table: the name muted, the value wrapped. */
static void tk_field(TkDraw *d, const char *name, const char *value, int key_w, bool shade)
{
    Ui *ui = d->ui;
    int pad = ui_px(ui, SP_S), vw = d->w - key_w - 2 * pad;
    int h = screen_text_height(ui, value ? value : "", FONT_REGULAR, vw) + 2 * pad;
    if (tk_visible(d, h)) {
        Rect row = {d->x, d->y, d->w, h};
        if (shade) ui_fill(ui, row, d->t->panel_alt);
        ui_fill(ui, (Rect){row.x, row.y + row.h - 1, row.w, 1}, d->t->border);
        ui_text(ui, (Rect){row.x + pad, row.y + pad, key_w - pad, ui_line_height(ui, FONT_REGULAR)}, name,
                FONT_REGULAR, d->t->text_muted);
        ui_text_wrapped(ui, (Rect){row.x + key_w + pad, row.y + pad, vw, h}, value ? value : "", FONT_REGULAR, d->t->text);
    }
    d->y += h;
}

static void tk_fields(TkDraw *d)
{
    const Source *s = d->s;
    int key_w = ui_px(d->ui, 180), n = 0;
    char opened[32], closed[32];
    screen_source_time(d->sc, s->started, opened, sizeof opened);
    screen_source_time(d->sc, s->ended, closed, sizeof closed);
    ui_fill(d->ui, (Rect){d->x, d->y, d->w, 1}, d->t->border);
    for (int k = 0; k < s->field_count; k++, n++) tk_field(d, s->fields[k].name, s->fields[k].value, key_w, n & 1);
    if (s->author >= 0) tk_field(d, "Reporter", screen_source_person(d->sc, s->author), key_w, n++ & 1);
    if (s->assignee >= 0) tk_field(d, "Assignee", screen_source_person(d->sc, s->assignee), key_w, n++ & 1);
    if (opened[0]) tk_field(d, "Opened", opened, key_w, n++ & 1);
    if (closed[0]) tk_field(d, "Closed", closed, key_w, n++ & 1);
    d->y += ui_px(d->ui, SP_L);
}

/* A change as one line with a small dot on the activity rail. */
static void tk_change(TkDraw *d, int item, const char *when)
{
    Ui *ui = d->ui;
    const Item *it = &d->sc->items[item];
    char line[512];
    snprintf(line, sizeof line, "%s changed %s from \"%s\" to \"%s\" \xC2\xB7 %s", screen_source_person(d->sc, it->person),
             it->title ? it->title : "a field", it->from ? it->from : "", it->to ? it->to : "", when);
    int rail = ui_px(ui, SP_L), dot = ui_px(ui, 8), lh = ui_line_height(ui, FONT_REGULAR), pad = ui_px(ui, SP_XS);
    int th = screen_text_height(ui, line, FONT_REGULAR, d->w - rail - pad), h = th + 2 * pad;
    viewer_item_reveal(ui, d->nav, item, d->scroll, d->y - d->origin, h, d->view.h);
    if (tk_visible(d, h)) {
        Rect r = {d->x, d->y, d->w, h};
        viewer_item_backdrop(ui, r, d->nav, item);
        Rect dr = {d->x + (rail - dot) / 2, d->y + pad + (lh - dot) / 2, dot, dot};
        ui_fill_rounded(ui, dr, dot / 2, d->t->text_muted);
        ui_text_wrapped(ui, (Rect){d->x + rail, d->y + pad, d->w - rail - pad, th}, line, FONT_REGULAR, d->t->text_muted);
        viewer_pin_button(ui, r, d->nav, item);
        viewer_item_input(ui, r, d->nav, item);
    }
    d->y += h + ui_px(ui, SP_XS);
}


static void tk_comment(TkDraw *d, int item, const char *when)
{
    Ui *ui = d->ui;
    const Item *it = &d->sc->items[item];
    int pad = ui_px(ui, SP_S + SP_XS), rail = ui_px(ui, SP_L), lh = ui_line_height(ui, FONT_REGULAR);
    int tw = d->w - rail - 2 * pad;
    int th = screen_text_height(ui, it->text ? it->text : "", FONT_REGULAR, tw);
    int h = 2 * pad + lh + ui_px(ui, SP_XS) + th;
    viewer_item_reveal(ui, d->nav, item, d->scroll, d->y - d->origin, h, d->view.h);
    if (tk_visible(d, h)) {
        Rect card = {d->x + rail, d->y, d->w - rail, h};
        viewer_item_card(d->ui, card, d->nav, item);
        Rect in = ui_inset(card, pad);
        int x = in.x + ui_text(ui, (Rect){in.x, in.y, in.w, lh}, screen_source_person(d->sc, it->person), FONT_BOLD, d->t->text);
        x += ui_px(ui, SP_S);
        ui_text(ui, (Rect){x, in.y, in.x + in.w - x, lh}, when, FONT_REGULAR, d->t->text_muted);
        ui_text_wrapped(ui, (Rect){in.x, in.y + lh + ui_px(ui, SP_XS), tw, th}, it->text ? it->text : "", FONT_REGULAR, d->t->text);
        viewer_pin_button(ui, card, d->nav, item);
        viewer_item_input(ui, card, d->nav, item);
    }
    d->y += h + ui_px(ui, SP_S);
}

/* Changes and comments by time; items without a time keep their place at
 * the end, and equal times keep written order. */
static void tk_activity(TkDraw *d)
{
    const Source *s = d->s;
    int first = s->first_item, end = first + s->item_count;
    /* a stable insertion sort over a small index list */
    int order[1024], n = 0;
    for (int i = first; i < end && n < 1024; i++) order[n++] = i;
    for (int a = 1; a < n; a++)
        for (int b = a; b > 0; b--) {
            DojoTime x = d->sc->items[order[b - 1]].at, y = d->sc->items[order[b]].at;
            x = x == DOJO_TIME_NONE ? INT64_MAX : x, y = y == DOJO_TIME_NONE ? INT64_MAX : y;
            if (x <= y) break;
            int tmp = order[b]; order[b] = order[b - 1]; order[b - 1] = tmp;
        }
    if (n) tk_para(d, d->x, d->w, "Activity", FONT_BOLD, d->t->text, SP_S);
    for (int k = 0; k < n; k++) {
        const Item *it = &d->sc->items[order[k]];
        char when[32];
        screen_source_time(d->sc, it->at, when, sizeof when);
        if (it->kind == ITEM_CHANGE) tk_change(d, order[k], when);
        else tk_comment(d, order[k], when);
    }
}

void viewer_ticket_draw(Ui *ui, Rect r, const Scenario *sc, int source, UiScroll *scroll, ViewerNav *nav)
{
    const Source *s = &sc->sources[source];
    Rect view = ui_scroll_region(ui, ui_id(ui, "ticket"), r, scroll, scroll->content);
    int m = ui_px(ui, SP_L), origin = view.y - scroll->offset;
    TkDraw d = {ui, ui_theme(ui), sc, s, nav, scroll, view, view.x + m, view.w - 2 * m, origin + m, origin};
    ui_push_clip(ui, view);
    if (s->key) tk_para(&d, d.x, d.w, s->key, FONT_MONO_BOLD, d.t->accent, SP_XS);
    tk_para(&d, d.x, d.w, s->title ? s->title : "Ticket", FONT_BOLD, d.t->text, SP_M);
    tk_fields(&d);
    if (s->description && s->description[0]) {
        tk_para(&d, d.x, d.w, "Description", FONT_BOLD, d.t->text, SP_S);
        tk_para(&d, d.x, d.w, s->description, FONT_REGULAR, d.t->text, SP_L);
    }
    tk_activity(&d);
    ui_pop_clip(ui);
    /* from the origin the frame began with: a reveal may have moved the offset */
    scroll->content = d.y - d.origin + m;
}
