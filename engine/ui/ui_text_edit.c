/* ui_text_edit.c: the editable buffer behind ui_text_input: UTF-8 steps,
 * words, replacing a range with cleaned text, and undo as snapshots where
 * consecutive typing (or deleting) is one step. The top snapshot is copied
 * lazily, so a typed character costs no copy of the whole text. */
#include <assert.h>
#include <stdlib.h>
#include <string.h>
#include "core/util.h"
#include "ui_internal.h"

#define UNDO_MAX 100

struct UiUndo {
    char *text;
    int len, cap;
    int cursor, anchor;
    int kind;       /* the step that led here: what the next edit may join */
    int end;        /* where that step left the cursor */
    bool stale;     /* the live buffer is newer: copy it before leaving */
};

static void reserve(char **buf, int *cap, int need)
{
    if (need <= *cap) return;
    int c = *cap ? *cap : 64;
    while (c < need) c *= 2;
    *buf = xrealloc(*buf, (size_t)c);
    *cap = c;
}

static void undo_clear(UiTextEdit *e)
{
    for (int i = 0; i < e->undo_count; i++) free(e->undo[i].text);
    free(e->undo);
    e->undo = NULL;
    e->undo_count = e->undo_cap = e->undo_pos = 0;
}

void ui_text_edit_init(UiTextEdit *e, const char *text, bool multiline)
{
    memset(e, 0, sizeof *e);
    e->multiline = multiline;
    ui_text_edit_set(e, text);
}

void ui_text_edit_set(UiTextEdit *e, const char *text)
{
    int n = text ? (int)strlen(text) : 0;
    reserve(&e->text, &e->cap, n + 1);
    if (n) memcpy(e->text, text, (size_t)n);
    e->text[n] = 0;
    e->len = e->cursor = e->anchor = n;
    e->scroll = (UiScroll){0, 0};
    undo_clear(e);
}

void ui_text_edit_free(UiTextEdit *e)
{
    undo_clear(e);
    free(e->text);
    e->text = NULL;
    e->len = e->cap = e->cursor = e->anchor = 0;
}

/* ---- UTF-8 and words ---- */

int ui_utf8_next(const char *s, int len, int i)
{
    if (i >= len) return len;
    i++;
    while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80) i++;
    return i;
}

int ui_utf8_prev(const char *s, int i)
{
    if (i <= 0) return 0;
    i--;
    while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80) i--;
    return i;
}

/* Letters of any script count as word characters: every non-ASCII byte. */
static bool is_word(char c)
{
    unsigned char b = (unsigned char)c;
    return b >= 0x80 || (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') ||
           (b >= 'A' && b <= 'Z') || b == '_';
}

int ui_edit_word_left(const UiTextEdit *e, int i)
{
    while (i > 0 && !is_word(e->text[ui_utf8_prev(e->text, i)])) i = ui_utf8_prev(e->text, i);
    while (i > 0 && is_word(e->text[ui_utf8_prev(e->text, i)])) i = ui_utf8_prev(e->text, i);
    return i;
}

int ui_edit_word_right(const UiTextEdit *e, int i)
{
    while (i < e->len && !is_word(e->text[i])) i = ui_utf8_next(e->text, e->len, i);
    while (i < e->len && is_word(e->text[i])) i = ui_utf8_next(e->text, e->len, i);
    return i;
}

void ui_edit_select_word(UiTextEdit *e, int pos)
{
    int a = pos, b = pos;
    while (a > 0 && is_word(e->text[ui_utf8_prev(e->text, a)])) a = ui_utf8_prev(e->text, a);
    while (b < e->len && is_word(e->text[b])) b = ui_utf8_next(e->text, e->len, b);
    if (a == b) b = ui_utf8_next(e->text, e->len, b);
    e->anchor = a;
    e->cursor = b;
}

void ui_edit_selection(const UiTextEdit *e, int *a, int *b)
{
    *a = e->cursor < e->anchor ? e->cursor : e->anchor;
    *b = e->cursor < e->anchor ? e->anchor : e->cursor;
}

/* ---- cleaning what comes in ---- */

static int utf8_encode(uint32_t cp, char *out)
{
    if (cp < 0x80) return out[0] = (char)cp, 1;
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6)), out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12)), out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18)), out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Valid UTF-8 (bad bytes become U+FFFD), CR LF and CR as LF (a space in a
 * single line), tabs as spaces, other control characters dropped. out
 * holds 3 * n bytes. */
static int clean_text(const char *s, int n, bool multiline, char *out)
{
    int o = 0;
    for (size_t i = 0; i < (size_t)n;) {
        uint32_t cp = platform_utf8_decode(s, (size_t)n, &i);
        if (cp == '\r') {
            if (i < (size_t)n && s[i] == '\n') i++;
            cp = '\n';
        }
        if (cp == '\t' || (cp == '\n' && !multiline)) cp = ' ';
        if ((cp < 0x20 && cp != '\n') || cp == 0x7F) continue;
        o += utf8_encode(cp, out + o);
    }
    return o;
}

/* How much of s (n bytes) fits in the room max_len leaves, whole codepoints only. */
static int fit_len(const UiTextEdit *e, const char *s, int n, int removed)
{
    if (e->max_len <= 0) return n;
    int room = e->max_len - (e->len - removed);
    if (room >= n) return n;
    if (room <= 0) return 0;
    while (room > 0 && ((unsigned char)s[room] & 0xC0) == 0x80) room--;
    return room;
}

/* ---- undo ---- */

static void snapshot_take(const UiTextEdit *e, struct UiUndo *u)
{
    reserve(&u->text, &u->cap, e->len + 1);
    memcpy(u->text, e->text, (size_t)e->len + 1);
    u->len = e->len;
    u->cursor = e->cursor;
    u->anchor = e->anchor;
    u->stale = false;
}

static void snapshot_restore(UiTextEdit *e, const struct UiUndo *u)
{
    reserve(&e->text, &e->cap, u->len + 1);
    memcpy(e->text, u->text, (size_t)u->len + 1);
    e->len = u->len;
    e->cursor = u->cursor;
    e->anchor = u->anchor;
}

static struct UiUndo *undo_push(UiTextEdit *e)
{
    if (e->undo_count == UNDO_MAX) {    /* forget the oldest step */
        free(e->undo[0].text);
        memmove(e->undo, e->undo + 1, sizeof *e->undo * (size_t)(UNDO_MAX - 1));
        e->undo_count--;
    }
    struct UiUndo *u = VEC_PUSH(e->undo, e->undo_count, e->undo_cap);
    memset(u, 0, sizeof *u);
    e->undo_pos = e->undo_count - 1;
    return u;
}

/* Before an edit of kind replacing [a, b): joins the current step when it
 * continues it (typing on at the caret, deleting on from it), else saves
 * the present and opens a new step. */
static void undo_record(UiTextEdit *e, int kind, int a, int b)
{
    struct UiUndo *top = e->undo_count ? &e->undo[e->undo_pos] : NULL;
    bool joins = top && top->stale && e->undo_pos == e->undo_count - 1 && top->kind == kind &&
                 kind != UI_UNDO_OTHER && e->cursor == top->end && e->cursor == e->anchor &&
                 (kind != UI_UNDO_TYPE || a == b);
    if (joins) return;
    snapshot_take(e, top ? top : undo_push(e));     /* the caret may have moved since */
    for (int i = e->undo_pos + 1; i < e->undo_count; i++) free(e->undo[i].text);
    e->undo_count = e->undo_pos + 1;
    struct UiUndo *u = undo_push(e);
    u->kind = kind;
    u->stale = true;
}

bool ui_edit_undo(UiTextEdit *e)
{
    if (e->read_only || e->undo_pos <= 0) return false;
    struct UiUndo *top = &e->undo[e->undo_pos];
    if (top->stale) snapshot_take(e, top);
    top->kind = UI_UNDO_NONE;
    snapshot_restore(e, &e->undo[--e->undo_pos]);
    return true;
}

bool ui_edit_redo(UiTextEdit *e)
{
    if (e->read_only || e->undo_pos + 1 >= e->undo_count) return false;
    snapshot_restore(e, &e->undo[++e->undo_pos]);
    return true;
}

void ui_edit_break_undo(UiTextEdit *e)
{
    if (e->undo_count) e->undo[e->undo_pos].kind = UI_UNDO_NONE;
}

bool ui_edit_replace(UiTextEdit *e, int a, int b, const char *s, int n, int kind)
{
    assert(a >= 0 && a <= b && b <= e->len && n >= 0);
    if (e->read_only) return false;
    char *clean = n ? xmalloc((size_t)n * 3) : NULL;
    n = n ? clean_text(s, n, e->multiline, clean) : 0;
    n = fit_len(e, clean, n, b - a);
    bool changed = a != b || n > 0;
    if (changed) {
        undo_record(e, kind, a, b);
        reserve(&e->text, &e->cap, e->len - (b - a) + n + 1);
        memmove(e->text + a + n, e->text + b, (size_t)(e->len - b) + 1);
        if (n) memcpy(e->text + a, clean, (size_t)n);
        e->len += n - (b - a);
        e->cursor = e->anchor = a + n;
        e->undo[e->undo_pos].end = e->cursor;
    }
    free(clean);
    return changed;
}
