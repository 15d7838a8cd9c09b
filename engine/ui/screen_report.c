/* screen_report.c: the Report section's frame (screen_report.h): the
 * header with the save state, the scrolling document, the outline that
 * jumps between its parts, and saving: every editor's draft goes out as
 * one action when it loses focus, on Ctrl+S or Ctrl+Enter, or by Save. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/util.h"
#include "screen_report_internal.h"

/* The text fields the document edits, in its order. */
static const ReportField TEXT_FIELDS[] = {
    REPORT_SUMMARY, REPORT_NARRATIVE, REPORT_WENT_WELL, REPORT_SURPRISES, REPORT_LEARN_MORE,
    REPORT_PATTERNS, REPORT_OPEN_QUESTIONS, REPORT_ACTION_ITEMS};
#define TEXT_FIELD_COUNT (int)(sizeof TEXT_FIELDS / sizeof TEXT_FIELDS[0])

/* ---- building ---- */

static void report_build(ReportView *v, const Scenario *sc)
{
    screen_report_free(v);
    v->sc = sc, v->sc_hash = sc->content_hash;
    v->fields = xcalloc(REPORT_FIELD_COUNT, sizeof *v->fields);
    for (int f = 0; f < REPORT_FIELD_COUNT; f++) report_draft_init(&v->fields[f], f);
    v->next_uid = REPORT_FIELD_COUNT;
    v->factors = xcalloc(ACTION_MAX_FACTORS, sizeof *v->factors);
    for (int i = 0; i < ACTION_MAX_FACTORS; i++) report_draft_init(&v->factors[i], v->next_uid++);
    report_draft_init(&v->fresh, v->next_uid++);
    v->fresh_evidence = xcalloc(ACTION_MAX_EVIDENCE, sizeof *v->fresh_evidence);
    v->chip_x_rect = xcalloc(ACTION_MAX_FACTORS + 1, sizeof *v->chip_x_rect);
    v->selected_item = -1;
    v->pick_factor = -1;
    v->jumped = -1;
}

void screen_report_free(ReportView *v)
{
    if (v->fields)
        for (int f = 0; f < REPORT_FIELD_COUNT; f++) report_draft_free(&v->fields[f]);
    if (v->factors)
        for (int i = 0; i < ACTION_MAX_FACTORS; i++) report_draft_free(&v->factors[i]);
    report_draft_free(&v->fresh);
    free(v->fields);
    free(v->factors);
    free(v->fresh_evidence);
    free(v->items);
    free(v->row_rect);
    free(v->up_rect);
    free(v->down_rect);
    free(v->chip_x_rect);
    report_picker_free(v);
    free(v->shown.s);
    memset(v, 0, sizeof *v);
}

/* ---- shared drawing ---- */

void report_emit(ReportCtx *c, Action a)
{
    if (c->v->emitted) {
        action_clear(&a);
        ui_request_frame(c->ui);
        return;
    }
    *c->out = a;
    c->v->emitted = true;
}

void report_say(ReportView *v, const char *text) { screen_kept_add(&v->shown, text); }

int report_text(ReportCtx *c, Rect r, const char *text, FontStyle style, Color col)
{
    return screen_kept_text(c->ui, &c->v->shown, r, text, style, col);
}

void report_para(ReportCtx *c, const char *text, FontStyle style, Color col, int gap)
{
    int h = screen_kept_wrapped(c->ui, &c->v->shown, c->col, text, style, col);
    ui_cut_top(&c->col, h + ui_px(c->ui, gap));
}

void report_hits_label(int hits, char *buf, size_t size)
{
    if (hits <= 0) buf[0] = 0;
    else snprintf(buf, size, "%d phrase%s to reconsider", hits, hits == 1 ? "" : "s");
}

void report_heading(ReportCtx *c, ReportPart part, const char *title, int hits)
{
    Ui *ui = c->ui;
    const Theme *t = ui_theme(ui);
    if (part != REPORT_PART_SUMMARY) {
        ui_cut_top(&c->col, ui_px(ui, SP_M));
        screen_rule(ui, &c->col, SP_M);
    }
    c->v->part_top[part] = c->col.y - c->top;
    Rect line = ui_cut_top(&c->col, ui_line_height(ui, FONT_BOLD));
    char count[64];
    report_hits_label(hits, count, sizeof count);
    if (count[0]) {
        int w = ui_text_width(ui, count, FONT_BOLD);
        report_text(c, ui_cut_right(&line, w), count, FONT_BOLD, screen_caution(t));
        ui_cut_right(&line, ui_px(ui, SP_M));
    }
    report_text(c, line, title, FONT_BOLD, t->text);
    ui_cut_top(&c->col, ui_px(ui, SP_XS));
}

void report_reveal(ReportCtx *c, UiId id, Rect r)
{
    Ui *ui = c->ui;
    if (!ui_has_focus(ui, id) || c->v->last_focus == id) return;
    const PlatformInput *in = ui_input(ui);
    bool tabbed = false;
    for (int k = 0; k < in->key_count; k++) tabbed |= in->keys[k].key == KEY_TAB;
    if (!tabbed) return;        /* a click lands on what shows already */
    int pad = ui_px(ui, SP_L), top = r.y - c->view.y, off = c->v->scroll.offset;
    if (top < pad || r.h > c->view.h - 2 * pad) off += top - pad;
    else if (top + r.h > c->view.h - pad) off += top + r.h - (c->view.h - pad);
    off = off < 0 ? 0 : off;
    if (off != c->v->scroll.offset) c->v->scroll.offset = off, ui_request_frame(ui);
}

void report_disabled_button(Ui *ui, Rect r, const char *label)
{
    const Theme *t = ui_theme(ui);
    ui_box(ui, r, ui_px(ui, 6), t->panel_alt, t->border, ui_px(ui, 1));
    int w = ui_text_width(ui, label, FONT_REGULAR);
    ui_text(ui, (Rect){r.x + (r.w - w) / 2, r.y, w + 1, r.h}, label, FONT_REGULAR, t->text_muted);
}

bool report_icon_button(Ui *ui, UiId id, Rect r, const char *glyph)
{
    bool hit = ui_button(ui, id, r, "");
    int w = ui_text_width(ui, glyph, FONT_BOLD);
    ui_text(ui, (Rect){r.x + (r.w - w) / 2, r.y, w + 1, r.h}, glyph, FONT_BOLD, ui_theme(ui)->button_text);
    return hit;
}

/* ---- saving ---- */

/* A pause in typing this long saves the draft, so a crash or a closed
 * laptop loses a sentence at most. */
#define REPORT_IDLE_MS 1500

static bool may_save(Ui *ui, const ReportDraft *d)
{
    if (!report_draft_dirty(d)) return false;
    return !ui || d->save || !ui_has_focus(ui, report_draft_id(ui, d)) ||
           (uint32_t)(ui_now(ui) - d->typed_at) >= REPORT_IDLE_MS;
}

bool report_commit_next(Ui *ui, const Session *s, ReportView *v, Action *out)
{
    if (!v->fields) return false;
    for (int k = 0; k < TEXT_FIELD_COUNT; k++) {
        ReportField f = TEXT_FIELDS[k];
        ReportDraft *d = &v->fields[f];
        if (!may_save(ui, d) || (f == REPORT_ACTION_ITEMS && session_soak_minutes(s) != 0)) continue;
        *out = (Action){.kind = ACTION_SET_REPORT, .field = (int)f, .text = xstrdup(d->edit.text)};
        report_draft_saved(d);
        return true;
    }
    if (v->expect.kind != REPORT_EXPECT_NONE) return false;   /* indices move once it is applied */
    Entity ev[ACTION_MAX_EVIDENCE];
    for (int i = 0; i < s->factor_count; i++) {
        if (!may_save(ui, &v->factors[i]) || report_draft_blank(&v->factors[i])) continue;
        int n = report_factor_evidence(s, v, i, ev);
        return report_factor_action(s, v, i, ev, n, out);
    }
    if (!v->adding || !may_save(ui, &v->fresh) || report_draft_blank(&v->fresh)) return false;
    int n = report_factor_evidence(s, v, ACTION_MAX_FACTORS, ev);
    return report_factor_action(s, v, ACTION_MAX_FACTORS, ev, n, out);
}

bool screen_report_flush(const Session *s, ReportView *v, Action *out)
{
    if (v->sc != s->sc) return false;
    return report_commit_next(NULL, s, v, out);
}

static int unsaved_count(const Session *s, const ReportView *v)
{
    int n = 0;
    for (int k = 0; k < TEXT_FIELD_COUNT; k++) n += report_draft_dirty(&v->fields[TEXT_FIELDS[k]]);
    for (int i = 0; i < s->factor_count; i++) n += report_draft_dirty(&v->factors[i]);
    return n + (v->adding && !report_draft_blank(&v->fresh) && report_draft_dirty(&v->fresh));
}

static void ask_save_all(const Session *s, ReportView *v)
{
    for (int k = 0; k < TEXT_FIELD_COUNT; k++) v->fields[TEXT_FIELDS[k]].save = true;
    for (int i = 0; i < s->factor_count; i++) v->factors[i].save = true;
    v->fresh.save = true;
}

/* Saving flags outlive a frame only while there is something to save. */
static void settle_save_flags(const Session *s, ReportView *v)
{
    for (int k = 0; k < TEXT_FIELD_COUNT; k++)
        if (!report_draft_dirty(&v->fields[TEXT_FIELDS[k]])) v->fields[TEXT_FIELDS[k]].save = false;
    for (int i = 0; i < s->factor_count; i++)
        if (!report_draft_dirty(&v->factors[i])) v->factors[i].save = false;
    if (!report_draft_dirty(&v->fresh)) v->fresh.save = false;
}

/* ---- the frame ---- */

static void report_sync(Ui *ui, const Session *s, ReportView *v)
{
    for (int k = 0; k < TEXT_FIELD_COUNT; k++) {
        ReportDraft *d = &v->fields[TEXT_FIELDS[k]];
        report_draft_sync(d, s->report[TEXT_FIELDS[k]], ui_has_focus(ui, report_draft_id(ui, d)));
    }
    report_factors_sync(ui, s, v);
    report_timeline_sync(s, v);
}

static void report_header(ReportCtx *c, Rect *area)
{
    Ui *ui = c->ui;
    const Theme *t = ui_theme(ui);
    Rect in = screen_section_bar(ui, area);
    int unsaved = unsaved_count(c->s, c->v);
    c->v->save_rect = ui_cut_right(&in, screen_button_w(ui, "Save"));
    UiId id = ui_id(ui, "save");
    Rect sr = c->v->save_rect;
    bool save = unsaved ? ui_button_primary(ui, id, sr, "Save") : ui_button(ui, id, sr, "Save");
    ui_tooltip(ui, id, c->v->save_rect, "Save every part now (Ctrl+S). Each part is also saved when you leave it.");
    if (save || ui_take_key(ui, KEY_S, MOD_CTRL)) ask_save_all(c->s, c->v);
    ui_cut_right(&in, ui_px(ui, SP_M));
    const char *state = unsaved ? "Unsaved changes" : "All saved";
    int sw = ui_text_width(ui, state, unsaved ? FONT_BOLD : FONT_REGULAR);
    report_text(c, ui_cut_right(&in, sw), state, unsaved ? FONT_BOLD : FONT_REGULAR, unsaved ? t->text : t->success);
    ui_cut_right(&in, ui_px(ui, SP_M));
    int w = report_text(c, in, "Report", FONT_BOLD, t->text);
    ui_cut_left(&in, w + ui_px(ui, SP_M));
    report_text(c, in, "Your analysis: the story, its timeline, the contributing factors and what they teach.",
                FONT_REGULAR, t->text_muted);
}

static void report_document(ReportCtx *c, Rect r)
{
    Ui *ui = c->ui;
    ReportView *v = c->v;
    c->view = ui_scroll_region(ui, ui_id(ui, "document"), r, &v->scroll, v->scroll.content);
    report_current_part(ui, v, c->view.h);
    ui_push_clip(ui, c->view);
    c->col = screen_column(ui, c->view, 760);
    c->col.y += ui_px(ui, SP_L) - v->scroll.offset, c->col.h = SCREEN_UNBOUNDED;
    c->top = c->col.y;
    report_text_parts_top(c);
    report_timeline(c);
    report_factors(c);
    report_text_parts_rest(c);
    v->scroll.content = c->col.y - c->top + ui_px(ui, SP_L + SP_XL);
    ui_pop_clip(ui);
}

static void report_clear_rects(ReportView *v)
{
    screen_kept_clear(&v->shown);
    memset(v->outline, 0, sizeof v->outline);
    v->back_rect = v->add_rect = v->save_rect = v->soak_rect = (Rect){0};
    v->pick_ok_rect = v->pick_cancel_rect = (Rect){0};
    memset(v->link_rect, 0, sizeof v->link_rect);
    memset(v->remove_rect, 0, sizeof v->remove_rect);
    memset(v->chip_x_rect, 0, sizeof *v->chip_x_rect * (ACTION_MAX_FACTORS + 1));
    for (int f = 0; f < REPORT_FIELD_COUNT; f++) v->fields[f].rect = (Rect){0};
    for (int i = 0; i < ACTION_MAX_FACTORS; i++) v->factors[i].rect = (Rect){0};
    v->fresh.rect = (Rect){0};
    if (v->item_cap) {
        size_t n = (size_t)v->item_cap;
        memset(v->row_rect, 0, n * sizeof *v->row_rect);
        memset(v->up_rect, 0, n * sizeof *v->up_rect);
        memset(v->down_rect, 0, n * sizeof *v->down_rect);
    }
}

bool screen_report(Ui *ui, Rect r, const Session *s, ReportView *v, Action *out)
{
    const Scenario *sc = s->sc;
    if (v->sc != sc || v->sc_hash != sc->content_hash) report_build(v, sc);
    ui_push_scope(ui, "report");
    report_sync(ui, s, v);
    report_clear_rects(v);
    v->emitted = false;
    ReportCtx c = {ui, s, v, out, {0}, {0}, 0};
    ui_fill(ui, r, ui_theme(ui)->background);
    report_header(&c, &r);
    int side_w = ui_px(ui, 236);
    bool outline = r.w - side_w >= ui_px(ui, 540);
    Rect side = outline ? ui_cut_left(&r, side_w) : (Rect){0};
    report_document(&c, r);               /* first: Tab reaches the document before the outline */
    if (outline) report_outline(&c, side);
    report_picker(&c);
    Action a;
    if (!v->emitted && report_commit_next(ui, s, v, &a)) report_emit(&c, a);
    settle_save_flags(s, v);
    v->last_focus = ui_focus(ui);
    ui_pop_scope(ui);
    return v->emitted;
}
