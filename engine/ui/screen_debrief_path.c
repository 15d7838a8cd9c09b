/* screen_debrief_path.c: the participant's path on the in-game clock: one
 * lane per kind of work, a mark per action as wide as the minutes it took
 * (free actions such as pins still get a sliver each, so none hides behind
 * another), waiting drawn as a break, and what each mark was on hover;
 * then the path in a few figures. */
#include <stdio.h>
#include <string.h>
#include "core/gameclock.h"
#include "screen_debrief_internal.h"

/* Positions are fractional so that a log of thousands of actions still
 * fits the plot; each mark is rounded to whole pixels when drawn. */
typedef struct PathGeom {
    int x0, w;                   /* the plot's left edge and width */
    double pitch;                /* px every action gets, whatever it cost */
    double ppm;                  /* px per in-game minute on top of that */
    double gap_w;                /* px of a wait's break */
    int lane_h, lanes_y, axis_y;
} PathGeom;

/* "+20 min", "+1 day": a wait as its break is labelled. */
static void wait_label(int minutes, char *buf, size_t size)
{
    if (minutes >= 1440 && minutes % 1440 == 0) snprintf(buf, size, "+%d day%s", minutes / 1440, minutes == 1440 ? "" : "s");
    else if (minutes >= 120) snprintf(buf, size, "+%d h", (minutes + 30) / 60);
    else snprintf(buf, size, "+%d min", minutes);
}

/* "09:30" on the first day, "Day 2, 11:07" after. */
static void clock_label(int minute, char *buf, size_t size)
{
    int at = GAMECLOCK_START_MINUTE + minute, day = at / 1440 + 1;
    if (day == 1) snprintf(buf, size, "%02d:%02d", at % 1440 / 60, at % 60);
    else snprintf(buf, size, "Day %d, %02d:%02d", day, at % 1440 / 60, at % 60);
}

/* Splits the width between actions and minutes: every action gets a
 * pitch (so a burst of free pins stays readable), the minutes the rest. */
static void path_geom(Ui *ui, const DebriefView *v, Rect plot, PathGeom *g)
{
    int acts = 0, minutes = 0, gaps = 0, gap_w = ui_px(ui, 40);
    char label[32];
    for (int i = 0; i < v->step_count; i++) {
        const PathStep *st = &v->steps[i];
        if (st->lane < 0) {
            wait_label(st->cost, label, sizeof label);
            int lw = ui_text_width(ui, label, FONT_REGULAR) + ui_px(ui, SP_S);
            if (lw > gap_w) gap_w = lw;
            gaps++;
        } else acts++, minutes += st->cost;
    }
    g->x0 = plot.x, g->w = plot.w > 1 ? plot.w : 1;
    g->gap_w = gaps && gap_w * gaps > g->w * 3 / 10 ? (double)g->w * 0.3 / gaps : gap_w;   /* many waits */
    double room = g->w - gaps * g->gap_w;
    g->pitch = acts ? room * 0.4 / acts : 0;
    if (g->pitch > ui_px(ui, 12)) g->pitch = ui_px(ui, 12);
    double left = room - acts * g->pitch;
    g->ppm = minutes > 0 && left > 0 ? left / minutes : 0;
}

static double step_w(const PathGeom *g, const PathStep *st)
{
    return st->lane < 0 ? g->gap_w : g->pitch + st->cost * g->ppm;
}

static void path_lanes(Ui *ui, DebriefView *v, Rect chart, const PathGeom *g)
{
    const Theme *t = ui_theme(ui);
    for (int l = 0; l < PATH_LANE_COUNT; l++) {
        Rect lane = {chart.x, g->lanes_y + l * g->lane_h, chart.w, g->lane_h};
        if (!v->measuring && l % 2 == 0) ui_fill(ui, lane, screen_high_contrast(t) ? t->panel : t->panel_alt);
        Rect label = {lane.x + ui_px(ui, SP_S), lane.y, g->x0 - lane.x - ui_px(ui, SP_S), lane.h};
        screen_debrief_text(ui, v, label, path_lane_name((PathLane)l), FONT_REGULAR, t->text_muted);
    }
    if (!v->measuring) ui_fill(ui, (Rect){chart.x, g->axis_y, chart.w, 1}, t->border);
}

/* A wait: a dotted break across the lanes, its length above them unless
 * that would run into the label before (*label_end). */
static void path_break(Ui *ui, DebriefView *v, int x, int w, const PathGeom *g, const PathStep *st, int *label_end)
{
    const Theme *t = ui_theme(ui);
    char label[32];
    wait_label(st->cost, label, sizeof label);
    int lh = ui_line_height(ui, FONT_REGULAR), lw = ui_text_width(ui, label, FONT_REGULAR);
    int lx = x + (w - lw) / 2;
    if (lx >= *label_end) {
        screen_debrief_text(ui, v, (Rect){lx, g->lanes_y - lh, lw, lh}, label, FONT_REGULAR, t->text_muted);
        *label_end = lx + lw + ui_px(ui, SP_S);
    }
    if (v->measuring) return;
    int h = PATH_LANE_COUNT * g->lane_h, dash = ui_px(ui, 3);
    ui_fill(ui, (Rect){x, g->lanes_y, w, h}, t->background);
    for (int y = g->lanes_y; y < g->lanes_y + h; y += 2 * dash)
        ui_fill(ui, (Rect){x + w / 2, y, ui_px(ui, 2), dash}, t->text_muted);
}

/* Clock labels under the axis at round minutes, and where work resumes
 * after a wait, skipping any that would touch the one before. */
static void path_ticks(Ui *ui, DebriefView *v, const PathGeom *g)
{
    const Theme *t = ui_theme(ui);
    static const int NICE[] = {5, 10, 15, 20, 30, 60, 120, 240, 480, 1440};
    double per_px = g->ppm > 0 ? 1.0 / g->ppm : 1e9;
    int every = NICE[0];
    for (int k = 0; k < (int)(sizeof NICE / sizeof *NICE) && every < per_px * ui_px(ui, 90); k++) every = NICE[k];
    int last_end = -(1 << 30), last_m = -1, lh = ui_line_height(ui, FONT_REGULAR);
    double xd = g->x0;
    char label[40];
    for (int i = 0; i < v->step_count; i++) {
        const PathStep *st = &v->steps[i];
        double w = step_w(g, st);
        if (st->lane >= 0) {
            int first = (st->minute + every - 1) / every * every;
            bool resume = i == 0 || v->steps[i - 1].lane < 0;
            for (int m = resume ? st->minute : first; m < st->minute + (st->cost ? st->cost : 1);
                 m = m < first ? first : m + every) {
                if (m <= last_m) continue;      /* free steps share a minute: label it once */
                int at = (int)(xd + (st->cost ? (double)(m - st->minute) / st->cost * w : 0) + 0.5);
                clock_label(m, label, sizeof label);
                int lw = ui_text_width(ui, label, FONT_REGULAR);
                bool fits = at - lw / 2 >= last_end + ui_px(ui, SP_M) && at + lw / 2 <= g->x0 + g->w + ui_px(ui, SP_M);
                last_m = m;                     /* a minute is where it first happens, or nowhere */
                if (!fits) continue;
                if (!v->measuring) ui_fill(ui, (Rect){at, g->axis_y, 1, ui_px(ui, 4)}, t->text_muted);
                screen_debrief_text(ui, v, (Rect){at - lw / 2, g->axis_y + ui_px(ui, 5), lw, lh}, label, FONT_REGULAR,
                                    t->text_muted);
                last_end = at + lw / 2;
            }
        }
        xd += w;
    }
}

static void path_marks(Ui *ui, DebriefView *v, const PathGeom *g)
{
    const Theme *t = ui_theme(ui);
    int mh = g->lane_h * 5 / 9, label_end = -(1 << 30);
    double xd = g->x0;
    v->dots_drawn = 0;
    for (int i = 0; i < v->step_count; i++) {
        const PathStep *st = &v->steps[i];
        int x = (int)(xd + 0.5);
        xd += step_w(g, st);
        int w = (int)(xd + 0.5) - x;
        if (st->lane < 0) {
            path_break(ui, v, x, w, g, st, &label_end);
        } else if (!v->measuring) {
            Rect slot = {x, g->lanes_y + st->lane * g->lane_h, w, g->lane_h};
            UiId id = ui_id_int(ui, "step", i);
            ui_clickable(ui, id, slot);
            bool hot = ui_hovered(ui, id);
            if (hot) v->hover_step = i;
            Rect mark = {x, slot.y + (slot.h - mh) / 2, w > 2 ? w - 1 : 1, mh};
            ui_fill_rounded(ui, mark, w > ui_px(ui, 6) ? ui_px(ui, 3) : 0, hot ? t->text : t->accent);
            v->dot_rect[i] = mark;
            v->dots_drawn++;
        }
    }
}

/* The action under the mouse in words, or how to get them. */
static void path_hover_line(Ui *ui, DebriefView *v, Rect *r, const Session *s, const ActionLog *log)
{
    const Theme *t = ui_theme(ui);
    Rect line = ui_cut_top(r, ui_line_height(ui, FONT_REGULAR));
    if (v->hover_step < 0 || v->hover_step >= v->step_count || v->measuring) {
        screen_debrief_text(ui, v, line, "Point at a mark to see what you did then.", FONT_ITALIC, t->text_muted);
        return;
    }
    const PathStep *st = &v->steps[v->hover_step];
    char what[360], when[40], text[480];
    path_step_label(s->sc, log, st, what, sizeof what);
    clock_label(st->minute, when, sizeof when);
    if (st->cost) snprintf(text, sizeof text, "%s" DEBRIEF_DOT "%s" DEBRIEF_DOT "%d min", when, what, st->cost);
    else snprintf(text, sizeof text, "%s" DEBRIEF_DOT "%s", when, what);
    screen_debrief_text(ui, v, line, text, FONT_REGULAR, t->text);
    UiId id = ui_id_int(ui, "step", v->hover_step);
    ui_tooltip(ui, id, v->dot_rect[v->hover_step], what);
}

static void path_chart(Ui *ui, DebriefView *v, Rect *r, const Session *s, const ActionLog *log)
{
    int label_w = 0, lh = ui_line_height(ui, FONT_REGULAR);
    for (int l = 0; l < PATH_LANE_COUNT; l++) {
        int w = ui_text_width(ui, path_lane_name((PathLane)l), FONT_REGULAR);
        if (w > label_w) label_w = w;
    }
    label_w += ui_px(ui, SP_M + SP_S);
    PathGeom g;
    Rect chart = ui_cut_top(r, lh + PATH_LANE_COUNT * ui_px(ui, 28) + ui_px(ui, 5) + lh);
    path_geom(ui, v, (Rect){chart.x + label_w, 0, chart.w - label_w - ui_px(ui, SP_M), 0}, &g);
    g.lane_h = ui_px(ui, 28), g.lanes_y = chart.y + lh, g.axis_y = g.lanes_y + PATH_LANE_COUNT * g.lane_h;
    v->hover_step = -1;
    path_lanes(ui, v, chart, &g);
    path_marks(ui, v, &g);
    path_ticks(ui, v, &g);
    ui_cut_top(r, ui_px(ui, SP_S));
    path_hover_line(ui, v, r, s, log);
    ui_cut_top(r, ui_px(ui, SP_M));
}

/* The path in figures, as cards. */
static void path_figures(Ui *ui, DebriefView *v, Rect *r, const Session *s)
{
    int moves = 0, edits = 0, waited = 0, noted = 0, marked = 0, asked = 0, opens = 0, reading = 0;
    for (int i = 0; i < v->step_count; i++) {
        moves += v->steps[i].kind == ACTION_MOVE;
        reading += v->steps[i].kind == ACTION_OPEN ? v->steps[i].cost : 0;
        edits += v->steps[i].lane == PATH_REPORT;
        waited += v->steps[i].lane < 0 ? v->steps[i].cost : 0;
    }
    for (int i = 0; i < s->sc->item_count; i++)
        if (s->pins[i].pinned) noted += s->pins[i].note != NULL, marked += s->pins[i].marker != MARKER_NONE;
    for (int iv = 0; iv < s->sc->interviewee_count; iv++) {
        asked += s->interviews[iv].asked;
        for (int k = 0; k < QUESTION_KIND_COUNT; k++)
            if (model_question_kind_opens((QuestionKind)k)) opens += s->interviews[iv].by_kind[k];
    }
    char val[6][48], note[6][160], span[48];
    snprintf(val[0], 48, "%d of %d", s->open_count, s->sc->source_count);
    snprintf(note[0], 160, "%d min spent reading them", reading);
    snprintf(val[1], 48, "%d", s->pin_count);
    snprintf(note[1], 160, "%d with a note, %d with a marker", noted, marked);
    snprintf(val[2], 48, "%d", asked);
    snprintf(note[2], 160, "%d that open people up, %d that narrow them", opens, asked - opens);
    snprintf(val[3], 48, "%d", moves);
    snprintf(note[3], 160, "%d of %d minutes of the meeting", s->meeting.minutes, s->sc->meeting_minutes);
    snprintf(val[4], 48, "%d", edits);
    snprintf(note[4], 160, "report fields, factors and order");
    gameclock_format(s->clock, val[5], 48);
    gameclock_format_span(waited, span, sizeof span);
    snprintf(note[5], 160, waited ? "%s of it spent waiting" : "no time spent waiting", span);
    static const char *const labels[6] = {"sources read", "pins", "questions asked", "meeting moves",
                                          "report edits", ""};
    int cols = screen_debrief_card_columns(ui, r->w, 230), gap = ui_px(ui, SP_M), note_h = 0;
    int cw = (r->w - (cols - 1) * gap) / cols, n = s->sc->attendee_count ? 6 : 5;
    for (int k = 0; k < 6; k++) {
        int h = screen_debrief_card_note_h(ui, note[k], cw);
        if (h > note_h) note_h = h;
    }
    int ch = screen_debrief_card_h(ui, note_h);
    for (int k = 0, at = 0; k < 6; k++) {
        if (k == 3 && !s->sc->attendee_count) continue;     /* no meeting in the scenario */
        Rect card = {r->x + at % cols * (cw + gap), r->y + at / cols * (ch + gap), cw, ch};
        screen_debrief_card(ui, v, card, val[k], labels[k], note[k]);
        at++;
    }
    ui_cut_top(r, (n + cols - 1) / cols * (ch + gap) + ui_px(ui, SP_M));
}

void screen_debrief_path(Ui *ui, DebriefView *v, Rect *r, const Session *s, const ActionLog *log)
{
    if (!v->step_count) {
        screen_debrief_para(ui, v, r, "Nothing done yet: your path starts with your first action.", FONT_ITALIC,
                            ui_theme(ui)->text_muted, SP_L);
        return;
    }
    path_chart(ui, v, r, s, log);
    path_figures(ui, v, r, s);
    ui_cut_top(r, ui_px(ui, SP_M));
}
