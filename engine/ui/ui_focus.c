/* ui_focus.c: keyboard focus. Each frame records the Tab order as widgets
 * are declared; the next frame's Tab keys walk it at once (so the newly
 * focused widget draws focused in that frame), and the focused widget's
 * keys are withheld from ui_key before any view asks. */
#include <assert.h>
#include "ui_internal.h"

static UiOrder *order_building(Ui *ui) { return &ui->orders[ui->frame & 1]; }
static const UiOrder *order_last(const Ui *ui) { return &ui->orders[(ui->frame & 1) ^ 1]; }

void ui_focus_change(Ui *ui, UiId id)
{
    if (ui->focus == id) return;
    if (ui->focus) {
        ui->blurred = ui->focus;
        ui->blurred_frame = ui->frame;
    }
    ui->focus = id;
    ui->focus_seen = true;      /* whoever set it declares it this frame or the next */
    ui->caret_goal_x = -1;
    ui->caret_since = ui->now;
    ui->redraw = true;
}

void ui_set_focus(Ui *ui, UiId id)
{
    ui_focus_change(ui, id);
}

/* Index of id among last frame's stops that the current modal allows, -1
 * if absent; *n gets how many are allowed. */
static int stop_index(const Ui *ui, UiId id, int *n, const UiFocusable **stops)
{
    const UiOrder *o = order_last(ui);
    int found = -1, k = 0;
    for (int i = 0; i < o->count; i++) {
        if (ui->modal && !o->items[i].in_modal) continue;
        if (o->items[i].id == id) found = k;
        stops[k++] = &o->items[i];
    }
    *n = k;
    return found;
}

static void tab_step(Ui *ui, int dir)
{
    const UiFocusable *stops[UI_MAX_FOCUSABLE];
    int n, at = stop_index(ui, ui->focus, &n, stops);
    if (!n) return;
    int next = at < 0 ? (dir > 0 ? 0 : n - 1) : (at + dir + n) % n;
    ui_focus_change(ui, stops[next]->id);
}

static UiKeyFilter focus_wants(const Ui *ui)
{
    const UiOrder *o = order_last(ui);
    for (int i = 0; i < o->count; i++)
        if (o->items[i].id == ui->focus) return o->items[i].wants;
    return NULL;
}

void ui_focus_begin_frame(Ui *ui)
{
    for (int i = 0; i < ui->in.key_count; i++) {
        const KeyPress *k = &ui->in.keys[i];
        if (k->key != KEY_TAB || (k->mods != 0 && k->mods != MOD_SHIFT)) continue;
        ui->key_used[i] = true;
        tab_step(ui, k->mods ? -1 : 1);
    }
    order_building(ui)->count = 0;
    ui->focus_seen = false;
    ui->focus_ring = UI_RING_NONE;
    ui->modal_first = 0;
    UiKeyFilter wants = ui->focus ? focus_wants(ui) : NULL;
    for (int i = 0; i < ui->in.key_count; i++)
        ui->key_reserved[i] = wants && wants(ui->in.keys[i].key, ui->in.keys[i].mods);
}

bool ui_focus_register(Ui *ui, UiId id, Rect r, UiKeyFilter wants, UiRing ring)
{
    assert(id);
    if (ui_blocked(ui)) return false;
    UiOrder *o = order_building(ui);
    if (o->count < UI_MAX_FOCUSABLE) o->items[o->count++] = (UiFocusable){id, wants, ui->in_modal};
    if (ui->in_modal && !ui->modal_first) ui->modal_first = id;
    if (id != ui->focus) return false;
    ui->focus_seen = true;
    ui->focus_ring = ring;
    ui->focus_rect = r;
    ui->focus_clip = platform_get_clip(ui->p);
    return true;
}

/* An Esc nobody took, or a press nobody took, lets go of focus; not in a
 * modal, where a click on the scrim is no answer to anything. */
static void drop_focus(Ui *ui)
{
    if (ui->modal) return;
    for (int i = 0; i < ui->in.key_count; i++)
        if (ui->in.keys[i].key == KEY_ESCAPE && !ui->key_used[i]) ui_focus_change(ui, 0);
    if ((ui->in.mouse_pressed & MOUSE_LEFT) && !ui->press_taken) ui_focus_change(ui, 0);
}

void ui_focus_end_frame(Ui *ui)
{
    if (ui->focus && !ui->focus_seen) ui_focus_change(ui, 0);
    if (ui->modal && !ui->modal_seen && ui->modal_opened_frame != ui->frame) ui_modal_close(ui);
    if (ui->modal && ui->modal_seen && ui->modal_focus_pending) {
        ui->modal_focus_pending = false;
        ui_focus_change(ui, ui->modal_first);
    }
    drop_focus(ui);
    if (ui->blurred && ui->blurred_frame < ui->frame) ui->blurred = 0;
}
