/* screen_sources.c: the source list (read or unread, reading cost) and the
 * chosen source: chats in the chat view, other kinds as plain text. */
#include <stdio.h>
#include <string.h>
#include "core/gameclock.h"
#include "screen_common.h"
#include "screen_source_text.h"
#include "screen_sources.h"
#include "viewer.h"

static const char *const KIND_NAMES[SOURCE_KIND_COUNT] = {
    "Chat", "Call", "Pull request", "Ticket", "Alerts", "Dashboard", "On-call schedule",
    "Calendar", "Document"};

void screen_sources_reset(SourcesView *v)
{
    viewer_chat_destroy(v->chat);
    v->chat = NULL;
    v->shown = -1;
    v->scroll = (UiScroll){0, 0};
    v->nav = viewer_nav_init(NULL);
}

void screen_sources_free(SourcesView *v) { screen_sources_reset(v); }

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

static void sources_content(Ui *ui, Rect r, const Session *s, int i, SourcesView *v)
{
    const Theme *t = ui_theme(ui);
    if (v->shown != i) {
        /* another source: its own scroll and selection */
        v->scroll = (UiScroll){0, 0};
        v->nav.selected = v->nav.found = -1;
        v->shown = i;
    }
    v->nav.session = s;
    ui_fill(ui, r, t->panel);
    Rect head = ui_cut_top(&r, ui_px(ui, 64));
    Rect in = ui_inset(head, ui_px(ui, SP_L));
    int lh = ui_line_height(ui, FONT_REGULAR);
    in.y = head.y + (head.h - 2 * lh) / 2;
    ui_text(ui, (Rect){in.x, in.y, in.w, lh}, s->sc->sources[i].title, FONT_BOLD, t->text);
    char meta[128], when[32];
    gameclock_format(s->opened_at[i], when, sizeof when);
    snprintf(meta, sizeof meta, "%s \xC2\xB7 %d item%s \xC2\xB7 opened %s", KIND_NAMES[s->sc->sources[i].kind],
             s->sc->sources[i].item_count, s->sc->sources[i].item_count == 1 ? "" : "s", when);
    ui_text(ui, (Rect){in.x, in.y + lh, in.w, lh}, meta, FONT_REGULAR, t->text_muted);
    ui_fill(ui, (Rect){head.x, head.y + head.h - 1, head.w, 1}, t->border);
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

int screen_sources(Ui *ui, Rect r, const Session *s, SourcesView *v)
{
    const Theme *t = ui_theme(ui);
    const Scenario *sc = s->sc;
    int open = -1;
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
        v->shown = -1;
        v->nav = viewer_nav_init(s);
        v->started = true;
    }
    int row_h = 2 * ui_line_height(ui, FONT_REGULAR) + ui_px(ui, SP_XS + SP_L), i;
    Rect row;
    ui_list_begin(ui, id, (Rect){list.x, list.y, list.w - 1, list.h}, &v->list, sc->source_count, row_h);
    while (ui_list_row(ui, &v->list, &i, &row)) sources_row(ui, row, s, i);
    ui_list_end(ui, &v->list);
    int act = v->list.activated;
    if (act >= 0 && act < sc->source_count && !s->opened[act]) open = act;
    int sel = v->list.selected;
    if (sel < 0 || sel >= sc->source_count) {
        screen_para(ui, &(Rect){r.x + ui_px(ui, SP_XL), r.y + ui_px(ui, SP_XL), r.w - 2 * ui_px(ui, SP_XL), r.h},
                    sc->source_count ? "Choose a source on the left." : "This scenario has no sources.",
                    FONT_REGULAR, t->text_muted, 0);
    } else if (!s->opened[sel]) {
        ui_fill(ui, r, t->panel);
        int b = sources_unread(ui, r, s, sel, v);
        if (b >= 0) open = b;
    } else {
        sources_content(ui, r, s, sel, v);
    }
    ui_pop_scope(ui);
    return open;
}
