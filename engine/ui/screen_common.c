/* screen_common.c: the shared pieces of the screens: spacing, captions,
 * paragraphs, banners and the problems panel. */
#include <string.h>
#include "screen_common.h"
#include "text.h"

Color screen_mix(Color a, Color b, float t)
{
    return (Color){(unsigned char)(a.r + (b.r - a.r) * t), (unsigned char)(a.g + (b.g - a.g) * t),
                   (unsigned char)(a.b + (b.b - a.b) * t), 255};
}

int screen_text_height(Ui *ui, const char *text, FontStyle style, int width)
{
    static TextLines lines;     /* scratch reused by every call: no allocation per frame */
    lines.count = 0;
    TextBlock b = {text, (int)strlen(text), style, NULL, 0};
    int n = text_wrap(ui_platform(ui), &b, width > 1 ? width : 1, &lines);
    return n * ui_line_height(ui, style);
}

int screen_button_h(Ui *ui)
{
    return ui_line_height(ui, FONT_REGULAR) + ui_px(ui, SP_M);
}

int screen_button_w(Ui *ui, const char *label)
{
    return ui_text_width(ui, label, FONT_REGULAR) + ui_px(ui, 2 * SP_L);
}

Rect screen_column(Ui *ui, Rect area, int max_w)
{
    int margin = ui_px(ui, SP_XL), w = area.w - 2 * margin, max = ui_px(ui, max_w);
    if (w > max) w = max;
    if (w < 1) w = area.w;
    return (Rect){area.x + (area.w - w) / 2, area.y, w, area.h};
}

void screen_caption(Ui *ui, Rect *r, const char *text)
{
    const Theme *t = ui_theme(ui);
    Rect line = ui_cut_top(r, ui_line_height(ui, FONT_BOLD));
    ui_text(ui, line, text, FONT_BOLD, t->text_muted);
    ui_cut_top(r, ui_px(ui, SP_S));
}

void screen_para(Ui *ui, Rect *r, const char *text, FontStyle style, Color c, int gap)
{
    int h = ui_text_wrapped(ui, *r, text, style, c);
    ui_cut_top(r, h + ui_px(ui, gap));
}

void screen_bullet(Ui *ui, Rect *r, const char *text, Color c)
{
    int indent = ui_px(ui, SP_M + SP_XS);
    Rect dot = {r->x + ui_px(ui, SP_XS), r->y, indent, ui_line_height(ui, FONT_REGULAR)};
    ui_text(ui, dot, "\xE2\x80\xA2", FONT_REGULAR, ui_theme(ui)->accent);
    Rect body = {r->x + indent, r->y, r->w - indent, r->h};
    int h = ui_text_wrapped(ui, body, text, FONT_REGULAR, c);
    ui_cut_top(r, h + ui_px(ui, SP_XS));
}

void screen_rule(Ui *ui, Rect *r, int gap)
{
    ui_fill(ui, (Rect){r->x, r->y, r->w, 1 > ui_px(ui, 1) ? 1 : ui_px(ui, 1)}, ui_theme(ui)->border);
    ui_cut_top(r, ui_px(ui, 1) + ui_px(ui, gap));
}

Rect screen_top_bar(Ui *ui, Rect *area)
{
    const Theme *t = ui_theme(ui);
    Rect bar = ui_cut_top(area, ui_px(ui, 56));
    ui_fill(ui, bar, t->panel);
    ui_fill(ui, (Rect){bar.x, bar.y + bar.h - 1, bar.w, 1}, t->border);
    int bh = screen_button_h(ui), pad = ui_px(ui, SP_L);
    return (Rect){bar.x + pad, bar.y + (bar.h - bh) / 2, bar.w - 2 * pad, bh};
}

unsigned screen_banner(Ui *ui, UiId id, Rect *area, BannerKind kind, const char *text,
                       const char *action, bool dismissable)
{
    const Theme *t = ui_theme(ui);
    Color edge = kind == BANNER_ERROR ? t->danger : t->accent;
    int pad = ui_px(ui, SP_M), bh = ui_line_height(ui, FONT_REGULAR) + ui_px(ui, SP_M);
    int bw_action = action ? ui_text_width(ui, action, FONT_REGULAR) + ui_px(ui, SP_L + SP_M) : 0;
    int bw_dismiss = dismissable ? ui_text_width(ui, "Dismiss", FONT_REGULAR) + ui_px(ui, SP_L + SP_M) : 0;
    /* the text starts after the edge bar and keeps a gap before the buttons */
    Rect inner = {area->x + pad + ui_px(ui, SP_XS), 0,
                  area->w - 2 * pad - ui_px(ui, SP_XS + SP_S) - bw_action - bw_dismiss, 0};
    int th = screen_text_height(ui, text, FONT_REGULAR, inner.w);   /* the strip fits its text */
    int h = (th > bh ? th : bh) + 2 * ui_px(ui, SP_S + SP_XS);
    Rect strip = ui_cut_top(area, h);
    ui_fill(ui, strip, screen_mix(t->panel, edge, t->panel.r == 0 && t->panel.g == 0 ? 0.0f : 0.12f));
    ui_fill(ui, (Rect){strip.x, strip.y, ui_px(ui, SP_XS), strip.h}, edge);
    ui_fill(ui, (Rect){strip.x, strip.y + strip.h - 1, strip.w, 1}, t->border);
    inner.y = strip.y + (h - th) / 2, inner.h = th;
    ui_text_wrapped(ui, inner, text, FONT_REGULAR, t->text);
    unsigned out = 0;
    ui_push_scope(ui, "banner");
    Rect b = {strip.x + strip.w - pad - bw_dismiss, strip.y + (h - bh) / 2, bw_dismiss - ui_px(ui, SP_S), bh};
    if (dismissable && ui_button(ui, ui_id_int(ui, "dismiss", (int)id), b, "Dismiss")) out |= BANNER_DISMISSED;
    b.x -= bw_action, b.w = bw_action - ui_px(ui, SP_S);
    if (action && ui_button(ui, ui_id_int(ui, "action", (int)id), b, action)) out |= BANNER_ACTION;
    ui_pop_scope(ui);
    return out;
}

bool screen_problems(Ui *ui, UiId id, Rect r, UiTextEdit *e, Rect *copy_rect)
{
    int bh = ui_line_height(ui, FONT_REGULAR) + ui_px(ui, SP_M);
    Rect buttons = ui_cut_bottom(&r, bh + ui_px(ui, SP_M));
    e->read_only = true;
    e->multiline = true;
    ui_push_scope(ui, "problems");
    ui_text_input(ui, ui_id_int(ui, "text", (int)id), r, e);
    Rect copy = {buttons.x, buttons.y + ui_px(ui, SP_M), ui_text_width(ui, "Copy all", FONT_REGULAR) + ui_px(ui, SP_L + SP_M), bh};
    *copy_rect = copy;
    bool copied = ui_button(ui, ui_id_int(ui, "copy", (int)id), copy, "Copy all");
    ui_pop_scope(ui);
    if (copied) platform_set_clipboard(ui_platform(ui), e->text ? e->text : "");
    return copied;
}

void screen_kept_add(StrBuf *kept, const char *text) { strbuf_addf(kept, "%s\n", text); }

void screen_kept_clear(StrBuf *kept)
{
    if (kept->s) kept->s[0] = 0;
    kept->len = 0;
}

int screen_kept_text(Ui *ui, StrBuf *kept, Rect r, const char *text, FontStyle style, Color c)
{
    screen_kept_add(kept, text);
    return ui_text(ui, r, text, style, c);
}

int screen_kept_wrapped(Ui *ui, StrBuf *kept, Rect r, const char *text, FontStyle style, Color c)
{
    screen_kept_add(kept, text);
    return ui_text_wrapped(ui, r, text, style, c);
}

Rect screen_section_bar(Ui *ui, Rect *area)
{
    const Theme *t = ui_theme(ui);
    int pad = ui_px(ui, SP_M), bh = screen_button_h(ui);
    Rect bar = ui_cut_top(area, bh + 2 * pad);
    ui_fill(ui, bar, t->panel);
    ui_fill(ui, (Rect){bar.x, bar.y + bar.h - 1, bar.w, 1}, t->border);
    return (Rect){bar.x + ui_px(ui, SP_L), bar.y + pad, bar.w - 2 * ui_px(ui, SP_L), bh};
}

bool screen_high_contrast(const Theme *t) { return t->panel.r + t->panel.g + t->panel.b == 0; }

Color screen_tint(const Theme *t, Color c)
{
    return screen_high_contrast(t) ? t->panel : screen_mix(t->panel, c, 0.13f);
}

Color screen_caution(const Theme *t)
{
    if (screen_high_contrast(t)) return t->accent;
    bool dark = t->background.r + t->background.g + t->background.b < 3 * 128;
    return dark ? (Color){240, 172, 64, 255} : (Color){170, 96, 0, 255};
}

const char *screen_mood(int level) { return level >= 60 ? "open" : level >= 35 ? "cautious" : "guarded"; }

Color screen_mood_color(const Theme *t, int level)
{
    return level >= 60 ? t->success : level >= 35 ? screen_caution(t) : t->danger;
}

int screen_first_below(const int *tops, int count, int y)
{
    int lo = 0, hi = count - 1;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (tops[mid + 1] <= y) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}
