/* screen_report_timeline.c: the report's timeline: the pinned items in the
 * order the participant tells the story (session_timeline), each a row
 * with its marker, time, who, what it says and the note; moved with the
 * row's arrows or Alt+Up/Alt+Down, each move one order action. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/util.h"
#include "screen_pin.h"
#include "screen_report_internal.h"
#include "screen_source_text.h"
#include "viewer.h"

#define UP_ARROW "\xE2\x86\x91"
#define DOWN_ARROW "\xE2\x86\x93"

void report_timeline_sync(const Session *s, ReportView *v)
{
    if (!v->item_cap) {
        v->item_cap = s->sc->item_count + 1;
        size_t n = (size_t)v->item_cap;
        v->items = xcalloc(n, sizeof *v->items);
        v->row_rect = xcalloc(n, sizeof *v->row_rect);
        v->up_rect = xcalloc(n, sizeof *v->up_rect);
        v->down_rect = xcalloc(n, sizeof *v->down_rect);
    }
    if (v->items_session == s && v->items_actions == s->action_count) return;
    v->items_session = s, v->items_actions = s->action_count;
    v->item_count = session_timeline(s, v->items);
    if (v->selected_item >= 0 && !s->pins[v->selected_item].pinned) v->selected_item = -1;
}

/* One order action: the timeline with positions k and k + dir swapped. */
static void timeline_move(ReportCtx *c, int k, int dir)
{
    ReportView *v = c->v;
    int j = k + dir;
    if (j < 0 || j >= v->item_count || v->item_count > ACTION_MAX_ORDER) return;
    Action a = {.kind = ACTION_ORDER, .ids = xcalloc((size_t)v->item_count, sizeof(char *))};
    for (int i = 0; i < v->item_count; i++) {
        int it = v->items[i == k ? j : i == j ? k : i];
        a.ids[a.id_count++] = xstrdup(c->s->sc->items[it].id);
    }
    v->selected_item = v->items[k];
    report_emit(c, a);
}

static bool focus_in_editor(Ui *ui, const ReportView *v)
{
    UiId f = ui_focus(ui);
    if (!f) return false;
    for (int i = 0; i < REPORT_FIELD_COUNT; i++)
        if (f == report_draft_id(ui, &v->fields[i])) return true;
    for (int i = 0; i < ACTION_MAX_FACTORS; i++)
        if (f == report_draft_id(ui, &v->factors[i])) return true;
    return f == report_draft_id(ui, &v->fresh);
}

static int row_height(Ui *ui, const Pin *p)
{
    int lh = ui_line_height(ui, FONT_REGULAR);
    return 2 * ui_px(ui, SP_S) + ui_line_height(ui, FONT_BOLD) + lh + (p->note ? lh + ui_px(ui, SP_XS) : 0);
}

/* The marker's badge, the time and who, cut off the left of line. */
static void row_meta(ReportCtx *c, Rect line, int item)
{
    Ui *ui = c->ui;
    const Theme *t = ui_theme(ui);
    const Scenario *sc = c->s->sc;
    const Item *it = &sc->items[item];
    Marker m = c->s->pins[item].marker;
    int gap = ui_px(ui, SP_S);
    if (m != MARKER_NONE) {
        const char *label = screen_pin_marker_label(m);
        Rect badge = ui_cut_left(&line, ui_text_width(ui, label, FONT_BOLD) + ui_px(ui, 2 * SP_S));
        badge.y += ui_px(ui, 2), badge.h -= ui_px(ui, 4);
        ui_fill_rounded(ui, badge, badge.h / 2, viewer_marker_color(t, m));
        report_say(c->v, label);
        ui_text(ui, (Rect){badge.x + ui_px(ui, SP_S), badge.y, badge.w, badge.h}, label, FONT_BOLD,
                (Color){255, 255, 255, 255});
        ui_cut_left(&line, gap);
    }
    char when[32], who[256];
    screen_source_time(sc, it->at, when, sizeof when);
    if (!when[0]) snprintf(when, sizeof when, "No time");
    int w = ui_text_width(ui, when, FONT_BOLD);
    report_text(c, ui_cut_left(&line, w), when, FONT_BOLD, t->text);
    ui_cut_left(&line, gap);
    snprintf(who, sizeof who, "%s%s%s", it->person >= 0 ? screen_source_person(sc, it->person) : "",
             it->person >= 0 ? " \xC2\xB7 " : "", sc->sources[it->source].title);
    report_text(c, line, who, FONT_REGULAR, t->text_muted);
}

/* The row's two arrows in a column cut off the right of *in, centred on
 * the row's height; an end row's is greyed. */
static void row_arrows(ReportCtx *c, Rect *in, int k)
{
    Ui *ui = c->ui;
    ReportView *v = c->v;
    int bw = screen_button_h(ui), bh = bw < in->h ? bw : in->h;
    Rect col = ui_cut_right(in, 2 * bw + ui_px(ui, SP_XS));
    ui_cut_right(in, ui_px(ui, SP_S));
    Rect up = {col.x, col.y + (col.h - bh) / 2, bw, bh}, down = {col.x + bw + ui_px(ui, SP_XS), up.y, bw, bh};
    v->up_rect[k] = up, v->down_rect[k] = down;
    UiId uid = ui_id_int(ui, "up", v->items[k]), did = ui_id_int(ui, "down", v->items[k]);
    if (k == 0) report_disabled_button(ui, up, UP_ARROW);
    else if (report_icon_button(ui, uid, up, UP_ARROW)) timeline_move(c, k, -1);
    if (k + 1 == v->item_count) report_disabled_button(ui, down, DOWN_ARROW);
    else if (report_icon_button(ui, did, down, DOWN_ARROW)) timeline_move(c, k, 1);
    ui_tooltip(ui, uid, up, "Earlier in the story (Alt+Up)");
    ui_tooltip(ui, did, down, "Later in the story (Alt+Down)");
    UiId f = ui_focus(ui);
    if ((f == uid || f == did) && f != v->last_focus) v->selected_item = v->items[k];   /* Tab came here */
    report_reveal(c, uid, up);
    report_reveal(c, did, down);
}

static void timeline_row(ReportCtx *c, int k)
{
    Ui *ui = c->ui;
    const Theme *t = ui_theme(ui);
    ReportView *v = c->v;
    int item = v->items[k];
    const Pin *p = &c->s->pins[item];
    Rect row = ui_cut_top(&c->col, row_height(ui, p));
    ui_cut_top(&c->col, ui_px(ui, SP_XS));
    v->row_rect[k] = row;
    bool selected = v->selected_item == item;
    ui_box(ui, row, ui_px(ui, 6), selected ? t->row_selected : t->panel,
           selected ? t->row_selected_border : t->border, ui_px(ui, selected ? 2 : 1));
    if (p->marker != MARKER_NONE)
        ui_fill(ui, (Rect){row.x, row.y + ui_px(ui, 4), ui_px(ui, 4), row.h - ui_px(ui, 8)},
                viewer_marker_color(t, p->marker));
    int pad = ui_px(ui, SP_S), indent = ui_px(ui, SP_M);
    Rect in = {row.x + indent, row.y + pad, row.w - indent - pad, row.h - 2 * pad};
    row_arrows(c, &in, k);
    row_meta(c, ui_cut_top(&in, ui_line_height(ui, FONT_BOLD)), item);
    char text[1024];
    screen_pin_item_text(c->s->sc, item, text, sizeof text);
    report_text(c, ui_cut_top(&in, ui_line_height(ui, FONT_REGULAR)), text, FONT_REGULAR, t->text);
    if (p->note) {
        ui_cut_top(&in, ui_px(ui, SP_XS));
        Rect note = ui_cut_top(&in, ui_line_height(ui, FONT_ITALIC));
        ui_fill(ui, (Rect){note.x, note.y, ui_px(ui, 3), note.h}, t->border);
        note.x += indent, note.w -= indent;
        report_text(c, note, p->note, FONT_ITALIC, t->text);
    }
    if (ui_clickable(ui, ui_id_int(ui, "row", item), row)) v->selected_item = item;
}

/* Alt+Up and Alt+Down move the selected row, while no editor has the keys. */
static void timeline_keys(ReportCtx *c)
{
    ReportView *v = c->v;
    if (v->selected_item < 0 || focus_in_editor(c->ui, v)) return;
    int k = 0;
    while (k < v->item_count && v->items[k] != v->selected_item) k++;
    if (k == v->item_count) return;
    if (ui_take_key(c->ui, KEY_UP, MOD_ALT)) timeline_move(c, k, -1);
    else if (ui_take_key(c->ui, KEY_DOWN, MOD_ALT)) timeline_move(c, k, 1);
}

static void timeline_order_line(ReportCtx *c)
{
    Ui *ui = c->ui;
    const Theme *t = ui_theme(ui);
    bool own = c->s->order_count > 0;
    Rect line = ui_cut_top(&c->col, screen_button_h(ui));
    ui_cut_top(&c->col, ui_px(ui, SP_S));
    if (own) {
        static const char label[] = "Back to incident time";
        c->v->back_rect = ui_cut_right(&line, screen_button_w(ui, label));
        UiId id = ui_id(ui, "back");
        report_say(c->v, label);
        if (ui_button(ui, id, c->v->back_rect, label))
            report_emit(c, (Action){.kind = ACTION_ORDER});
        ui_tooltip(ui, id, c->v->back_rect, "Forget your order: the pins in the order things happened.");
        report_reveal(c, id, c->v->back_rect);
    }
    report_text(c, line, own ? "In the order you set." : "In incident time: the order things happened.",
                FONT_ITALIC, t->text_muted);
}

void report_timeline(ReportCtx *c)
{
    const Theme *t = ui_theme(c->ui);
    report_heading(c, REPORT_PART_TIMELINE, "Timeline", 0);
    if (!c->v->item_count) {
        report_para(c, "Nothing pinned yet. Pin evidence in Sources first: each pin becomes a moment of this "
                    "timeline, with its marker and note.", FONT_REGULAR, t->text_muted, SP_S);
        return;
    }
    report_para(c, "Your pins, in the order that tells the story best. Move one with its arrows, or select it "
                "and press Alt+Up or Alt+Down.", FONT_REGULAR, t->text_muted, SP_S);
    timeline_order_line(c);
    for (int k = 0; k < c->v->item_count; k++) timeline_row(c, k);
    timeline_keys(c);
}
