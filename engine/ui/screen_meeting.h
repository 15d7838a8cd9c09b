/* screen_meeting.h: the Meeting section: the review meeting the participant
 * facilitates: the room, the agenda and clock, the transcript, and the
 * palette of facilitation moves, each returned as a move action. */
#ifndef DOJO_SCREEN_MEETING_H
#define DOJO_SCREEN_MEETING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "core/action.h"
#include "core/session.h"
#include "ui/ui.h"

/* Zero it to start; screen_meeting_free releases what it built. */
typedef struct MeetingView {
    const Scenario *sc;           /* what the arrays were built for; NULL: none */
    uint64_t sc_hash;
    int pick;                     /* the attendee the people moves go to, + 1; 0: nobody yet */
    /* the transcript: tops of its items, measured again only when the
     * lines, the width or the fonts change */
    int *tx_top; int tx_count, tx_cap;
    const Session *tx_session;
    int tx_lines, tx_actions, tx_width, tx_view_h;
    unsigned tx_gen;
    UiScroll tx_scroll;
    int tx_drawn;                 /* items drawn by the last frame */
    UiScroll side_scroll;         /* the room and the agenda, when short of height */
    /* every string the last frame drew, one a line, for tests */
    StrBuf shown;                 /* the words drawn last frame, for tests */
    /* where the last frame drew things, for tests; zero when not drawn */
    Rect *seat_rect;              /* per attendee */
    int *bar_w;                   /* per attendee: the talk bar's filled width */
    Rect move_rect[MOVE_KIND_COUNT];
    Rect banner_rect;             /* the pending event */
    Rect summary_rect;            /* the card after the meeting */
} MeetingView;

/* Draws the section in r; returns true and fills *out (the caller's to
 * apply and clear) with a move action when the participant makes one. */
bool screen_meeting(Ui *ui, Rect r, const Session *s, MeetingView *v, Action *out);
void screen_meeting_free(MeetingView *v);

#endif
