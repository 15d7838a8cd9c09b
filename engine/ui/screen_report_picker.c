/* screen_report_picker.c: the evidence picker, a dialog over the Report:
 * the pinned items (in the report timeline's order) and the facts learned
 * in interviews, each with a check box; confirming relinks the factor
 * with one factor action. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/util.h"
#include "screen_pin.h"
#include "screen_report_internal.h"

#define FRESH ACTION_MAX_FACTORS

void report_picker_free(ReportView *v)
{
    free(v->pick);
    free(v->pick_checked);
    free(v->pick_rect);
    v->pick = NULL, v->pick_checked = NULL, v->pick_rect = NULL;
    v->pick_count = 0;
}

static bool linked(const Entity *ev, int n, Entity e)
{
    for (int k = 0; k < n; k++)
        if (ev[k].type == e.type && ev[k].index == e.index) return true;
    return false;
}

/* The choices: pins in the timeline's order, then facts as they were learned. */
static void picker_build(const Session *s, ReportView *v, int factor)
{
    report_picker_free(v);
    size_t cap = (size_t)v->item_count + (size_t)s->sc->fact_count + 1;
    v->pick = xcalloc(cap, sizeof *v->pick);
    v->pick_checked = xcalloc(cap, sizeof *v->pick_checked);
    v->pick_rect = xcalloc(cap, sizeof *v->pick_rect);
    Entity ev[ACTION_MAX_EVIDENCE];
    int n = report_factor_evidence(s, v, factor, ev);
    for (int k = 0; k < v->item_count; k++) v->pick[v->pick_count++] = (Entity){ENT_ITEM, v->items[k]};
    for (int t = 0; t < s->turn_count; t++)
        for (int f = 0; f < s->sc->fact_count; f++)
            if (s->learned_from[f] == t) v->pick[v->pick_count++] = (Entity){ENT_FACT, f};
    for (int k = 0; k < v->pick_count; k++) v->pick_checked[k] = linked(ev, n, v->pick[k]);
}

void report_picker_open(ReportCtx *c, int factor)
{
    ReportView *v = c->v;
    picker_build(c->s, v, factor);
    v->pick_factor = factor;
    v->pick_scroll = (UiScroll){0, 0};
    v->pick_error[0] = 0;
    ui_modal_open(c->ui, ui_id(c->ui, "picker"));
}

static int checked_count(const ReportView *v)
{
    int n = 0;
    for (int k = 0; k < v->pick_count; k++) n += v->pick_checked[k];
    return n;
}

/* Links the checked ones: one factor action, or the fresh draft's list
 * (saved with it, at once when it has text). True when done. */
static bool picker_confirm(ReportCtx *c)
{
    ReportView *v = c->v;
    int n = checked_count(v), i = v->pick_factor;
    if (v->emitted) return false;       /* the frame's action went out: confirm again next frame */
    if (n > ACTION_MAX_EVIDENCE) {
        snprintf(v->pick_error, sizeof v->pick_error, "A factor rests on at most %d pieces of evidence; "
                 "%d are checked.", ACTION_MAX_EVIDENCE, n);
        return false;
    }
    Entity ev[ACTION_MAX_EVIDENCE];
    int m = 0;
    for (int k = 0; k < v->pick_count; k++)
        if (v->pick_checked[k]) ev[m++] = v->pick[k];
    Action a;
    if (i == FRESH) {
        memcpy(v->fresh_evidence, ev, sizeof *ev * (size_t)m);
        v->fresh_evidence_count = m;
        if (report_factor_action(c->s, v, FRESH, ev, m, &a)) report_emit(c, a);
    } else if (i < c->s->factor_count && report_factor_action(c->s, v, i, ev, m, &a)) {
        report_emit(c, a);
    }
    return true;
}

static void draw_box(Ui *ui, Rect b, bool checked)
{
    const Theme *t = ui_theme(ui);
    ui_box(ui, b, ui_px(ui, 4), checked ? t->accent : t->input, checked ? t->accent : t->input_border, ui_px(ui, 1));
    if (!checked) return;
    static const char tick[] = "\xE2\x9C\x93";
    int w = ui_text_width(ui, tick, FONT_BOLD);
    ui_text(ui, (Rect){b.x + (b.w - w) / 2, b.y, w, b.h}, tick, FONT_BOLD, t->accent_text);
}

/* What a choice says under its label: the pin's marker and note, or where
 * a fact came from. */
static void choice_detail(const Session *s, Entity e, char *buf, size_t size)
{
    if (e.type == ENT_FACT) {
        snprintf(buf, size, "Learned in an interview");
        return;
    }
    const Pin *p = &s->pins[e.index];
    const char *marker = p->marker != MARKER_NONE ? screen_pin_marker_label(p->marker) : "Pinned";
    snprintf(buf, size, "%s%s%s", marker, p->note ? " \xC2\xB7 " : "", p->note ? p->note : "");
}

static void picker_row(ReportCtx *c, Rect *list, Rect view, int k)
{
    Ui *ui = c->ui;
    const Theme *t = ui_theme(ui);
    ReportView *v = c->v;
    int pad = ui_px(ui, SP_S), box = ui_px(ui, 18), lh = ui_line_height(ui, FONT_REGULAR);
    Rect row = ui_cut_top(list, 2 * lh + 2 * pad);
    ui_cut_top(list, ui_px(ui, SP_XS));
    v->pick_rect[k] = row;
    UiId id = ui_id_int(ui, "pick", k);
    if (ui_button(ui, id, row, "")) v->pick_checked[k] = !v->pick_checked[k], v->pick_error[0] = 0;
    if (ui_has_focus(ui, id) && v->last_focus != id) {     /* Tab reached it: show it */
        int top = row.y - view.y, off = v->pick_scroll.offset;
        if (top < 0) off += top;
        else if (top + row.h > view.h) off += top + row.h - view.h;
        if (off != v->pick_scroll.offset) v->pick_scroll.offset = off, ui_request_frame(ui);
    }
    draw_box(ui, (Rect){row.x + pad, row.y + pad + (lh - box) / 2, box, box}, v->pick_checked[k]);
    char label[400], detail[400];
    model_entity_label(c->s->sc, v->pick[k], label, sizeof label);
    choice_detail(c->s, v->pick[k], detail, sizeof detail);
    int indent = pad + box + ui_px(ui, SP_S);
    Rect in = {row.x + indent, row.y + pad, row.w - indent - pad, lh};
    report_text(c, in, label, FONT_REGULAR, t->text);
    in.y += lh;
    report_text(c, in, detail, FONT_ITALIC, t->text_muted);
}

static void picker_list(ReportCtx *c, Rect r)
{
    Ui *ui = c->ui;
    ReportView *v = c->v;
    Rect view = ui_scroll_region(ui, ui_id(ui, "pick-list"), r, &v->pick_scroll, v->pick_scroll.content);
    ui_push_clip(ui, view);
    Rect list = {view.x, view.y - v->pick_scroll.offset, view.w - ui_px(ui, SP_XS), SCREEN_UNBOUNDED};
    int top = list.y, facts = 0;
    for (int k = 0; k < v->pick_count; k++) facts += v->pick[k].type == ENT_FACT;
    char cap[64];
    for (int k = 0; k < v->pick_count; k++) {
        bool first_fact = v->pick[k].type == ENT_FACT && (k == 0 || v->pick[k - 1].type != ENT_FACT);
        if (k == 0 || first_fact) {
            if (first_fact) snprintf(cap, sizeof cap, "LEARNED IN INTERVIEWS (%d)", facts);
            else snprintf(cap, sizeof cap, "PINNED EVIDENCE (%d)", v->pick_count - facts);
            if (k) ui_cut_top(&list, ui_px(ui, SP_S));
            report_say(v, cap);
            screen_caption(ui, &list, cap);
        }
        picker_row(c, &list, view, k);
    }
    v->pick_scroll.content = list.y - top;
    ui_pop_clip(ui);
}

static void picker_footer(ReportCtx *c, Rect foot)
{
    Ui *ui = c->ui;
    ReportView *v = c->v;
    char ok[48];
    snprintf(ok, sizeof ok, "Link %d", checked_count(v));
    v->pick_ok_rect = ui_cut_right(&foot, screen_button_w(ui, ok));
    ui_cut_right(&foot, ui_px(ui, SP_S));
    v->pick_cancel_rect = ui_cut_right(&foot, screen_button_w(ui, "Cancel"));
    report_say(v, ok);
    bool cancel = ui_button(ui, ui_id(ui, "pick-cancel"), v->pick_cancel_rect, "Cancel");
    bool done = ui_button_primary(ui, ui_id(ui, "pick-ok"), v->pick_ok_rect, ok) && picker_confirm(c);
    if (v->pick_error[0]) report_text(c, foot, v->pick_error, FONT_REGULAR, ui_theme(ui)->danger);
    if (cancel || done) {
        ui_modal_close(ui);
        v->pick_factor = -1;
    }
}

void report_picker(ReportCtx *c)
{
    Ui *ui = c->ui;
    ReportView *v = c->v;
    if (v->pick_factor < 0) return;
    char title[96];
    if (v->pick_factor == FRESH) snprintf(title, sizeof title, "Link evidence to the new factor");
    else snprintf(title, sizeof title, "Link evidence to factor %d", v->pick_factor + 1);
    Rect r;
    if (!ui_modal_begin(ui, ui_id(ui, "picker"), title, 760, 620, &r)) {
        v->pick_factor = -1;
        return;
    }
    const Theme *t = ui_theme(ui);
    Rect foot = ui_cut_bottom(&r, screen_button_h(ui));
    ui_cut_bottom(&r, ui_px(ui, SP_M));
    int h = screen_kept_wrapped(ui, &v->shown, r, "Check what this factor rests on: the pins that show it and "
                                "what people told you in interviews.", FONT_REGULAR, t->text_muted);
    ui_cut_top(&r, h + ui_px(ui, SP_S));
    if (!v->pick_count)
        screen_kept_wrapped(ui, &v->shown, r, "Nothing to link yet: pin evidence in Sources, or learn facts in "
                            "interviews.", FONT_ITALIC, t->text_muted);
    else picker_list(c, r);
    picker_footer(c, foot);
    ui_modal_end(ui);
}
