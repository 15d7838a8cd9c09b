/* screen_interviews_internal.h: what the screen_interviews_*.c files share:
 * drawing that records its words for tests, the colours and words of moods
 * and question kinds, and the parts of the section. */
#ifndef DOJO_SCREEN_INTERVIEWS_INTERNAL_H
#define DOJO_SCREEN_INTERVIEWS_INTERNAL_H

#include "screen_common.h"
#include "screen_interviews.h"

/* ---- drawing that also appends the words to v->shown ---- */
void screen_interviews_say(InterviewsView *v, const char *text);
int screen_interviews_text(Ui *ui, InterviewsView *v, Rect r, const char *text, FontStyle style, Color c);
int screen_interviews_wrapped(Ui *ui, InterviewsView *v, Rect r, const char *text, FontStyle style, Color c);
void screen_interviews_para(Ui *ui, InterviewsView *v, Rect *r, const char *text, FontStyle style,
                            Color c, int gap);
void screen_interviews_caption(Ui *ui, InterviewsView *v, Rect *r, const char *text);
/* A dot of colour c at the left of line r; returns the width it took with
 * the gap after it. */
int screen_interviews_dot(Ui *ui, Rect line, Color c);
/* A small tag (a question's kind) at (x, line's middle); returns its width. */
int screen_interviews_tag(Ui *ui, InterviewsView *v, Rect line, const char *label, Color c);
int screen_interviews_tag_width(Ui *ui, const char *label);

/* ---- words and colours ---- */
/* "cue", "normal work": a kind as people read it. */
const char *screen_interviews_kind_label(QuestionKind k);
/* What a kind of question does to an interview, in a few words. */
const char *screen_interviews_kind_why(QuestionKind k);
Color screen_interviews_kind_color(const Theme *t, QuestionKind k);
const char *screen_interviews_name(const Scenario *sc, int iv);
/* Why iv cannot talk at the clock, and when they could: "Tomás Ferreira
 * is away: on leave .... They were available until Day 1, 13:00." */
void screen_interviews_away_text(const Session *s, int iv, char *buf, size_t size);

/* A copy of text without the spaces around it, NULL when nothing is left. */
char *screen_interviews_trimmed(const char *text);

/* ---- the parts ---- */
/* The checklist of whom to interview; fills the drafts from the session. */
void screen_interviews_choose_start(InterviewsView *v, const Session *s);
bool screen_interviews_choose(Ui *ui, Rect r, const Session *s, InterviewsView *v, Action *out);
/* The shown person's conversation: header, transcript, questions. */
bool screen_interviews_talk(Ui *ui, Rect r, const Session *s, InterviewsView *v, Action *out);
void screen_interviews_transcript(Ui *ui, Rect r, const Session *s, InterviewsView *v);
void screen_interviews_notebook(Ui *ui, Rect r, const Session *s, InterviewsView *v);
void screen_interviews_feedback(Ui *ui, Rect r, const Session *s, InterviewsView *v);
bool screen_interviews_calibration(Ui *ui, Rect r, const Session *s, InterviewsView *v, Action *out);

#endif
