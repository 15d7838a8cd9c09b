/* screen_debrief.h: the Debrief section, the payoff of a play: the score
 * and its categories, every criterion met or missed with why it matters
 * and where its evidence was, the scenario's model analysis beside the
 * participant's, the path they took on the in-game clock, the incident's
 * coordination metrics, and the exports. It changes nothing: it asks the
 * workspace to show evidence elsewhere, or the app to write an export. */
#ifndef DOJO_SCREEN_DEBRIEF_H
#define DOJO_SCREEN_DEBRIEF_H

#include <stdbool.h>
#include <stdint.h>
#include "core/path.h"
#include "core/rubric.h"
#include "core/signals.h"
#include "core/util.h"
#include "ui/ui.h"

/* The documents the Debrief offers to save. */
typedef enum { DEBRIEF_EXPORT_MARKDOWN, DEBRIEF_EXPORT_JSON, DEBRIEF_EXPORT_XAPI, DEBRIEF_EXPORT_COUNT } DebriefExport;

/* The parts of the model analysis that fold: the factors, each report
 * field (by ReportField; factors and calibration unused) and the story. */
enum { DEBRIEF_FOLD_FACTORS = REPORT_FIELD_COUNT, DEBRIEF_FOLD_TIMELINE, DEBRIEF_FOLD_COUNT };

/* Zero it to start; screen_debrief_free releases what it built. */
typedef struct DebriefView {
    const Scenario *sc;           /* what the caches were built for; NULL: none */
    uint64_t sc_hash;
    /* built once per scenario */
    Entity *ev; int *ev_from;     /* criterion i's evidence: ev[ev_from[i] .. ev_from[i + 1]) */
    Signals signals;
    /* the score and the path, computed again only when the session changes */
    bool scored;
    const Session *scored_session;
    int scored_actions;
    Score score;
    const ActionLog *path_log;
    int path_count;               /* log entries the path was built from */
    PathStep *steps; int step_count;
    /* the page: blocks measured once per layout, only visible ones drawn */
    struct DebriefBlock *blocks; int block_count, block_cap;
    int layout_w, layout_actions, layout_steps;
    unsigned layout_gen, layout_folds;
    const Session *layout_session;
    UiScroll scroll;
    bool measuring;               /* the blocks are being measured, not drawn */
    bool *ev_all;                 /* per criterion: every evidence link shown, not the first few */
    bool fold_open[DEBRIEF_FOLD_COUNT];
    bool folds_set;               /* the defaults above were applied */
    int hover_step;               /* the path's dot under the mouse, -1: none */
    /* every string the last frame drew, one a line, for tests */
    StrBuf shown;
    /* where the last frame drew things, for tests; zero when not drawn */
    Rect export_rect[DEBRIEF_EXPORT_COUNT];
    Rect *link_rect;              /* per entry of ev */
    Rect *dot_rect;               /* per step */
    int dots_drawn;               /* steps drawn as dots by the last frame */
    Rect fold_rect[DEBRIEF_FOLD_COUNT];
} DebriefView;

typedef enum { DEBRIEF_NONE, DEBRIEF_SHOW, DEBRIEF_EXPORT } DebriefIntentKind;
/* SHOW: the participant asked to see evidence where it lives: an item or
 * a source (Sources), a fact (the Timeline once learned, else Interviews),
 * a question (Interviews). EXPORT: save the document of that format. */
typedef struct DebriefIntent {
    DebriefIntentKind kind;
    Entity what;
    DebriefExport format;
} DebriefIntent;

/* Draws the section in r. log is the log s was replayed from (for the
 * path; NULL: the path is not shown); host runs the scenario's function
 * conditions (NULL: they count as not met). */
DebriefIntent screen_debrief(Ui *ui, Rect r, const Session *s, const ActionLog *log, const CondHost *host,
                             DebriefView *v);
/* "report (Markdown)", "result (JSON)", "xAPI statements": for messages. */
const char *screen_debrief_export_name(DebriefExport f);
void screen_debrief_free(DebriefView *v);

#endif
