/* screen_sources.c: the source list (read or unread, reading cost) and the
 * chosen source in its viewer, with the keys that walk and pin its items. */
#include <stdio.h>
#include <string.h>
#include "core/gameclock.h"
#include "screen_common.h"
#include "screen_pin.h"
#include "screen_source_text.h"
#include "screen_sources.h"
#include "viewer.h"

static const char *const KIND_NAMES[SOURCE_KIND_COUNT] = {
    "Chat", "Call", "Pull request", "Ticket", "Alerts", "Dashboard", "On-call schedule",
    "Calendar", "Document"};

const char *screen_sources_kind_name(SourceKind k)
{
    return (unsigned)k < SOURCE_KIND_COUNT ? KIND_NAMES[k] : "Source";
}

void screen_sources_reset(SourcesView *v)
{
    viewer_chat_destroy(v->chat);
    v->chat = NULL;
    v->shown = -1;
    v->scroll = (UiScroll){0, 0};
    v->nav = viewer_nav_init(NULL);
}

void screen_sources_free(SourcesView *v) { screen_sources_reset(v); }

void screen_sources_show(SourcesView *v, const Session *s, int source, int item, bool found)
{
    if (!v->nav.session) v->nav = viewer_nav_init(s);
    v->nav.session = s;
    if (v->shown != source) {
        /* what sources_content does when the user picks another source */
        v->scroll = (UiScroll){0, 0};
        v->nav.found = -1;
        v->shown = source;
    }
    v->list.selected = source;
    v->nav.selected = v->nav.reveal = item;
    if (found) v->nav.found = item;
    /* the row into view, with last frame's geometry (none yet: the list
     * starts at the top, which is where a first frame's row is anyway) */
    int row_h = v->list.row_h, view_h = v->list.r.h;
    if (row_h > 0 && view_h > 0) {
        int top = source * row_h;
        if (top < v->list.scroll.offset) v->list.scroll.offset = top;
        else if (top + row_h > v->list.scroll.offset + view_h) v->list.scroll.offset = top + row_h - view_h;
    }
}

static void sources_row(Ui *ui, Rect row, const Session *s, int i)
{
    const Theme *t = ui_theme(ui);
    const Source *src = &s->sc->sources[i];
    /* the unread dot sits in a gutter left of the text */
    int gutter = ui_px(ui, SP_L + SP_S), lh = ui_line_height(ui, FONT_REGULAR), dot = ui_px(ui, 8);
    Rect in = {row.x + gutter, row.y + (row.h - 2 * lh - ui_px(ui, SP_XS)) / 2, row.w - gutter - ui_px(ui, SP_M), lh};
    if (!s->opened[i]) ui_fill(ui, (Rect){row.x + (gutter - dot) / 2 + ui_px(ui, 2), in.y + (lh - dot) / 2, dot, dot}, t->accent);
    ui_text(ui, (Rect){in.x, in.y, in.w, lh}, src->title, s->opened[i] ? FONT_REGULAR : FONT_BOLD, t->text);
    char meta[96], cost[32];
    gameclock_format_span(session_read_cost(s->sc, i), cost, sizeof cost);
    if (s->opened[i]) snprintf(meta, sizeof meta, "%s \xC2\xB7 read", KIND_NAMES[src->kind]);
    else snprintf(meta, sizeof meta, "%s \xC2\xB7 unread \xC2\xB7 %s", KIND_NAMES[src->kind], cost);
    ui_text(ui, (Rect){in.x, in.y + lh + ui_px(ui, SP_XS), in.w, lh}, meta, FONT_REGULAR, t->text_muted);
}

/* The card shown for an unread source: what it is and what reading costs. */
static int sources_unread(Ui *ui, Rect r, const Session *s, int i, SourcesView *v)
{
    const Theme *t = ui_theme(ui);
    const Source *src = &s->sc->sources[i];
    r = ui_inset(r, ui_px(ui, SP_XL));
    screen_caption(ui, &r, "NOT READ YET");
    screen_para(ui, &r, src->title, FONT_BOLD, t->text, SP_S);
    char text[256], cost[32];
    gameclock_format_span(session_read_cost(s->sc, i), cost, sizeof cost);
    snprintf(text, sizeof text, "%s. Reading it takes about %s of in-game time; the clock "
             "moves when you open it.", KIND_NAMES[src->kind], cost);
    screen_para(ui, &r, text, FONT_REGULAR, t->text_muted, SP_L);
    Rect b = {r.x, r.y, ui_text_width(ui, "Open and read", FONT_REGULAR) + ui_px(ui, 2 * SP_L),
              ui_line_height(ui, FONT_REGULAR) + ui_px(ui, SP_M)};
    v->open_button = b;
    return ui_button_primary(ui, ui_id(ui, "open"), b, "Open and read") ? i : -1;
}

/* Another source than last frame: its own scroll and selection, and the
 * search tint of the old one goes. */
static void sources_track(SourcesView *v, const Session *s, int i)
{
    if (v->shown != i) {
        v->scroll = (UiScroll){0, 0};
        v->nav.selected = v->nav.found = v->nav.reveal = -1;
        v->shown = i;
    }
    v->nav.session = s;
}

/* The source's title and facts, the keys, and which item is selected:
 * said in words too, since not every viewer shows a selection yet. */
static void sources_head(Ui *ui, Rect head, const Session *s, int i, const ViewerNav *nav)
{
    const Theme *t = ui_theme(ui);
    const Source *src = &s->sc->sources[i];
    Rect in = ui_inset(head, ui_px(ui, SP_L));
    int lh = ui_line_height(ui, FONT_REGULAR);
    in.y = head.y + (head.h - 2 * lh) / 2;
    static const char HINT[] = "J / K move \xC2\xB7 P pin \xC2\xB7 Ctrl+F search";
    int hw = ui_text_width(ui, HINT, FONT_REGULAR), half = in.w / 2;
    Rect line1 = {in.x, in.y, in.w, lh}, line2 = {in.x, in.y + lh, in.w, lh};
    if (hw < half) {
        ui_text(ui, ui_cut_right(&line1, hw), HINT, FONT_REGULAR, t->text_muted);
        ui_cut_right(&line1, ui_px(ui, SP_L));   /* a long title ends in "..." before the hint */
    }
    ui_text(ui, line1, src->title, FONT_BOLD, t->text);
    char text[320], when[32];
    int sel = nav->selected;
    if (sel >= src->first_item && sel < src->first_item + src->item_count) {
        char who[160];
        screen_pin_item_meta(s->sc, sel, who, sizeof who);
        snprintf(text, sizeof text, "Selected: %s%s", who, s->pins[sel].pinned ? " \xC2\xB7 pinned" : "");
        int w = ui_text_width(ui, text, FONT_REGULAR);
        ui_text(ui, ui_cut_right(&line2, w < half ? w : half), text, FONT_REGULAR, t->text);
    }
    gameclock_format(s->opened_at[i], when, sizeof when);
    snprintf(text, sizeof text, "%s \xC2\xB7 %d item%s \xC2\xB7 opened %s", KIND_NAMES[src->kind],
             src->item_count, src->item_count == 1 ? "" : "s", when);
    ui_text(ui, line2, text, FONT_REGULAR, t->text_muted);
    ui_fill(ui, (Rect){head.x, head.y + head.h - 1, head.w, 1}, t->border);
}

static void sources_content(Ui *ui, Rect r, const Session *s, int i, SourcesView *v)
{
    const Theme *t = ui_theme(ui);
    sources_track(v, s, i);
    ui_fill(ui, r, t->panel);
    sources_head(ui, ui_cut_top(&r, ui_px(ui, 64)), s, i, &v->nav);
    const Source *src = &s->sc->sources[i];
    ViewerNav *nav = &v->nav;
    switch (src->kind) {
    case SOURCE_CHAT:
        if (!v->chat) v->chat = viewer_chat_create();
        viewer_chat_draw(ui, r, s->sc, i, v->chat, nav);
        break;
    case SOURCE_CALL: viewer_call_draw(ui, r, s->sc, i, &v->scroll, nav); break;
    case SOURCE_PR: viewer_pr_draw(ui, r, s->sc, i, &v->scroll, nav); break;
    case SOURCE_TICKET: viewer_ticket_draw(ui, r, s->sc, i, &v->scroll, nav); break;
    case SOURCE_ALERTS: viewer_alerts_draw(ui, r, s->sc, i, &v->scroll, nav); break;
    case SOURCE_METRIC: viewer_metric_draw(ui, r, s->sc, i, nav); break;
    case SOURCE_ONCALL: viewer_oncall_draw(ui, r, s->sc, i, &v->scroll, nav); break;
    case SOURCE_CALENDAR: viewer_calendar_draw(ui, r, s->sc, i, &v->scroll, nav); break;
    default: viewer_document_draw(ui, r, s->sc, i, &v->scroll, nav); break;
    }
}

/* J / K walk the items of open source i, in the order the scenario has
 * them; P or Enter on a selected item asks to pin it. Returns that item or
 * -1. The keys are taken only when no focused widget wants them, so they
 * type into a text field instead. */
static int sources_keys(Ui *ui, const Session *s, int i, SourcesView *v)
{
    const Source *src = &s->sc->sources[i];
    ViewerNav *nav = &v->nav;
    int first = src->first_item, end = first + src->item_count, step = 0;
    while (ui_take_key(ui, KEY_J, 0)) step++;
    while (ui_take_key(ui, KEY_K, 0)) step--;
    bool inside = nav->selected >= first && nav->selected < end;
    if (step && src->item_count) {
        /* from nothing selected, J starts at the top and K at the bottom */
        int next = inside ? nav->selected + step : step > 0 ? first + step - 1 : end + step;
        next = next < first ? first : next >= end ? end - 1 : next;
        nav->selected = nav->reveal = next;
        inside = true;
    }
    if (inside && (ui_take_key(ui, KEY_P, 0) || ui_take_key(ui, KEY_ENTER, 0))) return nav->selected;
    return -1;
}

/* Enter on the focused list means "open it"; on a source already open
 * with an item selected, the item is what there is to act on. */
static int sources_activated_pin(const Session *s, const SourcesView *v, int act)
{
    if (act < 0 || act >= s->sc->source_count || !s->opened[act] || v->shown != act) return -1;
    const Source *src = &s->sc->sources[act];
    int sel = v->nav.selected;
    return sel >= src->first_item && sel < src->first_item + src->item_count ? sel : -1;
}

SourcesIntent screen_sources(Ui *ui, Rect r, const Session *s, SourcesView *v)
{
    const Theme *t = ui_theme(ui);
    const Scenario *sc = s->sc;
    SourcesIntent out = {-1, -1};
    ui_push_scope(ui, "sources");
    int lw = r.w * 3 / 10;
    lw = lw < ui_px(ui, 300) ? ui_px(ui, 300) : lw > ui_px(ui, 420) ? ui_px(ui, 420) : lw;
    if (lw > r.w / 2) lw = r.w / 2;
    Rect list = ui_cut_left(&r, lw);
    ui_fill(ui, list, t->panel);
    ui_fill(ui, (Rect){list.x + list.w - 1, list.y, 1, list.h}, t->border);
    UiId id = ui_id(ui, "list");
    if (!v->started) {
        ui_set_focus(ui, id);
        if (!v->nav.session) {      /* else a jump from the Timeline or Search set it */
            v->shown = -1;
            v->nav = viewer_nav_init(s);
        }
        v->started = true;
    }
    int row_h = 2 * ui_line_height(ui, FONT_REGULAR) + ui_px(ui, SP_XS + SP_L), i;
    Rect row;
    ui_list_begin(ui, id, (Rect){list.x, list.y, list.w - 1, list.h}, &v->list, sc->source_count, row_h);
    while (ui_list_row(ui, &v->list, &i, &row)) sources_row(ui, row, s, i);
    ui_list_end(ui, &v->list);
    int act = v->list.activated;
    if (act >= 0 && act < sc->source_count && !s->opened[act]) out.open = act;
    out.pin = sources_activated_pin(s, v, act);
    int sel = v->list.selected;
    if (sel < 0 || sel >= sc->source_count) {
        screen_para(ui, &(Rect){r.x + ui_px(ui, SP_XL), r.y + ui_px(ui, SP_XL), r.w - 2 * ui_px(ui, SP_XL), r.h},
                    sc->source_count ? "Choose a source on the left." : "This scenario has no sources.",
                    FONT_REGULAR, t->text_muted, 0);
    } else if (!s->opened[sel]) {
        ui_fill(ui, r, t->panel);
        int b = sources_unread(ui, r, s, sel, v);
        if (b >= 0) out.open = b;
    } else {
        sources_track(v, s, sel);
        int key = sources_keys(ui, s, sel, v);
        sources_content(ui, r, s, sel, v);
        if (key >= 0) out.pin = key;
        if (v->nav.pin_request >= 0) out.pin = v->nav.pin_request;
        v->nav.pin_request = -1;
    }
    ui_pop_scope(ui);
    return out;
}
