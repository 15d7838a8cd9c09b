/* ui_list.c: virtualised lists and tables. A frame costs the visible rows
 * only: the first is offset / row_h, and nothing is allocated. Clicks are
 * taken in ui_list_end, after the rows, so widgets inside a row win. */
#include <assert.h>
#include "ui_internal.h"

static bool list_wants(PlatformKey k, unsigned mods)
{
    return mods == 0 && (k == KEY_UP || k == KEY_DOWN || k == KEY_HOME || k == KEY_END ||
                         k == KEY_PAGE_UP || k == KEY_PAGE_DOWN || k == KEY_ENTER);
}

static int clamp_row(int i, int count)
{
    return count <= 0 ? -1 : i < 0 ? 0 : i >= count ? count - 1 : i;
}

/* Moves the selection by the focused list's keys; true if it moved. */
static bool list_keys(Ui *ui, UiList *l, int view_h)
{
    int page = view_h / l->row_h > 1 ? view_h / l->row_h - 1 : 1, sel = l->selected;
    while (ui_widget_key(ui, KEY_DOWN, 0)) sel = clamp_row(sel < 0 ? 0 : sel + 1, l->count);
    while (ui_widget_key(ui, KEY_UP, 0)) sel = clamp_row(sel < 0 ? 0 : sel - 1, l->count);
    while (ui_widget_key(ui, KEY_PAGE_DOWN, 0)) sel = clamp_row(sel + page, l->count);
    while (ui_widget_key(ui, KEY_PAGE_UP, 0)) sel = clamp_row(sel - page, l->count);
    if (ui_widget_key(ui, KEY_HOME, 0)) sel = clamp_row(0, l->count);
    if (ui_widget_key(ui, KEY_END, 0)) sel = clamp_row(l->count - 1, l->count);
    if (ui_widget_key(ui, KEY_ENTER, 0) && sel >= 0) l->activated = sel;
    bool moved = sel != l->selected;
    l->selected = sel;
    return moved;
}

void ui_list_begin(Ui *ui, UiId id, Rect r, UiList *l, int count, int row_h)
{
    assert(l && row_h > 0 && count >= 0);
    l->id = id;
    l->count = count;
    l->row_h = row_h;
    l->activated = -1;
    if (l->selected >= count) l->selected = count - 1;
    if (l->selected < -1) l->selected = -1;
    int content = count > (1 << 30) / row_h ? 1 << 30 : count * row_h;
    l->scroll.content = content;
    bool focused = ui_focus_register(ui, id, r, list_wants, UI_RING_INSIDE);
    if (focused && list_keys(ui, l, r.h) && l->selected >= 0)
        ui_scroll_to_show(&l->scroll, l->selected * row_h, row_h, r.h);
    UiBar bar = ui_bar_update(ui, ui_sub_id(id, "bar"), r, &l->scroll, content);
    ui_bar_draw(ui, &bar);
    l->r = r;
    if (bar.visible) l->r.w -= ui_bar_width(ui);
    ui_push_clip(ui, l->r);
    l->next = l->scroll.offset / row_h;
    int last = (l->scroll.offset + r.h + row_h - 1) / row_h;
    l->last = last < count ? last : count;
}

static void draw_row_state(Ui *ui, const UiList *l, int i, Rect row)
{
    const Theme *t = ui->theme;
    bool hover = !ui->active && ui_mouse_over(ui, row);
    if (i == l->selected) {
        ui_fill(ui, row, t->row_selected);
        ui_frame(ui, row, t->row_selected_border, ui_px(ui, 2));
        if (ui->focus == l->id) ui_fill(ui, (Rect){row.x, row.y, ui_px(ui, 3), row.h}, t->accent);
    } else if (hover) {
        ui_fill(ui, row, t->hover);
    }
}

bool ui_list_row(Ui *ui, UiList *l, int *index, Rect *row)
{
    assert(index && row);
    if (l->next >= l->last) return false;
    int i = l->next++;
    *row = (Rect){l->r.x, l->r.y + i * l->row_h - l->scroll.offset, l->r.w, l->row_h};
    *index = i;
    draw_row_state(ui, l, i, *row);
    return true;
}

void ui_list_end(Ui *ui, UiList *l)
{
    ui_pop_clip(ui);
    UiHit h = ui_hit(ui, l->id, l->r, true);
    if (!h.pressed) return;
    int i = (ui->in.mouse_y - l->r.y + l->scroll.offset) / l->row_h;
    if (i < 0 || i >= l->count) return;
    if (i != l->selected) ui->redraw = true;    /* its rows were drawn with the old one */
    l->selected = i;
    if (ui->in.clicks >= 2) l->activated = i;
}

/* ---- tables: a header and cells over a list's rows ---- */

Rect ui_table_cell(Ui *ui, Rect row, const int *widths, int count, int col)
{
    assert(col >= 0 && col < count);
    int x = row.x;
    for (int k = 0; k < col; k++) x += ui_px(ui, widths[k]);
    int w = col == count - 1 ? row.x + row.w - x : ui_px(ui, widths[col]);
    int pad = ui_px(ui, 10);
    return (Rect){x + pad, row.y, w - 2 * pad > 0 ? w - 2 * pad : 0, row.h};
}

void ui_table_header(Ui *ui, Rect r, const char *const *titles, const int *widths, int count)
{
    const Theme *t = ui->theme;
    ui_fill(ui, r, t->panel_alt);
    ui_fill(ui, (Rect){r.x, r.y + r.h - ui_px(ui, 1), r.w, ui_px(ui, 1)}, t->border);
    for (int c = 0; c < count; c++) {
        Rect cell = ui_table_cell(ui, r, widths, count, c);
        ui_text(ui, cell, titles[c], FONT_BOLD, t->text_muted);
        Rect sep = {cell.x - ui_px(ui, 10), r.y + ui_px(ui, 6), ui_px(ui, 1), r.h - ui_px(ui, 12)};
        if (c > 0) ui_fill(ui, sep, t->border);
    }
}
