/* viewer_chat.c: a chat channel as a team chat shows it, on the
 * virtualised chat view. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "chat_view.h"
#include "screen_common.h"
#include "screen_source_text.h"
#include "viewer.h"

struct ViewerChat {
    const Scenario *sc;
    int source;
    ThemeId theme;
    Arena arena;
    ChatView *view;
    ChatMessage *msgs;
    int msg_count;
};

ViewerChat *viewer_chat_create(void)
{
    ViewerChat *c = xcalloc(1, sizeof *c);
    c->source = -1;
    return c;
}

static void chat_reset(ViewerChat *c)
{
    chat_view_destroy(c->view);
    arena_destroy(&c->arena);
    c->view = NULL, c->msgs = NULL, c->msg_count = 0, c->sc = NULL, c->source = -1;
}

void viewer_chat_destroy(ViewerChat *c)
{
    if (!c) return;
    chat_reset(c);
    free(c);
}

static void chat_build(Ui *ui, const Scenario *sc, int source, ViewerChat *c)
{
    const Source *s = &sc->sources[source];
    const Theme *t = ui_theme(ui);
    chat_reset(c);
    c->sc = sc, c->source = source, c->theme = ui_theme_id(ui);
    c->msgs = arena_alloc(&c->arena, sizeof *c->msgs * (size_t)(s->item_count ? s->item_count : 1));
    TextSpan *italic = arena_alloc(&c->arena, sizeof *italic * (size_t)(s->item_count ? s->item_count : 1));
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
        char *copy = arena_alloc(&c->arena, n);
        snprintf(copy, n, "%s%s", it->parent >= 0 ? "\xE2\x86\xB3 in thread: " : "", body);
        ChatMessage *m = &c->msgs[c->msg_count++];
        *m = (ChatMessage){.author = screen_source_person(sc, it->person),
                           .time = arena_strdup(&c->arena, time), .text = copy};
        m->text_len = (int)strlen(m->text);
        if (it->kind == ITEM_JOIN || it->kind == ITEM_LEAVE) {
            italic[i] = (TextSpan){0, m->text_len, FONT_ITALIC};
            m->spans = &italic[i], m->nspans = 1;
        }
    }
    ChatViewStyle style = chat_view_default_style(t->text, t->text_muted);
    c->view = chat_view_create(ui_platform(ui), &style);
    chat_view_set_messages(c->view, c->msgs, c->msg_count);
}

void viewer_chat_draw(Ui *ui, Rect r, const Scenario *sc, int source, ViewerChat *c, ViewerNav *nav)
{
    (void)nav;
    if (c->sc != sc || c->source != source || c->theme != ui_theme_id(ui)) chat_build(ui, sc, source, c);
    UiScroll sc_ = {chat_view_scroll(c->view), chat_view_content_height(c->view)};
    Rect view = ui_scroll_region(ui, ui_id(ui, "chat"), r, &sc_, sc_.content);
    /* the avatars line up with the header's text */
    int inset = ui_px(ui, SP_S + SP_XS);
    view = (Rect){view.x + inset, view.y + ui_px(ui, SP_M), view.w - inset - ui_px(ui, SP_S), view.h - ui_px(ui, SP_M)};
    chat_view_layout(c->view, view.w, view.h);
    chat_view_scroll_to(c->view, sc_.offset);
    chat_view_draw(c->view, view);
}
