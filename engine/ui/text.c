/* text.c: greedy word wrap over UTF-8 with span styles, drawing of wrapped
 * lines, and a small direct-mapped cache of layouts. */
#include <assert.h>
#include <stdlib.h>
#include <string.h>
#include "core/util.h"
#include "text.h"

static void lines_push(TextLines *l, int start)
{
    *VEC_PUSH(l->starts, l->count, l->cap) = start;
}

void text_lines_free(TextLines *lines)
{
    free(lines->starts);
    *lines = (TextLines){0};
}

/* The style at byte pos, and where that style's run ends. */
static FontStyle style_at(const TextBlock *b, int pos, int *run_end)
{
    for (int k = 0; k < b->nspans; k++) {
        const TextSpan *s = &b->spans[k];
        if (pos < s->start) {
            *run_end = s->start;
            return b->style;
        }
        if (pos < s->start + s->len) {
            *run_end = s->start + s->len;
            return s->style;
        }
    }
    *run_end = b->len;
    return b->style;
}

int text_measure(Platform *p, const TextBlock *b, int start, int end)
{
    if (!b->nspans) return platform_text_width(p, b->style, b->text + start, (size_t)(end - start));
    int w = 0;
    while (start < end) {
        int run_end;
        FontStyle st = style_at(b, start, &run_end);
        if (run_end > end) run_end = end;
        w += platform_text_width(p, st, b->text + start, (size_t)(run_end - start));
        start = run_end;
    }
    return w;
}

/* A word wider than a line goes on lines of its own, cut between
 * codepoints; returns the width of its last piece. */
static int wrap_long_word(Platform *p, const TextBlock *b, int i, int j, int width, TextLines *out)
{
    int x = 0;
    for (size_t k = (size_t)i; k < (size_t)j;) {
        int run_end;
        FontStyle st = style_at(b, (int)k, &run_end);
        size_t next = k;
        int adv = platform_advance(p, st, platform_utf8_decode(b->text, (size_t)j, &next));
        if (x > 0 && x + adv > width) {
            lines_push(out, (int)k);
            x = 0;
        }
        x += adv;
        k = next;
    }
    return x;
}

int text_wrap(Platform *p, const TextBlock *b, int width, TextLines *out)
{
    int before = out->count, x = 0;
    const char *s = b->text;
    lines_push(out, 0);
    for (int i = 0; i < b->len;) {
        if (s[i] == '\n') {
            lines_push(out, ++i);
            x = 0;
            continue;
        }
        if (s[i] == ' ') {      /* a space never starts a line: it hangs at the end */
            x += text_measure(p, b, i, i + 1);
            i++;
            continue;
        }
        int j = i;
        while (j < b->len && s[j] != ' ' && s[j] != '\n') j++;
        int w = text_measure(p, b, i, j);
        if (x > 0 && x + w > width) {
            lines_push(out, i);
            x = 0;
        }
        x += w > width ? wrap_long_word(p, b, i, j, width, out) : w;
        i = j;
    }
    return out->count - before;
}

int text_line_end(const TextBlock *b, const int *starts, int nlines, int i)
{
    assert(i >= 0 && i < nlines);
    int start = starts[i], end = i + 1 < nlines ? starts[i + 1] : b->len;
    while (end > start && (b->text[end - 1] == ' ' || b->text[end - 1] == '\n')) end--;
    return end;
}

int text_draw_range(Platform *p, const TextBlock *b, int start, int end, int x, int y, Color c)
{
    if (!b->nspans) return platform_draw_text(p, b->style, x, y, b->text + start, (size_t)(end - start), c);
    int base = platform_ascent(p, b->style);
    while (start < end) {
        int run_end;
        FontStyle st = style_at(b, start, &run_end);
        if (run_end > end) run_end = end;
        int dy = base - platform_ascent(p, st);
        x = platform_draw_text(p, st, x, y + dy, b->text + start, (size_t)(run_end - start), c);
        start = run_end;
    }
    return x;
}

void text_draw_lines(Platform *p, const TextBlock *b, const int *starts, int nlines, int x, int y,
                     Color c)
{
    int lh = platform_line_height(p, b->style);
    if (lh <= 0) return;    /* no font could be opened: nothing to draw */
    Rect clip = platform_get_clip(p);
    int first = y < clip.y ? (clip.y - y) / lh : 0;
    for (int i = first; i < nlines; i++) {
        int ly = y + i * lh;
        if (ly >= clip.y + clip.h) break;
        text_draw_range(p, b, starts[i], text_line_end(b, starts, nlines, i), x, ly, c);
    }
}
