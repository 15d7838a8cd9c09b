/* screen_interviews_notes.c: the side of the interviews: the notebook of
 * facts learned and where each came from, how the shown interview went,
 * and the calibration note that goes to the meeting's attendees. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/gameclock.h"
#include "core/util.h"
#include "screen_interviews_internal.h"

#define LQ "\xE2\x80\x9C"
#define RQ "\xE2\x80\x9D"

/* ---- the notebook ---- */

static void fact_source(const Session *s, int f, char *buf, size_t size)
{
    const InterviewTurn *t = &s->turns[s->learned_from[f]];
    char when[48];
    gameclock_format(t->minute, when, sizeof when);
    const char *q = t->typed ? t->typed : s->sc->questions[t->question].text;
    snprintf(buf, size, "from %s, answer to " LQ "%s" RQ ", %s", screen_interviews_name(s->sc, t->interviewee),
             q, when);
}

static void notebook_entry(Ui *ui, Rect *col, const Session *s, InterviewsView *v, int f)
{
    const Theme *t = ui_theme(ui);
    char source[1400];
    fact_source(s, f, source, sizeof source);
    int bar = ui_px(ui, 3), indent = bar + ui_px(ui, SP_S + SP_XS), top = col->y;
    Rect in = {col->x + indent, col->y, col->w - indent, col->h};
    screen_interviews_para(ui, v, &in, s->sc->facts[f].text, FONT_REGULAR, t->text, SP_XS);
    screen_interviews_para(ui, v, &in, source, FONT_ITALIC, t->text_muted, 0);
    ui_fill(ui, (Rect){col->x, top, bar, in.y - top}, t->success);
    ui_cut_top(col, in.y - top + ui_px(ui, SP_M));
}

static int learned_of(const Session *s, int iv, int *known)
{
    int n = 0, person = s->sc->interviewees[iv].person;
    *known = 0;
    for (int f = 0; f < s->sc->fact_count; f++)
        if (s->sc->facts[f].person == person) {
            (*known)++;
            n += s->learned_from[f] >= 0;
        }
    return n;
}

void screen_interviews_notebook(Ui *ui, Rect r, const Session *s, InterviewsView *v)
{
    const Theme *t = ui_theme(ui);
    Rect view = ui_scroll_region(ui, ui_id(ui, "notebook"), r, &v->notes_scroll, v->notes_scroll.content);
    ui_push_clip(ui, view);
    Rect col = ui_inset(view, ui_px(ui, SP_M));
    col.y -= v->notes_scroll.offset, col.h = SCREEN_UNBOUNDED;
    int top = col.y;
    if (!s->learned_count)
        screen_interviews_para(ui, v, &col, "Nothing learned yet. What people tell you lands here, with "
                               "whom it came from and what you asked.", FONT_ITALIC, t->text_muted, 0);
    for (int iv = 0; iv < s->sc->interviewee_count; iv++) {
        int known, n = learned_of(s, iv, &known);
        if (!n) continue;
        screen_interviews_para(ui, v, &col, screen_interviews_name(s->sc, iv), FONT_BOLD, t->text, SP_S);
        int person = s->sc->interviewees[iv].person;
        for (int f = 0; f < s->sc->fact_count; f++)
            if (s->sc->facts[f].person == person && s->learned_from[f] >= 0) notebook_entry(ui, &col, s, v, f);
        ui_cut_top(&col, ui_px(ui, SP_S));
    }
    v->notes_scroll.content = col.y - top + 2 * ui_px(ui, SP_M);
    ui_pop_clip(ui);
}

/* ---- how it went ---- */

static void feedback_kinds(Ui *ui, Rect *col, const InterviewState *st, InterviewsView *v)
{
    const Theme *t = ui_theme(ui);
    int lh = ui_line_height(ui, FONT_REGULAR) + ui_px(ui, SP_XS);
    for (int k = 0; k < QUESTION_KIND_COUNT; k++) {
        if (!st->by_kind[k]) continue;
        Rect line = ui_cut_top(col, lh);
        ui_cut_top(col, ui_px(ui, SP_XS));
        const char *label = screen_interviews_kind_label((QuestionKind)k);
        ui_cut_left(&line, screen_interviews_tag(ui, v, line, label, screen_interviews_kind_color(t, (QuestionKind)k)));
        char n[64];
        snprintf(n, sizeof n, "%s \xC3\x97 %d", label, st->by_kind[k]);
        screen_interviews_say(v, n);
        snprintf(n, sizeof n, "\xC3\x97 %d", st->by_kind[k]);
        ui_text(ui, (Rect){line.x + ui_px(ui, SP_S), line.y, line.w, line.h}, n, FONT_REGULAR, t->text);
    }
    ui_cut_top(col, ui_px(ui, SP_S));
}

static void feedback_candor(Ui *ui, Rect *col, const InterviewState *st, InterviewsView *v)
{
    const Theme *t = ui_theme(ui);
    char text[96];
    snprintf(text, sizeof text, "Candor now: %d of 100, %s", st->candor, screen_mood(st->candor));
    Rect line = ui_cut_top(col, ui_line_height(ui, FONT_REGULAR));
    Color c = screen_mood_color(t, st->candor);
    ui_cut_left(&line, screen_interviews_dot(ui, line, c));
    screen_interviews_text(ui, v, line, text, FONT_REGULAR, t->text);
    ui_cut_top(col, ui_px(ui, SP_XS));
    Rect bar = ui_cut_top(col, ui_px(ui, 8));
    ui_box(ui, bar, bar.h / 2, t->hover, t->border, ui_px(ui, 1));
    if (st->candor > 0) ui_fill_rounded(ui, (Rect){bar.x, bar.y, bar.w * st->candor / 100, bar.h}, bar.h / 2, c);
    ui_cut_top(col, ui_px(ui, SP_M));
}

static void feedback_card(Ui *ui, Rect *col, const Session *s, InterviewsView *v, int iv)
{
    const Theme *t = ui_theme(ui);
    const InterviewState *st = &s->interviews[iv];
    const char *name = screen_interviews_name(s->sc, iv);
    char text[400];
    int open = 0, known, learned = learned_of(s, iv, &known);
    for (int k = 0; k < QUESTION_KIND_COUNT; k++)
        open += model_question_kind_opens((QuestionKind)k) ? st->by_kind[k] : 0;
    snprintf(text, sizeof text, "How it went with %s", name);
    screen_interviews_para(ui, v, col, text, FONT_BOLD, t->text, SP_S);
    snprintf(text, sizeof text, "%d question%s in %d min: %d open, %d that narrowed, led or blamed.", st->asked,
             st->asked == 1 ? "" : "s", st->minutes, open, st->asked - open);
    screen_interviews_para(ui, v, col, text, FONT_REGULAR, t->text, SP_S);
    feedback_kinds(ui, col, st, v);
    feedback_candor(ui, col, st, v);
    snprintf(text, sizeof text, "Facts learned: %d of %d that %s knows.", learned, known, name);
    screen_interviews_para(ui, v, col, text, FONT_REGULAR, t->text, SP_M);
    if (learned < known && s->sc->interviewees[iv].holds_back) {
        screen_interviews_caption(ui, v, col, "WHAT THEY MAY HAVE HELD BACK");
        screen_interviews_para(ui, v, col, s->sc->interviewees[iv].holds_back, FONT_REGULAR, t->text, SP_M);
    }
    if (st->asked > open)
        screen_interviews_para(ui, v, col, "Leading, blaming and \"why didn't you\" questions cost candor: a "
                               "guarded person gives the short answer and keeps the details.",
                               FONT_ITALIC, t->text_muted, 0);
}

void screen_interviews_feedback(Ui *ui, Rect r, const Session *s, InterviewsView *v)
{
    const Theme *t = ui_theme(ui);
    Rect view = ui_scroll_region(ui, ui_id(ui, "feedback"), r, &v->feedback_scroll, v->feedback_scroll.content);
    ui_push_clip(ui, view);
    Rect col = ui_inset(view, ui_px(ui, SP_M));
    col.y -= v->feedback_scroll.offset, col.h = SCREEN_UNBOUNDED;
    int top = col.y;
    int iv = v->person;
    char text[300];
    if (iv < 0 || !s->interviews[iv].asked) {
        if (iv >= 0) snprintf(text, sizeof text, "You have not asked %s anything yet. After the first question, "
                              "this shows how the interview is going.", screen_interviews_name(s->sc, iv));
        else snprintf(text, sizeof text, "Choose someone to talk to.");
        screen_interviews_para(ui, v, &col, text, FONT_ITALIC, t->text_muted, 0);
    } else {
        feedback_card(ui, &col, s, v, iv);
    }
    v->feedback_scroll.content = col.y - top + 2 * ui_px(ui, SP_M);
    ui_pop_clip(ui);
}

/* ---- the calibration note ---- */

/* Takes the session's note into the draft when it changed under an
 * untouched draft (a reload, an undo), and never over the participant's
 * own edits. */
static void calibration_sync(const Session *s, InterviewsView *v)
{
    const char *saved = s->report[REPORT_CALIBRATION] ? s->report[REPORT_CALIBRATION] : "";
    if (v->cal_seen && strcmp(v->cal_seen, saved) == 0) return;
    if (!v->cal_seen || strcmp(v->cal.text ? v->cal.text : "", v->cal_seen) == 0) ui_text_edit_set(&v->cal, saved);
    free(v->cal_seen);
    v->cal_seen = xstrdup(saved);
}

bool screen_interviews_calibration(Ui *ui, Rect r, const Session *s, InterviewsView *v, Action *out)
{
    const Theme *t = ui_theme(ui);
    calibration_sync(s, v);
    Rect col = ui_inset(r, ui_px(ui, SP_M));
    screen_interviews_para(ui, v, &col, "What you learned so far, emerging themes, open questions: the "
                           "meeting's attendees receive it before the meeting.", FONT_REGULAR, t->text, SP_S);
    Rect foot = ui_cut_bottom(&col, screen_button_h(ui));
    ui_cut_bottom(&col, ui_px(ui, SP_S));
    v->cal_rect = col;
    bool save = ui_text_input(ui, ui_id(ui, "calibration"), col, &v->cal) & UI_TEXT_SUBMITTED;
    v->save_rect = ui_cut_right(&foot, screen_button_w(ui, "Save"));
    if (ui_button_primary(ui, ui_id(ui, "save"), v->save_rect, "Save")) save = true;
    const char *draft = v->cal.text ? v->cal.text : "";
    bool same = strcmp(draft, v->cal_seen) == 0;
    const char *status = !same ? "Unsaved changes" : *draft ? "Saved" : "Not written yet";
    screen_interviews_text(ui, v, foot, status, same ? FONT_REGULAR : FONT_BOLD,
                           same && *draft ? t->success : same ? t->text_muted : t->text);
    if (!save || same) return false;
    *out = (Action){.kind = ACTION_SET_REPORT, .field = REPORT_CALIBRATION, .text = xstrdup(draft)};
    return true;
}
