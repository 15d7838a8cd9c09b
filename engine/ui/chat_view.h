/* chat_view.h: a virtualised chat transcript. Every message is wrapped
 * once (again only when the width or scale changes); each frame finds the
 * first visible message by binary search over prefix offsets and draws
 * only the visible ones, without allocating. */
#ifndef DOJO_CHAT_VIEW_H
#define DOJO_CHAT_VIEW_H

#include <stdbool.h>
#include "platform/platform.h"
#include "ui/text.h"

/* A reaction under a message: an emoji (or ":name:") and how many reacted. */
typedef struct ChatChip { const char *label; int count; } ChatChip;

/* One message; every pointer is borrowed and must outlive the view's use
 * of it. time may be "" and spans NULL. The fields after nspans are
 * optional: zero draws a plain message. */
typedef struct ChatMessage {
    const char *author, *time, *text;
    int text_len;
    const TextSpan *spans;
    int nspans;
    bool notice;                /* joined, left: muted text, time in the gutter, no header */
    const char *day;            /* a centred rule with this label above it (a day) */
    const char *replies;        /* a thread line under it: "2 replies" (link colour) */
    const char *last_reply;     /* ... then " · last reply 12:31" (muted); may be NULL */
    const ChatChip *chips;      /* reactions, in one or more rows of chips */
    int nchips;
} ChatMessage;

/* Lengths in px at scale 1; the view multiplies them by platform_scale(). */
typedef struct ChatViewStyle {
    int avatar_x, avatar_size;  /* initials square; size 0: none */
    int author_x, text_x;       /* from the view's left edge */
    int wrap_width;             /* 0: to the view's right edge less right_pad */
    int right_pad, gap;         /* gap: between messages, half above and half below */
    FontStyle author_style, text_style;
    Color author, time, text, avatar_text;
    Color rule, link;           /* the day rule; the thread line's count */
} ChatViewStyle;

typedef struct ChatViewStats {
    int laid_out, drawn;        /* messages wrapped / drawn by the last draw */
    unsigned wraps;             /* messages wrapped since create */
} ChatViewStats;

typedef struct ChatView ChatView;

/* The transcript's look on a theme: bold author, muted time, avatars. */
ChatViewStyle chat_view_default_style(Color text, Color muted);

ChatView *chat_view_create(Platform *p, const ChatViewStyle *style);
void chat_view_destroy(ChatView *v);
/* A new look (a theme change); everything is wrapped again. */
void chat_view_set_style(ChatView *v, const ChatViewStyle *style);
/* Borrows msgs. Passing the same array with a larger count wraps only the
 * new messages (a chat that grows as the clock advances). */
void chat_view_set_messages(ChatView *v, const ChatMessage *msgs, int count);
/* Sets the viewport size and wraps whatever the width or scale made stale. */
void chat_view_layout(ChatView *v, int width, int height);
/* Draws the visible messages' text, avatars and rules into area. What sits
 * behind them (a selection, the chips' and day labels' boxes) is the
 * caller's, drawn first at the rects below. */
void chat_view_draw(ChatView *v, Rect area);

/* Scrolling, in px from the top, clamped to [0, max]. */
void chat_view_scroll_by(ChatView *v, int dy);
void chat_view_scroll_to(ChatView *v, int y);
int chat_view_scroll(const ChatView *v);
int chat_view_max_scroll(const ChatView *v);
int chat_view_content_height(const ChatView *v);
/* The y of message i's top in content coordinates (its day rule included). */
int chat_view_message_top(const ChatView *v, int i);
/* The message under content y, or -1. */
int chat_view_message_at(const ChatView *v, int y);
/* The messages [*first, return) that show in a view of the laid-out
 * height at the current scroll; *first is -1 and 0 is returned for none. */
int chat_view_visible(const ChatView *v, int *first);
ChatViewStats chat_view_stats(const ChatView *v);

/* Where parts of laid-out message i are on screen when drawn into area;
 * a zero rect when it has no such part. The message without its day rule
 * (what a selection covers): */
Rect chat_view_body_rect(ChatView *v, int i, Rect area);
/* The day rule's label, padded into a pill. */
Rect chat_view_day_rect(ChatView *v, int i, Rect area);
/* The thread line, padded: what a click opens the thread on. */
Rect chat_view_thread_rect(ChatView *v, int i, Rect area);
/* Reaction chip k. */
Rect chat_view_chip_rect(ChatView *v, int i, int k, Rect area);

#endif
