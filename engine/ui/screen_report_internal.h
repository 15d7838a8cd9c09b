/* screen_report_internal.h: what the screen_report_*.c files share: the
 * frame's context, the drafts behind every editor (kept in step with the
 * session, scanned by the language coach), and the parts of the document. */
#ifndef DOJO_SCREEN_REPORT_INTERNAL_H
#define DOJO_SCREEN_REPORT_INTERNAL_H

#include "screen_common.h"
#include "screen_report.h"

/* One frame of the section: the column is cut from the top as the parts
 * are drawn; top is where the document starts (content y 0). */
typedef struct ReportCtx {
    Ui *ui;
    const Session *s;
    ReportView *v;
    Action *out;
    Rect view;                   /* the scrolling view */
    Rect col;
    int top;
} ReportCtx;

/* The frame's one action: the first wins, a second is dropped (its draft
 * stays unsaved and goes out in a later frame). */
void report_emit(ReportCtx *c, Action a);

/* ---- words drawn, kept for tests ---- */
void report_say(ReportView *v, const char *text);
int report_text(ReportCtx *c, Rect r, const char *text, FontStyle style, Color col);
void report_para(ReportCtx *c, const char *text, FontStyle style, Color col, int gap);
/* A part's heading: a rule, the title, and on the right how many phrases
 * the coach flags in it; records where the part starts for the outline. */
void report_heading(ReportCtx *c, ReportPart part, const char *title, int hits);
/* "2 phrases to reconsider"; "" for none. */
void report_hits_label(int hits, char *buf, size_t size);
/* Scrolls the document so a widget that Tab just reached shows. */
void report_reveal(ReportCtx *c, UiId id, Rect r);
/* A button drawn greyed that does nothing, for a choice not open now. */
void report_disabled_button(Ui *ui, Rect r, const char *label);
/* A button too small for ui_button's padding (an arrow, a ×): the glyph
 * centred over an unlabelled button. */
bool report_icon_button(Ui *ui, UiId id, Rect r, const char *glyph);

/* ---- drafts (screen_report_drafts.c) ---- */
void report_draft_init(ReportDraft *d, int uid);
void report_draft_free(ReportDraft *d);
/* Forgets the session text it saw: the next sync takes the session's. */
void report_draft_forget(ReportDraft *d);
/* Empties it: text, what it saw and what it saved. */
void report_draft_clear(ReportDraft *d);
/* Takes a change of the session's text (NULL: empty): into an untouched
 * or unfocused draft; a focused one with edits keeps them, to save later. */
void report_draft_sync(ReportDraft *d, const char *text, bool focused);
bool report_draft_dirty(const ReportDraft *d);
/* Text after trimming spaces is empty. */
bool report_draft_blank(const ReportDraft *d);
/* Marks the draft's text as saved: base becomes it. */
void report_draft_saved(ReportDraft *d);
UiId report_draft_id(Ui *ui, const ReportDraft *d);
/* Runs the coach again when the text changed since the last scan. */
void report_draft_scan(const Scenario *sc, ReportDraft *d);
/* The editor, at least min_lines high and growing with its text, then the
 * coach's suggestion for the phrase under the mouse or the cursor. */
unsigned report_editor(ReportCtx *c, ReportDraft *d, int min_lines, int max_lines);

/* ---- saving (screen_report.c) ---- */
/* Builds the action that saves the first unsaved draft that may be saved
 * now: unfocused, or asked to (Ctrl+S); any when ui is NULL. */
bool report_commit_next(Ui *ui, const Session *s, ReportView *v, Action *out);

/* ---- the outline (screen_report_outline.c) ---- */
/* After the document's scroll region: the part at the top of the view,
 * unless the outline just jumped to one. */
void report_current_part(Ui *ui, ReportView *v, int view_h);
void report_outline(ReportCtx *c, Rect r);

/* ---- the written parts (screen_report_parts.c) ---- */
/* Summary and narrative, before the timeline. */
void report_text_parts_top(ReportCtx *c);
/* What went well, the themes, open questions and action items. */
void report_text_parts_rest(ReportCtx *c);

/* ---- the timeline (screen_report_timeline.c) ---- */
/* The report timeline as session_timeline gives it, taken again only when
 * the session changed. */
void report_timeline_sync(const Session *s, ReportView *v);
void report_timeline(ReportCtx *c);

/* ---- factors (screen_report_factors.c) ---- */
/* Moves the drafts once a sent add or remove is applied, then syncs them. */
void report_factors_sync(Ui *ui, const Session *s, ReportView *v);
void report_factors(ReportCtx *c);
/* The action that saves factor i's draft (ACTION_MAX_FACTORS: the fresh
 * one) with evidence ev; false when it cannot be saved (blank). */
bool report_factor_action(const Session *s, ReportView *v, int i, const Entity *ev, int n, Action *out);
/* Factor i's evidence (the fresh one's for ACTION_MAX_FACTORS) that the
 * session would accept again: pinned items, learned facts. */
int report_factor_evidence(const Session *s, const ReportView *v, int i, Entity *out);
bool report_evidence_valid(const Session *s, Entity e);

/* ---- the evidence picker (screen_report_picker.c) ---- */
void report_picker_open(ReportCtx *c, int factor);
/* Draws it when open; call it last, since it is a modal. */
void report_picker(ReportCtx *c);
void report_picker_free(ReportView *v);

#endif
