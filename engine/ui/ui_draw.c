/* ui_draw.c: layout cuts, drawing helpers (rounded shapes with soft edges
 * out of one-row rectangles, text cut with an ellipsis), and the overlays
 * drawn last: the focus ring and the tooltip. */
#include <math.h>
#include <string.h>
#include "ui_internal.h"

static int clampi(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }

Rect ui_cut_top(Rect *r, int h)
{
    h = clampi(h, 0, r->h);
    Rect out = {r->x, r->y, r->w, h};
    r->y += h, r->h -= h;
    return out;
}

Rect ui_cut_bottom(Rect *r, int h)
{
    h = clampi(h, 0, r->h);
    r->h -= h;
    return (Rect){r->x, r->y + r->h, r->w, h};
}

Rect ui_cut_left(Rect *r, int w)
{
    w = clampi(w, 0, r->w);
    Rect out = {r->x, r->y, w, r->h};
    r->x += w, r->w -= w;
    return out;
}

Rect ui_cut_right(Rect *r, int w)
{
    w = clampi(w, 0, r->w);
    r->w -= w;
    return (Rect){r->x + r->w, r->y, w, r->h};
}

Rect ui_inset(Rect r, int d)
{
    Rect out = {r.x + d, r.y + d, r.w - 2 * d, r.h - 2 * d};
    if (out.w < 0) out.x = r.x + r.w / 2, out.w = 0;
    if (out.h < 0) out.y = r.y + r.h / 2, out.h = 0;
    return out;
}

void ui_fill(Ui *ui, Rect r, Color c)
{
    if (c.a) platform_fill_rect(ui->p, r, c);
}

void ui_frame(Ui *ui, Rect r, Color c, int t)
{
    if (t <= 0 || !c.a) return;
    t = t * 2 > r.h ? r.h / 2 : t;
    ui_fill(ui, (Rect){r.x, r.y, r.w, t}, c);
    ui_fill(ui, (Rect){r.x, r.y + r.h - t, r.w, t}, c);
    ui_fill(ui, (Rect){r.x, r.y + t, t, r.h - 2 * t}, c);
    ui_fill(ui, (Rect){r.x + r.w - t, r.y + t, t, r.h - 2 * t}, c);
}

void ui_push_clip(Ui *ui, Rect r) { platform_push_clip(ui->p, r); }
void ui_pop_clip(Ui *ui) { platform_pop_clip(ui->p); }

/* ---- rounded shapes ---- */

/* How far a circle of radius rad leaves row i (0 at the top) of its
 * corner uncovered, in fractional pixels. */
static float corner_inset(int rad, int i)
{
    float dy = (float)rad - ((float)i + 0.5f);
    return (float)rad - sqrtf((float)(rad * rad) - dy * dy);
}

/* One row of a rounded shape: a solid span plus a pixel of partial
 * coverage at each end, which is what makes the corners look smooth. */
static void fill_row(Ui *ui, int x0, int x1, int y, float inset, Color c)
{
    int solid = (int)ceilf(inset);
    ui_fill(ui, (Rect){x0 + solid, y, x1 - x0 - 2 * solid, 1}, c);
    float cover = (float)solid - inset;
    if (solid <= 0 || cover < 0.05f) return;
    Color edge = c;
    edge.a = (unsigned char)((float)c.a * cover);
    ui_fill(ui, (Rect){x0 + solid - 1, y, 1, 1}, edge);
    ui_fill(ui, (Rect){x1 - solid, y, 1, 1}, edge);
}

static int fit_radius(Rect r, int radius)
{
    if (radius * 2 > r.h) radius = r.h / 2;
    if (radius * 2 > r.w) radius = r.w / 2;
    return radius < 0 ? 0 : radius;
}

void ui_fill_rounded(Ui *ui, Rect r, int radius, Color c)
{
    int rad = fit_radius(r, radius);
    if (r.w <= 0 || r.h <= 0 || !c.a) return;
    ui_fill(ui, (Rect){r.x, r.y + rad, r.w, r.h - 2 * rad}, c);
    for (int i = 0; i < rad; i++) {
        float inset = corner_inset(rad, i);
        fill_row(ui, r.x, r.x + r.w, r.y + i, inset, c);
        fill_row(ui, r.x, r.x + r.w, r.y + r.h - 1 - i, inset, c);
    }
}

/* Row y of an outline: the part of the outer shape not covered by the
 * inner one (r inset by t with radius rad - t). */
static void stroke_row(Ui *ui, Rect r, int rad, int t, int i, Color c)
{
    int from_edge = i < r.h - 1 - i ? i : r.h - 1 - i;
    float outer = from_edge < rad ? corner_inset(rad, from_edge) : 0;
    int y = r.y + i;
    if (from_edge < t) {
        fill_row(ui, r.x, r.x + r.w, y, outer, c);
        return;
    }
    int irad = rad - t > 0 ? rad - t : 0, j = from_edge - t;
    int inner = t + (j < irad ? (int)floorf(corner_inset(irad, j)) : 0);
    int solid = (int)ceilf(outer);
    Color edge = c;
    edge.a = (unsigned char)((float)c.a * ((float)solid - outer));
    if (solid > 0 && edge.a > 8) {
        ui_fill(ui, (Rect){r.x + solid - 1, y, 1, 1}, edge);
        ui_fill(ui, (Rect){r.x + r.w - solid, y, 1, 1}, edge);
    }
    ui_fill(ui, (Rect){r.x + solid, y, inner - solid, 1}, c);
    ui_fill(ui, (Rect){r.x + r.w - inner, y, inner - solid, 1}, c);
}

void ui_stroke_rounded(Ui *ui, Rect r, int radius, int t, Color c)
{
    int rad = fit_radius(r, radius);
    if (r.w <= 0 || r.h <= 0 || t <= 0 || !c.a) return;
    if (t * 2 >= r.h || t * 2 >= r.w) {
        ui_fill_rounded(ui, r, rad, c);
        return;
    }
    int band = rad > t ? rad : t;       /* rows that are not two plain sides */
    for (int i = 0; i < band; i++) {
        stroke_row(ui, r, rad, t, i, c);
        stroke_row(ui, r, rad, t, r.h - 1 - i, c);
    }
    ui_fill(ui, (Rect){r.x, r.y + band, t, r.h - 2 * band}, c);
    ui_fill(ui, (Rect){r.x + r.w - t, r.y + band, t, r.h - 2 * band}, c);
}

void ui_box(Ui *ui, Rect r, int radius, Color fill, Color border, int thickness)
{
    ui_fill_rounded(ui, r, radius, fill);
    ui_stroke_rounded(ui, r, radius, thickness, border);
}

/* A soft shadow: a few translucent layers, each a little larger. */
void ui_shadow(Ui *ui, Rect r, int radius, int spread, Color c)
{
    if (!c.a || spread <= 0) return;
    int layers = spread < 4 ? spread : 4;
    for (int k = layers; k >= 1; k--) {
        int d = spread * k / layers;
        Rect s = {r.x - d, r.y - d + spread / 2, r.w + 2 * d, r.h + 2 * d};
        ui_fill_rounded(ui, s, radius + d, c);
    }
}

/* ---- text ---- */

int ui_text_width(Ui *ui, const char *text, FontStyle style)
{
    return platform_text_width(ui->p, style, text, strlen(text));
}

int ui_line_height(Ui *ui, FontStyle style)
{
    return platform_line_height(ui->p, style);
}

int ui_text_at(Ui *ui, Rect r, int x, const char *text, FontStyle style, Color c)
{
    size_t len = strlen(text);
    int room = r.x + r.w - x, w = platform_text_width(ui->p, style, text, len);
    int y = r.y + (r.h - platform_line_height(ui->p, style)) / 2;
    if (w <= room) return platform_draw_text(ui->p, style, x, y, text, len, c) - x;
    static const char ELLIPSIS[] = "\xE2\x80\xA6";
    int ew = platform_text_width(ui->p, style, ELLIPSIS, 3), used = 0;
    size_t cut = 0;
    while (cut < len) {
        size_t next = cut;
        int adv = platform_advance(ui->p, style, platform_utf8_decode(text, len, &next));
        if (used + adv + ew > room) break;
        used += adv;
        cut = next;
    }
    if (ew > room) return 0;
    int end = platform_draw_text(ui->p, style, x, y, text, cut, c);
    return platform_draw_text(ui->p, style, end, y, ELLIPSIS, 3, c) - x;
}

int ui_text(Ui *ui, Rect r, const char *text, FontStyle style, Color c)
{
    return ui_text_at(ui, r, r.x, text, style, c);
}

int ui_text_wrapped(Ui *ui, Rect r, const char *text, FontStyle style, Color c)
{
    TextBlock b = {text, (int)strlen(text), style, NULL, 0};
    if (!b.len) return platform_line_height(ui->p, style);     /* one empty line */
    const TextLines *lines = text_cache_get(ui->cache, ui->p, &b, r.w > 1 ? r.w : 1);
    text_draw_lines(ui->p, &b, lines->starts, lines->count, r.x, r.y, c);
    return lines->count * platform_line_height(ui->p, style);
}

/* ---- overlays ---- */

static void draw_focus_ring(Ui *ui)
{
    if (!ui->focus || ui->focus_ring == UI_RING_NONE || !ui->focus_visible) return;
    int t = ui_px(ui, 2), out = t + ui_px(ui, 1);     /* a 1 px gap to the widget's own edge */
    if (ui->focus_ring == UI_RING_INSIDE) out = 0;
    Rect r = ui_inset(ui->focus_rect, -out);
    platform_push_clip(ui->p, ui->focus_clip);
    ui_stroke_rounded(ui, r, ui_px(ui, 6) + out, t, ui->theme->focus_ring);
    platform_pop_clip(ui->p);
}

static void draw_tooltip(Ui *ui)
{
    if (!ui->tip_show) return;
    const Theme *t = ui->theme;
    int pad = ui_px(ui, 8), max_w = ui_px(ui, 320), lh = platform_line_height(ui->p, FONT_REGULAR);
    int w = ui_text_width(ui, ui->tip_text, FONT_REGULAR);
    w = w > max_w ? max_w : w;
    TextBlock b = {ui->tip_text, (int)strlen(ui->tip_text), FONT_REGULAR, NULL, 0};
    int h = text_cache_get(ui->cache, ui->p, &b, w)->count * lh;
    int sw, sh;
    platform_get_size(ui->p, &sw, &sh);
    Rect box = {ui->in.mouse_x, ui->tip_anchor.y + ui->tip_anchor.h + ui_px(ui, 6), w + 2 * pad,
                h + 2 * pad - ui_px(ui, 2)};
    if (box.y + box.h > sh) box.y = ui->tip_anchor.y - box.h - ui_px(ui, 6);
    box.x = clampi(box.x, 0, sw - box.w > 0 ? sw - box.w : 0);
    box.y = clampi(box.y, 0, sh - box.h > 0 ? sh - box.h : 0);
    ui_shadow(ui, box, ui_px(ui, 6), ui_px(ui, 4), t->shadow);
    ui_box(ui, box, ui_px(ui, 6), t->tooltip, t->tooltip_border, ui_px(ui, 1));
    ui_text_wrapped(ui, (Rect){box.x + pad, box.y + pad - ui_px(ui, 1), w, h}, ui->tip_text,
                    FONT_REGULAR, t->tooltip_text);
}

void ui_draw_overlays(Ui *ui)
{
    draw_focus_ring(ui);
    draw_tooltip(ui);
}
