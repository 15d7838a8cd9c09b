/* chat_view.h: a virtualised chat transcript. Every message is wrapped
 * once (again only when the width or scale changes); each frame finds the
 * first visible message by binary search over prefix offsets and draws
 * only the visible ones, without allocating. */
#ifndef DOJO_CHAT_VIEW_H
#define DOJO_CHAT_VIEW_H

#include "platform/platform.h"
#include "ui/text.h"

/* One message; every pointer is borrowed and must outlive the view's use
 * of it. time may be "" and spans NULL. */
typedef struct ChatMessage {
    const char *author, *time, *text;
    int text_len;
    const TextSpan *spans;
    int nspans;
} ChatMessage;

/* Lengths in px at scale 1; the view multiplies them by platform_scale(). */
typedef struct ChatViewStyle {
    int avatar_x, avatar_size;  /* initials square; size 0: none */
    int author_x, text_x;       /* from the view's left edge */
    int wrap_width;             /* 0: to the view's right edge less right_pad */
    int right_pad, gap;         /* gap: between messages */
    FontStyle author_style, text_style;
    Color author, time, text, avatar_text;
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
/* Borrows msgs. Passing the same array with a larger count wraps only the
 * new messages (a chat that grows as the clock advances). */
void chat_view_set_messages(ChatView *v, const ChatMessage *msgs, int count);
/* Sets the viewport size and wraps whatever the width or scale made stale. */
void chat_view_layout(ChatView *v, int width, int height);
void chat_view_draw(ChatView *v, Rect area);

/* Scrolling, in px from the top, clamped to [0, max]. */
void chat_view_scroll_by(ChatView *v, int dy);
void chat_view_scroll_to(ChatView *v, int y);
int chat_view_scroll(const ChatView *v);
int chat_view_max_scroll(const ChatView *v);
int chat_view_content_height(const ChatView *v);
/* The y of message i's top in content coordinates. */
int chat_view_message_top(const ChatView *v, int i);
/* The message under content y, or -1. */
int chat_view_message_at(const ChatView *v, int y);
ChatViewStats chat_view_stats(const ChatView *v);

#endif
