/* screen_report_outline.c: the outline beside the Report: its parts as a
 * jump list, each with the coach's count or a tick when written, and which
 * part the reader is in. */
#include <stdio.h>
#include "screen_report_internal.h"

static const char *const PART_LABELS[REPORT_PART_COUNT] = {
    "Summary", "Narrative", "Timeline", "Factors", "What went well", "Themes", "Open questions", "Action items"};

/* The part the reader is in: the last whose heading is in the view's
 * upper quarter, unless the outline just jumped to one. */
void report_current_part(Ui *ui, ReportView *v, int view_h)
{
    if (v->jumped == -2) v->jumped = v->scroll.offset;        /* the jump, after clamping */
    else if (v->jumped != v->scroll.offset) v->jumped = -1;
    if (v->jumped >= 0) return;
    /* at the very end the last parts can never reach the top: the last one
     * showing is the one being read */
    bool end = v->scroll.offset >= v->scroll.content - view_h - ui_px(ui, 2 * SP_XL);
    int line = v->scroll.offset + (end ? view_h * 3 / 4 : view_h / 4);
    v->part = 0;
    for (int p = 1; p < REPORT_PART_COUNT; p++)
        if (v->part_top[p] <= line) v->part = p;
}

static bool part_written(const Session *s, ReportPart p)
{
    const char *const *f = (const char *const *)s->report;
    switch (p) {
    case REPORT_PART_SUMMARY: return f[REPORT_SUMMARY] != NULL;
    case REPORT_PART_NARRATIVE: return f[REPORT_NARRATIVE] != NULL;
    case REPORT_PART_TIMELINE: return s->pin_count > 0;
    case REPORT_PART_FACTORS: return s->factor_count > 0;
    case REPORT_PART_WENT_WELL: return f[REPORT_WENT_WELL] != NULL;
    case REPORT_PART_THEMES: return f[REPORT_SURPRISES] || f[REPORT_LEARN_MORE] || f[REPORT_PATTERNS];
    case REPORT_PART_QUESTIONS: return f[REPORT_OPEN_QUESTIONS] != NULL;
    default: return f[REPORT_ACTION_ITEMS] != NULL;
    }
}

static int part_hits(const ReportView *v, const Session *s, ReportPart p)
{
    static const ReportField one[REPORT_PART_COUNT] = {
        REPORT_SUMMARY, REPORT_NARRATIVE, REPORT_FIELD_COUNT, REPORT_FIELD_COUNT, REPORT_WENT_WELL,
        REPORT_FIELD_COUNT, REPORT_OPEN_QUESTIONS, REPORT_ACTION_ITEMS};
    if (p == REPORT_PART_THEMES)
        return v->fields[REPORT_SURPRISES].hit_count + v->fields[REPORT_LEARN_MORE].hit_count +
               v->fields[REPORT_PATTERNS].hit_count;
    if (p == REPORT_PART_FACTORS) {
        int n = v->adding ? v->fresh.hit_count : 0;
        for (int i = 0; i < s->factor_count; i++) n += v->factors[i].hit_count;
        return n;
    }
    return p == REPORT_PART_TIMELINE ? 0 : v->fields[one[p]].hit_count;
}

/* A badge at the right of outline item p: the coach's count, else a tick
 * for a part with something in it. The items are ui_nav's: 36 px high, 2
 * px apart, from 6 px down, inset 8 px (as workspace_nav counts on too). */
static void outline_badge(ReportCtx *c, Rect nav, ReportPart p)
{
    Ui *ui = c->ui;
    const Theme *t = ui_theme(ui);
    int ih = ui_px(ui, 36), y = nav.y + ui_px(ui, 6) + (int)p * (ih + ui_px(ui, 2));
    Rect item = {nav.x + ui_px(ui, 8), y, nav.w - ui_px(ui, 16), ih};
    c->v->outline[p] = item;
    int hits = part_hits(c->v, c->s, p);
    char text[16];
    if (hits) snprintf(text, sizeof text, "%d", hits);
    else if (part_written(c->s, p)) snprintf(text, sizeof text, "\xE2\x9C\x93");
    else return;
    int w = ui_text_width(ui, text, FONT_BOLD) + ui_px(ui, SP_S * 2), h = ui_line_height(ui, FONT_REGULAR);
    Rect pill = {item.x + item.w - w - ui_px(ui, SP_S), item.y + (ih - h) / 2, w, h};
    Color col = hits ? screen_caution(t) : t->success;
    ui_box(ui, pill, h / 2, screen_tint(t, col), col, ui_px(ui, 1));
    ui_text(ui, (Rect){pill.x + ui_px(ui, SP_S), pill.y, w, h}, text, FONT_BOLD, hits ? t->text : col);
}

void report_outline(ReportCtx *c, Rect r)
{
    Ui *ui = c->ui;
    const Theme *t = ui_theme(ui);
    ReportView *v = c->v;
    ui_fill(ui, r, t->panel_alt);
    ui_fill(ui, (Rect){r.x + r.w - 1, r.y, 1, r.h}, t->border);
    r = ui_inset(r, ui_px(ui, SP_S));
    r.w -= 1;
    ui_cut_top(&r, ui_px(ui, SP_S));
    Rect cap = {r.x + ui_px(ui, SP_S), r.y, r.w, r.h};
    screen_caption(ui, &cap, "IN THIS REPORT");
    ui_cut_top(&r, cap.y - r.y);
    Rect nav = ui_cut_top(&r, ui_px(ui, 12 + 38 * REPORT_PART_COUNT));
    int sel = ui_nav(ui, ui_id(ui, "outline"), nav, PART_LABELS, REPORT_PART_COUNT, v->part);
    for (int p = 0; p < REPORT_PART_COUNT; p++) outline_badge(c, nav, (ReportPart)p);
    if (sel != v->part && sel >= 0 && sel < REPORT_PART_COUNT) {
        v->part = sel;
        v->scroll.offset = v->part_top[sel];
        v->jumped = -2;
        ui_request_frame(ui);
    }
    ui_cut_top(&r, ui_px(ui, SP_M));
    r = (Rect){r.x + ui_px(ui, SP_S), r.y, r.w - ui_px(ui, SP_S), r.h};
    screen_para(ui, &r, "Underlined phrases: blame or hindsight the coach suggests you reconsider. The "
                "number beside a part counts them.", FONT_ITALIC, t->text_muted, 0);
}
