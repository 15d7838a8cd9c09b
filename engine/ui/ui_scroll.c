/* ui_scroll.c: scroll bars (wheel, thumb drag, track paging) shared by the
 * scroll region, lists and multi-line edits, and the scroll region itself. */
#include <assert.h>
#include "ui_internal.h"

int ui_bar_width(const Ui *ui) { return ui_px(ui, 12); }

void ui_scroll_clamp(UiScroll *s, int view_h)
{
    int max = s->content - view_h;
    if (s->offset > max) s->offset = max;
    if (s->offset < 0) s->offset = 0;
}

void ui_scroll_to_show(UiScroll *s, int top, int h, int view_h)
{
    if (top + h > s->offset + view_h) s->offset = top + h - view_h;
    if (top < s->offset) s->offset = top;
    ui_scroll_clamp(s, view_h);
}

/* The innermost region under the mouse last frame takes the wheel; with
 * none, the first one under it now. */
static void take_wheel(Ui *ui, UiId id, Rect view, UiScroll *s)
{
    if (!ui_mouse_over(ui, view)) return;
    ui->wheel_next = id;
    if (ui->wheel_used || ui->in.wheel_y == 0) return;
    if (ui->wheel_target && ui->wheel_target != id) return;
    int step = 3 * platform_line_height(ui->p, FONT_REGULAR);
    s->offset -= (int)((float)step * ui->in.wheel_y);
    ui->wheel_used = true;
}

static Rect thumb_rect(Rect track, const UiScroll *s, int view_h, int min_h)
{
    int max = s->content - view_h;
    int h = (int)((long long)track.h * view_h / s->content);
    h = h < min_h ? min_h : h > track.h ? track.h : h;
    int y = max > 0 ? (int)((long long)(track.h - h) * s->offset / max) : 0;
    return (Rect){track.x, track.y + y, track.w, h};
}

static void drag_thumb(Ui *ui, UiBar *b, UiScroll *s, int view_h, UiId id)
{
    UiHit h = ui_hit(ui, ui_sub_id(id, "thumb"), b->thumb, false);
    if (h.pressed) ui->drag_from = ui->in.mouse_y - b->thumb.y;
    b->hover = h.hover || h.held;
    b->held = h.held;
    if (!h.held && !h.pressed) return;
    int room = b->track.h - b->thumb.h, max = s->content - view_h;
    int y = ui->in.mouse_y - ui->drag_from - b->track.y;
    if (room > 0) s->offset = (int)((long long)y * max / room);
}

UiBar ui_bar_update(Ui *ui, UiId id, Rect view, UiScroll *s, int content)
{
    assert(content >= 0);
    UiBar b = {0};
    s->content = content;
    if (content > view.h) take_wheel(ui, id, view, s);
    ui_scroll_clamp(s, view.h);
    if (content <= view.h) return b;
    b.visible = true;
    b.track = (Rect){view.x + view.w - ui_bar_width(ui), view.y, ui_bar_width(ui), view.h};
    b.thumb = thumb_rect(b.track, s, view.h, ui_px(ui, 28));
    drag_thumb(ui, &b, s, view.h, id);
    UiHit t = ui_hit(ui, ui_sub_id(id, "track"), b.track, false);
    if (t.pressed) {
        int page = view.h - platform_line_height(ui->p, FONT_REGULAR);
        s->offset += ui->in.mouse_y < b.thumb.y ? -page : page;
    }
    b.hover = b.hover || t.hover;
    ui_scroll_clamp(s, view.h);
    b.thumb = thumb_rect(b.track, s, view.h, ui_px(ui, 28));
    return b;
}

void ui_bar_draw(Ui *ui, const UiBar *b)
{
    if (!b->visible) return;
    const Theme *t = ui->theme;
    int pad = ui_px(ui, b->hover || b->held ? 2 : 3);
    Rect thumb = {b->thumb.x + pad, b->thumb.y + pad, b->thumb.w - 2 * pad, b->thumb.h - 2 * pad};
    if (b->hover || b->held) ui_fill(ui, b->track, t->panel_alt);
    ui_fill_rounded(ui, thumb, thumb.w / 2, b->held || b->hover ? t->thumb_hover : t->thumb);
}

static bool scroll_wants(PlatformKey k, unsigned mods)
{
    return mods == 0 && (k == KEY_UP || k == KEY_DOWN || k == KEY_PAGE_UP ||
                         k == KEY_PAGE_DOWN || k == KEY_HOME || k == KEY_END);
}

/* Page keys reach a hovered region unless a focused widget wants them;
 * every scroll key reaches a focused one. */
static void scroll_keys(Ui *ui, UiScroll *s, int view_h, bool focused)
{
    int line = 3 * platform_line_height(ui->p, FONT_REGULAR) / 2;
    int page = view_h - platform_line_height(ui->p, FONT_REGULAR);
    bool (*take)(Ui *, PlatformKey, unsigned) = focused ? ui_widget_key : ui_take_key;
    while (take(ui, KEY_PAGE_DOWN, 0)) s->offset += page;
    while (take(ui, KEY_PAGE_UP, 0)) s->offset -= page;
    if (!focused) return;
    while (take(ui, KEY_DOWN, 0)) s->offset += line;
    while (take(ui, KEY_UP, 0)) s->offset -= line;
    if (take(ui, KEY_HOME, 0)) s->offset = 0;
    if (take(ui, KEY_END, 0)) s->offset = s->content;
}

Rect ui_scroll_region(Ui *ui, UiId id, Rect r, UiScroll *s, int content)
{
    s->content = content;
    bool focused = content > r.h &&
                   ui_focus_register(ui, id, r, scroll_wants, UI_RING_INSIDE);
    if (focused || ui_mouse_over(ui, r)) scroll_keys(ui, s, r.h, focused);
    UiBar b = ui_bar_update(ui, id, r, s, content);
    ui_bar_draw(ui, &b);
    if (b.visible) r.w -= ui_bar_width(ui);
    return r;
}
