/* screen_interviews_words.c: the Interviews section's words and colours
 * (moods, question kinds, who is away) and its drawing helpers, which keep
 * what they drew in the view so tests can read the screen. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include "core/gameclock.h"
#include "core/interview.h"
#include "core/util.h"
#include "screen_interviews_internal.h"

void screen_interviews_say(InterviewsView *v, const char *text) { screen_kept_add(&v->shown, text); }

int screen_interviews_text(Ui *ui, InterviewsView *v, Rect r, const char *text, FontStyle style, Color c)
{
    return screen_kept_text(ui, &v->shown, r, text, style, c);
}

int screen_interviews_wrapped(Ui *ui, InterviewsView *v, Rect r, const char *text, FontStyle style, Color c)
{
    return screen_kept_wrapped(ui, &v->shown, r, text, style, c);
}

void screen_interviews_para(Ui *ui, InterviewsView *v, Rect *r, const char *text, FontStyle style,
                            Color c, int gap)
{
    screen_interviews_say(v, text);
    screen_para(ui, r, text, style, c, gap);
}

void screen_interviews_caption(Ui *ui, InterviewsView *v, Rect *r, const char *text)
{
    screen_interviews_say(v, text);
    screen_caption(ui, r, text);
}

int screen_interviews_dot(Ui *ui, Rect line, Color c)
{
    int d = ui_px(ui, 10);
    ui_fill_rounded(ui, (Rect){line.x, line.y + (line.h - d) / 2, d, d}, d / 2, c);
    return d + ui_px(ui, SP_S);
}

int screen_interviews_tag_width(Ui *ui, const char *label)
{
    return ui_text_width(ui, label, FONT_REGULAR) + ui_px(ui, 2 * SP_S);
}

int screen_interviews_tag(Ui *ui, InterviewsView *v, Rect line, const char *label, Color c)
{
    const Theme *t = ui_theme(ui);
    int w = screen_interviews_tag_width(ui, label), h = ui_line_height(ui, FONT_REGULAR) + ui_px(ui, 2);
    Rect box = {line.x, line.y + (line.h - h) / 2, w, h};
    ui_box(ui, box, h / 2, screen_tint(t, c), c, ui_px(ui, 1));
    screen_interviews_text(ui, v, (Rect){box.x + ui_px(ui, SP_S), box.y, w, h}, label, FONT_REGULAR, t->text);
    return w;
}

/* ---- words and colours ---- */

const char *screen_interviews_kind_label(QuestionKind k)
{
    return k == QUESTION_NORMAL_WORK ? "normal work" : model_question_kind_name(k);
}

const char *screen_interviews_kind_why(QuestionKind k)
{
    switch (k) {
    case QUESTION_OPEN: return "invites their story";
    case QUESTION_CUE: return "what they noticed, and when";
    case QUESTION_KNOWLEDGE: return "what they knew, and how they knew it";
    case QUESTION_GOALS: return "what else was going on, and the pressures on them";
    case QUESTION_OPTIONS: return "the paths they considered";
    case QUESTION_NORMAL_WORK: return "how the work usually goes";
    case QUESTION_HELP: return "how they got help, or why they did not";
    case QUESTION_CLOSED: return "a yes or a no: less of their story";
    case QUESTION_LEADING: return "puts your theory in their mouth";
    case QUESTION_BLAMING: return "people get guarded";
    case QUESTION_COUNTERFACTUAL: return "people defend instead of explain";
    default: return "";
    }
}

Color screen_interviews_kind_color(const Theme *t, QuestionKind k)
{
    if (model_question_kind_opens(k)) return t->success;
    return k == QUESTION_CLOSED ? t->text_muted : t->danger;
}

const char *screen_interviews_reads_as(const char *text, char *buf, size_t size)
{
    QuestionKind k = interview_classify(text);
    if (k == QUESTION_OPEN) snprintf(buf, size, "reads as: open");
    else if (model_question_kind_opens(k)) snprintf(buf, size, "reads as: open (%s)", screen_interviews_kind_label(k));
    else snprintf(buf, size, "reads as: %s \xE2\x80\x94 %s", screen_interviews_kind_label(k),
                  screen_interviews_kind_why(k));
    return buf;
}

const char *screen_interviews_name(const Scenario *sc, int iv)
{
    const Person *p = &sc->people[sc->interviewees[iv].person];
    return p->name ? p->name : p->id;
}

bool screen_interviews_available(const Session *s, int iv)
{
    return session_interviewee_available(s, iv);
}

void screen_interviews_away_text(const Session *s, int iv, char *buf, size_t size)
{
    const Interviewee *x = &s->sc->interviewees[iv];
    bool early = x->available_from >= 0 && s->clock < x->available_from;
    bool gone = x->available_until >= 0 && s->clock >= x->available_until;
    if (!early && !gone) {          /* in their window, out of their working hours */
        int local = interview_local_minute(s->sc, iv, s->clock), next = interview_next_available(s->sc, iv, s->clock);
        char when[48] = "";
        if (next >= 0) gameclock_format(next, when, sizeof when);
        snprintf(buf, size, "%s is not at work: it is %02d:%02d where they are, and they work %02d:%02d-%02d:%02d.%s%s%s",
                 screen_interviews_name(s->sc, iv), local / 60, local % 60, x->hours_from / 60, x->hours_from % 60,
                 x->hours_to / 60, x->hours_to % 60, next >= 0 ? " They can talk from " : "", when,
                 next >= 0 ? "." : "");
        return;
    }
    char when[48];
    gameclock_format(early ? x->available_from : x->available_until, when, sizeof when);
    snprintf(buf, size, "%s is %s%s%s. %s %s.", screen_interviews_name(s->sc, iv),
             early ? "not available yet" : "away", x->away ? ": " : "", x->away ? x->away : "",
             early ? "They can talk from" : "They were available until", when);
}

char *screen_interviews_trimmed(const char *text)
{
    const char *a = text ? text : "", *b = a + strlen(a);
    while (a < b && isspace((unsigned char)*a)) a++;
    while (b > a && isspace((unsigned char)b[-1])) b--;
    if (a == b) return NULL;
    char *out = xmalloc((size_t)(b - a) + 1);
    memcpy(out, a, (size_t)(b - a));
    out[b - a] = 0;
    return out;
}
