/* chat_view.c: the virtualised transcript. All messages' line starts share
 * one array and their tops are prefix sums, so a frame costs a binary
 * search plus the visible messages, whatever the transcript's length. */
#include <assert.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/util.h"
#include "chat_view.h"

/* Chips past this many in a message are not drawn (nor measured). */
#define CHAT_MAX_CHIPS 64

struct ChatView {
    Platform *p;
    ChatViewStyle style;
    const ChatMessage *msgs;
    int count, laid, cap;       /* messages [0, laid) are wrapped */
    TextLines pool;             /* every message's line starts */
    int *first_line;            /* message i: pool[first_line[i] .. first_line[i + 1]) */
    int *tops;                  /* prefix offsets; tops[laid] is the content height */
    int width, height, scroll, wrap_w;
    unsigned generation;
    ChatViewStats stats;
};

/* Where the parts of a message sit, in px from its top. */
typedef struct ChatBox {
    int day_h;                  /* the day rule's band; the body starts below it */
    int head_y, text_y;         /* the author line; the first text line */
    int chips_y, thread_y;      /* the first chip row; the thread line */
    int h;                      /* the whole block, the gap included */
} ChatBox;

static const Color AVATAR_COLORS[] = {
    {37, 99, 235, 255}, {5, 150, 105, 255}, {217, 119, 6, 255}, {190, 24, 93, 255},
    {124, 58, 237, 255}, {8, 145, 178, 255}, {101, 163, 13, 255}, {220, 38, 38, 255}};

ChatViewStyle chat_view_default_style(Color text, Color muted)
{
    return (ChatViewStyle){.avatar_x = 12, .avatar_size = 32, .author_x = 56, .text_x = 56,
                           .right_pad = 16, .gap = 12, .author_style = FONT_BOLD,
                           .text_style = FONT_REGULAR, .author = text, .time = muted,
                           .text = text, .avatar_text = {255, 255, 255, 255},
                           .rule = muted, .link = text};
}

ChatView *chat_view_create(Platform *p, const ChatViewStyle *style)
{
    ChatView *v = xcalloc(1, sizeof *v);
    v->p = p;
    v->style = *style;
    v->width = -1;
    return v;
}

void chat_view_destroy(ChatView *v)
{
    if (!v) return;
    text_lines_free(&v->pool);
    free(v->first_line);
    free(v->tops);
    free(v);
}

void chat_view_set_style(ChatView *v, const ChatViewStyle *style)
{
    v->style = *style;
    v->width = -1;      /* lengths may differ: the next layout wraps again */
}

static int px(const ChatView *v, int len)
{
    return (int)((float)len * platform_scale(v->p) + 0.5f);
}

void chat_view_set_messages(ChatView *v, const ChatMessage *msgs, int count)
{
    assert(count >= 0 && (msgs || count == 0));
    if (msgs != v->msgs || count < v->laid) {
        v->laid = 0;
        v->pool.count = 0;
    }
    if (count + 1 > v->cap) {
        v->cap = count + 1;
        v->first_line = xrealloc(v->first_line, sizeof *v->first_line * (size_t)v->cap);
        v->tops = xrealloc(v->tops, sizeof *v->tops * (size_t)v->cap);
    }
    v->first_line[0] = v->tops[0] = 0;
    v->msgs = msgs;
    v->count = count;
}

/* ---- the optional parts: chips, the day rule, the thread line ---- */

static int chip_height(ChatView *v) { return platform_line_height(v->p, v->style.text_style) + px(v, 6); }

static int chip_width(ChatView *v, const ChatChip *c)
{
    char n[16];
    int len = snprintf(n, sizeof n, "%d", c->count);
    FontStyle f = v->style.text_style;
    return px(v, 8 + 6 + 8) + platform_text_width(v->p, f, c->label, strlen(c->label)) +
           platform_text_width(v->p, f, n, (size_t)len);
}

/* Lays chips out in rows from x = 0 within width; fills out (when not
 * NULL) with rects relative to the first row's top-left; returns the rows. */
static int chips_place(ChatView *v, const ChatMessage *m, int width, Rect *out)
{
    int n = m->nchips < CHAT_MAX_CHIPS ? m->nchips : CHAT_MAX_CHIPS;
    int x = 0, row = 0, h = chip_height(v), gap = px(v, 4);
    for (int k = 0; k < n; k++) {
        int w = chip_width(v, &m->chips[k]);
        if (x > 0 && x + w > width) x = 0, row++;
        if (out) out[k] = (Rect){x, row * (h + gap), w, h};
        x += w + gap;
    }
    return n ? row + 1 : 0;
}

static int day_height(ChatView *v) { return platform_line_height(v->p, FONT_BOLD) + px(v, 20); }

/* The parts of message i, whose text has nlines lines. */
static ChatBox chat_box(ChatView *v, int i, int nlines)
{
    const ChatMessage *m = &v->msgs[i];
    const ChatViewStyle *st = &v->style;
    int lh = platform_line_height(v->p, st->text_style);
    ChatBox b = {.day_h = m->day ? day_height(v) : 0};
    b.head_y = b.day_h + px(v, st->gap) / 2;
    b.text_y = b.head_y + (m->notice ? 0 : platform_line_height(v->p, st->author_style));
    int y = b.text_y + nlines * lh;
    if (!m->notice && st->avatar_size && b.head_y + px(v, st->avatar_size) > y) y = b.head_y + px(v, st->avatar_size);
    b.chips_y = y + px(v, 6);
    int rows = m->nchips ? chips_place(v, m, v->wrap_w, NULL) : 0;
    if (rows) y = b.chips_y + rows * chip_height(v) + (rows - 1) * px(v, 4);
    b.thread_y = y + px(v, 4);
    if (m->replies) y = b.thread_y + lh + px(v, 4);
    b.h = y + px(v, st->gap) - px(v, st->gap) / 2;
    return b;
}

static ChatBox chat_box_of(ChatView *v, int i)
{
    assert(i >= 0 && i < v->laid);
    return chat_box(v, i, v->first_line[i + 1] - v->first_line[i]);
}

/* ---- layout ---- */

static void wrap_message(ChatView *v, int i, int wrap_w)
{
    const ChatMessage *m = &v->msgs[i];
    const ChatViewStyle *st = &v->style;
    TextBlock b = {m->text, m->text_len, st->text_style, m->spans, m->nspans};
    int n = text_wrap(v->p, &b, wrap_w, &v->pool);
    v->first_line[i + 1] = v->pool.count;
    v->tops[i + 1] = v->tops[i] + chat_box(v, i, n).h;
    v->stats.wraps++;
    v->stats.laid_out++;
}

void chat_view_layout(ChatView *v, int width, int height)
{
    unsigned gen = platform_font_generation(v->p);
    int anchor = -1, offset = 0;
    v->height = height;
    if (width != v->width || gen != v->generation) {
        /* keep the message at the top in place across the relayout */
        anchor = chat_view_message_at(v, v->scroll);
        if (anchor >= 0) offset = v->scroll - v->tops[anchor];
        v->laid = 0;
        v->pool.count = 0;
        v->width = width;
        v->generation = gen;
    }
    const ChatViewStyle *st = &v->style;
    int wrap_w = st->wrap_width ? px(v, st->wrap_width) : width - px(v, st->text_x) - px(v, st->right_pad);
    v->wrap_w = wrap_w < 1 ? 1 : wrap_w;
    for (; v->laid < v->count; v->laid++) wrap_message(v, v->laid, v->wrap_w);
    if (anchor >= 0 && anchor < v->laid) {
        int h = v->tops[anchor + 1] - v->tops[anchor];
        v->scroll = v->tops[anchor] + (offset < h ? offset : h);
    }
    chat_view_scroll_to(v, v->scroll);
}

/* ---- drawing ---- */

static void draw_avatar(ChatView *v, const char *author, int x, int y)
{
    const ChatViewStyle *st = &v->style;
    uint32_t h = 2166136261u;
    for (const char *s = author; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    int size = px(v, st->avatar_size);
    platform_fill_rect(v->p, (Rect){x, y, size, size}, AVATAR_COLORS[h % 8]);
    /* initials: the first letter, and the first after a separator */
    char ini[2] = {author[0], 0};
    for (const char *s = author; *s && !ini[1]; s++)
        if ((*s == ' ' || *s == '.' || *s == '-' || *s == '_') && s[1]) ini[1] = s[1];
    for (int k = 0; k < 2; k++)
        if (ini[k] >= 'a' && ini[k] <= 'z') ini[k] = (char)(ini[k] - 'a' + 'A');
    size_t n = ini[0] & 0x80 ? 0 : ini[1] && !(ini[1] & 0x80) ? 2 : 1;
    int w = platform_text_width(v->p, st->author_style, ini, n);
    int ty = y + (size - platform_line_height(v->p, st->author_style)) / 2;
    platform_draw_text(v->p, st->author_style, x + (size - w) / 2, ty, ini, n, st->avatar_text);
}

/* A rule across the area with the day's label in a gap at its centre. */
static void draw_day(ChatView *v, int i, Rect area, int y)
{
    const ChatMessage *m = &v->msgs[i];
    Rect pill = chat_view_day_rect(v, i, area);
    int ry = y + day_height(v) / 2;
    platform_fill_rect(v->p, (Rect){area.x, ry, pill.x - area.x, 1}, v->style.rule);
    platform_fill_rect(v->p, (Rect){pill.x + pill.w, ry, area.x + area.w - pill.x - pill.w, 1}, v->style.rule);
    int ty = pill.y + (pill.h - platform_line_height(v->p, FONT_BOLD)) / 2;
    platform_draw_text(v->p, FONT_BOLD, pill.x + px(v, 12), ty, m->day, strlen(m->day), v->style.author);
}

static void draw_chips(ChatView *v, const ChatMessage *m, int x, int y)
{
    Rect r[CHAT_MAX_CHIPS];
    int rows = chips_place(v, m, v->wrap_w, r), n = m->nchips < CHAT_MAX_CHIPS ? m->nchips : CHAT_MAX_CHIPS;
    FontStyle f = v->style.text_style;
    int dy = (chip_height(v) - platform_line_height(v->p, f)) / 2;
    for (int k = 0; rows && k < n; k++) {
        const ChatChip *c = &m->chips[k];
        char num[16];
        int len = snprintf(num, sizeof num, "%d", c->count);
        int end = platform_draw_text(v->p, f, x + r[k].x + px(v, 8), y + r[k].y + dy, c->label, strlen(c->label), v->style.text);
        platform_draw_text(v->p, f, end + px(v, 6), y + r[k].y + dy, num, (size_t)len, v->style.text);
    }
}

static void draw_thread_line(ChatView *v, const ChatMessage *m, int x, int y)
{
    const ChatViewStyle *st = &v->style;
    int end = platform_draw_text(v->p, FONT_BOLD, x, y, m->replies, strlen(m->replies), st->link);
    if (!m->last_reply) return;
    end = platform_draw_text(v->p, st->text_style, end, y, " \xC2\xB7 ", 4, st->time);
    platform_draw_text(v->p, st->text_style, end, y, m->last_reply, strlen(m->last_reply), st->time);
}

/* A notice's time follows its last line. */
static void draw_notice_time(ChatView *v, const ChatMessage *m, const TextBlock *b, int i, int x, int y)
{
    int first = v->first_line[i], n = v->first_line[i + 1] - first;
    if (!m->time || !m->time[0] || n < 1) return;
    const int *starts = v->pool.starts + first;
    int lh = platform_line_height(v->p, v->style.text_style);
    int w = text_measure(v->p, b, starts[n - 1], text_line_end(b, starts, n, n - 1));
    platform_draw_text(v->p, v->style.text_style, x + w + px(v, 8), y + (n - 1) * lh, m->time, strlen(m->time), v->style.time);
}

static void draw_message(ChatView *v, int i, Rect area, int y)
{
    const ChatMessage *m = &v->msgs[i];
    const ChatViewStyle *st = &v->style;
    Platform *p = v->p;
    ChatBox box = chat_box_of(v, i);
    int x = area.x;
    if (m->day) draw_day(v, i, area, y);
    if (!m->notice) {
        if (st->avatar_size) draw_avatar(v, m->author, x + px(v, st->avatar_x), y + box.head_y);
        int end = platform_draw_text(p, st->author_style, x + px(v, st->author_x), y + box.head_y, m->author,
                                     strlen(m->author), st->author);
        if (m->time && m->time[0])
            platform_draw_text(p, st->text_style, end + px(v, 8), y + box.head_y, m->time, strlen(m->time), st->time);
    }
    TextBlock b = {m->text, m->text_len, st->text_style, m->spans, m->nspans};
    int first = v->first_line[i], n = v->first_line[i + 1] - first;
    text_draw_lines(p, &b, v->pool.starts + first, n, x + px(v, st->text_x), y + box.text_y,
                    m->notice ? st->time : st->text);
    if (m->notice) draw_notice_time(v, m, &b, i, x + px(v, st->text_x), y + box.text_y);
    if (m->nchips) draw_chips(v, m, x + px(v, st->text_x), y + box.chips_y);
    if (m->replies) draw_thread_line(v, m, x + px(v, st->text_x), y + box.thread_y + px(v, 2));
}

void chat_view_draw(ChatView *v, Rect area)
{
    v->stats.laid_out = v->stats.drawn = 0;
    chat_view_layout(v, area.w, area.h);
    int first = chat_view_message_at(v, v->scroll);
    if (first < 0) return;
    platform_push_clip(v->p, area);
    for (int i = first; i < v->laid && v->tops[i] - v->scroll < area.h; i++) {
        draw_message(v, i, area, area.y + v->tops[i] - v->scroll);
        v->stats.drawn++;
    }
    platform_pop_clip(v->p);
}

/* ---- where things are ---- */

Rect chat_view_body_rect(ChatView *v, int i, Rect area)
{
    ChatBox b = chat_box_of(v, i);
    return (Rect){area.x, area.y + v->tops[i] - v->scroll + b.day_h, area.w, b.h - b.day_h};
}

Rect chat_view_day_rect(ChatView *v, int i, Rect area)
{
    assert(i >= 0 && i < v->laid);
    const ChatMessage *m = &v->msgs[i];
    if (!m->day) return (Rect){0, 0, 0, 0};
    int w = platform_text_width(v->p, FONT_BOLD, m->day, strlen(m->day)) + px(v, 24);
    int h = platform_line_height(v->p, FONT_BOLD) + px(v, 8);
    int y = area.y + v->tops[i] - v->scroll + (day_height(v) - h) / 2;
    return (Rect){area.x + (area.w - w) / 2, y, w, h};
}

Rect chat_view_thread_rect(ChatView *v, int i, Rect area)
{
    ChatBox b = chat_box_of(v, i);
    const ChatMessage *m = &v->msgs[i];
    if (!m->replies) return (Rect){0, 0, 0, 0};
    const ChatViewStyle *st = &v->style;
    int w = platform_text_width(v->p, FONT_BOLD, m->replies, strlen(m->replies));
    if (m->last_reply)
        w += platform_text_width(v->p, st->text_style, " \xC2\xB7 ", 4) +
             platform_text_width(v->p, st->text_style, m->last_reply, strlen(m->last_reply));
    int lh = platform_line_height(v->p, st->text_style);
    return (Rect){area.x + px(v, st->text_x) - px(v, 6), area.y + v->tops[i] - v->scroll + b.thread_y,
                  w + px(v, 12), lh + px(v, 4)};
}

Rect chat_view_chip_rect(ChatView *v, int i, int k, Rect area)
{
    ChatBox b = chat_box_of(v, i);
    const ChatMessage *m = &v->msgs[i];
    if (k < 0 || k >= m->nchips || k >= CHAT_MAX_CHIPS) return (Rect){0, 0, 0, 0};
    Rect r[CHAT_MAX_CHIPS];
    chips_place(v, m, v->wrap_w, r);
    return (Rect){area.x + px(v, v->style.text_x) + r[k].x, area.y + v->tops[i] - v->scroll + b.chips_y + r[k].y,
                  r[k].w, r[k].h};
}

/* ---- scrolling and hit testing ---- */

int chat_view_message_at(const ChatView *v, int y)
{
    if (v->laid == 0 || y < 0 || y >= v->tops[v->laid]) return -1;
    int lo = 0, hi = v->laid - 1;   /* the last message whose top is <= y */
    while (lo < hi) {
        int mid = lo + (hi - lo + 1) / 2;
        if (v->tops[mid] <= y) lo = mid;
        else hi = mid - 1;
    }
    return lo;
}

int chat_view_visible(const ChatView *v, int *first)
{
    *first = chat_view_message_at(v, v->scroll);
    if (*first < 0) return 0;
    int end = *first;
    while (end < v->laid && v->tops[end] - v->scroll < v->height) end++;
    return end;
}

int chat_view_content_height(const ChatView *v) { return v->laid ? v->tops[v->laid] : 0; }

int chat_view_max_scroll(const ChatView *v)
{
    int m = chat_view_content_height(v) - v->height;
    return m > 0 ? m : 0;
}

void chat_view_scroll_to(ChatView *v, int y)
{
    int m = chat_view_max_scroll(v);
    v->scroll = y < 0 ? 0 : y > m ? m : y;
}

void chat_view_scroll_by(ChatView *v, int dy)
{
    long long y = (long long)v->scroll + dy;
    chat_view_scroll_to(v, y < 0 ? 0 : y > INT_MAX ? INT_MAX : (int)y);
}
int chat_view_scroll(const ChatView *v) { return v->scroll; }
ChatViewStats chat_view_stats(const ChatView *v) { return v->stats; }

int chat_view_message_top(const ChatView *v, int i)
{
    assert(i >= 0 && i <= v->laid);
    return v->tops[i];
}
