/* ui_text_input.c: the text input widget: typing, keys, the mouse, the
 * clipboard and the IME over the buffer of ui_text_edit.c. */
#include <assert.h>
#include <stdlib.h>
#include <string.h>
#include "core/util.h"
#include "ui_internal.h"

/* A focused edit keeps every plain key (typing makes them), its Ctrl
 * commands, and leaves Tab, F-keys and other shortcuts to the views. */
static bool edit_wants(PlatformKey k, unsigned mods, bool multi)
{
    if (k == KEY_TAB || (k >= KEY_F1 && k <= KEY_F12)) return false;
    unsigned m = mods & ~(unsigned)MOD_SHIFT;
    if (m == 0)
        return multi || (k != KEY_UP && k != KEY_DOWN && k != KEY_PAGE_UP && k != KEY_PAGE_DOWN);
    if (m != MOD_CTRL) return false;
    return k == KEY_A || k == KEY_C || k == KEY_X || k == KEY_V || k == KEY_Z || k == KEY_Y ||
           k == KEY_LEFT || k == KEY_RIGHT || k == KEY_HOME || k == KEY_END ||
           k == KEY_BACKSPACE || k == KEY_DELETE || (k == KEY_ENTER && multi);
}

static bool single_wants(PlatformKey k, unsigned mods) { return edit_wants(k, mods, false); }
static bool multi_wants(PlatformKey k, unsigned mods) { return edit_wants(k, mods, true); }

typedef struct EditCtx {
    Ui *ui;
    UiId id;
    UiTextEdit *e;
    UiEditLayout *L;
    unsigned out;
    bool moved, changed;
} EditCtx;

static void set_caret(EditCtx *c, int pos, bool extend)
{
    c->e->cursor = pos;
    if (!extend) c->e->anchor = pos;
    c->moved = true;
    ui_edit_break_undo(c->e);
}

static void edit(EditCtx *c, int a, int b, const char *s, int n, int kind)
{
    if (!ui_edit_replace(c->e, a, b, s, n, kind)) return;
    c->changed = c->moved = true;
    ui_edit_layout(c->ui, c->e, c->L->box, c->L);
}

/* Up/Down by lines, keeping the column the caret started from. */
static int vertical(EditCtx *c, int lines)
{
    Ui *ui = c->ui;
    const UiEditLayout *L = c->L;
    int line = ui_edit_line_of(L, c->e->cursor) + lines;
    if (line < 0) return 0;
    if (line >= L->nlines) return c->e->len;
    if (ui->caret_goal_x < 0) ui->caret_goal_x = ui_edit_x_of(ui, c->e, L, c->e->cursor);
    return ui_edit_pos_at(ui, c->e, L, L->ox + ui->caret_goal_x, L->oy + line * L->lh);
}

static bool move_key(EditCtx *c, PlatformKey key, unsigned mods)
{
    UiTextEdit *e = c->e;
    bool shift = mods & MOD_SHIFT, ctrl = mods & MOD_CTRL;
    int a, b, pos, line = ui_edit_line_of(c->L, e->cursor);
    int page = c->L->inner.h / c->L->lh > 1 ? c->L->inner.h / c->L->lh - 1 : 1;
    ui_edit_selection(e, &a, &b);
    switch (key) {
    case KEY_LEFT:
        pos = ctrl ? ui_edit_word_left(e, e->cursor)
            : !shift && a != b ? a : ui_utf8_prev(e->text, e->cursor);
        break;
    case KEY_RIGHT:
        pos = ctrl ? ui_edit_word_right(e, e->cursor)
            : !shift && a != b ? b : ui_utf8_next(e->text, e->len, e->cursor);
        break;
    case KEY_HOME: pos = ctrl ? 0 : c->L->starts[line]; break;
    case KEY_END: pos = ctrl ? e->len : ui_edit_line_end(e, c->L, line); break;
    case KEY_UP: pos = vertical(c, -1); break;
    case KEY_DOWN: pos = vertical(c, 1); break;
    case KEY_PAGE_UP: pos = vertical(c, -page); break;
    case KEY_PAGE_DOWN: pos = vertical(c, page); break;
    default: return false;
    }
    if (key != KEY_UP && key != KEY_DOWN && key != KEY_PAGE_UP && key != KEY_PAGE_DOWN)
        c->ui->caret_goal_x = -1;
    set_caret(c, pos, shift);
    return true;
}

static void copy_selection(EditCtx *c)
{
    int a, b;
    ui_edit_selection(c->e, &a, &b);
    if (a == b) return;
    char *s = xmalloc((size_t)(b - a) + 1);
    memcpy(s, c->e->text + a, (size_t)(b - a));
    s[b - a] = 0;
    platform_set_clipboard(c->ui->p, s);
    free(s);
}

static void paste(EditCtx *c, int a, int b)
{
    char *s = platform_get_clipboard(c->ui->p);
    if (s) edit(c, a, b, s, (int)strlen(s), UI_UNDO_OTHER);
    free(s);
}

static void history(EditCtx *c, bool redo)
{
    if (!(redo ? ui_edit_redo(c->e) : ui_edit_undo(c->e))) return;
    c->changed = c->moved = true;
    ui_edit_layout(c->ui, c->e, c->L->box, c->L);
}

/* Deletes the selection, else [from, to) as one step of kind. */
static void erase(EditCtx *c, int from, int to, int kind)
{
    int a, b;
    ui_edit_selection(c->e, &a, &b);
    if (a != b) edit(c, a, b, "", 0, UI_UNDO_OTHER);
    else if (from < to) edit(c, from, to, "", 0, kind);
}

static void command_key(EditCtx *c, PlatformKey key, unsigned mods)
{
    UiTextEdit *e = c->e;
    bool ctrl = mods & MOD_CTRL, shift = mods & MOD_SHIFT;
    int a, b, at = e->cursor;
    ui_edit_selection(e, &a, &b);
    if (key == KEY_BACKSPACE && ctrl) erase(c, ui_edit_word_left(e, at), at, UI_UNDO_OTHER);
    else if (key == KEY_BACKSPACE) erase(c, ui_utf8_prev(e->text, at), at, UI_UNDO_BACK);
    else if (key == KEY_DELETE && ctrl) erase(c, at, ui_edit_word_right(e, at), UI_UNDO_OTHER);
    else if (key == KEY_DELETE) erase(c, at, ui_utf8_next(e->text, e->len, at), UI_UNDO_FORWARD);
    else if (key == KEY_ENTER && e->multiline && !ctrl) {
        ui_edit_break_undo(e);
        edit(c, a, b, "\n", 1, UI_UNDO_TYPE);
    } else if (key == KEY_ENTER) c->out |= UI_TEXT_SUBMITTED;
    else if (key == KEY_ESCAPE) ui_focus_change(c->ui, 0);
    else if (!ctrl) return;
    else if (key == KEY_A) e->anchor = 0, e->cursor = e->len, c->moved = true;
    else if (key == KEY_C) copy_selection(c);
    else if (key == KEY_X && !e->read_only) copy_selection(c), erase(c, a, a, UI_UNDO_OTHER);
    else if (key == KEY_V) paste(c, a, b);
    else if (key == KEY_Z) history(c, shift);
    else if (key == KEY_Y) history(c, true);
}

/* Typed text first, then keys: the order inside one frame is lost, and a
 * driver typing a line and pressing Enter means the text to be in it. */
static void edit_input(EditCtx *c)
{
    Ui *ui = c->ui;
    int a, b;
    ui_edit_selection(c->e, &a, &b);
    if (ui->in.text_len && !c->e->read_only)
        edit(c, a, b, ui->in.text, ui->in.text_len, UI_UNDO_TYPE);
    UiKeyFilter wants = c->e->multiline ? multi_wants : single_wants;
    bool composing = ui->in.composition[0] != 0 && !c->e->read_only;
    for (int i = 0; i < ui->in.key_count && ui->focus == c->id; i++) {
        const KeyPress *k = ui_key_at(ui, i);
        if (!k || !wants(k->key, k->mods)) continue;
        ui_key_use(ui, i);
        if (composing) continue;        /* those keys were the IME's */
        if (!move_key(c, k->key, k->mods)) command_key(c, k->key, k->mods);
    }
}

static void edit_mouse(EditCtx *c, UiHit h)
{
    Ui *ui = c->ui;
    UiTextEdit *e = c->e;
    if (!h.pressed && !(h.held && ui->in.mouse_moved && ui->active_part < 2)) return;
    int pos = ui_edit_pos_at(ui, e, c->L, ui->in.mouse_x, ui->in.mouse_y);
    ui->caret_goal_x = -1;
    if (!h.pressed) {       /* a drag extends the selection */
        e->cursor = pos;
        c->moved = true;
        return;
    }
    ui->active_part = ui->in.clicks;
    if (ui->in.clicks == 2) ui_edit_select_word(e, pos);
    else if (ui->in.clicks >= 3) e->anchor = 0, e->cursor = e->len;
    else set_caret(c, pos, (ui->in.mods & MOD_SHIFT) != 0);
    ui_edit_break_undo(e);
    c->moved = true;
}

/* The IME's candidate window follows the caret. */
static void edit_ime(Ui *ui, const UiTextEdit *e, const UiEditLayout *L)
{
    Rect caret = ui_edit_caret_rect(ui, e, L);
    Rect o = ui->ime_rect;
    if (!ui->ime_on || o.x != caret.x || o.y != caret.y || o.h != caret.h) {
        platform_start_text_input(ui->p, caret);
        ui->ime_on = true;
        ui->ime_rect = caret;
    }
    ui->ime_seen = true;
}

/* The edit's own scroll bar, over its box inside the border. */
static UiBar edit_bar(Ui *ui, UiId id, UiTextEdit *e, UiEditLayout *L)
{
    Rect view = ui_inset(L->box, 1);
    int content = L->nlines * L->lh + (view.h - L->inner.h);
    UiBar bar = ui_bar_update(ui, ui_sub_id(id, "bar"), view, &e->scroll, content);
    ui_edit_place(e, L);
    return bar;
}

/* The mark under the mouse: the character there lies inside it. */
static int mark_at(Ui *ui, const UiTextEdit *e, const UiEditLayout *L)
{
    int x = ui->in.mouse_x, y = ui->in.mouse_y;
    int pos = ui_edit_pos_at(ui, e, L, x, y), line = ui_edit_line_of(L, pos);
    if (y < L->oy + line * L->lh || y >= L->oy + (line + 1) * L->lh) return -1;
    if (x < L->ox + ui_edit_x_of(ui, e, L, pos)) pos = ui_utf8_prev(e->text, pos);     /* left of the caret spot */
    for (int k = 0; k < e->mark_count; k++)
        if (pos >= e->marks[k].start && pos < e->marks[k].start + e->marks[k].len) return k;
    return -1;
}

unsigned ui_text_input(Ui *ui, UiId id, Rect r, UiTextEdit *e)
{
    assert(e && e->text);
    UiEditLayout L;
    EditCtx c = {ui, id, e, &L, 0, false, false};
    ui_edit_layout(ui, e, r, &L);
    ui_focus_register(ui, id, r, e->multiline ? multi_wants : single_wants,
                      UI_RING_NONE);
    Rect hit = r;
    if (e->multiline && L.nlines * L.lh > L.inner.h) hit.w -= ui_bar_width(ui) + 1;
    UiHit h = ui_hit(ui, id, hit, true);
    edit_mouse(&c, h);
    if (ui->focus == id && !ui_blocked(ui)) edit_input(&c);
    if (c.changed) c.out |= UI_TEXT_CHANGED;
    if (c.moved) ui->caret_since = ui->now;
    if (c.moved || (!e->multiline && ui->focus == id)) ui_edit_follow_caret(ui, e, &L);
    else ui_edit_clamp_scroll(ui, e, &L);
    UiBar bar = e->multiline ? edit_bar(ui, id, e, &L) : (UiBar){0};
    bool focused = ui->focus == id;
    if (ui->blurred == id && !focused) {
        c.out |= UI_TEXT_FOCUS_LOST;
        ui->blurred = 0;
    }
    if (focused && !e->read_only) edit_ime(ui, e, &L);
    e->mark_hot = e->mark_count && h.hover ? mark_at(ui, e, &L) : -1;
    ui_edit_draw(ui, e, &L, focused, h.hover || h.held);
    ui_bar_draw(ui, &bar);
    return c.out;
}
