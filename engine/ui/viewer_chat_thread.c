/* viewer_chat_thread.c: the side pane that shows one thread (its root,
 * then its replies in order) right of the channel, behind a splitter,
 * with a close button. Threads are short, so a pane is built per open. */
#include <stdio.h>
#include "screen_common.h"
#include "viewer_chat_internal.h"

void chat_thread_close(ViewerChat *c)
{
    chat_pane_free(&c->side);
    arena_destroy(&c->thread_arena);
    c->thread = -1;
}

void chat_thread_open(Ui *ui, ViewerChat *c, int root)
{
    if (c->thread == root) return;
    chat_thread_close(c);
    const Scenario *sc = c->sc;
    const Source *s = &sc->sources[c->source];
    const char *channel = s->title ? s->title : "the channel";
    int first = s->first_item, end = first + s->item_count, n = 1;
    for (int i = first; i < end; i++) n += sc->items[i].parent == root;
    ChatPane *p = &c->side;
    p->msgs = arena_alloc(&c->thread_arena, sizeof *p->msgs * (size_t)n);
    p->items = arena_alloc(&c->thread_arena, sizeof *p->items * (size_t)n);
    p->items[0] = root;
    chat_build_message(&c->thread_arena, sc, root, channel, &p->msgs[0]);
    p->count = 1;
    for (int i = first; i < end; i++) {
        if (sc->items[i].parent != root) continue;
        p->items[p->count] = i;
        chat_build_message(&c->thread_arena, sc, i, channel, &p->msgs[p->count++]);
    }
    if (n > 1) {
        /* a rule with the count between the root and its replies */
        char label[32];
        snprintf(label, sizeof label, "%d %s", n - 1, n == 2 ? "reply" : "replies");
        p->msgs[1].day = arena_strdup(&c->thread_arena, label);
    }
    ChatViewStyle st = chat_build_style(ui);
    p->view = chat_view_create(ui_platform(ui), &st);
    chat_view_set_messages(p->view, p->msgs, p->count);
    c->thread = root;
}

/* "Thread" and the channel's name, and the close button; true if it was
 * pressed. */
static bool thread_header(Ui *ui, ViewerChat *c, Rect head)
{
    const Theme *t = ui_theme(ui);
    int pad = ui_px(ui, SP_M), lh = ui_line_height(ui, FONT_BOLD), bh = screen_button_h(ui);
    /* wide enough for the button to centre its label rather than cut it */
    int bw = ui_text_width(ui, "\xC3\x97", FONT_REGULAR) + ui_px(ui, 26);
    bw = bw > bh ? bw : bh;
    c->close_button = (Rect){head.x + head.w - pad - bw, head.y + (head.h - bh) / 2, bw, bh};
    bool close = ui_button(ui, ui_id(ui, "close"), c->close_button, "\xC3\x97");
    ui_tooltip(ui, ui_id(ui, "close-tip"), c->close_button, "Close the thread (Esc)");
    Rect text = {head.x + pad, head.y + (head.h - lh) / 2, c->close_button.x - head.x - 2 * pad, lh};
    int w = ui_text(ui, text, "Thread", FONT_BOLD, t->text) + ui_px(ui, SP_S);
    const Source *s = &c->sc->sources[c->source];
    if (w < text.w)
        ui_text(ui, (Rect){text.x + w, text.y, text.w - w, lh}, s->title ? s->title : "", FONT_REGULAR, t->text_muted);
    ui_fill(ui, (Rect){head.x, head.y + head.h - 1, head.w, 1}, t->border);
    return close;
}

void chat_thread_draw(Ui *ui, ViewerChat *c, Rect *r, ViewerNav *nav, int reveal)
{
    ui_push_scope(ui, "thread");
    int grip = ui_px(ui, 6), min_main = ui_px(ui, 320), min_side = ui_px(ui, 280);
    if (!c->side_w) c->side_w = r->w * 2 / 5;
    int max = r->w - grip - min_side, pos = r->w - grip - c->side_w;
    pos = pos > max ? max : pos < min_main ? min_main : pos;
    if (max < min_main) pos = r->w / 2;     /* too narrow for both minimums: halves */
    bool drag = ui_splitter(ui, ui_id(ui, "split"), (Rect){r->x + pos, r->y, grip, r->h}, true, &pos,
                            max < min_main ? pos : min_main, max < min_main ? pos : max);
    /* a long channel rewraps once the drag ends, not on every frame of it */
    c->main.hold_width = drag && c->main.count > 5000;
    c->side_w = r->w - grip - pos;
    Rect side = {r->x + pos + grip, r->y, c->side_w, r->h};
    Rect head = ui_cut_top(&side, ui_px(ui, 48));
    if (thread_header(ui, c, head)) {
        chat_thread_close(c);
        ui_pop_scope(ui);
        return;
    }
    r->w = pos;
    chat_pane_draw(ui, &c->side, side, "pane", c->sc, nav, reveal);
    ui_pop_scope(ui);
}
