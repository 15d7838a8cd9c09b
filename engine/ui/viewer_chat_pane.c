/* viewer_chat_pane.c: one scrolling transcript of the chat viewer (the
 * channel or an open thread): the items' states and the boxes behind the
 * messages, the messages, then what the mouse does to them. Only the
 * visible messages are visited, so a long channel costs what a short one
 * does. */
#include <stdio.h>
#include "viewer_chat_internal.h"

/* Chips of a message that get a tooltip; the view draws no more than this. */
enum { PANE_MAX_CHIPS = 64 };

int chat_pane_find(const ChatPane *p, int item)
{
    int lo = 0, hi = p->count - 1;      /* items rise with the message index */
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        if (p->items[mid] == item) return mid;
        if (p->items[mid] < item) lo = mid + 1;
        else hi = mid - 1;
    }
    return -1;
}

void chat_pane_free(ChatPane *p)
{
    chat_view_destroy(p->view);
    *p = (ChatPane){0};
}

/* Message k's body, less what the scroll bar covers. */
static Rect pane_body(ChatPane *p, int k)
{
    Rect b = chat_view_body_rect(p->view, k, p->area);
    int right = p->clip.x + p->clip.w;
    if (b.x + b.w > right) b.w = right - b.x;
    return b;
}

static bool pane_mouse_in(Ui *ui, Rect r)
{
    const PlatformInput *in = ui_input(ui);
    return ui_rect_contains(r, in->mouse_x, in->mouse_y);
}

/* The item near the top with a little room above, as viewer_item_reveal
 * places items in the other viewers. */
static void pane_reveal(Ui *ui, ChatPane *p, int item)
{
    int k = item >= 0 ? chat_pane_find(p, item) : -1;
    if (k < 0) return;
    int y = chat_view_message_top(p->view, k) - ui_px(ui, 24);
    chat_view_scroll_to(p->view, y < 0 ? 0 : y);
    ui_request_frame(ui);
}

/* What sits behind a message: hover, the item's state, the day label's
 * pill, the chips' and the hovered thread line's boxes. */
static void pane_backdrop(Ui *ui, ChatPane *p, int k, const ViewerNav *nav)
{
    const Theme *t = ui_theme(ui);
    const ChatMessage *m = &p->msgs[k];
    int item = p->items[k];
    Rect body = pane_body(p, k);
    bool hot = ui_hovered(ui, ui_id_int(ui, "viewer-item", item));   /* not under a modal */
    if (hot) ui_fill(ui, body, t->hover);
    viewer_item_backdrop(ui, body, nav, item);
    if (m->day) {
        Rect d = chat_view_day_rect(p->view, k, p->area);
        ui_box(ui, d, d.h / 2, t->panel, t->border, 1);
    }
    for (int i = 0; i < m->nchips && i < PANE_MAX_CHIPS; i++) {
        Rect c = chat_view_chip_rect(p->view, k, i, p->area);
        ui_box(ui, c, c.h / 2, t->panel_alt, hot && pane_mouse_in(ui, c) ? t->accent : t->border, 1);
    }
    if (m->replies && ui_hovered(ui, ui_id_int(ui, "thread", item))) {
        Rect r = chat_view_thread_rect(p->view, k, p->area);
        ui_box(ui, r, ui_px(ui, 4), t->panel, t->border, 1);
    }
}

/* A chip's tooltip names who reacted; its text is only made while the
 * mouse is on the chip. */
static void pane_chip_tips(Ui *ui, ChatPane *p, int k, const Scenario *sc)
{
    const Item *it = &sc->items[p->items[k]];
    for (int i = 0; i < p->msgs[k].nchips && i < PANE_MAX_CHIPS && i < it->reaction_count; i++) {
        Rect c = chat_view_chip_rect(p->view, k, i, p->area);
        char tip[512] = "";
        if (pane_mouse_in(ui, c)) chat_build_reactors(sc, &it->reactions[i], tip, sizeof tip);
        ui_tooltip(ui, ui_id_int(ui, "chip", p->items[k] * PANE_MAX_CHIPS + i), c, tip);
    }
}

/* After the messages are drawn: the thread lines, chips and pin buttons
 * first, so they win the mouse over the message under them. */
static int pane_input(Ui *ui, ChatPane *p, const Scenario *sc, ViewerNav *nav)
{
    int opened = -1, first, end = chat_view_visible(p->view, &first);
    for (int k = first; k >= 0 && k < end; k++) {
        int item = p->items[k];
        if (p->msgs[k].replies &&
            ui_clickable(ui, ui_id_int(ui, "thread", item), chat_view_thread_rect(p->view, k, p->area)))
            opened = item;
        pane_chip_tips(ui, p, k, sc);
        Rect body = pane_body(p, k);
        viewer_pin_button(ui, body, nav, item);
        viewer_item_input(ui, body, nav, item);
    }
    return opened;
}

int chat_pane_draw(Ui *ui, ChatPane *p, Rect r, const char *id, const Scenario *sc, ViewerNav *nav, int reveal)
{
    UiScroll s = {chat_view_scroll(p->view), chat_view_content_height(p->view)};
    Rect view = ui_scroll_region(ui, ui_id(ui, id), r, &s, s.content);
    /* The messages are laid out to the full width, the bar over their
     * right padding: a bar that comes or goes must not rewrap a channel of
     * 100 000 messages. The clip keeps them off the bar. */
    int w = p->hold_width && p->area.w > 0 ? p->area.w : r.w;
    p->area = (Rect){view.x, view.y, w, view.h};
    p->clip = view;
    chat_view_layout(p->view, p->area.w, p->area.h);
    chat_view_scroll_to(p->view, s.offset);
    pane_reveal(ui, p, reveal);
    ui_push_clip(ui, view);
    int first, end = chat_view_visible(p->view, &first);
    for (int k = first; k >= 0 && k < end; k++) pane_backdrop(ui, p, k, nav);
    chat_view_draw(p->view, p->area);
    int opened = pane_input(ui, p, sc, nav);
    ui_pop_clip(ui);
    return opened;
}
