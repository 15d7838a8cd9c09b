/* screen_report_drafts.c: the drafts behind the Report's editors: keeping
 * them in step with the session, the language coach's underlines, and the
 * editor that grows with its text and says why a phrase is flagged. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/util.h"
#include "screen_report_internal.h"

#define LQ "\xE2\x80\x9C"
#define RQ "\xE2\x80\x9D"
#define DASH " \xE2\x80\x94 "

void report_draft_init(ReportDraft *d, int uid)
{
    memset(d, 0, sizeof *d);
    ui_text_edit_init(&d->edit, NULL, true);
    d->edit.max_len = ACTION_MAX_TEXT;
    d->uid = uid;
    d->rev = 1;
}

void report_draft_free(ReportDraft *d)
{
    ui_text_edit_free(&d->edit);
    free(d->seen);
    free(d->base);
    memset(d, 0, sizeof *d);
}

static void replace(char **slot, const char *text)
{
    free(*slot);
    *slot = xstrdup(text);
}

void report_draft_forget(ReportDraft *d)
{
    free(d->seen);
    d->seen = NULL;
}

void report_draft_clear(ReportDraft *d)
{
    if (!d->seen && !d->base && !d->edit.len) return;
    ui_text_edit_set(&d->edit, "");
    free(d->base);
    d->base = NULL;
    report_draft_forget(d);
    d->save = false;
    d->rev++;
}

void report_draft_sync(ReportDraft *d, const char *text, bool focused)
{
    text = text ? text : "";
    if (d->seen && strcmp(d->seen, text) == 0) return;
    replace(&d->seen, text);
    bool untouched = !d->base || strcmp(d->edit.text, d->base) == 0;
    if ((untouched || !focused) && strcmp(d->edit.text, text) != 0) {
        ui_text_edit_set(&d->edit, text);
        d->rev++;
    }
    replace(&d->base, text);
}

bool report_draft_dirty(const ReportDraft *d)
{
    return strcmp(d->edit.text, d->base ? d->base : "") != 0;
}

bool report_draft_blank(const ReportDraft *d)
{
    for (const char *p = d->edit.text; *p; p++)
        if (*p != ' ' && *p != '\n') return false;
    return true;
}

void report_draft_saved(ReportDraft *d)
{
    replace(&d->base, d->edit.text);
    d->save = false;
}

UiId report_draft_id(Ui *ui, const ReportDraft *d) { return ui_id_int(ui, "draft", d->uid); }

void report_draft_scan(const Scenario *sc, ReportDraft *d)
{
    if (d->scanned_rev == d->rev) return;
    d->scanned_rev = d->rev;
    d->hit_count = coach_scan(sc, d->edit.text, d->hits, REPORT_VIEW_HITS);
}

/* Wrapped lines of the text at the editor's width: measured again only
 * when the text, the width or the fonts changed. */
static int draft_lines(Ui *ui, ReportDraft *d, int width)
{
    unsigned gen = platform_font_generation(ui_platform(ui));
    if (d->lines_rev == d->rev && d->lines_w == width && d->lines_gen == gen) return d->lines;
    int lh = ui_line_height(ui, FONT_REGULAR);
    d->lines = d->edit.len ? screen_text_height(ui, d->edit.text, FONT_REGULAR, width) / lh : 1;
    d->lines_rev = d->rev, d->lines_w = width, d->lines_gen = gen;
    return d->lines;
}

/* The hit to explain: the one under the mouse, else the one the cursor of
 * a focused editor is in; -1 for none. */
static int draft_active_hit(Ui *ui, const ReportDraft *d, UiId id)
{
    int shown = d->hit_count < REPORT_VIEW_HITS ? d->hit_count : REPORT_VIEW_HITS;
    if (d->edit.mark_hot >= 0 && d->edit.mark_hot < shown) return d->edit.mark_hot;
    if (!ui_has_focus(ui, id)) return -1;
    for (int k = 0; k < shown; k++)
        if (d->edit.cursor >= d->hits[k].start && d->edit.cursor <= d->hits[k].start + d->hits[k].len) return k;
    return -1;
}

/* Under the editor: why a phrase is flagged, or where to look for it. */
static void draft_coach_line(ReportCtx *c, const ReportDraft *d, UiId id)
{
    const Theme *t = ui_theme(c->ui);
    if (!d->hit_count) return;
    int k = draft_active_hit(c->ui, d, id);
    if (k < 0) {
        report_para(c, "Underlined: phrases the coach suggests you reconsider. Point at one, or put the cursor "
                    "in it, to see why.", FONT_ITALIC, t->text_muted, SP_XS);
        return;
    }
    const CoachHit *h = &d->hits[k];
    char phrase[200], line[600];
    int n = h->len < (int)sizeof phrase - 1 ? h->len : (int)sizeof phrase - 1;
    memcpy(phrase, d->edit.text + h->start, (size_t)n);
    phrase[n] = 0;
    snprintf(line, sizeof line, LQ "%s" RQ DASH "%s", phrase, coach_suggestion(c->s->sc, h));
    int bar = ui_px(c->ui, 3), indent = bar + ui_px(c->ui, SP_S);
    Rect r = {c->col.x + indent, c->col.y, c->col.w - indent, c->col.h};
    report_say(c->v, line);
    int th = ui_text_wrapped(c->ui, r, line, FONT_REGULAR, t->text);
    ui_fill(c->ui, (Rect){c->col.x, c->col.y, bar, th}, screen_caution(t));
    ui_cut_top(&c->col, th + ui_px(c->ui, SP_XS));
}

/* The underlines: the coach's hits as marks of the edit, in the caution
 * colour, which every theme keeps apart from the text and the accent. */
static void draft_marks(ReportCtx *c, ReportDraft *d)
{
    report_draft_scan(c->s->sc, d);
    int n = d->hit_count < REPORT_VIEW_HITS ? d->hit_count : REPORT_VIEW_HITS;
    Color col = screen_caution(ui_theme(c->ui));
    for (int k = 0; k < n; k++) d->marks[k] = (UiTextMark){d->hits[k].start, d->hits[k].len, col};
    d->edit.marks = d->marks;           /* again each frame: drafts move when factors do */
    d->edit.mark_count = n;
}

unsigned report_editor(ReportCtx *c, ReportDraft *d, int min_lines, int max_lines)
{
    Ui *ui = c->ui;
    draft_marks(c, d);
    int lh = ui_line_height(ui, FONT_REGULAR), pad = ui_px(ui, 7);
    int width = c->col.w - ui_px(ui, 10) - ui_px(ui, 12) - ui_px(ui, 2);    /* the edit's own text width */
    int lines = draft_lines(ui, d, width) + 1;                              /* room for the next line */
    lines = lines < min_lines ? min_lines : lines > max_lines ? max_lines : lines;
    d->rect = ui_cut_top(&c->col, lines * lh + 2 * pad + ui_px(ui, 2));
    UiId id = report_draft_id(ui, d);
    unsigned got = ui_text_input(ui, id, d->rect, &d->edit);
    if (got & UI_TEXT_CHANGED) {
        d->rev++;
        d->typed_at = ui_now(ui);
        draft_marks(c, d);
    }
    if (got & UI_TEXT_SUBMITTED) d->save = true;
    report_reveal(c, id, d->rect);
    ui_cut_top(&c->col, ui_px(ui, SP_XS));
    draft_coach_line(c, d, id);
    ui_cut_top(&c->col, ui_px(ui, SP_S));
    return got;
}
