/* screen_interviews_talk.c: one interview: who they are and how they feel,
 * the transcript, and what can be asked next (the scenario's questions by
 * kind, or the participant's own words with the kind they read as). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/interview.h"
#include "core/rubric.h"
#include "core/util.h"
#include "screen_interviews_internal.h"

#define DOT " \xC2\xB7 "

/* The person's open questions, open kinds first, in written order within a
 * kind: the kinds are declared in that order. */
static void offered_build(const Session *s, InterviewsView *v, int iv)
{
    const Scenario *sc = s->sc;
    v->offered_count = 0;
    for (int k = 0; k < QUESTION_KIND_COUNT; k++)
        for (int q = 0; q < sc->question_count; q++)
            if (sc->questions[q].interviewee == iv && (int)sc->questions[q].kind == k && session_question_offered(s, q))
                v->offered[v->offered_count++] = q;
}

static void draw_mood(Ui *ui, Rect r, InterviewsView *v, const Session *s, int iv)
{
    const Theme *t = ui_theme(ui);
    int candor = s->interviews[iv].candor, bw = ui_px(ui, 72), bh = ui_px(ui, 8);
    Color c = screen_mood_color(t, candor);
    const char *mood = screen_mood(candor);
    int tw = ui_text_width(ui, mood, FONT_BOLD), dot = ui_px(ui, 10) + ui_px(ui, SP_S);
    Rect area = {r.x + r.w - bw - ui_px(ui, SP_S) - tw - dot, r.y, bw + ui_px(ui, SP_S) + tw + dot, r.h};
    Rect line = area;
    ui_cut_left(&line, screen_interviews_dot(ui, line, c));
    screen_interviews_text(ui, v, ui_cut_left(&line, tw), mood, FONT_BOLD, t->text);
    Rect bar = {line.x + line.w - bw, line.y + (line.h - bh) / 2, bw, bh};
    ui_box(ui, bar, bh / 2, t->hover, t->border, ui_px(ui, 1));
    if (candor > 0) ui_fill_rounded(ui, (Rect){bar.x, bar.y, bar.w * candor / 100, bar.h}, bh / 2, c);
    char tip[200];
    snprintf(tip, sizeof tip, "How safe %s feels talking to you (%d of 100). Open questions help; blame and "
             "\"why didn't you\" make people guarded, and guarded people say less.",
             screen_interviews_name(s->sc, iv), candor);
    ui_tooltip(ui, ui_id(ui, "mood"), area, tip);
}

static void draw_person_head(Ui *ui, Rect *r, const Session *s, InterviewsView *v, int iv)
{
    const Theme *t = ui_theme(ui);
    const Scenario *sc = s->sc;
    const Person *p = &sc->people[sc->interviewees[iv].person];
    int pad = ui_px(ui, SP_M), bold = ui_line_height(ui, FONT_BOLD), reg = ui_line_height(ui, FONT_REGULAR);
    Rect bar = ui_cut_top(r, bold + reg + 2 * pad);
    ui_fill(ui, bar, t->panel);
    ui_fill(ui, (Rect){bar.x, bar.y + bar.h - 1, bar.w, 1}, t->border);
    Rect in = ui_inset(bar, pad);
    in.x += ui_px(ui, SP_S), in.w -= ui_px(ui, SP_S);
    Rect name = ui_cut_top(&in, bold);
    if (s->interviews[iv].chosen && screen_interviews_available(s, iv)) draw_mood(ui, name, v, s, iv);
    screen_interviews_text(ui, v, name, screen_interviews_name(sc, iv), FONT_BOLD, t->text);
    char line[256];
    const char *team = p->team >= 0 ? sc->teams[p->team].name : NULL;
    const char *disp = sc->interviewees[iv].disposition;
    snprintf(line, sizeof line, "%s%s%s" DOT "seems %s", p->role ? p->role : "", team ? DOT : "",
             team ? team : "", disp ? disp : "calm");
    screen_interviews_text(ui, v, ui_cut_top(&in, reg), line, FONT_REGULAR, t->text_muted);
}

/* ---- the questions ---- */

static int tag_column(Ui *ui, const InterviewsView *v, const Scenario *sc)
{
    int w = 0;
    for (int i = 0; i < v->offered_count; i++) {
        int tw = screen_interviews_tag_width(ui, screen_interviews_kind_label(sc->questions[v->offered[i]].kind));
        w = tw > w ? tw : w;
    }
    return w;
}

/* Row sizes: the tag column, the text, the cost on the right. */
typedef struct QLayout { int pad, tag_w, cost_w, text_w; } QLayout;

static QLayout question_layout(Ui *ui, const InterviewsView *v, const Scenario *sc, int w, const char *cost)
{
    QLayout L = {ui_px(ui, SP_S + SP_XS), tag_column(ui, v, sc), ui_text_width(ui, cost, FONT_REGULAR), 0};
    L.text_w = w - 2 * L.pad - L.tag_w - L.cost_w - 2 * ui_px(ui, SP_M);
    return L;
}

static int question_h(Ui *ui, const QLayout *L, const char *text)
{
    int h = screen_text_height(ui, text, FONT_REGULAR, L->text_w);
    int line = ui_line_height(ui, FONT_REGULAR) + ui_px(ui, 2);
    return (h > line ? h : line) + 2 * L->pad;
}

static bool draw_question(Ui *ui, Rect row, const QLayout *L, const Session *s, InterviewsView *v, int q,
                          const char *cost)
{
    const Theme *t = ui_theme(ui);
    const Question *qq = &s->sc->questions[q];
    UiId id = ui_id_int(ui, "q", q);
    v->q_rect[q] = row;
    bool hit = ui_button(ui, id, row, "");
    Rect in = ui_inset(row, L->pad);
    Rect first = {in.x, in.y, in.w, ui_line_height(ui, FONT_REGULAR) + ui_px(ui, 2)};
    screen_interviews_tag(ui, v, first, screen_interviews_kind_label(qq->kind),
                          screen_interviews_kind_color(t, qq->kind));
    Rect text = {in.x + L->tag_w + ui_px(ui, SP_M), in.y + ui_px(ui, 1), L->text_w, in.h};
    screen_interviews_wrapped(ui, v, text, qq->text, FONT_REGULAR, t->text);
    screen_interviews_text(ui, v, (Rect){in.x + in.w - L->cost_w, first.y, L->cost_w, first.h}, cost,
                           FONT_REGULAR, t->text_muted);
    char tip[200];
    snprintf(tip, sizeof tip, "A %s question: %s.", screen_interviews_kind_label(qq->kind),
             screen_interviews_kind_why(qq->kind));
    ui_tooltip(ui, id, row, tip);
    return hit;
}

/* The offered questions in a scroll region of at most max_h; returns the
 * question clicked, or -1. */
static int draw_questions(Ui *ui, Rect *r, const Session *s, InterviewsView *v, int iv, int max_h)
{
    const Scenario *sc = s->sc;
    char cost[32];
    snprintf(cost, sizeof cost, "%d min", sc->interviewees[iv].minutes);
    int bar = ui_px(ui, 12), gap = ui_px(ui, SP_XS);
    QLayout L = question_layout(ui, v, sc, r->w - 2 * ui_px(ui, SP_M) - bar, cost);
    int content = 0;
    for (int i = 0; i < v->offered_count; i++) content += question_h(ui, &L, sc->questions[v->offered[i]].text) + gap;
    Rect area = ui_cut_top(r, content < max_h ? content : max_h);
    Rect view = ui_scroll_region(ui, ui_id(ui, "questions"), area, &v->questions_scroll, content);
    ui_push_clip(ui, view);
    Rect col = {view.x + ui_px(ui, SP_M), view.y - v->questions_scroll.offset, r->w - 2 * ui_px(ui, SP_M) - bar,
                SCREEN_UNBOUNDED};
    int chosen = -1;
    for (int i = 0; i < v->offered_count; i++) {
        int q = v->offered[i];
        Rect row = ui_cut_top(&col, question_h(ui, &L, sc->questions[q].text));
        ui_cut_top(&col, gap);
        if (draw_question(ui, row, &L, s, v, q, cost)) chosen = q;
    }
    ui_pop_clip(ui);
    return chosen;
}

/* The field for the participant's own words and what they read as. */
static bool draw_typed(Ui *ui, Rect r, const Session *s, InterviewsView *v, int iv, Action *out)
{
    const Theme *t = ui_theme(ui);
    Rect in = {r.x + ui_px(ui, SP_M), r.y, r.w - 2 * ui_px(ui, SP_M), r.h};
    v->typed_rect = ui_cut_top(&in, ui_line_height(ui, FONT_REGULAR) + ui_px(ui, SP_M));
    unsigned bits = ui_text_input(ui, ui_id(ui, "typed"), v->typed_rect, &v->typed);
    ui_cut_top(&in, ui_px(ui, SP_XS));
    Rect line = ui_cut_top(&in, ui_line_height(ui, FONT_REGULAR));
    char *text = screen_interviews_trimmed(v->typed.text);
    if (text) {
        char reads[200];
        QuestionKind k = interview_classify(text);
        ui_cut_left(&line, screen_interviews_dot(ui, line, screen_interviews_kind_color(t, k)));
        screen_interviews_reads_as(text, reads, sizeof reads);
        screen_interviews_text(ui, v, line, reads, FONT_REGULAR, t->text);
    } else {
        char hint[160];
        snprintf(hint, sizeof hint, "Enter asks; it takes %d min like any question.", s->sc->interviewees[iv].minutes);
        screen_interviews_text(ui, v, line, hint, FONT_ITALIC, t->text_muted);
    }
    if (!(bits & UI_TEXT_SUBMITTED) || !text) {
        free(text);
        return false;
    }
    *out = (Action){.kind = ACTION_ASK_TYPED, .target = xstrdup(s->sc->people[s->sc->interviewees[iv].person].id),
                    .text = text};
    ui_text_edit_set(&v->typed, "");
    return true;
}

static void draw_notice(Ui *ui, Rect r, InterviewsView *v, const char *text)
{
    const Theme *t = ui_theme(ui);
    Rect box = ui_inset(r, ui_px(ui, SP_M));
    ui_box(ui, box, ui_px(ui, 8), screen_tint(t, t->text_muted), t->border, ui_px(ui, 1));
    screen_interviews_wrapped(ui, v, ui_inset(box, ui_px(ui, SP_M)), text, FONT_REGULAR, t->text);
}

static int notice_h(Ui *ui, const char *text, int w)
{
    return screen_text_height(ui, text, FONT_REGULAR, w - 4 * ui_px(ui, SP_M)) + 4 * ui_px(ui, SP_M);
}

/* Why nobody can be asked now, or "" when the person can be. */
static void closed_reason(const Session *s, int iv, char *buf, size_t size)
{
    buf[0] = 0;
    if (!s->interviews[iv].chosen)
        snprintf(buf, size, "%s is not among the people you chose now. Change who you interview to ask more.",
                 screen_interviews_name(s->sc, iv));
    else if (!screen_interviews_available(s, iv)) screen_interviews_away_text(s, iv, buf, size);
}

static bool draw_ask(Ui *ui, Rect r, const Session *s, InterviewsView *v, int iv, Action *out)
{
    const Theme *t = ui_theme(ui);
    ui_fill(ui, r, t->panel);
    ui_fill(ui, (Rect){r.x, r.y, r.w, 1}, t->border);
    ui_cut_top(&r, ui_px(ui, SP_S));
    Rect head = {r.x + ui_px(ui, SP_M), r.y, r.w - 2 * ui_px(ui, SP_M), r.h};
    screen_interviews_caption(ui, v, &head, v->offered_count ? "ASK A QUESTION"
                                                             : "NO QUESTIONS LEFT: ASK IN YOUR OWN WORDS");
    r.y = head.y, r.h = head.h;
    int typed_h = 2 * ui_line_height(ui, FONT_REGULAR) + ui_px(ui, SP_M + SP_XS + SP_M);
    int q = draw_questions(ui, &r, s, v, iv, r.h - typed_h - ui_px(ui, SP_S));
    ui_cut_top(&r, ui_px(ui, SP_S));
    if (q >= 0) {
        *out = (Action){.kind = ACTION_ASK, .target = xstrdup(s->sc->questions[q].id)};
        Action typed = {0};                             /* still drawn: the Tab order stays */
        if (draw_typed(ui, r, s, v, iv, &typed)) action_clear(&typed);     /* one action a frame */
        return true;
    }
    return draw_typed(ui, r, s, v, iv, out);
}

/* The height the ask panel wants: its questions up to two fifths of h. */
static int ask_height(Ui *ui, const Session *s, InterviewsView *v, int iv, int w, int h)
{
    char cost[32];
    snprintf(cost, sizeof cost, "%d min", s->sc->interviewees[iv].minutes);
    QLayout L = question_layout(ui, v, s->sc, w - 2 * ui_px(ui, SP_M) - ui_px(ui, 12), cost);
    int content = 0;
    for (int i = 0; i < v->offered_count; i++)
        content += question_h(ui, &L, s->sc->questions[v->offered[i]].text) + ui_px(ui, SP_XS);
    int most = h * 2 / 5;
    content = content < most ? content : most;
    int fixed = ui_px(ui, SP_S) + ui_line_height(ui, FONT_BOLD) + ui_px(ui, SP_S) + ui_px(ui, SP_S) +
                2 * ui_line_height(ui, FONT_REGULAR) + ui_px(ui, SP_M + SP_XS + SP_M);
    return fixed + content;
}

bool screen_interviews_talk(Ui *ui, Rect r, const Session *s, InterviewsView *v, Action *out)
{
    const Theme *t = ui_theme(ui);
    int iv = v->person;
    if (iv < 0) {
        Rect col = screen_column(ui, r, 560);
        ui_cut_top(&col, ui_px(ui, SP_XL));
        screen_interviews_para(ui, v, &col, "Choose someone on the left to talk to.", FONT_REGULAR, t->text_muted, 0);
        return false;
    }
    draw_person_head(ui, &r, s, v, iv);
    char reason[400];
    closed_reason(s, iv, reason, sizeof reason);
    v->offered_count = 0;
    if (!reason[0]) offered_build(s, v, iv);
    int bottom = reason[0] ? notice_h(ui, reason, r.w) : ask_height(ui, s, v, iv, r.w, r.h);
    Rect ask = ui_cut_bottom(&r, bottom);
    screen_interviews_transcript(ui, r, s, v);
    if (reason[0]) {
        draw_notice(ui, ask, v, reason);
        return false;
    }
    return draw_ask(ui, ask, s, v, iv, out);
}
