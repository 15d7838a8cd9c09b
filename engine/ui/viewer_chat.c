/* viewer_chat.c: a chat channel as a team chat shows it: the channel's
 * top-level messages with day rules, thread lines and reactions, and the
 * open thread in a side pane; both on the virtualised chat view. */
#include <stdlib.h>
#include "viewer_chat_internal.h"

ViewerChat *viewer_chat_create(void)
{
    ViewerChat *c = xcalloc(1, sizeof *c);
    c->source = -1;
    c->thread = -1;
    return c;
}

static void chat_reset(ViewerChat *c)
{
    chat_thread_close(c);
    chat_pane_free(&c->main);
    arena_destroy(&c->arena);
    c->sc = NULL, c->source = -1;
}

void viewer_chat_destroy(ViewerChat *c)
{
    if (!c) return;
    chat_reset(c);
    free(c);
}

static void chat_build(Ui *ui, const Scenario *sc, int source, ViewerChat *c)
{
    chat_reset(c);
    c->sc = sc, c->source = source, c->theme = ui_theme_id(ui);
    chat_build_channel(c);
    ChatViewStyle st = chat_build_style(ui);
    c->main.view = chat_view_create(ui_platform(ui), &st);
    chat_view_set_messages(c->main.view, c->main.msgs, c->main.count);
}

/* A new theme changes colours only: the messages stay, the views rewrap. */
static void chat_restyle(Ui *ui, ViewerChat *c)
{
    ChatViewStyle st = chat_build_style(ui);
    chat_view_set_style(c->main.view, &st);
    if (c->side.view) chat_view_set_style(c->side.view, &st);
    c->theme = ui_theme_id(ui);
}

/* Takes nav->reveal when it is this channel's: a top-level item shows in
 * the channel; a reply opens its thread, shows there, and its root shows
 * in the channel. */
static void chat_take_reveal(Ui *ui, ViewerChat *c, ViewerNav *nav, int *in_main, int *in_side)
{
    *in_main = *in_side = -1;
    const Source *s = &c->sc->sources[c->source];
    int item = nav->reveal, first = s->first_item, end = first + s->item_count;
    if (item < first || item >= end) return;
    int root = c->sc->items[item].parent;
    if (root >= first && root < end) {
        chat_thread_open(ui, c, root);
        *in_main = root, *in_side = item;
    } else {
        *in_main = item;
    }
    nav->reveal = -1;
    ui_request_frame(ui);
}

void viewer_chat_draw(Ui *ui, Rect r, const Scenario *sc, int source, ViewerChat *c, ViewerNav *nav)
{
    if (c->sc != sc || c->source != source) chat_build(ui, sc, source, c);
    else if (c->theme != ui_theme_id(ui)) chat_restyle(ui, c);
    ui_push_scope(ui, "chat");
    int in_main, in_side;
    chat_take_reveal(ui, c, nav, &in_main, &in_side);
    if (c->thread >= 0 && ui_take_key(ui, KEY_ESCAPE, 0)) chat_thread_close(c);
    c->main.hold_width = false;
    if (c->thread >= 0) chat_thread_draw(ui, c, &r, nav, in_side);
    int root = chat_pane_draw(ui, &c->main, r, "channel", sc, nav, in_main);
    if (root >= 0) {
        chat_thread_open(ui, c, root);
        ui_request_frame(ui);
    }
    ui_pop_scope(ui);
}

/* ---- for tests ---- */

int viewer_chat_thread(const ViewerChat *c) { return c->thread; }

const ChatPane *viewer_chat_pane(const ViewerChat *c, bool side) { return side ? &c->side : &c->main; }

/* Message k of the pane that shows item, if the pane has been drawn. */
static int chat_drawn(ViewerChat *c, bool side, int item, ChatPane **p)
{
    *p = side ? &c->side : &c->main;
    return (*p)->view && (*p)->area.w > 0 ? chat_pane_find(*p, item) : -1;
}

Rect viewer_chat_message_rect(ViewerChat *c, bool side, int item)
{
    ChatPane *p;
    int k = chat_drawn(c, side, item, &p);
    return k < 0 ? (Rect){0, 0, 0, 0} : chat_view_body_rect(p->view, k, p->area);
}

Rect viewer_chat_thread_rect(ViewerChat *c, int item)
{
    ChatPane *p;
    int k = chat_drawn(c, false, item, &p);
    return k < 0 ? (Rect){0, 0, 0, 0} : chat_view_thread_rect(p->view, k, p->area);
}

Rect viewer_chat_chip_rect(ViewerChat *c, bool side, int item, int chip)
{
    ChatPane *p;
    int k = chat_drawn(c, side, item, &p);
    return k < 0 ? (Rect){0, 0, 0, 0} : chat_view_chip_rect(p->view, k, chip, p->area);
}

Rect viewer_chat_close_rect(const ViewerChat *c) { return c->thread >= 0 ? c->close_button : (Rect){0, 0, 0, 0}; }
