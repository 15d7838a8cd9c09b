/* ui_widgets.c: buttons, tabs, the navigation list, tooltips and splitters. */
#include <assert.h>
#include <string.h>
#include "ui_internal.h"

static bool button_wants(PlatformKey k, unsigned mods)
{
    return mods == 0 && (k == KEY_ENTER || k == KEY_SPACE);
}

static bool button(Ui *ui, UiId id, Rect r, const char *label, bool primary)
{
    const Theme *t = ui->theme;
    bool focused = ui_focus_register(ui, id, r, button_wants, UI_RING_AROUND);
    UiHit h = ui_hit(ui, id, r, true);
    bool fired = h.clicked;
    while (focused && (ui_widget_key(ui, KEY_ENTER, 0) || ui_widget_key(ui, KEY_SPACE, 0)))
        fired = true;
    bool down = h.held && h.hover;
    Color fill = primary ? (h.hover || down ? t->accent_hover : t->accent)
               : down ? t->pressed : h.hover ? t->button_hover : t->button;
    Color border = primary ? fill : h.hover || down ? t->button_border_hover : t->button_border;
    ui_box(ui, r, ui_px(ui, 6), fill, border, ui_px(ui, 1));
    int pad = ui_px(ui, 12), w = ui_text_width(ui, label, FONT_REGULAR);
    int x = w < r.w - 2 * pad ? r.x + (r.w - w) / 2 : r.x + pad;
    Rect inner = {r.x, r.y + (down ? 1 : 0), r.w - pad, r.h};
    ui_text_at(ui, inner, x, label, FONT_REGULAR, primary ? t->accent_text : t->button_text);
    return fired;
}

bool ui_link(Ui *ui, UiId id, Rect r)
{
    bool focused = ui_focus_register(ui, id, r, button_wants, UI_RING_AROUND);
    bool fired = ui_hit(ui, id, r, true).pressed;
    while (focused && (ui_widget_key(ui, KEY_ENTER, 0) || ui_widget_key(ui, KEY_SPACE, 0))) fired = true;
    return fired;
}

bool ui_button(Ui *ui, UiId id, Rect r, const char *label)
{
    return button(ui, id, r, label, false);
}

bool ui_button_primary(Ui *ui, UiId id, Rect r, const char *label)
{
    return button(ui, id, r, label, true);
}

/* ---- tabs and nav: one widget each, arrows move the selection ---- */

static bool tabs_wants(PlatformKey k, unsigned mods)
{
    return mods == 0 && (k == KEY_LEFT || k == KEY_RIGHT || k == KEY_HOME || k == KEY_END);
}

static bool nav_wants(PlatformKey k, unsigned mods)
{
    return mods == 0 && (k == KEY_UP || k == KEY_DOWN || k == KEY_HOME || k == KEY_END);
}

/* Arrow keys of a focused strip; prev/next are Left/Right or Up/Down. */
static int strip_keys(Ui *ui, int selected, int count, PlatformKey prev, PlatformKey next)
{
    while (ui_widget_key(ui, next, 0)) selected = selected + 1 < count ? selected + 1 : count - 1;
    while (ui_widget_key(ui, prev, 0)) selected = selected > 0 ? selected - 1 : 0;
    if (ui_widget_key(ui, KEY_HOME, 0)) selected = 0;
    if (ui_widget_key(ui, KEY_END, 0)) selected = count - 1;
    return selected;
}

static Rect tab_rect(Ui *ui, Rect r, const char *const *labels, int i)
{
    int pad = ui_px(ui, 14), x = r.x;
    for (int k = 0; k < i; k++) x += ui_text_width(ui, labels[k], FONT_REGULAR) + 2 * pad;
    return (Rect){x, r.y, ui_text_width(ui, labels[i], FONT_REGULAR) + 2 * pad, r.h};
}

/* The part (tab, nav item) a click chooses: pressed and released on it. */
static int strip_click(Ui *ui, UiHit h, int under, int selected)
{
    if (h.pressed) ui->active_part = under;
    if (h.clicked && under >= 0 && under == ui->active_part) return under;
    return selected;
}

static void draw_tab(Ui *ui, Rect tr, const char *label, bool selected, bool hover)
{
    const Theme *t = ui->theme;
    int line = ui_px(ui, 2);
    if (hover && !selected) {
        Rect bg = {tr.x + ui_px(ui, 2), tr.y + ui_px(ui, 4), tr.w - ui_px(ui, 4),
                   tr.h - ui_px(ui, 8)};
        ui_fill_rounded(ui, bg, ui_px(ui, 6), t->hover);
    }
    Color c = selected || hover ? t->text : t->text_muted;
    ui_text_at(ui, tr, tr.x + ui_px(ui, 14), label, FONT_REGULAR, c);
    Rect underline = {tr.x + ui_px(ui, 6), tr.y + tr.h - line, tr.w - ui_px(ui, 12), line};
    if (selected) ui_fill(ui, underline, t->accent);
}

int ui_tabs(Ui *ui, UiId id, Rect r, const char *const *labels, int count, int selected)
{
    assert(count > 0 && labels);
    if (ui->focus == id && !ui_blocked(ui))
        selected = strip_keys(ui, selected, count, KEY_LEFT, KEY_RIGHT);
    int sel = selected >= 0 && selected < count ? selected : 0;
    ui_focus_register(ui, id, tab_rect(ui, r, labels, sel), tabs_wants, UI_RING_AROUND);
    Rect last = tab_rect(ui, r, labels, count - 1), tabs = r;
    if (last.x + last.w < r.x + r.w) tabs.w = last.x + last.w - r.x;
    UiHit h = ui_hit(ui, id, tabs, true);
    int under = -1;
    for (int i = 0; i < count && h.hover; i++)
        if (ui_rect_contains(tab_rect(ui, r, labels, i), ui->in.mouse_x, ui->in.mouse_y)) under = i;
    selected = strip_click(ui, h, under, selected);
    int line = ui_px(ui, 1);
    ui_fill(ui, (Rect){r.x, r.y + r.h - line, r.w, line}, ui->theme->border);
    ui_push_clip(ui, r);
    for (int i = 0; i < count; i++)
        draw_tab(ui, tab_rect(ui, r, labels, i), labels[i], i == selected, i == under);
    ui_pop_clip(ui);
    return selected;
}

static Rect nav_item(Ui *ui, Rect r, int i)
{
    int h = ui_px(ui, 36), gap = ui_px(ui, 2);
    return (Rect){r.x + ui_px(ui, 8), r.y + ui_px(ui, 6) + i * (h + gap), r.w - ui_px(ui, 16), h};
}

static void draw_nav_item(Ui *ui, Rect it, const char *label, bool selected, bool hover)
{
    const Theme *t = ui->theme;
    int rad = ui_px(ui, 6);
    if (selected) ui_box(ui, it, rad, t->row_selected, t->row_selected_border, ui_px(ui, 2));
    else if (hover) ui_fill_rounded(ui, it, rad, t->hover);
    if (selected) {
        Rect bar = {it.x + ui_px(ui, 4), it.y + ui_px(ui, 8), ui_px(ui, 3), it.h - ui_px(ui, 16)};
        ui_fill_rounded(ui, bar, bar.w / 2, t->accent);
    }
    Rect tr = {it.x, it.y, it.w - ui_px(ui, 8), it.h};
    ui_text_at(ui, tr, it.x + ui_px(ui, 16), label, selected ? FONT_BOLD : FONT_REGULAR,
               selected || hover ? t->text : t->text_muted);
}

int ui_nav(Ui *ui, UiId id, Rect r, const char *const *labels, int count, int selected)
{
    assert(count > 0 && labels);
    if (ui->focus == id && !ui_blocked(ui))
        selected = strip_keys(ui, selected, count, KEY_UP, KEY_DOWN);
    int sel = selected >= 0 && selected < count ? selected : 0;
    ui_focus_register(ui, id, nav_item(ui, r, sel), nav_wants, UI_RING_AROUND);
    Rect last = nav_item(ui, r, count - 1), items = r;
    if (last.y + last.h < r.y + r.h) items.h = last.y + last.h - r.y;
    UiHit h = ui_hit(ui, id, items, true);
    int under = -1;
    for (int i = 0; i < count && h.hover; i++)
        if (ui_rect_contains(nav_item(ui, r, i), ui->in.mouse_x, ui->in.mouse_y)) under = i;
    selected = strip_click(ui, h, under, selected);
    ui_push_clip(ui, r);
    for (int i = 0; i < count; i++)
        draw_nav_item(ui, nav_item(ui, r, i), labels[i], i == selected, i == under);
    ui_pop_clip(ui);
    return selected;
}

/* ---- tooltips ---- */

/* Copies at most size - 1 bytes, never cutting a codepoint. */
static void copy_utf8(char *dst, size_t size, const char *src)
{
    size_t n = strlen(src);
    if (n >= size) {
        n = size - 1;
        while (n > 0 && ((unsigned char)src[n] & 0xC0) == 0x80) n--;
    }
    memcpy(dst, src, n);
    dst[n] = 0;
}

void ui_tooltip(Ui *ui, UiId id, Rect r, const char *text)
{
    if (!ui_mouse_over(ui, r)) {
        if (ui->tip_id == id) ui->tip_id = 0;
        return;
    }
    if (ui->tip_id != id) {
        ui->tip_id = id;
        ui->tip_since = ui->now;
        ui->tip_blocked = false;
    }
    ui->tip_seen = true;
    if (ui->in.mouse_pressed || ui->in.mouse_down) ui->tip_blocked = true;   /* till it leaves */
    if (ui->tip_blocked || ui->now - ui->tip_since < UI_TOOLTIP_DELAY_MS) return;
    copy_utf8(ui->tip_text, sizeof ui->tip_text, text);
    ui->tip_anchor = r;
    ui->tip_show = true;
}

/* ---- splitters ---- */

bool ui_splitter(Ui *ui, UiId id, Rect r, bool vertical, int *pos, int min, int max)
{
    assert(pos);
    if (max < min) max = min;
    *pos = *pos < min ? min : *pos > max ? max : *pos;
    UiHit h = ui_hit(ui, id, r, false);
    int m = vertical ? ui->in.mouse_x : ui->in.mouse_y;
    if (h.pressed) ui->drag_from = m, ui->drag_value = *pos;
    if (h.held) {
        int v = ui->drag_value + m - ui->drag_from;
        *pos = v < min ? min : v > max ? max : v;
    }
    const Theme *t = ui->theme;
    bool lit = h.hover || h.held;
    int w = ui_px(ui, lit ? 3 : 1);
    Rect line = vertical ? (Rect){r.x + (r.w - w) / 2, r.y, w, r.h}
                         : (Rect){r.x, r.y + (r.h - w) / 2, r.w, w};
    ui_fill(ui, line, lit ? t->focus_ring : t->border);
    return h.held;
}
