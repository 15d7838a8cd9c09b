/* screen_interviews_choose.c: whom to interview and why: a checklist of the
 * scenario's interviewees and a reason, answered with one choose action
 * that replaces any earlier choice. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/gameclock.h"
#include "core/util.h"
#include "screen_interviews_internal.h"

#define DOT " \xC2\xB7 "

void screen_interviews_choose_start(InterviewsView *v, const Session *s)
{
    for (int iv = 0; iv < s->sc->interviewee_count; iv++) v->checks[iv] = s->interviews[iv].chosen;
    ui_text_edit_set(&v->why, s->choose_why ? s->choose_why : "");
    v->error[0] = 0;
    v->choosing = s->chosen_count > 0;
    v->choose_filled = true;
    v->choose_scroll.offset = 0;
}

static void choose_end(InterviewsView *v)
{
    v->choosing = false;
    v->choose_filled = false;
}

/* What the checklist says of a person: role, team, on call. */
static void person_details(const Scenario *sc, int iv, char *buf, size_t size)
{
    const Person *p = &sc->people[sc->interviewees[iv].person];
    const char *team = p->team >= 0 ? sc->teams[p->team].name : NULL;
    snprintf(buf, size, "%s%s%s%s%s", p->role ? p->role : "", p->role && team ? DOT : "", team ? team : "",
             p->role || team ? DOT : "", p->on_call ? "on call" : "not on call");
}

/* Only a bounded stay, or working hours, are worth saying: they are part
 * of whom to ask first. */
static bool person_availability(const Interviewee *x, char *buf, size_t size)
{
    char from[48], until[48], hours[64] = "";
    gameclock_format(x->available_from, from, sizeof from);
    gameclock_format(x->available_until, until, sizeof until);
    if (x->hours_from >= 0 && x->hours_from != x->hours_to)
        snprintf(hours, sizeof hours, "Works %02d:%02d-%02d:%02d their time", x->hours_from / 60,
                 x->hours_from % 60, x->hours_to / 60, x->hours_to % 60);
    const char *sep = hours[0] ? DOT : "";
    if (x->available_from >= 0 && x->available_until >= 0)
        snprintf(buf, size, "Available from %s until %s%s%s", from, until, sep, hours);
    else if (x->available_from >= 0) snprintf(buf, size, "Available from %s%s%s", from, sep, hours);
    else if (x->available_until >= 0) snprintf(buf, size, "Available until %s%s%s", until, sep, hours);
    else if (hours[0]) snprintf(buf, size, "%s", hours);
    else return false;
    return true;
}

/* Scrolls the checklist so a widget that Tab just reached shows. */
static void reveal_focused(Ui *ui, InterviewsView *v, UiId id, Rect row, Rect view)
{
    if (!ui_has_focus(ui, id) || v->last_focus == id) return;
    int top = row.y - view.y + v->choose_scroll.offset, pad = ui_px(ui, SP_M), off = v->choose_scroll.offset;
    if (top - pad < off) off = top - pad;
    else if (top + row.h + pad > off + view.h) off = top + row.h + pad - view.h;
    off = off < 0 ? 0 : off;
    if (off != v->choose_scroll.offset) v->choose_scroll.offset = off, ui_request_frame(ui);
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

/* One person of the checklist: a button as wide as the column with a check
 * box drawn over it. */
static void draw_check(Ui *ui, Rect *col, Rect view, const Session *s, InterviewsView *v, int iv)
{
    const Theme *t = ui_theme(ui);
    char details[256], avail[128];
    person_details(s->sc, iv, details, sizeof details);
    bool bounded = person_availability(&s->sc->interviewees[iv], avail, sizeof avail);
    int pad = ui_px(ui, SP_S + SP_XS), box = ui_px(ui, 18), indent = pad + box + ui_px(ui, SP_M);
    int tw = col->w - indent - pad, reg = ui_line_height(ui, FONT_REGULAR);
    int h = ui_line_height(ui, FONT_BOLD) + screen_text_height(ui, details, FONT_REGULAR, tw) + (bounded ? reg : 0);
    Rect row = ui_cut_top(col, h + 2 * pad);
    ui_cut_top(col, ui_px(ui, SP_XS));
    UiId id = ui_id_int(ui, "check", iv);
    v->check_rect[iv] = row;
    if (ui_button(ui, id, row, "")) {
        v->checks[iv] = !v->checks[iv];
        v->error[0] = 0;
    }
    reveal_focused(ui, v, id, row, view);
    draw_box(ui, (Rect){row.x + pad, row.y + pad + (ui_line_height(ui, FONT_BOLD) - box) / 2, box, box}, v->checks[iv]);
    Rect in = {row.x + indent, row.y + pad, tw, h};
    screen_interviews_text(ui, v, ui_cut_top(&in, ui_line_height(ui, FONT_BOLD)), screen_interviews_name(s->sc, iv),
                           FONT_BOLD, t->text);
    screen_interviews_para(ui, v, &in, details, FONT_REGULAR, t->text_muted, 0);
    if (bounded) screen_interviews_text(ui, v, ui_cut_top(&in, reg), avail, FONT_ITALIC, t->text);
}

static bool build_choose(const Session *s, InterviewsView *v, Action *out)
{
    const Scenario *sc = s->sc;
    int n = 0;
    for (int iv = 0; iv < sc->interviewee_count; iv++) n += v->checks[iv];
    if (!n) {
        snprintf(v->error, sizeof v->error, "Choose at least one person to interview.");
        return false;
    }
    /* Saying why is the exercise: whom and why is the skill being practised. */
    char *why = screen_interviews_trimmed(v->why.text);
    if (!why || !*why) {
        free(why);
        snprintf(v->error, sizeof v->error, "Say why these people: what moment or knowledge each of them holds.");
        return false;
    }
    Action a = {.kind = ACTION_CHOOSE, .people = xcalloc((size_t)n, sizeof(char *)), .text = why};
    for (int iv = 0; iv < sc->interviewee_count; iv++)
        if (v->checks[iv]) a.people[a.people_count++] = xstrdup(sc->people[sc->interviewees[iv].person].id);
    *out = a;
    choose_end(v);
    return true;
}

static void draw_intro(Ui *ui, Rect *col, InterviewsView *v)
{
    const Theme *t = ui_theme(ui);
    screen_interviews_para(ui, v, col, "Whom will you talk to one-on-one?", FONT_BOLD, t->text, SP_S);
    screen_interviews_para(ui, v, col, "Talk to the key people at the key moments: whoever detected the "
                           "incident, whoever diagnosed it and repaired it, and whoever held knowledge nobody "
                           "else had, often someone who was not on call. Every question takes time on the "
                           "clock, and not everyone is around for long.", FONT_REGULAR, t->text, SP_L);
    screen_interviews_caption(ui, v, col, "PEOPLE YOU CAN INTERVIEW");
}

/* The reason, the error and the buttons; returns 1 to start, -1 to cancel. */
static int draw_why(Ui *ui, Rect *col, Rect view, InterviewsView *v)
{
    const Theme *t = ui_theme(ui);
    ui_cut_top(col, ui_px(ui, SP_M));
    screen_interviews_caption(ui, v, col, "WHY THESE PEOPLE");
    v->why_rect = ui_cut_top(col, 5 * ui_line_height(ui, FONT_REGULAR) + ui_px(ui, SP_M));
    UiId wid = ui_id(ui, "why");
    int result = ui_text_input(ui, wid, v->why_rect, &v->why) & UI_TEXT_SUBMITTED ? 1 : 0;
    reveal_focused(ui, v, wid, v->why_rect, view);
    ui_cut_top(col, ui_px(ui, SP_S));
    if (v->error[0]) screen_interviews_para(ui, v, col, v->error, FONT_REGULAR, t->danger, SP_S);
    Rect row = ui_cut_top(col, screen_button_h(ui));
    const char *start = v->choosing ? "Save the new choice" : "Start interviews";
    v->start_rect = ui_cut_left(&row, screen_button_w(ui, start));
    UiId sid = ui_id(ui, "start");
    if (ui_button_primary(ui, sid, v->start_rect, start)) result = 1;
    reveal_focused(ui, v, sid, v->start_rect, view);
    if (v->choosing) {
        ui_cut_left(&row, ui_px(ui, SP_S));
        v->cancel_rect = ui_cut_left(&row, screen_button_w(ui, "Cancel"));
        if (ui_button(ui, ui_id(ui, "cancel"), v->cancel_rect, "Cancel")) result = -1;
    }
    return result;
}

static void draw_none(Ui *ui, Rect r, InterviewsView *v)
{
    const Theme *t = ui_theme(ui);
    Rect col = screen_column(ui, r, 640);
    ui_cut_top(&col, ui_px(ui, SP_XL));
    screen_interviews_para(ui, v, &col, "This scenario has nobody to interview.", FONT_BOLD, t->text, SP_S);
    screen_interviews_para(ui, v, &col, "Its author wrote no interviewees, so what you learn comes from the "
                           "sources alone.", FONT_REGULAR, t->text_muted, 0);
}

bool screen_interviews_choose(Ui *ui, Rect r, const Session *s, InterviewsView *v, Action *out)
{
    if (!s->sc->interviewee_count) {
        draw_none(ui, r, v);
        return false;
    }
    if (!v->choose_filled) screen_interviews_choose_start(v, s);
    Rect view = ui_scroll_region(ui, ui_id(ui, "choose"), r, &v->choose_scroll, v->choose_scroll.content);
    ui_push_clip(ui, view);
    Rect col = screen_column(ui, view, 720);
    col.y += ui_px(ui, SP_L) - v->choose_scroll.offset, col.h = SCREEN_UNBOUNDED;
    int top = col.y;
    draw_intro(ui, &col, v);
    for (int iv = 0; iv < s->sc->interviewee_count; iv++) draw_check(ui, &col, view, s, v, iv);
    int result = draw_why(ui, &col, view, v);
    v->choose_scroll.content = col.y - top + ui_px(ui, SP_XL);
    ui_pop_clip(ui);
    v->last_focus = ui_focus(ui);
    if (result < 0) choose_end(v);
    return result > 0 && build_choose(s, v, out);
}
