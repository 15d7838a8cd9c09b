/* screen_meeting_internal.h: what the screen_meeting_*.c files share:
 * drawing that records its words for tests, the meeting's words and
 * colours, and the parts of the section. */
#ifndef DOJO_SCREEN_MEETING_INTERNAL_H
#define DOJO_SCREEN_MEETING_INTERNAL_H

#include "core/meeting.h"
#include "screen_common.h"
#include "screen_meeting.h"

#define MEETING_DOT " \xC2\xB7 "

/* ---- drawing that also appends the words to v->shown ---- */
void screen_meeting_say(MeetingView *v, const char *text);
int screen_meeting_text(Ui *ui, MeetingView *v, Rect r, const char *text, FontStyle style, Color c);
int screen_meeting_wrapped(Ui *ui, MeetingView *v, Rect r, const char *text, FontStyle style, Color c);
void screen_meeting_para(Ui *ui, MeetingView *v, Rect *r, const char *text, FontStyle style, Color c, int gap);
void screen_meeting_caption(Ui *ui, MeetingView *v, Rect *r, const char *text);
/* A rounded tag at (line.x, line's middle) in colour c; returns its width. */
int screen_meeting_tag(Ui *ui, MeetingView *v, Rect line, const char *label, Color c);
/* A horizontal bar: value of max filled in c; returns the filled width. */
int screen_meeting_bar(Ui *ui, Rect r, int value, int max, Color c);

/* ---- words and colours ---- */
const char *screen_meeting_name(const Scenario *sc, int attendee);
/* The first word of a person's name, into buf: "Dana". */
const char *screen_meeting_first(const Scenario *sc, int person, char *buf, size_t size);
const char *screen_meeting_trait(Trait t);            /* "quiet expert" */
/* "Blame", "Pushes for fixes", ...: an event line's tag. */
const char *screen_meeting_event_label(MeetingEventKind k);
/* How an event was met, once it was: "redirected", "left standing" ... */
const char *screen_meeting_event_outcome(const MeetingEvent *ev, MeetingEventState st);
/* "3 min" and "1:30" (talk time). */
void screen_meeting_talk_time(int seconds, char *buf, size_t size);

/* ---- the parts ---- */
/* The attendee who spoke last, or -1. */
int screen_meeting_speaker(const MeetingState *m);
/* The room (table and seats) and the agenda in r; a click on a seat picks
 * that attendee for the people moves. */
void screen_meeting_room(Ui *ui, Rect r, const Session *s, MeetingView *v);
/* The intro card before the first move, else the transcript (ending with
 * the summary card once the meeting is over). */
void screen_meeting_transcript(Ui *ui, Rect r, const Session *s, MeetingView *v);
/* The card before the first move: the meeting's purpose and the
 * calibration note; and the summary after the last, as the transcript's
 * last item (its height with the gap after it, at the pane's width w). */
void screen_meeting_intro(Ui *ui, Rect r, const Session *s, MeetingView *v);
int screen_meeting_summary_height(Ui *ui, const Session *s, int w);
void screen_meeting_summary(Ui *ui, Rect at, const Session *s, MeetingView *v);
/* The pending events cut off the top of *r; the palette below. */
bool screen_meeting_moves(Ui *ui, Rect r, const Session *s, MeetingView *v, Action *out);
/* Height the banners and palette need at width w, with pick (attendee + 1,
 * 0: nobody) named on the people moves. */
int screen_meeting_moves_height(Ui *ui, const Session *s, int w, int pick);

#endif
