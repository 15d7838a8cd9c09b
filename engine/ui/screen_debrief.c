/* screen_debrief.c: the Debrief section's frame: what it keeps between
 * frames (the criteria's evidence and the incident's signals per
 * scenario; the score and the path per change of the session), the header
 * with the exports, and the page of blocks, laid out once and drawn while
 * they show. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "screen_debrief_internal.h"

static const char *const EXPORT_LABELS[DEBRIEF_EXPORT_COUNT] = {
    "Save report (Markdown)", "Save result (JSON)", "Save xAPI statements"};
static const char *const EXPORT_SHORT[DEBRIEF_EXPORT_COUNT] = {"Markdown", "JSON", "xAPI"};
static const char *const EXPORT_NAMES[DEBRIEF_EXPORT_COUNT] = {"report (Markdown)", "result (JSON)",
                                                               "xAPI statements"};
static const char *const EXPORT_TIPS[DEBRIEF_EXPORT_COUNT] = {
    ("Your report as Markdown, to paste into a wiki: every section, the timeline of your pins, and how the "
     "analysis was made."),
    "The score, each criterion, your report and your timeline as JSON: for scripts, or to compare runs.",
    "xAPI statements (completed, and scored per category) for a learning record store."};

const char *screen_debrief_export_name(DebriefExport f) { return EXPORT_NAMES[f]; }

/* The evidence every criterion names: it depends on the scenario only. */
static void debrief_evidence(DebriefView *v, const Scenario *sc)
{
    int cap = 64, n = 0;
    Entity *tmp = xmalloc(sizeof *tmp * (size_t)cap);
    v->ev_from = xcalloc((size_t)sc->criterion_count + 1, sizeof *v->ev_from);
    for (int i = 0; i < sc->criterion_count; i++) {
        int got;
        while ((got = rubric_evidence(sc, i, tmp, cap)) > cap) {
            cap = got;
            tmp = xrealloc(tmp, sizeof *tmp * (size_t)cap);
        }
        v->ev = xrealloc(v->ev, sizeof *v->ev * (size_t)(n + got + 1));
        memcpy(v->ev + n, tmp, sizeof *tmp * (size_t)got);
        v->ev_from[i] = n;
        n += got;
    }
    v->ev_from[sc->criterion_count] = n;
    v->link_rect = xcalloc((size_t)n + 1, sizeof *v->link_rect);
    free(tmp);
}

static void debrief_build(DebriefView *v, const Scenario *sc)
{
    screen_debrief_free(v);
    v->sc = sc, v->sc_hash = sc->content_hash;
    debrief_evidence(v, sc);
    v->ev_all = xcalloc((size_t)sc->criterion_count + 1, sizeof *v->ev_all);
    signals_compute(sc, &v->signals);
    v->hover_step = -1;
    /* what a first look needs open: the factors and the story; the long
     * texts fold away until asked for */
    v->fold_open[DEBRIEF_FOLD_FACTORS] = v->fold_open[DEBRIEF_FOLD_TIMELINE] = true;
}

void screen_debrief_free(DebriefView *v)
{
    if (v->sc) signals_destroy(&v->signals);
    if (v->scored) score_destroy(&v->score);
    free(v->ev);
    free(v->ev_from);
    free(v->ev_all);
    free(v->link_rect);
    free(v->steps);
    free(v->dot_rect);
    free(v->blocks);
    free(v->shown.s);
    *v = (DebriefView){0};
}

/* The score and the path, again only when the session or the log moved. */
static void debrief_refresh(DebriefView *v, const Session *s, const ActionLog *log, const CondHost *host)
{
    if (!v->scored || v->scored_session != s || v->scored_actions != s->action_count) {
        if (v->scored) score_destroy(&v->score);
        rubric_score(s, host, &v->score);
        v->scored = true, v->scored_session = s, v->scored_actions = s->action_count;
    }
    int n = log ? log->count : -1;
    if (v->path_log == log && v->path_count == n) return;
    free(v->steps);
    free(v->dot_rect);
    v->steps = NULL, v->step_count = 0;
    if (log) v->step_count = path_build(s->sc, log, &v->steps);
    v->dot_rect = xcalloc((size_t)v->step_count + 1, sizeof *v->dot_rect);
    v->path_log = log, v->path_count = n, v->hover_step = -1;
}

/* ---- the page ---- */

static void debrief_add(DebriefView *v, DebriefBlockKind kind, int index)
{
    vec_reserve((void **)&v->blocks, &v->block_cap, v->block_count + 1, sizeof *v->blocks);
    v->blocks[v->block_count++] = (DebriefBlock){kind, index, 0, 0};
}

static void debrief_plan(DebriefView *v, const Session *s, const ActionLog *log)
{
    const Scenario *sc = s->sc;
    v->block_count = 0;
    debrief_add(v, BLOCK_SCORE, 0);
    debrief_add(v, BLOCK_HEADING, HEADING_CRITERIA);
    for (int c = 0; c < CATEGORY_COUNT; c++) {
        if (!v->score.cat_possible[c]) continue;
        debrief_add(v, BLOCK_CATEGORY, c);
        for (int i = 0; i < sc->criterion_count; i++)
            if ((int)sc->criteria[i].category == c) debrief_add(v, BLOCK_CRITERION, i);
    }
    if (sc->analysis.given) {
        debrief_add(v, BLOCK_HEADING, HEADING_MODEL);
        debrief_add(v, BLOCK_MODEL_FACTORS, 0);
        for (int f = 0; f < REPORT_FIELD_COUNT; f++)
            if (screen_debrief_model_has(s, (ReportField)f)) debrief_add(v, BLOCK_MODEL_FIELD, f);
        if (sc->analysis.timeline_count) debrief_add(v, BLOCK_MODEL_TIMELINE, 0);
    }
    if (log) {
        debrief_add(v, BLOCK_HEADING, HEADING_PATH);
        debrief_add(v, BLOCK_PATH, 0);
    }
    debrief_add(v, BLOCK_HEADING, HEADING_METRICS);
    debrief_add(v, BLOCK_METRICS, 0);
}

static const char *const HEADINGS[][2] = {
    {"What you found and what you missed",
     "Every criterion of the scenario's rubric and why it matters. Under each, where its evidence was, found "
     "or not: follow a link to see it in place."},
    {"How an experienced reviewer saw it",
     "The scenario's model analysis beside yours. There is no single right report: compare what each rests on, "
     "and what the other noticed."},
    {"Your path",
     "Every action on the in-game clock, one lane per kind of work. A mark is as wide as the minutes it took; "
     "free actions such as pins get a sliver each, and waiting shows as a break."},
    {"What this incident involved",
     "Measures beyond time to detect and repair, computed from the sources. High counts are signs an incident "
     "has more to teach; they describe how the work was done, never anyone's errors."},
};

void screen_debrief_heading(Ui *ui, DebriefView *v, Rect *r, DebriefHeading h)
{
    const Theme *t = ui_theme(ui);
    ui_cut_top(r, ui_px(ui, SP_L));
    screen_debrief_para(ui, v, r, HEADINGS[h][0], FONT_BOLD, t->text, SP_XS);
    screen_debrief_para(ui, v, r, HEADINGS[h][1], FONT_REGULAR, t->text_muted, SP_S);
    screen_rule(ui, r, SP_M);
}

static void debrief_block(Ui *ui, DebriefView *v, Rect *r, const Session *s, const ActionLog *log,
                          const DebriefBlock *b, DebriefIntent *out)
{
    switch (b->kind) {
    case BLOCK_SCORE: screen_debrief_score(ui, v, r, s); break;
    case BLOCK_HEADING: screen_debrief_heading(ui, v, r, (DebriefHeading)b->index); break;
    case BLOCK_CATEGORY: screen_debrief_category(ui, v, r, s, (Category)b->index); break;
    case BLOCK_CRITERION: screen_debrief_criterion(ui, v, r, s, b->index, out); break;
    case BLOCK_MODEL_FACTORS: screen_debrief_model_factors(ui, v, r, s, out); break;
    case BLOCK_MODEL_FIELD: screen_debrief_model_field(ui, v, r, s, (ReportField)b->index); break;
    case BLOCK_MODEL_TIMELINE: screen_debrief_model_timeline(ui, v, r, s, out); break;
    case BLOCK_PATH: screen_debrief_path(ui, v, r, s, log); break;
    case BLOCK_METRICS: screen_debrief_metrics(ui, v, r, s); break;
    }
}

/* Which parts are open: a change lays the page out again. */
static unsigned debrief_fold_key(const DebriefView *v)
{
    unsigned key = 2166136261u;
    for (int f = 0; f < DEBRIEF_FOLD_COUNT; f++) key = (key ^ v->fold_open[f]) * 16777619u;
    for (int i = 0; i < v->sc->criterion_count; i++) key = (key ^ v->ev_all[i]) * 16777619u;
    return key;
}

/* Measures every block at width w: the same drawing code, under an empty
 * clip and with v->measuring set, so nothing shows and nothing takes input. */
static int debrief_layout(Ui *ui, DebriefView *v, const Session *s, const ActionLog *log, int w)
{
    debrief_plan(v, s, log);
    ui_push_clip(ui, (Rect){0, 0, 0, 0});
    v->measuring = true;
    int y = 0;
    for (int k = 0; k < v->block_count; k++) {
        Rect r = {0, y, w, SCREEN_UNBOUNDED};
        DebriefIntent ignored = {0};
        debrief_block(ui, v, &r, s, log, &v->blocks[k], &ignored);
        v->blocks[k].top = y, v->blocks[k].h = r.y - y;
        y = r.y;
    }
    v->measuring = false;
    ui_pop_clip(ui);
    v->layout_w = w, v->layout_gen = platform_font_generation(ui_platform(ui));
    v->layout_session = s, v->layout_actions = s->action_count, v->layout_steps = v->step_count;
    v->layout_folds = debrief_fold_key(v);
    return y;
}

static bool debrief_stale(Ui *ui, const DebriefView *v, const Session *s, int w)
{
    return !v->block_count || v->layout_w != w || v->layout_gen != platform_font_generation(ui_platform(ui)) ||
           v->layout_session != s || v->layout_actions != s->action_count || v->layout_steps != v->step_count ||
           v->layout_folds != debrief_fold_key(v);
}

static void debrief_page(Ui *ui, Rect r, const Session *s, const ActionLog *log, DebriefView *v, DebriefIntent *out)
{
    int last = v->block_count ? v->blocks[v->block_count - 1].top + v->blocks[v->block_count - 1].h : 0;
    Rect view = ui_scroll_region(ui, ui_id(ui, "page"), r, &v->scroll, last + ui_px(ui, SP_XL));
    Rect col = screen_column(ui, view, 960);
    if (debrief_stale(ui, v, s, col.w)) {
        int h = debrief_layout(ui, v, s, log, col.w);
        if (h != last) ui_request_frame(ui);       /* the scroll bar was sized for the old page */
    }
    ui_push_clip(ui, view);
    for (int k = 0; k < v->block_count; k++) {
        const DebriefBlock *b = &v->blocks[k];
        if (b->top + b->h <= v->scroll.offset || b->top >= v->scroll.offset + view.h) continue;
        Rect at = {col.x, view.y + b->top - v->scroll.offset, col.w, b->h};
        debrief_block(ui, v, &at, s, log, b, out);
    }
    ui_pop_clip(ui);
    if (v->layout_folds != debrief_fold_key(v)) ui_request_frame(ui);
}

/* ---- the header ---- */

static void debrief_header(Ui *ui, Rect *area, DebriefView *v, DebriefIntent *out)
{
    const Theme *t = ui_theme(ui);
    Rect in = screen_section_bar(ui, area);
    int gap = ui_px(ui, SP_S), tw = ui_text_width(ui, "Debrief", FONT_BOLD);
    int total = 0;
    for (int f = 0; f < DEBRIEF_EXPORT_COUNT; f++) total += screen_button_w(ui, EXPORT_LABELS[f]) + gap;
    const char *const *labels = total + tw + ui_px(ui, SP_L) <= in.w ? EXPORT_LABELS : EXPORT_SHORT;
    total = 0;
    for (int f = 0; f < DEBRIEF_EXPORT_COUNT; f++) total += screen_button_w(ui, labels[f]) + gap;
    Rect buttons = ui_cut_right(&in, total - gap);
    if (labels == EXPORT_SHORT) {
        const char *save = "Save:";
        Rect sr = ui_cut_right(&in, ui_text_width(ui, save, FONT_REGULAR) + gap);
        screen_debrief_text(ui, v, sr, save, FONT_REGULAR, t->text_muted);
    }
    for (int f = 0; f < DEBRIEF_EXPORT_COUNT; f++) {   /* left to right, so Tab goes that way too */
        Rect b = ui_cut_left(&buttons, screen_button_w(ui, labels[f]));
        ui_cut_left(&buttons, gap);
        UiId id = ui_id_int(ui, "export", f);
        v->export_rect[f] = b;
        screen_debrief_say(v, labels[f]);
        if (ui_button(ui, id, b, labels[f])) *out = (DebriefIntent){DEBRIEF_EXPORT, {0, 0}, (DebriefExport)f};
        ui_tooltip(ui, id, b, EXPORT_TIPS[f]);
    }
    int w = screen_debrief_text(ui, v, in, "Debrief", FONT_BOLD, t->text);
    ui_cut_left(&in, w + ui_px(ui, SP_M));
    ui_cut_right(&in, ui_px(ui, SP_M));
    const char *sub = "What you found, what you missed, and why it matters";
    if (ui_text_width(ui, sub, FONT_REGULAR) <= in.w)     /* whole or not at all */
        screen_debrief_text(ui, v, in, sub, FONT_REGULAR, t->text_muted);
}

static void debrief_clear(DebriefView *v)
{
    screen_kept_clear(&v->shown);
    memset(v->export_rect, 0, sizeof v->export_rect);
    memset(v->fold_rect, 0, sizeof v->fold_rect);
    memset(v->link_rect, 0, sizeof *v->link_rect * (size_t)v->ev_from[v->sc->criterion_count]);
    memset(v->dot_rect, 0, sizeof *v->dot_rect * (size_t)v->step_count);
    v->dots_drawn = 0;
}

DebriefIntent screen_debrief(Ui *ui, Rect r, const Session *s, const ActionLog *log, const CondHost *host,
                             DebriefView *v)
{
    DebriefIntent out = {DEBRIEF_NONE, {0, 0}, 0};
    if (v->sc != s->sc || v->sc_hash != s->sc->content_hash) debrief_build(v, s->sc);
    debrief_refresh(v, s, log, host);
    debrief_clear(v);
    ui_push_scope(ui, "debrief");
    ui_fill(ui, r, ui_theme(ui)->background);
    debrief_header(ui, &r, v, &out);
    debrief_page(ui, r, s, log, v, &out);
    ui_pop_scope(ui);
    return out;
}
