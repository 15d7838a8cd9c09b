/* screen_debrief_internal.h: what the screen_debrief_*.c files share: the
 * page's blocks, drawing that records its words for tests (and only
 * measures while the page is laid out), and the parts of the page. */
#ifndef DOJO_SCREEN_DEBRIEF_INTERNAL_H
#define DOJO_SCREEN_DEBRIEF_INTERNAL_H

#include "screen_common.h"
#include "screen_debrief.h"

#define DEBRIEF_DOT " \xC2\xB7 "

/* The page is a column of blocks, each measured once per layout (the
 * same code runs with v->measuring set and an empty clip) and drawn only
 * while it shows: the criteria alone are too many wrapped texts to lay
 * out every frame. */
typedef enum {
    BLOCK_SCORE, BLOCK_HEADING, BLOCK_CATEGORY, BLOCK_CRITERION,
    BLOCK_MODEL_FACTORS, BLOCK_MODEL_FIELD, BLOCK_MODEL_TIMELINE,
    BLOCK_PATH, BLOCK_METRICS
} DebriefBlockKind;
typedef enum { HEADING_CRITERIA, HEADING_MODEL, HEADING_PATH, HEADING_METRICS } DebriefHeading;

typedef struct DebriefBlock { DebriefBlockKind kind; int index, top, h; } DebriefBlock;

/* ---- drawing that also appends the words to v->shown; while measuring
 * they draw and keep nothing and return the same sizes ---- */
void screen_debrief_say(DebriefView *v, const char *text);
int screen_debrief_text(Ui *ui, DebriefView *v, Rect r, const char *text, FontStyle style, Color c);
int screen_debrief_wrapped(Ui *ui, DebriefView *v, Rect r, const char *text, FontStyle style, Color c);
void screen_debrief_para(Ui *ui, DebriefView *v, Rect *r, const char *text, FontStyle style, Color c, int gap);
void screen_debrief_caption(Ui *ui, DebriefView *v, Rect *r, const char *text);
/* A line that folds a part open and shut, cut off the top of *r: a
 * triangle, the title in bold and a muted note. Returns true when clicked. */
bool screen_debrief_fold(Ui *ui, DebriefView *v, Rect *r, int fold, const char *title, const char *note);
/* Big digits for the total ("87.5"), drawn as rounded segments so the
 * score reads from across a room; h is their height in px. Returns the
 * width drawn. */
int screen_debrief_digits(Ui *ui, Rect at, const char *text, int h, Color c);
int screen_debrief_digits_width(Ui *ui, const char *text, int h);
/* A small card of one figure: the value in bold beside its label, a note
 * wrapped under them, in r. A row of cards is as high as its tallest
 * note: screen_debrief_card_h of the largest screen_debrief_card_note_h
 * at the cards' width w. */
void screen_debrief_card(Ui *ui, DebriefView *v, Rect r, const char *value, const char *label, const char *note);
int screen_debrief_card_note_h(Ui *ui, const char *note, int w);
int screen_debrief_card_h(Ui *ui, int note_h);
/* Cards of width at least min_w design px in rows across w: how many a row. */
int screen_debrief_card_columns(Ui *ui, int w, int min_w);

/* ---- evidence ---- */
/* Whether the participant found e, in one or two words ("pinned", "not
 * found yet") and the colour to say it in. */
const char *screen_debrief_found(const Session *s, Entity e, bool *found);
/* One line linking to evidence, cut off the top of *r: its label as a
 * link, what the participant did with it on the right. A click asks to
 * show it (sets *out). Returns the link's rect (zero while measuring). */
Rect screen_debrief_link(Ui *ui, DebriefView *v, Rect *r, const Session *s, Entity e, UiId id, DebriefIntent *out);

/* ---- the blocks; each cuts itself off the top of *r ---- */
void screen_debrief_score(Ui *ui, DebriefView *v, Rect *r, const Session *s);
void screen_debrief_heading(Ui *ui, DebriefView *v, Rect *r, DebriefHeading h);
void screen_debrief_category(Ui *ui, DebriefView *v, Rect *r, const Session *s, Category c);
void screen_debrief_criterion(Ui *ui, DebriefView *v, Rect *r, const Session *s, int i, DebriefIntent *out);
void screen_debrief_model_factors(Ui *ui, DebriefView *v, Rect *r, const Session *s, DebriefIntent *out);
void screen_debrief_model_field(Ui *ui, DebriefView *v, Rect *r, const Session *s, ReportField f);
void screen_debrief_model_timeline(Ui *ui, DebriefView *v, Rect *r, const Session *s, DebriefIntent *out);
/* Whether field f has anything to compare: the model's text or the participant's. */
bool screen_debrief_model_has(const Session *s, ReportField f);
void screen_debrief_path(Ui *ui, DebriefView *v, Rect *r, const Session *s, const ActionLog *log);
void screen_debrief_metrics(Ui *ui, DebriefView *v, Rect *r, const Session *s);

/* "Investigation", "Action items": a category as the page names it. */
const char *screen_debrief_category_label(Category c);

#endif
