/* screen_debrief_model.c: the scenario's model analysis beside the
 * participant's: contributing factors side by side with the evidence each
 * rests on, the text of each report field, yours above the model's, and
 * the story's moments in order. Each part folds. */
#include <stdio.h>
#include <string.h>
#include "core/coach.h"
#include "screen_debrief_internal.h"

static int count_words(const char *text)
{
    int n = 0;
    bool in = false;
    for (const char *p = text ? text : ""; *p; p++) {
        bool space = *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r';
        if (!space && !in) n++;
        in = !space;
    }
    return n;
}

bool screen_debrief_model_has(const Session *s, ReportField f)
{
    if (f == REPORT_FACTORS || f == REPORT_CALIBRATION) return false;
    return s->sc->analysis.text[f] || s->report[f];
}

/* What the language coach flags in the participant's words, a line each
 * ("human error": what to write instead), at most three: the debrief is
 * where the habit gets named, not only scored. */
static void coach_notes(Ui *ui, DebriefView *v, Rect *r, const Scenario *sc, const char *text)
{
    CoachHit hits[8];
    int n = text ? coach_scan(sc, text, hits, 8) : 0, said = 0;
    for (int k = 0; k < n && k < 8 && said < 3; k++) {
        bool again = false;            /* the same advice twice teaches nothing more */
        for (int j = 0; j < k; j++) again |= hits[j].rule == hits[k].rule && hits[j].person == hits[k].person;
        if (again) continue;
        char line[600];
        snprintf(line, sizeof line, "\xE2\x80\x9C%.*s\xE2\x80\x9D: %s", hits[k].len, text + hits[k].start,
                 coach_suggestion(sc, &hits[k]));
        screen_debrief_para(ui, v, r, line, FONT_ITALIC, screen_caution(ui_theme(ui)), SP_XS);
        said++;
    }
}

/* "1." in a gutter and the factor's text wrapped beside it; then links to
 * its evidence. Returns nothing: cuts itself off *col. */
static void factor_entry(Ui *ui, DebriefView *v, Rect *col, const Session *s, int number, const char *text,
                         const Entity *ev, int ev_count, const char *scope, DebriefIntent *out)
{
    const Theme *t = ui_theme(ui);
    char num[16];
    snprintf(num, sizeof num, "%d.", number);
    int gw = ui_text_width(ui, "00.", FONT_BOLD) + ui_px(ui, SP_XS);
    if (!v->measuring) ui_text(ui, (Rect){col->x, col->y, gw, ui_line_height(ui, FONT_REGULAR)}, num, FONT_BOLD, t->text_muted);
    Rect in = {col->x + gw, col->y, col->w - gw, col->h};
    screen_debrief_para(ui, v, &in, text, FONT_REGULAR, t->text, SP_XS);
    if (strcmp(scope, "yours") == 0) coach_notes(ui, v, &in, s->sc, text);
    ui_push_scope(ui, scope);
    for (int k = 0; k < ev_count; k++) screen_debrief_link(ui, v, &in, s, ev[k], ui_id_int(ui, "ev", number * 64 + k), out);
    ui_pop_scope(ui);
    if (!ev_count)
        screen_debrief_para(ui, v, &in, "Linked to no evidence.", FONT_ITALIC, t->text_muted, 0);
    ui_cut_top(col, in.y - col->y + ui_px(ui, SP_M));
}

static void factors_yours(Ui *ui, DebriefView *v, Rect *col, const Session *s, DebriefIntent *out)
{
    const Theme *t = ui_theme(ui);
    screen_debrief_caption(ui, v, col, "YOURS");
    if (!s->factor_count)
        screen_debrief_para(ui, v, col, "You wrote no contributing factors yet. In the Report, write several "
                            "conditions, each linked to the evidence that shows it.", FONT_ITALIC, t->text_muted, 0);
    for (int i = 0; i < s->factor_count; i++)
        factor_entry(ui, v, col, s, i + 1, s->factors[i].text, s->factors[i].evidence, s->factors[i].evidence_count,
                     "yours", out);
}

static void factors_model(Ui *ui, DebriefView *v, Rect *col, const Session *s, DebriefIntent *out)
{
    const Analysis *a = &s->sc->analysis;
    screen_debrief_caption(ui, v, col, "AN EXPERIENCED REVIEWER'S");
    for (int i = 0; i < a->factor_count; i++)
        factor_entry(ui, v, col, s, i + 1, a->factors[i].text, a->factors[i].evidence, a->factors[i].evidence_count,
                     "model", out);
}

void screen_debrief_model_factors(Ui *ui, DebriefView *v, Rect *r, const Session *s, DebriefIntent *out)
{
    char note[96];
    snprintf(note, sizeof note, "yours: %d" DEBRIEF_DOT "the model's: %d", s->factor_count,
             s->sc->analysis.factor_count);
    if (screen_debrief_fold(ui, v, r, DEBRIEF_FOLD_FACTORS, "Contributing factors", note))
        v->fold_open[DEBRIEF_FOLD_FACTORS] ^= 1;
    if (!v->fold_open[DEBRIEF_FOLD_FACTORS]) {
        ui_cut_top(r, ui_px(ui, SP_S));
        return;
    }
    ui_cut_top(r, ui_px(ui, SP_S));
    int gap = ui_px(ui, SP_L);
    Rect left = *r, right = *r;
    if (r->w >= ui_px(ui, 720)) {          /* side by side, else one above the other */
        left.w = (r->w - gap) / 2;
        right.x = left.x + left.w + gap, right.w = r->w - left.w - gap;
        factors_yours(ui, v, &left, s, out);
        factors_model(ui, v, &right, s, out);
        if (!v->measuring)
            ui_fill(ui, (Rect){left.x + left.w + gap / 2, r->y, 1, (left.y > right.y ? left.y : right.y) - r->y},
                    ui_theme(ui)->border);
        ui_cut_top(r, (left.y > right.y ? left.y : right.y) - r->y);
    } else {
        factors_yours(ui, v, r, s, out);
        factors_model(ui, v, r, s, out);
    }
    ui_cut_top(r, ui_px(ui, SP_S));
}

/* Text with a bar down its left side in colour c: the model's in accent. */
static void barred_text(Ui *ui, DebriefView *v, Rect *r, const char *text, FontStyle style, Color c, Color bar)
{
    int bw = ui_px(ui, 3), indent = bw + ui_px(ui, SP_S + SP_XS), top = r->y;
    Rect in = {r->x + indent, r->y, r->w - indent, r->h};
    screen_debrief_para(ui, v, &in, text, style, c, 0);
    if (!v->measuring) ui_fill(ui, (Rect){r->x, top, bw, in.y - top}, bar);
    ui_cut_top(r, in.y - top + ui_px(ui, SP_M));
}

void screen_debrief_model_field(Ui *ui, DebriefView *v, Rect *r, const Session *s, ReportField f)
{
    const Theme *t = ui_theme(ui);
    const char *mine = s->report[f], *model = s->sc->analysis.text[f];
    char note[96];
    snprintf(note, sizeof note, "yours: %d word%s" DEBRIEF_DOT "the model's: %d", count_words(mine),
             count_words(mine) == 1 ? "" : "s", count_words(model));
    if (screen_debrief_fold(ui, v, r, (int)f, report_field_title(f), note)) v->fold_open[f] ^= 1;
    if (!v->fold_open[f]) {
        ui_cut_top(r, ui_px(ui, SP_S));
        return;
    }
    ui_cut_top(r, ui_px(ui, SP_S));
    Rect in = {r->x + ui_px(ui, SP_M), r->y, r->w - ui_px(ui, SP_M), r->h};
    screen_debrief_caption(ui, v, &in, "YOU WROTE");
    if (mine) {
        barred_text(ui, v, &in, mine, FONT_REGULAR, t->text, t->border);
        coach_notes(ui, v, &in, s->sc, mine);
    } else barred_text(ui, v, &in, "Nothing yet.", FONT_ITALIC, t->text_muted, t->border);
    screen_debrief_caption(ui, v, &in, "AN EXPERIENCED REVIEWER WROTE");
    if (model) barred_text(ui, v, &in, model, FONT_REGULAR, t->text, t->accent);
    else barred_text(ui, v, &in, "The scenario gives no model text for this part.", FONT_ITALIC, t->text_muted,
                     t->accent);
    ui_cut_top(r, in.y - r->y);
}

void screen_debrief_model_timeline(Ui *ui, DebriefView *v, Rect *r, const Session *s, DebriefIntent *out)
{
    const Theme *t = ui_theme(ui);
    const Analysis *a = &s->sc->analysis;
    int have = 0;
    for (int k = 0; k < a->timeline_count; k++) {
        bool found;
        screen_debrief_found(s, a->timeline[k], &found);
        have += found;
    }
    char note[96];
    snprintf(note, sizeof note, "%d moments" DEBRIEF_DOT "you have %d of them", a->timeline_count, have);
    if (screen_debrief_fold(ui, v, r, DEBRIEF_FOLD_TIMELINE, "The story, in order", note))
        v->fold_open[DEBRIEF_FOLD_TIMELINE] ^= 1;
    ui_cut_top(r, ui_px(ui, SP_S));
    if (!v->fold_open[DEBRIEF_FOLD_TIMELINE]) return;
    Rect in = {r->x + ui_px(ui, SP_M), r->y, r->w - ui_px(ui, SP_M), r->h};
    screen_debrief_para(ui, v, &in, "The moments an experienced reviewer tells the incident by, pinned items "
                        "and what interviews revealed, in the order of the story.", FONT_REGULAR, t->text_muted,
                        SP_S);
    int gw = ui_text_width(ui, "00.", FONT_BOLD) + ui_px(ui, SP_XS);
    ui_push_scope(ui, "story");
    for (int k = 0; k < a->timeline_count; k++) {
        char num[16];
        snprintf(num, sizeof num, "%d.", k + 1);
        if (!v->measuring)
            ui_text(ui, (Rect){in.x, in.y, gw, ui_line_height(ui, FONT_REGULAR) + ui_px(ui, SP_XS)}, num, FONT_BOLD,
                    t->text_muted);
        Rect row = {in.x + gw, in.y, in.w - gw, in.h};
        screen_debrief_link(ui, v, &row, s, a->timeline[k], ui_id_int(ui, "moment", k), out);
        ui_cut_top(&in, row.y - in.y);
    }
    ui_pop_scope(ui);
    ui_cut_top(r, in.y - r->y + ui_px(ui, SP_M));
}
