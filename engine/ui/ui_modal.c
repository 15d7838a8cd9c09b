/* ui_modal.c: one modal dialog at a time. While it is open, widgets
 * declared outside ui_modal_begin/end neither hover, nor focus, nor see
 * keys (ui_blocked), which is all the trapping it takes. */
#include <assert.h>
#include "ui_internal.h"

void ui_modal_open(Ui *ui, UiId id)
{
    assert(id);
    if (ui->modal == id) return;
    if (!ui->modal) ui->modal_prev_focus = ui->focus;
    ui->modal = id;
    ui->modal_opened_frame = ui->frame;
    ui->modal_focus_pending = true;
    ui->active = 0;
    ui->tip_id = 0;
    ui_focus_change(ui, 0);
}

void ui_modal_close(Ui *ui)
{
    if (!ui->modal) return;
    ui->modal = 0;
    ui->modal_focus_pending = false;
    ui->active = 0;
    ui_focus_change(ui, ui->modal_prev_focus);
    ui->modal_prev_focus = 0;
}

bool ui_modal_is_open(const Ui *ui, UiId id)
{
    return id && ui->modal == id;
}

static Rect dialog_rect(Ui *ui, int width, int height)
{
    int sw, sh, margin = ui_px(ui, 16);
    platform_get_size(ui->p, &sw, &sh);
    int w = ui_px(ui, width), h = ui_px(ui, height);
    if (w > sw - 2 * margin) w = sw - 2 * margin;
    if (h > sh - 2 * margin) h = sh - 2 * margin;
    return (Rect){(sw - w) / 2, (sh - h) / 2, w, h};
}

/* The × in the title bar: mouse only, since Esc is the keyboard's way. */
static bool close_button(Ui *ui, UiId id, Rect title)
{
    const Theme *t = ui->theme;
    int s = ui_px(ui, 28);
    Rect r = {title.x + title.w - s - ui_px(ui, 10), title.y + (title.h - s) / 2, s, s};
    UiHit h = ui_hit(ui, ui_sub_id(id, "close"), r, false);
    if (h.hover || h.held) ui_fill_rounded(ui, r, ui_px(ui, 6), h.held ? t->pressed : t->hover);
    static const char TIMES[] = "\xC3\x97";
    int w = ui_text_width(ui, TIMES, FONT_REGULAR);
    ui_text(ui, (Rect){r.x + (r.w - w) / 2, r.y, w, r.h}, TIMES, FONT_REGULAR,
            h.hover ? t->text : t->text_muted);
    return h.clicked;
}

bool ui_modal_begin(Ui *ui, UiId id, const char *title, int width, int height, Rect *content)
{
    assert(content && !ui->in_modal);
    if (!id || ui->modal != id) return false;
    ui->modal_seen = true;
    if (ui_widget_key(ui, KEY_ESCAPE, 0)) {
        ui_modal_close(ui);
        return false;
    }
    const Theme *t = ui->theme;
    int sw, sh, pad = ui_px(ui, 20), title_h = ui_px(ui, 52);
    platform_get_size(ui->p, &sw, &sh);
    Rect d = dialog_rect(ui, width, height);
    ui_fill(ui, (Rect){0, 0, sw, sh}, t->scrim);
    ui_shadow(ui, d, ui_px(ui, 10), ui_px(ui, 12), t->shadow);
    ui_box(ui, d, ui_px(ui, 10), t->panel, t->border, ui_px(ui, 1));
    ui->in_modal = true;
    Rect title_bar = {d.x, d.y, d.w, title_h};
    if (close_button(ui, id, title_bar)) {
        ui->in_modal = false;
        ui_modal_close(ui);
        return false;
    }
    Rect tr = {d.x + pad, d.y, d.w - 2 * pad - ui_px(ui, 34), title_h};
    ui_text(ui, tr, title ? title : "", FONT_BOLD, t->text);
    *content = (Rect){d.x + pad, d.y + title_h, d.w - 2 * pad, d.h - title_h - pad};
    ui_push_clip(ui, d);
    return true;
}

void ui_modal_end(Ui *ui)
{
    assert(ui->in_modal && "ui_modal_end without a ui_modal_begin that returned true");
    ui_pop_clip(ui);
    ui->in_modal = false;
}
