/* chat_view.c: the virtualised transcript. All messages' line starts share
 * one array and their tops are prefix sums, so a frame costs a binary
 * search plus the visible messages, whatever the transcript's length. */
#include <assert.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "core/util.h"
#include "chat_view.h"

struct ChatView {
    Platform *p;
    ChatViewStyle style;
    const ChatMessage *msgs;
    int count, laid, cap;       /* messages [0, laid) are wrapped */
    TextLines pool;             /* every message's line starts */
    int *first_line;            /* message i: pool[first_line[i] .. first_line[i + 1]) */
    int *tops;                  /* prefix offsets; tops[laid] is the content height */
    int width, height, scroll;
    unsigned generation;
    ChatViewStats stats;
};

static const Color AVATAR_COLORS[] = {
    {37, 99, 235, 255}, {5, 150, 105, 255}, {217, 119, 6, 255}, {190, 24, 93, 255},
    {124, 58, 237, 255}, {8, 145, 178, 255}, {101, 163, 13, 255}, {220, 38, 38, 255}};

ChatViewStyle chat_view_default_style(Color text, Color muted)
{
    return (ChatViewStyle){.avatar_x = 12, .avatar_size = 32, .author_x = 56, .text_x = 56,
                           .right_pad = 16, .gap = 12, .author_style = FONT_BOLD,
                           .text_style = FONT_REGULAR, .author = text, .time = muted,
                           .text = text, .avatar_text = {255, 255, 255, 255}};
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

static void wrap_message(ChatView *v, int i, int wrap_w)
{
    const ChatMessage *m = &v->msgs[i];
    const ChatViewStyle *st = &v->style;
    TextBlock b = {m->text, m->text_len, st->text_style, m->spans, m->nspans};
    int n = text_wrap(v->p, &b, wrap_w, &v->pool);
    int h = platform_line_height(v->p, st->author_style) + n * platform_line_height(v->p, st->text_style);
    if (st->avatar_size && px(v, st->avatar_size) > h) h = px(v, st->avatar_size);
    v->first_line[i + 1] = v->pool.count;
    v->tops[i + 1] = v->tops[i] + h + px(v, st->gap);
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
    if (wrap_w < 1) wrap_w = 1;
    for (; v->laid < v->count; v->laid++) wrap_message(v, v->laid, wrap_w);
    if (anchor >= 0) {
        int h = v->tops[anchor + 1] - v->tops[anchor];
        v->scroll = v->tops[anchor] + (offset < h ? offset : h);
    }
    chat_view_scroll_to(v, v->scroll);
}

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

static void draw_message(ChatView *v, int i, int x, int y)
{
    const ChatMessage *m = &v->msgs[i];
    const ChatViewStyle *st = &v->style;
    Platform *p = v->p;
    if (st->avatar_size) draw_avatar(v, m->author, x + px(v, st->avatar_x), y);
    int end = platform_draw_text(p, st->author_style, x + px(v, st->author_x), y, m->author,
                                 strlen(m->author), st->author);
    if (m->time && m->time[0])
        platform_draw_text(p, st->text_style, end + px(v, 8), y, m->time, strlen(m->time), st->time);
    TextBlock b = {m->text, m->text_len, st->text_style, m->spans, m->nspans};
    int first = v->first_line[i], n = v->first_line[i + 1] - first;
    text_draw_lines(p, &b, v->pool.starts + first, n, x + px(v, st->text_x),
                    y + platform_line_height(p, st->author_style), st->text);
}

void chat_view_draw(ChatView *v, Rect area)
{
    v->stats.laid_out = v->stats.drawn = 0;
    chat_view_layout(v, area.w, area.h);
    int first = chat_view_message_at(v, v->scroll);
    if (first < 0) return;
    platform_push_clip(v->p, area);
    for (int i = first; i < v->laid && v->tops[i] - v->scroll < area.h; i++) {
        draw_message(v, i, area.x, area.y + v->tops[i] - v->scroll);
        v->stats.drawn++;
    }
    platform_pop_clip(v->p);
}

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
