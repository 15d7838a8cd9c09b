/* screen_report_factors.c: the contributing factors: a card per factor
 * with its editor and its evidence as chips, a fresh card for a new one,
 * and the factor actions that save, relink and remove them. Drafts move
 * only once the session has applied an add or a remove, so an index never
 * points at the wrong factor. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/util.h"
#include "screen_report_internal.h"

#define FRESH ACTION_MAX_FACTORS
#define TIMES "\xC3\x97"

/* ---- evidence and actions ---- */

bool report_evidence_valid(const Session *s, Entity e)
{
    if (e.type == ENT_ITEM) return s->pins[e.index].pinned;
    return e.type == ENT_FACT && s->learned_from[e.index] >= 0;
}

int report_factor_evidence(const Session *s, const ReportView *v, int i, Entity *out)
{
    const Entity *ev = i == FRESH ? v->fresh_evidence : s->factors[i].evidence;
    int count = i == FRESH ? v->fresh_evidence_count : s->factors[i].evidence_count, n = 0;
    /* a saved factor keeps a link to an item unpinned since (the core
     * accepts it again); a fresh one links only what can be linked now */
    for (int k = 0; k < count && n < ACTION_MAX_EVIDENCE; k++)
        if (i != FRESH || report_evidence_valid(s, ev[k])) out[n++] = ev[k];
    return n;
}

bool report_factor_action(const Session *s, ReportView *v, int i, const Entity *ev, int n, Action *out)
{
    ReportDraft *d = i == FRESH ? &v->fresh : &v->factors[i];
    bool blank = report_draft_blank(d);
    if (blank && i == FRESH) return false;
    /* a blanked editor keeps the saved text: only Remove removes */
    const char *text = blank ? s->factors[i].text : d->edit.text;
    Action a = {.kind = ACTION_FACTOR, .index = i == FRESH ? s->factor_count : i, .text = xstrdup(text)};
    a.ids = xcalloc((size_t)n + 1, sizeof *a.ids);
    for (int k = 0; k < n; k++) a.ids[a.id_count++] = xstrdup(model_entity_id(s->sc, ev[k]));
    if (!blank) report_draft_saved(d);
    if (i == FRESH)
        v->expect = (ReportExpect){REPORT_EXPECT_ADD, s->factor_count, s->action_count, s->factor_count + 1};
    *out = a;
    return true;
}

/* ---- keeping the drafts in step ---- */

/* A sent add or remove, once applied: the fresh draft becomes the new
 * factor's, or the drafts after a removed one move up. */
static void factors_settle(const Session *s, ReportView *v)
{
    ReportExpect *x = &v->expect;
    if (x->kind == REPORT_EXPECT_NONE || s->action_count == x->actions) return;
    if (s->factor_count == x->count && x->kind == REPORT_EXPECT_ADD) {
        report_draft_free(&v->factors[x->index]);
        v->factors[x->index] = v->fresh;
        report_draft_forget(&v->factors[x->index]);
        report_draft_init(&v->fresh, v->next_uid++);
        v->adding = false;
        v->fresh_evidence_count = 0;
        if (v->pick_factor == FRESH) v->pick_factor = x->index;
    } else if (s->factor_count == x->count) {
        report_draft_free(&v->factors[x->index]);
        memmove(&v->factors[x->index], &v->factors[x->index + 1],
                sizeof *v->factors * (size_t)(ACTION_MAX_FACTORS - x->index - 1));
        report_draft_init(&v->factors[ACTION_MAX_FACTORS - 1], v->next_uid++);
        if (v->pick_factor == x->index) v->pick_factor = -1;
        else if (v->pick_factor > x->index && v->pick_factor < FRESH) v->pick_factor--;
    }
    x->kind = REPORT_EXPECT_NONE;
}

void report_factors_sync(Ui *ui, const Session *s, ReportView *v)
{
    factors_settle(s, v);
    for (int i = 0; i < ACTION_MAX_FACTORS; i++) {
        ReportDraft *d = &v->factors[i];
        if (i < s->factor_count) report_draft_sync(d, s->factors[i].text, ui_has_focus(ui, report_draft_id(ui, d)));
        else report_draft_clear(d);
    }
}

/* ---- drawing ---- */

static void emit_remove(ReportCtx *c, int i)
{
    c->v->expect = (ReportExpect){REPORT_EXPECT_REMOVE, i, c->s->action_count, c->s->factor_count - 1};
    c->v->confirm_remove = 0;
    report_emit(c, (Action){.kind = ACTION_FACTOR, .index = i, .text = xstrdup("")});
}

/* gone taken off factor i's evidence (the fresh one's is only a draft). */
static void unlink_evidence(ReportCtx *c, int i, Entity gone)
{
    ReportView *v = c->v;
    Entity ev[ACTION_MAX_EVIDENCE], keep[ACTION_MAX_EVIDENCE];
    int n = report_factor_evidence(c->s, v, i, ev), m = 0;
    for (int k = 0; k < n; k++)
        if (ev[k].type != gone.type || ev[k].index != gone.index) keep[m++] = ev[k];
    if (v->emitted) return;             /* the frame's action went out: the draft must not count as saved */
    if (i == FRESH) {
        memcpy(v->fresh_evidence, keep, sizeof *keep * (size_t)m);
        v->fresh_evidence_count = m;
        return;
    }
    Action a;
    if (report_factor_action(c->s, v, i, keep, m, &a)) report_emit(c, a);
}

/* One chip: the evidence's label and a button that takes it off; *x and
 * *y flow along the card, wrapping at its edge. Ids follow the factor's
 * draft (uid), so focus stays put when an earlier factor goes. */
static void evidence_chip(ReportCtx *c, Rect area, int *x, int *y, int i, int k, Entity e)
{
    int n = (i == FRESH ? c->v->fresh.uid : c->v->factors[i].uid) * ACTION_MAX_EVIDENCE + k;
    Ui *ui = c->ui;
    const Theme *t = ui_theme(ui);
    bool valid = report_evidence_valid(c->s, e);
    char label[200], text[220];
    model_entity_label(c->s->sc, e, label, 120);
    snprintf(text, sizeof text, "%s%s", valid ? "" : "(unpinned) ", label);
    int h = ui_line_height(ui, FONT_REGULAR) + ui_px(ui, SP_S), pad = ui_px(ui, SP_S);
    int w = ui_text_width(ui, text, FONT_REGULAR) + 2 * pad + h;
    if (w > area.w) w = area.w;
    if (*x > area.x && *x + w > area.x + area.w) *x = area.x, *y += h + ui_px(ui, SP_XS);
    Rect chip = {*x, *y, w, h};
    Color edge = valid ? t->border : screen_caution(t);
    ui_box(ui, chip, h / 2, t->panel_alt, edge, ui_px(ui, 1));
    Rect lr = {chip.x + pad, chip.y, w - 2 * pad - h, h};
    report_text(c, lr, text, FONT_REGULAR, valid ? t->text : t->text_muted);
    if (ui_text_width(ui, text, FONT_REGULAR) > lr.w)         /* cut short: the whole of it on hover */
        ui_tooltip(ui, ui_id_int(ui, "chip", n), lr, text);
    Rect xr = {chip.x + w - h, chip.y + ui_px(ui, 2), h - ui_px(ui, 4), h - ui_px(ui, 4)};
    UiId id = ui_id_int(ui, "unlink", n);
    c->v->chip_x_rect[i][k] = xr;
    if (report_icon_button(ui, id, xr, TIMES)) unlink_evidence(c, i, e);
    ui_tooltip(ui, id, xr, valid ? "Unlink this evidence" : "The item is no longer pinned; the factor still "
               "cites it until you unlink it.");
    report_reveal(c, id, xr);
    *x += w + ui_px(ui, SP_XS);
}

static void factor_evidence(ReportCtx *c, Rect *in, int i)
{
    Ui *ui = c->ui;
    const Theme *t = ui_theme(ui);
    const Entity *ev = i == FRESH ? c->v->fresh_evidence : c->s->factors[i].evidence;
    int count = i == FRESH ? c->v->fresh_evidence_count : c->s->factors[i].evidence_count;
    if (!count) {
        const char *none = "Not linked to evidence yet: Link evidence names the pins and facts it rests on.";
        int h = screen_kept_wrapped(ui, &c->v->shown, *in, none, FONT_ITALIC, screen_caution(t));
        ui_cut_top(in, h);
        return;
    }
    int x = in->x, y = in->y, h = ui_line_height(ui, FONT_REGULAR) + ui_px(ui, SP_S);
    for (int k = 0; k < count && k < ACTION_MAX_EVIDENCE; k++) evidence_chip(c, *in, &x, &y, i, k, ev[k]);
    ui_cut_top(in, y + h - in->y);
}

/* The card's header: its name, then Link evidence and Remove (or Cancel). */
static void factor_header(ReportCtx *c, Rect head, int i, int uid)
{
    Ui *ui = c->ui;
    ReportView *v = c->v;
    bool confirm = v->confirm_remove == uid && i != FRESH;
    const char *remove = i == FRESH ? "Cancel" : confirm ? "Really remove?" : "Remove";
    v->remove_rect[i] = ui_cut_right(&head, screen_button_w(ui, remove));
    ui_cut_right(&head, ui_px(ui, SP_S));
    v->link_rect[i] = ui_cut_right(&head, screen_button_w(ui, "Link evidence"));
    UiId lid = ui_id_int(ui, "link", uid), rid = ui_id_int(ui, "remove", uid);
    report_say(v, remove);
    if (ui_button(ui, lid, v->link_rect[i], "Link evidence")) report_picker_open(c, i);
    Rect rr = v->remove_rect[i];
    bool hit = confirm ? ui_button_primary(ui, rid, rr, remove) : ui_button(ui, rid, rr, remove);
    if (!ui_has_focus(ui, rid) && !ui_hovered(ui, rid) && confirm) v->confirm_remove = 0;
    ui_tooltip(ui, rid, v->remove_rect[i], i == FRESH ? "Drop this new factor" : "Remove this factor from the report");
    report_reveal(c, lid, v->link_rect[i]);
    report_reveal(c, rid, v->remove_rect[i]);
    if (hit && i == FRESH) {
        v->adding = false;
        report_draft_clear(&v->fresh);
        v->fresh_evidence_count = 0;
    } else if (hit && confirm) emit_remove(c, i);
    else if (hit) v->confirm_remove = uid;
    char name[32];
    if (i == FRESH) snprintf(name, sizeof name, "New factor");
    else snprintf(name, sizeof name, "Factor %d", i + 1);
    report_text(c, head, name, FONT_BOLD, ui_theme(ui)->text);
}

/* A card: its fill is drawn at last frame's height, since the editor and
 * the chips decide the height as they are drawn. */
static void factor_card(ReportCtx *c, int i)
{
    Ui *ui = c->ui;
    const Theme *t = ui_theme(ui);
    ReportDraft *d = i == FRESH ? &c->v->fresh : &c->v->factors[i];
    int pad = ui_px(ui, SP_M);
    Rect card = {c->col.x, c->col.y, c->col.w, d->box_h};
    ui_fill_rounded(ui, card, ui_px(ui, 8), t->panel);
    Rect outer = c->col;
    c->col = (Rect){card.x + pad, card.y + pad, card.w - 2 * pad, SCREEN_UNBOUNDED};
    factor_header(c, ui_cut_top(&c->col, screen_button_h(ui)), i, d->uid);
    ui_cut_top(&c->col, ui_px(ui, SP_S));
    d->edit.placeholder = "A condition, not a person: what made this possible, or harder to handle?";
    report_editor(c, d, 2, 10);
    if (i != FRESH && report_draft_blank(d))
        report_para(c, "Empty: this factor keeps its saved text until you write it again, or Remove it.",
                    FONT_ITALIC, screen_caution(t), SP_XS);
    factor_evidence(c, &c->col, i);
    int h = c->col.y - card.y + pad;
    c->col = outer;
    if (h != d->box_h) d->box_h = h, ui_request_frame(ui);
    card.h = h;
    ui_box(ui, card, ui_px(ui, 8), (Color){0, 0, 0, 0}, t->border, ui_px(ui, 1));   /* no fill: an outline over it */
    ui_cut_top(&c->col, h + ui_px(ui, SP_S));
}

/* How the factors stand: several, each linked. */
static void factors_status(ReportCtx *c)
{
    const Theme *t = ui_theme(c->ui);
    const Session *s = c->s;
    int unlinked = 0;
    for (int i = 0; i < s->factor_count; i++) {
        Entity ev[ACTION_MAX_EVIDENCE];
        unlinked += report_factor_evidence(s, c->v, i, ev) == 0;
    }
    char text[160];
    Color col = screen_caution(t);
    if (!s->factor_count)
        snprintf(text, sizeof text, "No factors yet. Start with what made the incident possible, then what "
                 "made it harder to handle.");
    else if (unlinked)
        snprintf(text, sizeof text, "%d of %d factor%s not linked to evidence yet.", unlinked, s->factor_count,
                 s->factor_count == 1 ? "" : "s");
    else if (s->factor_count == 1) snprintf(text, sizeof text, "One factor so far: incidents have several.");
    else snprintf(text, sizeof text, "%d factors, each linked to evidence.", s->factor_count), col = t->success;
    report_para(c, text, FONT_BOLD, s->factor_count ? col : t->text_muted, SP_S);
}

static void factors_add_button(ReportCtx *c)
{
    Ui *ui = c->ui;
    ReportView *v = c->v;
    static const char label[] = "Add a factor";
    v->add_rect = ui_cut_top(&c->col, screen_button_h(ui));
    v->add_rect.w = screen_button_w(ui, label);
    report_say(v, label);
    if (v->adding || c->s->factor_count >= ACTION_MAX_FACTORS) {
        report_disabled_button(ui, v->add_rect, label);
        return;
    }
    UiId id = ui_id(ui, "add");
    if (ui_button(ui, id, v->add_rect, label)) {
        v->adding = true;
        ui_set_focus(ui, report_draft_id(ui, &v->fresh));
    }
    report_reveal(c, id, v->add_rect);
}

void report_factors(ReportCtx *c)
{
    const Theme *t = ui_theme(c->ui);
    ReportView *v = c->v;
    int hits = 0;
    for (int i = 0; i < c->s->factor_count; i++) {
        report_draft_scan(c->s->sc, &v->factors[i]);
        hits += v->factors[i].hit_count;
    }
    if (v->adding) {
        report_draft_scan(c->s->sc, &v->fresh);
        hits += v->fresh.hit_count;
    }
    report_heading(c, REPORT_PART_FACTORS, "Contributing factors", hits);
    report_para(c, "Several factors, each a condition rather than a person, each linked to the evidence it "
                "rests on.", FONT_REGULAR, t->text_muted, SP_S);
    factors_status(c);
    for (int i = 0; i < c->s->factor_count; i++) factor_card(c, i);
    if (v->adding) factor_card(c, FRESH);
    factors_add_button(c);
}
