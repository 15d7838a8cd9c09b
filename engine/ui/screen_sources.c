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
    chat_view_destroy(v->chat);
    arena_destroy(&v->arena);
    v->chat = NULL, v->msgs = NULL, v->msg_count = 0, v->text = v->code = NULL;
    v->built_sc = NULL, v->built_source = -1, v->content_w = -1;
    v->scroll = (UiScroll){0, 0};
}

void screen_sources_free(SourcesView *v) { screen_sources_reset(v); }

static void sources_build_chat(Ui *ui, const Scenario *sc, int source, SourcesView *v)
{
    const Source *s = &sc->sources[source];
    const Theme *t = ui_theme(ui);
    v->msgs = arena_alloc(&v->arena, sizeof *v->msgs * (size_t)(s->item_count ? s->item_count : 1));
    TextSpan *italic = arena_alloc(&v->arena, sizeof *italic * (size_t)(s->item_count ? s->item_count : 1));
    for (int i = 0; i < s->item_count; i++) {
        const Item *it = &sc->items[s->first_item + i];
        char time[32], text[160];
        screen_source_time(sc, it->at, time, sizeof time);
        const char *body = it->text ? it->text : "";
        if (it->kind == ITEM_JOIN || it->kind == ITEM_LEAVE) {
            snprintf(text, sizeof text, "%s the channel", it->kind == ITEM_JOIN ? "joined" : "left");
            body = text;
        }
        size_t n = strlen(body) + 32;
        char *copy = arena_alloc(&v->arena, n);
        snprintf(copy, n, "%s%s", it->parent >= 0 ? "\xE2\x86\xB3 in thread: " : "", body);
        ChatMessage *m = &v->msgs[v->msg_count++];
        *m = (ChatMessage){.author = screen_source_person(sc, it->person),
                           .time = arena_strdup(&v->arena, time), .text = copy};
        m->text_len = (int)strlen(m->text);
        if (it->kind == ITEM_JOIN || it->kind == ITEM_LEAVE) {
            italic[i] = (TextSpan){0, m->text_len, FONT_ITALIC};
            m->spans = &italic[i], m->nspans = 1;
        }
    }
    ChatViewStyle style = chat_view_default_style(t->text, t->text_muted);
    v->chat = chat_view_create(ui_platform(ui), &style);
    chat_view_set_messages(v->chat, v->msgs, v->msg_count);
}

/* Kinds drawn by their own viewer (viewer.h) need no plain-text version. */
static bool sources_has_viewer(SourceKind k)
{
    return k == SOURCE_PR || k == SOURCE_TICKET || k == SOURCE_ALERTS || k == SOURCE_METRIC;
}

static void sources_build(Ui *ui, const Scenario *sc, int source, SourcesView *v)
{
    if (v->built_sc == sc && v->built_source == source && v->built_theme == ui_theme_id(ui)) return;
    screen_sources_reset(v);
    v->built_sc = sc, v->built_source = source, v->built_theme = ui_theme_id(ui);
    if (sc->sources[source].kind == SOURCE_CHAT) sources_build_chat(ui, sc, source, v);
    else if (!sources_has_viewer(sc->sources[source].kind))
        v->text = screen_source_text(&v->arena, sc, source, &v->code);
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

static void sources_text(Ui *ui, Rect r, SourcesView *v)
{
    const Theme *t = ui_theme(ui);
    Rect view = ui_scroll_region(ui, ui_id(ui, "text"), r, &v->scroll, v->content);
    Rect col = ui_inset(view, ui_px(ui, SP_L));
    if (col.w != v->content_w) {
        v->content_w = col.w;
        v->content = screen_text_height(ui, v->text, FONT_REGULAR, col.w) + 2 * ui_px(ui, SP_L);
        if (v->code) v->content += ui_px(ui, SP_L) + screen_text_height(ui, v->code, FONT_MONO, col.w);
    }
    ui_push_clip(ui, view);
    col.y -= v->scroll.offset;
    col.h = SCREEN_UNBOUNDED;
    screen_para(ui, &col, v->text, FONT_REGULAR, t->text, SP_L);
    if (v->code) screen_para(ui, &col, v->code, FONT_MONO, t->text, 0);
    ui_pop_clip(ui);
}

static void sources_chat(Ui *ui, Rect r, SourcesView *v)
{
    UiScroll sc = {chat_view_scroll(v->chat), chat_view_content_height(v->chat)};
    Rect view = ui_scroll_region(ui, ui_id(ui, "chat"), r, &sc, sc.content);
    /* the avatars line up with the header's text */
    int inset = ui_px(ui, SP_S + SP_XS);
    view = (Rect){view.x + inset, view.y + ui_px(ui, SP_M), view.w - inset - ui_px(ui, SP_S), view.h - ui_px(ui, SP_M)};
    chat_view_layout(v->chat, view.w, view.h);
    chat_view_scroll_to(v->chat, sc.offset);
    chat_view_draw(v->chat, view);
}

static void sources_content(Ui *ui, Rect r, const Session *s, int i, SourcesView *v)
{
    const Theme *t = ui_theme(ui);
    sources_build(ui, s->sc, i, v);
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
    if (v->chat) sources_chat(ui, r, v);
    else if (src->kind == SOURCE_PR) viewer_pr_draw(ui, r, s->sc, i, &v->scroll);
    else if (src->kind == SOURCE_TICKET) viewer_ticket_draw(ui, r, s->sc, i, &v->scroll);
    else if (src->kind == SOURCE_ALERTS) viewer_alerts_draw(ui, r, s->sc, i, &v->scroll);
    else if (src->kind == SOURCE_METRIC) viewer_metric_draw(ui, r, s->sc, i);
    else sources_text(ui, r, v);
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
        v->built_source = -1;
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
