/* viewer_chat_internal.h: the chat viewer's state, shared by its files
 * (viewer_chat.c: the channel; _build.c: items to messages; _pane.c: one
 * scrolling transcript; _thread.c: the side pane) and by its tests. */
#ifndef DOJO_VIEWER_CHAT_INTERNAL_H
#define DOJO_VIEWER_CHAT_INTERNAL_H

#include "chat_view.h"
#include "core/util.h"
#include "viewer.h"

/* A transcript on screen: the view and which item each message is. */
typedef struct ChatPane {
    ChatView *view;
    ChatMessage *msgs;          /* in the owner's arena */
    int *items;                 /* message k is Scenario.items[items[k]] */
    int count;
    Rect area;                  /* where the messages were last drawn */
    Rect clip;                  /* the area less the scroll bar over its right edge */
    bool hold_width;            /* keep the layout's width (a splitter is dragged) */
} ChatPane;

struct ViewerChat {
    const Scenario *sc;
    int source;
    ThemeId theme;
    float scale;
    Arena arena;                /* the channel's messages and their strings */
    ChatPane main;              /* the channel: top-level messages only */
    int thread;                 /* the open thread's root item, or -1 */
    Arena thread_arena;         /* the open thread's messages */
    ChatPane side;              /* the root, then its replies */
    int side_w;                 /* the side pane's width in px; 0: not yet set */
    Rect close_button;          /* the side pane's close button, last drawn */
};

/* ---- viewer_chat_build.c ---- */
/* The look of a transcript on the current theme. */
ChatViewStyle chat_build_style(Ui *ui);
/* Fills m for item (a message, join or leave) with strings in a: author,
 * time, text (a notice's in words) and reaction chips. No day rule and no
 * thread line. */
void chat_build_message(Arena *a, const Scenario *sc, int item, const char *channel, ChatMessage *m);
/* The channel's top-level items as pane messages, each root with its
 * thread line, each first message of a day under a day rule. */
void chat_build_channel(ViewerChat *c);
/* "Thursday 12 March" for t in the scenario's time zone, with the year
 * when it is not the incident's. */
void chat_build_day(const Scenario *sc, DojoTime t, char *buf, int size);
/* The reaction's chip label: the emoji itself, the emoji of a known name
 * ("eyes"), else the name as ":name:" (in a). */
const char *chat_build_emoji(Arena *a, const char *name);
/* "Priya Nair and Marcus Lee reacted with :eyes:" */
void chat_build_reactors(const Scenario *sc, const Reaction *r, char *buf, int size);

/* ---- viewer_chat_pane.c ---- */
/* The message showing item, or -1. */
int chat_pane_find(const ChatPane *p, int item);
/* Draws pane p in r as a scroll region named id: the items' states and
 * boxes, the messages, then the mouse (thread lines, chips' tooltips,
 * select and pin). reveal >= 0: scrolls that item into view first.
 * Returns the root item whose thread line was clicked, or -1. */
int chat_pane_draw(Ui *ui, ChatPane *p, Rect r, const char *id, const Scenario *sc, ViewerNav *nav, int reveal);
void chat_pane_free(ChatPane *p);

/* ---- viewer_chat_thread.c ---- */
/* Opens root's thread in the side pane (a no-op if it is open). */
void chat_thread_open(Ui *ui, ViewerChat *c, int root);
void chat_thread_close(ViewerChat *c);
/* Cuts the side pane off r's right (with a splitter) and draws the thread
 * in it, revealing item reveal if >= 0. */
void chat_thread_draw(Ui *ui, ViewerChat *c, Rect *r, ViewerNav *nav, int reveal);

/* For tests: the open thread's root item (-1: none), the panes, and where
 * parts of item were last drawn in a pane (zero rect: not in it); the
 * channel has the thread lines, the side pane the close button. */
int viewer_chat_thread(const ViewerChat *c);
const ChatPane *viewer_chat_pane(const ViewerChat *c, bool side);
Rect viewer_chat_message_rect(ViewerChat *c, bool side, int item);
Rect viewer_chat_thread_rect(ViewerChat *c, int item);
Rect viewer_chat_chip_rect(ViewerChat *c, bool side, int item, int chip);
Rect viewer_chat_close_rect(const ViewerChat *c);

#endif
