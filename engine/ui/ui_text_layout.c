/* ui_text_layout.c: where an edit's lines, caret and selection sit on
 * screen, and drawing them. Multi-line text is wrapped through the text
 * cache (again only when the text, width or scale changed) and only the
 * visible lines are drawn. */
#include <string.h>
#include "ui_internal.h"

void ui_edit_place(const UiTextEdit *e, UiEditLayout *L)
{
    if (e->multiline) {
        L->ox = L->inner.x;
        L->oy = L->inner.y - e->scroll.offset;
    } else {
        L->ox = L->inner.x - e->scroll.offset;
        L->oy = L->inner.y + (L->inner.h - L->lh) / 2;
    }
}

void ui_edit_layout(Ui *ui, const UiTextEdit *e, Rect r, UiEditLayout *L)
{
    int padx = ui_px(ui, 10), pady = ui_px(ui, 7);
    L->box = r;
    L->lh = platform_line_height(ui->p, FONT_REGULAR);
    L->one_line = 0;
    L->starts = &L->one_line;
    L->nlines = 1;
    if (!e->multiline) {
        L->inner = (Rect){r.x + padx, r.y, r.w - 2 * padx, r.h};
    } else {
        L->inner = (Rect){r.x + padx, r.y + pady, r.w - padx - ui_bar_width(ui) - ui_px(ui, 2),
                          r.h - 2 * pady};
        TextBlock b = {e->text, e->len, FONT_REGULAR, NULL, 0};
        int width = L->inner.w > 1 ? L->inner.w : 1;
        const TextLines *tl = e->len ? text_cache_get(ui->cache, ui->p, &b, width) : NULL;
        if (tl) L->starts = tl->starts, L->nlines = tl->count;     /* empty: one line, no wrap */
    }
    ui_edit_place(e, L);
}

int ui_edit_line_of(const UiEditLayout *L, int pos)
{
    int lo = 0, hi = L->nlines - 1;
    while (lo < hi) {
        int mid = (lo + hi + 1) / 2;
        if (L->starts[mid] <= pos) lo = mid;
        else hi = mid - 1;
    }
    return lo;
}

/* The end of line i as drawn: before its newline, with its spaces. */
static int line_draw_end(const UiTextEdit *e, const UiEditLayout *L, int i)
{
    if (i + 1 >= L->nlines) return e->len;
    int next = L->starts[i + 1];
    return e->text[next - 1] == '\n' ? next - 1 : next;
}

int ui_edit_line_end(const UiTextEdit *e, const UiEditLayout *L, int i)
{
    int end = line_draw_end(e, L, i), start = L->starts[i];
    if (i + 1 >= L->nlines || e->text[end] == '\n') return end;
    /* a soft break: stay on this line, before the hanging space or the
     * last character, since the break itself is the next line's start */
    int trimmed = end;
    while (trimmed > start && e->text[trimmed - 1] == ' ') trimmed--;
    return trimmed < end ? trimmed : ui_utf8_prev(e->text, end);
}

int ui_edit_x_of(Ui *ui, const UiTextEdit *e, const UiEditLayout *L, int pos)
{
    int start = L->starts[ui_edit_line_of(L, pos)];
    return platform_text_width(ui->p, FONT_REGULAR, e->text + start, (size_t)(pos - start));
}

int ui_edit_pos_at(Ui *ui, const UiTextEdit *e, const UiEditLayout *L, int x, int y)
{
    int line = 0;
    if (e->multiline && y >= L->oy) line = (y - L->oy) / L->lh;
    if (line >= L->nlines) line = L->nlines - 1;
    int k = L->starts[line], end = ui_edit_line_end(e, L, line), dx = x - L->ox, acc = 0;
    while (k < end) {
        size_t next = (size_t)k;
        uint32_t cp = platform_utf8_decode(e->text, (size_t)end, &next);
        int adv = platform_advance(ui->p, FONT_REGULAR, cp);
        if (dx < acc + adv / 2) return k;
        acc += adv;
        k = (int)next;
    }
    return end;
}

Rect ui_edit_caret_rect(Ui *ui, const UiTextEdit *e, const UiEditLayout *L)
{
    int line = ui_edit_line_of(L, e->cursor);
    return (Rect){L->ox + ui_edit_x_of(ui, e, L, e->cursor), L->oy + line * L->lh,
                  ui_px(ui, 1) > 1 ? ui_px(ui, 1) : 1, L->lh};
}

void ui_edit_clamp_scroll(Ui *ui, UiTextEdit *e, UiEditLayout *L)
{
    if (e->multiline) {
        e->scroll.content = L->nlines * L->lh;
        ui_scroll_clamp(&e->scroll, L->inner.h);
    } else {
        int room = L->inner.w - ui_px(ui, 2);
        int total = platform_text_width(ui->p, FONT_REGULAR, e->text, (size_t)e->len);
        if (e->scroll.offset > total - room) e->scroll.offset = total - room;
        if (e->scroll.offset < 0) e->scroll.offset = 0;
    }
    ui_edit_place(e, L);
}

void ui_edit_follow_caret(Ui *ui, UiTextEdit *e, UiEditLayout *L)
{
    if (e->multiline) {
        e->scroll.content = L->nlines * L->lh;
        ui_scroll_to_show(&e->scroll, ui_edit_line_of(L, e->cursor) * L->lh, L->lh, L->inner.h);
    } else {
        int cx = ui_edit_x_of(ui, e, L, e->cursor), room = L->inner.w - ui_px(ui, 2);
        int total = platform_text_width(ui->p, FONT_REGULAR, e->text, (size_t)e->len);
        int off = e->scroll.offset;
        if (cx - off > room) off = cx - room;
        if (cx < off) off = cx - room / 3;
        if (off > total - room) off = total - room;
        e->scroll.offset = off > 0 ? off : 0;
    }
    ui_edit_place(e, L);
}

/* ---- drawing ---- */

/* One line with the selected part [sa, sb) highlighted. */
static void draw_line(Ui *ui, const UiTextEdit *e, const UiEditLayout *L, int i, int sa, int sb)
{
    const Theme *t = ui->theme;
    Platform *p = ui->p;
    const FontStyle f = FONT_REGULAR;
    int start = L->starts[i], end = line_draw_end(e, L, i), y = L->oy + i * L->lh;
    int next = i + 1 < L->nlines ? L->starts[i + 1] : e->len + 1;
    Color fg = t->text;
    if (sb <= start || sa >= next || sa == sb) {
        platform_draw_text(p, f, L->ox, y, e->text + start, (size_t)(end - start), fg);
        return;
    }
    int a = sa > start ? sa : start, b = sb < end ? sb : end;
    int xa = L->ox + platform_text_width(p, f, e->text + start, (size_t)(a - start));
    int xb = L->ox + platform_text_width(p, f, e->text + start, (size_t)(b - start));
    if (sb > end) xb += platform_advance(p, f, ' ');    /* the newline is selected too */
    ui_fill(ui, (Rect){xa, y, xb - xa, L->lh}, t->selection);
    int x = platform_draw_text(p, f, L->ox, y, e->text + start, (size_t)(a - start), fg);
    x = platform_draw_text(p, f, x, y, e->text + a, (size_t)(b - a), t->selection_text);
    platform_draw_text(p, f, x, y, e->text + b, (size_t)(end - b), fg);
}

/* The IME's text not yet committed: over the text at the caret, underlined,
 * with its own caret. */
static void draw_composition(Ui *ui, Rect caret)
{
    const Theme *t = ui->theme;
    const char *s = ui->in.composition;
    size_t n = strlen(s), at = 0;
    int w = platform_text_width(ui->p, FONT_REGULAR, s, n);
    ui_fill(ui, (Rect){caret.x, caret.y, w + caret.w, caret.h}, t->input);
    platform_draw_text(ui->p, FONT_REGULAR, caret.x, caret.y, s, n, t->text);
    int base = caret.y + platform_ascent(ui->p, FONT_REGULAR) + ui_px(ui, 2);
    ui_fill(ui, (Rect){caret.x, base, w, caret.w}, t->text);
    for (int k = 0; k < ui->in.composition_cursor && at < n; k++) platform_utf8_decode(s, n, &at);
    int cx = caret.x + platform_text_width(ui->p, FONT_REGULAR, s, at);
    ui_fill(ui, (Rect){cx, caret.y, caret.w, caret.h}, t->text);
}

/* A wavy underline under bytes [a, b) of line i: a triangle wave drawn a
 * pixel column at a time, in phase across lines, so it reads as "look
 * again" rather than as a link. */
static void draw_mark_line(Ui *ui, const UiTextEdit *e, const UiEditLayout *L, int i, int a, int b, Color c)
{
    int start = L->starts[i], y = L->oy + i * L->lh;
    int xa = L->ox + platform_text_width(ui->p, FONT_REGULAR, e->text + start, (size_t)(a - start));
    int xb = L->ox + platform_text_width(ui->p, FONT_REGULAR, e->text + start, (size_t)(b - start));
    int t = ui_px(ui, 1), period = ui_px(ui, 4) > 4 ? ui_px(ui, 4) : 4, half = period / 2;
    int base = y + platform_ascent(ui->p, FONT_REGULAR) + t;
    for (int x = xa; x < xb; x++) {
        int phase = (x - L->ox) % period, up = phase < half ? phase : period - phase;
        ui_fill(ui, (Rect){x, base + up, 1, t}, c);
    }
}

static void draw_marks(Ui *ui, const UiTextEdit *e, const UiEditLayout *L, int first, int last)
{
    for (int k = 0; k < e->mark_count; k++) {
        const UiTextMark *m = &e->marks[k];
        if (m->start < 0 || m->len <= 0 || m->start + m->len > e->len) continue;
        for (int i = ui_edit_line_of(L, m->start); i < last && L->starts[i] < m->start + m->len; i++) {
            if (i < first) continue;
            int a = m->start > L->starts[i] ? m->start : L->starts[i];
            int end = line_draw_end(e, L, i), b = m->start + m->len < end ? m->start + m->len : end;
            if (a < b) draw_mark_line(ui, e, L, i, a, b, m->color);
        }
    }
}

static void draw_text_area(Ui *ui, const UiTextEdit *e, const UiEditLayout *L, bool focused)
{
    const Theme *t = ui->theme;
    int sa, sb;
    ui_edit_selection(e, &sa, &sb);
    if (!focused) sa = sb = 0;
    Rect c = platform_get_clip(ui->p);
    int first = c.y > L->oy ? (c.y - L->oy) / L->lh : 0;
    if (first > L->nlines) first = L->nlines;       /* scrolled out above the clip */
    int last = first;
    for (; last < L->nlines && L->oy + last * L->lh < c.y + c.h; last++)
        draw_line(ui, e, L, last, sa, sb);
    if (e->mark_count) draw_marks(ui, e, L, first, last);
    bool composing = focused && ui->in.composition[0] && !e->read_only;
    if (!e->len && e->placeholder && !composing)
        platform_draw_text(ui->p, FONT_REGULAR, L->ox, L->oy, e->placeholder,
                           strlen(e->placeholder), t->text_muted);
    if (!focused) return;
    Rect caret = ui_edit_caret_rect(ui, e, L);
    if (composing) draw_composition(ui, caret);
    else if (e->read_only || (ui->now - ui->caret_since) / UI_BLINK_MS % 2 == 0)
        ui_fill(ui, caret, e->read_only ? t->text_muted : t->text);
}

void ui_edit_draw(Ui *ui, const UiTextEdit *e, const UiEditLayout *L, bool focused, bool hover)
{
    const Theme *t = ui->theme;
    Color border = focused ? t->focus_ring : hover ? t->button_border_hover : t->input_border;
    ui_box(ui, L->box, ui_px(ui, 6), t->input, border, ui_px(ui, focused ? 2 : 1));
    Rect clip = ui_inset(L->box, ui_px(ui, 2));
    if (e->multiline) clip.w -= ui_bar_width(ui);
    else clip = (Rect){L->inner.x - ui_px(ui, 2), clip.y, L->inner.w + ui_px(ui, 4), clip.h};
    platform_push_clip(ui->p, clip);
    draw_text_area(ui, e, L, focused);
    platform_pop_clip(ui->p);
}
