/* screen_drill.c: the solo drill's controls: the countdown, hints, pause,
 * the time limit and the result to share. Everything here is view state
 * except the hint, which goes back to the app as an action. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/util.h"
#include "screen_common.h"
#include "screen_drill.h"

const int DRILL_LIMITS[DRILL_LIMIT_CHOICES] = {0, 15, 30, 45, 60};

DrillIntentKind screen_drill_tick(Ui *ui, DrillView *v)
{
    uint32_t now = ui_now(ui);
    if (!v->paused && v->last_ms) v->elapsed_ms += now - v->last_ms;
    v->last_ms = now ? now : 1;
    if (!v->limit_min || v->expired) return DRILL_NONE;
    if (v->elapsed_ms < (uint32_t)v->limit_min * 60000u) return DRILL_NONE;
    v->expired = true;
    return DRILL_TIME_UP;
}

static void drill_format_ms(uint32_t ms, char *buf, size_t size)
{
    uint32_t s = ms / 1000u;
    if (s >= 3600u) snprintf(buf, size, "%u:%02u:%02u", s / 3600u, s / 60u % 60u, s % 60u);
    else snprintf(buf, size, "%u:%02u", s / 60u, s % 60u);
}

/* What the countdown says: the time left under a limit, else the time
 * played; "Time's up" once the limit ran out. */
static void drill_clock_label(const DrillView *v, char *buf, size_t size)
{
    char t[32];
    uint32_t limit = (uint32_t)v->limit_min * 60000u;
    if (v->limit_min && v->elapsed_ms >= limit) {
        snprintf(buf, size, "Time's up");
        return;
    }
    drill_format_ms(v->limit_min ? limit - v->elapsed_ms : v->elapsed_ms, t, sizeof t);
    snprintf(buf, size, "%s %s", v->limit_min ? "Left" : "Played", t);
}

static bool drill_button(Ui *ui, Rect *bar, const char *key, const char *label, Rect *where)
{
    *where = ui_cut_right(bar, screen_button_w(ui, label));
    ui_cut_right(bar, ui_px(ui, SP_S));
    return ui_button(ui, ui_id(ui, key), *where, label);
}

void screen_drill_bar(Ui *ui, Rect *bar, const Session *s, const CondHost *host, bool debrief,
                      DrillView *v)
{
    const Theme *t = ui_theme(ui);
    char label[48];
    drill_clock_label(v, label, sizeof label);
    Rect cr = ui_cut_right(bar, ui_text_width(ui, label, FONT_MONO_BOLD));
    bool low = v->limit_min && v->elapsed_ms + 60000u >= (uint32_t)v->limit_min * 60000u;
    ui_text(ui, cr, label, FONT_MONO_BOLD, low ? t->danger : t->text);
    ui_cut_right(bar, ui_px(ui, SP_S));
    if (drill_button(ui, bar, "drill-limit", "Limit", &v->limit_button)) ui_modal_open(ui, ui_id(ui, "drill-limit-dlg"));
    if (drill_button(ui, bar, "drill-pause", v->paused ? "Resume" : "Pause", &v->pause_button)) {
        v->paused = !v->paused;
        ui_request_frame(ui);
    }
    snprintf(label, sizeof label, s->hint_count ? "Hints (%d)" : "Hint", s->hint_count);
    if (drill_button(ui, bar, "drill-hint", label, &v->hint_button)) {
        v->hint_shown = 0, v->scroll.offset = 0;
        ui_modal_open(ui, ui_id(ui, "drill-hint-dlg"));
    }
    v->copy_button = (Rect){0};
    if (debrief && drill_button(ui, bar, "drill-copy", v->copied ? "Copied" : "Copy result", &v->copy_button)) {
        char text[4096];
        screen_drill_result_text(s, host, v, text, sizeof text);
        v->copied = platform_set_clipboard(ui_platform(ui), text);
    }
    ui_cut_right(bar, ui_px(ui, SP_S));
}

bool screen_drill_pause(Ui *ui, Rect area, DrillView *v)
{
    v->resume_button = (Rect){0};
    if (!v->paused) return false;
    const Theme *t = ui_theme(ui);
    ui_fill(ui, area, t->panel_alt);
    Rect c = screen_column(ui, ui_inset(area, ui_px(ui, SP_XL)), 560);
    ui_cut_top(&c, ui_px(ui, 120));
    screen_para(ui, &c, "Paused", FONT_BOLD, t->text, SP_S);
    screen_para(ui, &c, "The sources are hidden while the drill is paused, and its clock is "
                "stopped. Press Esc or Resume to carry on.", FONT_REGULAR, t->text_muted, SP_L);
    v->resume_button = ui_cut_top(&c, screen_button_h(ui));
    v->resume_button.w = screen_button_w(ui, "Resume");
    if (ui_button_primary(ui, ui_id(ui, "drill-resume"), v->resume_button, "Resume") ||
        ui_take_key(ui, KEY_ESCAPE, 0)) {
        v->paused = false;
        ui_request_frame(ui);
    }
    return true;
}

int screen_drill_hintable(const Session *s, int *out, int max)
{
    int n = 0;
    char err[256];
    for (int c = 0; c < s->sc->criterion_count && n < max; c++)
        if (!s->hinted[c] && cond_eval(s, s->sc->criteria[c].cond, NULL, err, sizeof err) != 1) out[n++] = c;
    return n;
}

const char *screen_drill_hint_text(const Scenario *sc, int criterion)
{
    const Criterion *k = &sc->criteria[criterion];
    return k->hint ? k->hint : k->missed ? k->missed : "No hint was written for this criterion.";
}

/* One choice of the hint dialog: a button with the title, then the
 * category and the cost. */
static bool drill_hint_row(Ui *ui, Rect *c, const Criterion *k, int i)
{
    const Theme *t = ui_theme(ui);
    char cost[96];
    snprintf(cost, sizeof cost, "%s \xC2\xB7 \xE2\x88\x92%d point%s", model_category_name(k->category), k->hint_cost,
             k->hint_cost == 1 ? "" : "s");
    Rect row = ui_cut_top(c, screen_button_h(ui));
    Rect info = ui_cut_right(&row, ui_px(ui, 230));
    ui_text(ui, (Rect){info.x + ui_px(ui, SP_M), info.y, info.w, info.h}, cost, FONT_REGULAR, t->text_muted);
    bool hit = ui_button(ui, ui_id_int(ui, "drill-hint-row", i), row, k->title ? k->title : k->id);
    ui_cut_top(c, ui_px(ui, SP_XS));
    return hit;
}

/* The hints taken so far, each with what it cost, under the list. */
static void drill_hints_taken(Ui *ui, Rect *c, const Session *s)
{
    const Theme *t = ui_theme(ui);
    if (!s->hint_count) return;
    ui_cut_top(c, ui_px(ui, SP_M));
    screen_caption(ui, c, "HINTS TAKEN");
    for (int k = 0; k < s->sc->criterion_count; k++) {
        if (!s->hinted[k]) continue;
        const Criterion *cr = &s->sc->criteria[k];
        char line[512];
        snprintf(line, sizeof line, "%s (\xE2\x88\x92%d): %s", cr->title ? cr->title : cr->id, cr->hint_cost,
                 screen_drill_hint_text(s->sc, k));
        screen_bullet(ui, c, line, t->text_muted);
    }
}

static DrillIntentKind drill_hint_list(Ui *ui, Rect *c, const Session *s, DrillView *v, Action *action)
{
    const Theme *t = ui_theme(ui);
    int idx[DRILL_MAX_ROWS];
    int n = screen_drill_hintable(s, idx, DRILL_MAX_ROWS);
    DrillIntentKind out = DRILL_NONE;
    screen_para(ui, c, n ? "A hint points the way on one thing the rubric looks for. It costs points on that "
                            "criterion and is recorded in your log."
                          : "Every criterion is met or has had its hint already.",
                FONT_REGULAR, t->text_muted, SP_M);
    v->row_count = 0;
    for (int i = 0; i < n; i++) {
        v->rows[i] = (Rect){c->x, c->y, c->w, screen_button_h(ui)};
        v->row_criterion[i] = idx[i];
        v->row_count++;
        if (drill_hint_row(ui, c, &s->sc->criteria[idx[i]], i) && out == DRILL_NONE) {
            *action = (Action){.kind = ACTION_HINT, .target = xstrdup(s->sc->criteria[idx[i]].id)};
            v->hint_pending = idx[i] + 1;
            out = DRILL_HINT;
        }
    }
    drill_hints_taken(ui, c, s);
    return out;
}

/* The hint just taken: shown once the session has applied it. */
static void drill_hint_text(Ui *ui, Rect *c, const Session *s, DrillView *v)
{
    const Theme *t = ui_theme(ui);
    const Criterion *k = &s->sc->criteria[v->hint_shown - 1];
    screen_para(ui, c, k->title ? k->title : k->id, FONT_BOLD, t->text, SP_S);
    screen_para(ui, c, screen_drill_hint_text(s->sc, v->hint_shown - 1), FONT_REGULAR, t->text, SP_M);
    char cost[96];
    snprintf(cost, sizeof cost, "This hint cost %d point%s on this criterion.", k->hint_cost,
             k->hint_cost == 1 ? "" : "s");
    screen_para(ui, c, cost, FONT_REGULAR, t->text_muted, SP_M);
    Rect back = ui_cut_top(c, screen_button_h(ui));
    back.w = screen_button_w(ui, "Other hints");
    if (ui_button(ui, ui_id(ui, "drill-hint-back"), back, "Other hints")) v->hint_shown = 0;
}

static DrillIntentKind drill_hint_dialog(Ui *ui, const Session *s, DrillView *v, Action *action)
{
    UiId id = ui_id(ui, "drill-hint-dlg");
    if (v->hint_pending && s->hinted[v->hint_pending - 1]) v->hint_shown = v->hint_pending, v->hint_pending = 0;
    Rect c;
    if (!ui_modal_begin(ui, id, "Hints", 720, 560, &c)) {
        v->row_count = 0;
        return DRILL_NONE;
    }
    Rect view = ui_scroll_region(ui, ui_id(ui, "drill-hint-scroll"), c, &v->scroll, v->scroll.content);
    ui_push_clip(ui, view);
    view.y -= v->scroll.offset, view.h = SCREEN_UNBOUNDED;
    view.w -= ui_px(ui, SP_S);
    int top = view.y;
    DrillIntentKind out = DRILL_NONE;
    if (v->hint_shown) drill_hint_text(ui, &view, s, v);
    else out = drill_hint_list(ui, &view, s, v, action);
    v->scroll.content = view.y - top;
    ui_pop_clip(ui);
    ui_modal_end(ui);
    return out;
}

static void drill_limit_dialog(Ui *ui, DrillView *v)
{
    static const char *const labels[DRILL_LIMIT_CHOICES] = {"No limit", "15 minutes", "30 minutes",
                                                            "45 minutes", "60 minutes"};
    Rect c;
    if (!ui_modal_begin(ui, ui_id(ui, "drill-limit-dlg"), "Time limit", 460, 420, &c)) return;
    screen_para(ui, &c, "Real time, counted from the start of the drill; pauses do not count. "
                "When it runs out you go to the Debrief and nothing is lost.", FONT_REGULAR,
                ui_theme(ui)->text_muted, SP_M);
    for (int i = 0; i < DRILL_LIMIT_CHOICES; i++) {
        v->limit_rows[i] = ui_cut_top(&c, screen_button_h(ui));
        bool cur = v->limit_min == DRILL_LIMITS[i];
        UiId id = ui_id_int(ui, "drill-limit-row", i);
        if (cur ? ui_button_primary(ui, id, v->limit_rows[i], labels[i]) : ui_button(ui, id, v->limit_rows[i], labels[i])) {
            v->limit_min = DRILL_LIMITS[i];
            v->expired = v->limit_min && v->elapsed_ms >= (uint32_t)v->limit_min * 60000u;
            ui_modal_close(ui);
        }
        ui_cut_top(&c, ui_px(ui, SP_XS));
    }
    ui_modal_end(ui);
}

static void drill_time_up_dialog(Ui *ui, const Session *s, const CondHost *host, DrillView *v)
{
    Rect c;
    if (!ui_modal_begin(ui, ui_id(ui, "drill-up-dlg"), "Time's up", 560, 220, &c)) return;
    char line[160];
    snprintf(line, sizeof line, "Your %d minutes are over. Here is the Debrief; everything you did is "
             "kept in your log, and you can carry on without the limit.", v->limit_min);
    screen_para(ui, &c, line, FONT_REGULAR, ui_theme(ui)->text, SP_M);
    Rect row = ui_cut_top(&c, screen_button_h(ui));
    Rect copy = ui_cut_left(&row, screen_button_w(ui, "Copy result"));
    if (ui_button(ui, ui_id(ui, "drill-up-copy"), copy, v->copied ? "Copied" : "Copy result")) {
        char text[4096];
        screen_drill_result_text(s, host, v, text, sizeof text);
        v->copied = platform_set_clipboard(ui_platform(ui), text);
    }
    ui_cut_left(&row, ui_px(ui, SP_S));
    if (ui_button_primary(ui, ui_id(ui, "drill-up-ok"), ui_cut_left(&row, screen_button_w(ui, "Read the Debrief")),
                          "Read the Debrief"))
        ui_modal_close(ui);
    ui_modal_end(ui);
}

DrillIntentKind screen_drill_dialogs(Ui *ui, const Session *s, const CondHost *host, DrillView *v,
                                     Action *action)
{
    drill_limit_dialog(ui, v);
    drill_time_up_dialog(ui, s, host, v);
    return drill_hint_dialog(ui, s, v, action);
}

void screen_drill_result_text(const Session *s, const CondHost *host, const DrillView *v, char *buf,
                              size_t size)
{
    StrBuf b = {0};
    Score sc;
    rubric_score(s, host, &sc);
    const ScenarioMeta *m = &s->sc->meta;
    strbuf_addf(&b, "Incident Dojo drill: %s (%s)\nScore: %.1f / 100 (%d of %d points)\n",
                  m->title ? m->title : m->id, m->id, sc.total, sc.earned, sc.possible);
    for (int c = 0; c < CATEGORY_COUNT; c++)
        if (sc.cat_possible[c])
            strbuf_addf(&b, "  %s: %.1f\n", model_category_name((Category)c),
                          rubric_percent(sc.cat_earned[c], sc.cat_possible[c]));
    int cost = 0;
    for (int k = 0; k < s->sc->criterion_count; k++) cost += s->hinted[k] ? s->sc->criteria[k].hint_cost : 0;
    strbuf_addf(&b, "Hints taken: %d (%d points)\n", s->hint_count, cost);
    char used[32], limit[32];
    drill_format_ms(v->elapsed_ms, used, sizeof used);
    drill_format_ms((uint32_t)v->limit_min * 60000u, limit, sizeof limit);
    strbuf_addf(&b, v->limit_min ? "Time used: %s of %s\n" : "Time used: %s\n", used, limit);
    snprintf(buf, size, "%s", b.s ? b.s : "");
    free(b.s);
    score_destroy(&sc);
}
