/* ui.c: the Ui context: frames, ids, theme and scale, keys, and the hover,
 * press and click rules every widget goes through. */
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "core/util.h"
#include "ui_internal.h"

Ui *ui_create(Platform *p)
{
    assert(p);
    Ui *ui = xcalloc(1, sizeof *ui);
    ui->p = p;
    ui->theme_id = THEME_LIGHT;
    ui->theme = theme_get(THEME_LIGHT);
    ui->cache = text_cache_create(128);
    ui->caret_goal_x = -1;
    return ui;
}

void ui_destroy(Ui *ui)
{
    if (!ui) return;
    if (ui->ime_on) platform_stop_text_input(ui->p);
    text_cache_destroy(ui->cache);
    free(ui);
}

uint32_t ui_now(const Ui *ui) { return ui->now; }

void ui_begin_frame(Ui *ui, const PlatformInput *in, uint32_t now_ms)
{
    assert(in);
    ui->in = *in;
    ui->now = now_ms;
    ui->frame++;
    ui->nscopes = 0;
    ui->hot_next = 0;
    ui->hover_taken = ui->active_seen = ui->press_taken = false;
    ui->wheel_next = 0;
    ui->wheel_used = false;
    ui->tip_seen = ui->tip_show = false;
    ui->modal_seen = ui->in_modal = false;
    ui->ime_seen = false;
    ui->redraw = false;
    memset(ui->key_used, 0, sizeof ui->key_used);
    if (in->mouse_pressed) ui->focus_visible = false;
    if (in->key_count) ui->focus_visible = true;
    ui_focus_begin_frame(ui);
}

/* A widget that held the mouse and vanished must not keep it. */
static void settle_mouse(Ui *ui)
{
    if (ui->active && !ui->active_seen) ui->active = 0;
    if (ui->hot != ui->hot_next) ui->redraw = true;
    ui->hot = ui->hot_next;
    ui->wheel_target = ui->wheel_next;
}

void ui_end_frame(Ui *ui)
{
    assert(ui->nscopes == 0 && "ui_push_scope without ui_pop_scope");
    assert(!ui->in_modal && "ui_modal_begin without ui_modal_end");
    settle_mouse(ui);
    ui_focus_end_frame(ui);
    if (ui->tip_id && !ui->tip_seen) ui->tip_id = 0;
    if (ui->ime_on && !ui->ime_seen) {
        platform_stop_text_input(ui->p);
        ui->ime_on = false;
    }
    ui_draw_overlays(ui);
}

int ui_next_frame_ms(const Ui *ui)
{
    if (ui->redraw) return 0;
    int wait = -1;
    if (ui->tip_id && !ui->tip_show && !ui->tip_blocked) {
        uint32_t elapsed = ui->now - ui->tip_since;
        wait = elapsed >= UI_TOOLTIP_DELAY_MS ? 0 : (int)(UI_TOOLTIP_DELAY_MS - elapsed);
    }
    if (ui->ime_on) {       /* a caret blinks */
        int blink = UI_BLINK_MS - (int)((ui->now - ui->caret_since) % UI_BLINK_MS);
        if (wait < 0 || blink < wait) wait = blink;
    }
    return wait;
}

Platform *ui_platform(Ui *ui) { return ui->p; }
const PlatformInput *ui_input(const Ui *ui) { return &ui->in; }
const Theme *ui_theme(const Ui *ui) { return ui->theme; }
ThemeId ui_theme_id(const Ui *ui) { return ui->theme_id; }
UiId ui_focus(const Ui *ui) { return ui->focus; }
UiId ui_hot(const Ui *ui) { return ui->hot; }
bool ui_has_focus(const Ui *ui, UiId id) { return id && ui->focus == id; }

void ui_set_theme(Ui *ui, ThemeId theme)
{
    ui->theme_id = (int)theme >= 0 && theme < THEME_COUNT ? theme : THEME_LIGHT;
    ui->theme = theme_get(ui->theme_id);
}

float ui_scale(const Ui *ui)
{
    return platform_scale(ui->p) / platform_pixel_ratio(ui->p);
}

void ui_set_scale(Ui *ui, float scale)
{
    scale = scale < 0.75f ? 0.75f : scale > 2.5f ? 2.5f : scale;
    platform_set_scale(ui->p, scale);
}

int ui_px(const Ui *ui, int design_px)
{
    int v = (int)lroundf((float)design_px * platform_scale(ui->p));
    return design_px > 0 && v < 1 ? 1 : v;
}

/* ---- ids: FNV-1a, so a label hashes the same every frame ---- */

static UiId fnv1a(UiId h, const void *data, size_t n)
{
    const unsigned char *s = data;
    for (size_t i = 0; i < n; i++) h = (h ^ s[i]) * 16777619u;
    return h;
}

static UiId scope_seed(const Ui *ui)
{
    return ui->nscopes ? ui->scopes[ui->nscopes - 1] : 2166136261u;
}

static UiId nonzero(UiId h) { return h ? h : 1; }

UiId ui_id(Ui *ui, const char *label)
{
    assert(label);
    return nonzero(fnv1a(scope_seed(ui), label, strlen(label)));
}

UiId ui_id_int(Ui *ui, const char *label, int n)
{
    UiId h = fnv1a(scope_seed(ui), label, strlen(label));
    return nonzero(fnv1a(h ^ 0x9e, &n, sizeof n));
}

UiId ui_sub_id(UiId id, const char *salt)
{
    return nonzero(fnv1a(fnv1a(2166136261u, &id, sizeof id), salt, strlen(salt)));
}

void ui_push_scope(Ui *ui, const char *label)
{
    assert(ui->nscopes < UI_SCOPE_DEPTH && "scopes nested too deep");
    UiId h = fnv1a(scope_seed(ui), label, strlen(label));
    ui->scopes[ui->nscopes++] = fnv1a(h, "/", 1);
}

void ui_pop_scope(Ui *ui)
{
    assert(ui->nscopes > 0 && "ui_pop_scope without ui_push_scope");
    ui->nscopes--;
}

/* ---- keys ---- */

const KeyPress *ui_key_at(const Ui *ui, int i)
{
    return i < ui->in.key_count && !ui->key_used[i] ? &ui->in.keys[i] : NULL;
}

void ui_key_use(Ui *ui, int i)
{
    assert(i >= 0 && i < ui->in.key_count);
    ui->key_used[i] = true;
}

static int find_key(const Ui *ui, PlatformKey key, unsigned mods, bool honour_reserved)
{
    for (int i = 0; i < ui->in.key_count; i++) {
        const KeyPress *k = &ui->in.keys[i];
        if (k->key == key && k->mods == mods && !ui->key_used[i] &&
            !(honour_reserved && ui->key_reserved[i]))
            return i;
    }
    return -1;
}

bool ui_key(Ui *ui, PlatformKey key, unsigned mods)
{
    return !ui_blocked(ui) && find_key(ui, key, mods, true) >= 0;
}

bool ui_take_key(Ui *ui, PlatformKey key, unsigned mods)
{
    int i = ui_blocked(ui) ? -1 : find_key(ui, key, mods, true);
    if (i >= 0) ui->key_used[i] = true;
    return i >= 0;
}

bool ui_widget_key(Ui *ui, PlatformKey key, unsigned mods)
{
    int i = find_key(ui, key, mods, false);
    if (i >= 0) ui->key_used[i] = true;
    return i >= 0;
}

/* ---- the mouse ---- */

bool ui_blocked(const Ui *ui)
{
    return ui->modal && !ui->in_modal;
}

bool ui_rect_contains(Rect r, int x, int y)
{
    return x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h;
}

bool ui_mouse_over(const Ui *ui, Rect r)
{
    int x = ui->in.mouse_x, y = ui->in.mouse_y;
    return !ui_blocked(ui) && ui_rect_contains(r, x, y) &&
           ui_rect_contains(platform_get_clip(ui->p), x, y);
}

UiHit ui_hit(Ui *ui, UiId id, Rect r, bool focusable)
{
    assert(id);
    UiHit h = {0};
    bool over = ui_mouse_over(ui, r);
    if (over && !ui->hover_taken && (!ui->active || ui->active == id)) {
        ui->hover_taken = true;
        ui->hot_next = id;
        h.hover = true;
    }
    if (h.hover && (ui->in.mouse_pressed & MOUSE_LEFT) && !ui->active && !ui->press_taken) {
        ui->active = id;
        ui->press_taken = true;
        h.pressed = true;
        if (focusable) ui_focus_change(ui, id);
    }
    if (ui->active != id) return h;
    ui->active_seen = true;
    h.held = (ui->in.mouse_down & MOUSE_LEFT) != 0;
    if (!h.held) {      /* released, possibly in the frame it was pressed */
        h.clicked = over;
        ui->active = 0;
        ui->redraw = true;
    }
    return h;
}

int ui_clickable(Ui *ui, UiId id, Rect r)
{
    UiHit h = ui_hit(ui, id, r, false);
    if (!h.pressed) return 0;
    return ui->in.clicks >= 2 ? 2 : 1;
}

bool ui_hovered(const Ui *ui, UiId id) { return id && ui->hot == id; }

void ui_request_frame(Ui *ui) { ui->redraw = true; }
