/* screen_workshop.c: the facilitator bar of workshop mode (the phases and
 * their timers, reveals, teams) and the reveals shown to the room. */
#include <stdio.h>
#include <string.h>
#include "core/util.h"
#include "screen_common.h"
#include "screen_source_text.h"
#include "screen_workshop.h"
#include "screen_workspace.h"

static const char *const PHASE_NAMES[WORKSHOP_PHASES] = {"Triage", "Investigate", "Interview",
                                                          "Meet", "Write", "Debrief"};
static const int PHASE_MINUTES[WORKSHOP_PHASES] = {10, 25, 20, 20, 15, 15};
static const Section PHASE_SECTIONS[WORKSHOP_PHASES] = {SECTION_TRIAGE, SECTION_SOURCES, SECTION_INTERVIEWS,
                                                        SECTION_MEETING, SECTION_REPORT, SECTION_DEBRIEF};

const char *screen_workshop_phase_name(int phase) { return PHASE_NAMES[phase]; }

void screen_workshop_team_name(const WorkshopView *v, int team, char *buf, size_t size)
{
    const char *name = team >= 0 && team < WORKSHOP_MAX_TEAMS ? v->team_names[team] : "";
    if (name[0]) snprintf(buf, size, "%s", name);
    else snprintf(buf, size, "Team %d", team + 1);
}

void screen_workshop_set_team_name(WorkshopView *v, int team, const char *name)
{
    if (team < 0 || team >= WORKSHOP_MAX_TEAMS) return;
    char *out = v->team_names[team];
    const char *t = name + strspn(name, " ");
    size_t n = strlen(t);
    if (n > WORKSHOP_TEAM_NAME - 1) {             /* cut, but never inside a character */
        n = WORKSHOP_TEAM_NAME - 1;
        while (n && ((unsigned char)t[n] & 0xC0) == 0x80) n--;
    }
    while (n && t[n - 1] == ' ') n--;
    memcpy(out, t, n);
    out[n] = 0;
    char fallback[16];
    snprintf(fallback, sizeof fallback, "Team %d", team + 1);
    if (strcmp(out, fallback) == 0) out[0] = 0;
}

void screen_workshop_free(WorkshopView *v)
{
    ui_text_edit_free(&v->name_edit);
    v->name_edit_team = 0;
}
int screen_workshop_phase_section(int phase) { return (int)PHASE_SECTIONS[phase]; }

void workshop_clock_init(WorkshopClock *c)
{
    *c = (WorkshopClock){0};
    for (int i = 0; i < WORKSHOP_PHASES; i++) c->length_ms[i] = (uint32_t)PHASE_MINUTES[i] * 60000u;
}

void workshop_clock_start(WorkshopClock *c, uint32_t now)
{
    if (c->running) return;
    c->running = true;
    c->since_ms = now;
}

void workshop_clock_pause(WorkshopClock *c, uint32_t now)
{
    if (!c->running) return;
    c->used_ms[c->phase] += now - c->since_ms;
    c->running = false;
}

void workshop_clock_select(WorkshopClock *c, int phase, uint32_t now)
{
    bool was = c->running;
    workshop_clock_pause(c, now);
    c->phase = phase;
    if (was) workshop_clock_start(c, now);
}

void workshop_clock_extend(WorkshopClock *c, int minutes)
{
    c->length_ms[c->phase] += (uint32_t)minutes * 60000u;
}

int64_t workshop_clock_left_ms(const WorkshopClock *c, int phase, uint32_t now)
{
    uint32_t used = c->used_ms[phase];
    if (c->running && phase == c->phase) used += now - c->since_ms;
    return (int64_t)c->length_ms[phase] - (int64_t)used;
}

static void workshop_format_left(int64_t ms, char *buf, size_t size)
{
    int64_t s = (ms < 0 ? -ms : ms) / 1000;
    snprintf(buf, size, "%s%lld:%02lld", ms < 0 ? "+" : "", (long long)(s / 60), (long long)(s % 60));
}

/* A phase as a two-line pill: its name, and the time left (or over, in
 * the danger colour); the current phase filled with the accent. */
static bool workshop_phase_pill(Ui *ui, Rect r, WorkshopView *v, int phase)
{
    const Theme *t = ui_theme(ui);
    bool cur = v->clock.phase == phase;
    int64_t left = workshop_clock_left_ms(&v->clock, phase, ui_now(ui));
    bool hit = ui_clickable(ui, ui_id_int(ui, "ws-phase", phase), r) != 0;
    ui_box(ui, r, ui_px(ui, 6), cur ? t->accent : t->panel, cur ? t->accent : t->border, cur ? 2 : 1);
    Color fg = cur ? t->accent_text : t->text;
    Rect in = ui_inset(r, ui_px(ui, SP_S));
    int lh = ui_line_height(ui, FONT_BOLD);
    ui_text(ui, (Rect){in.x, in.y, in.w, lh}, PHASE_NAMES[phase], FONT_BOLD, fg);
    char time[24];
    workshop_format_left(left, time, sizeof time);
    ui_text(ui, (Rect){in.x, in.y + lh, in.w, lh}, time, FONT_MONO_BOLD, left < 0 && !cur ? t->danger : fg);
    return hit;
}

static bool workshop_button(Ui *ui, Rect *row, const char *key, const char *label, Rect *where)
{
    *where = ui_cut_left(row, screen_button_w(ui, label));
    ui_cut_left(row, ui_px(ui, SP_S));
    return ui_button(ui, ui_id(ui, key), *where, label);
}

/* Row one: the phases, side by side; choosing one selects its timer. */
static void workshop_phase_row(Ui *ui, Rect row, WorkshopView *v, WorkshopIntent *out)
{
    int gap = ui_px(ui, SP_XS), w = (row.w - gap * (WORKSHOP_PHASES - 1)) / WORKSHOP_PHASES;
    for (int i = 0; i < WORKSHOP_PHASES; i++) {
        v->phase_rects[i] = (Rect){row.x + i * (w + gap), row.y, w, row.h};
        if (workshop_phase_pill(ui, v->phase_rects[i], v, i)) {
            workshop_clock_select(&v->clock, i, ui_now(ui));
            out->kind = WORKSHOP_PHASE, out->phase = i;
        }
    }
}

/* Row two: the timer of the current phase, the reveals, the room debrief
 * and the team menu (teams, the projector view, leaving). */
static void workshop_control_row(Ui *ui, Rect row, WorkshopView *v, WorkshopIntent *out)
{
    uint32_t now = ui_now(ui);
    v->start_button = ui_cut_left(&row, screen_button_w(ui, "Pause"));
    ui_cut_left(&row, ui_px(ui, SP_S));
    if (ui_button_primary(ui, ui_id(ui, "ws-start"), v->start_button, v->clock.running ? "Pause" : "Start")) {
        if (v->clock.running) workshop_clock_pause(&v->clock, now);
        else workshop_clock_start(&v->clock, now);
    }
    if (workshop_button(ui, &row, "ws-extend", "+5 min", &v->extend_button))
        workshop_clock_extend(&v->clock, WORKSHOP_EXTEND_MIN);
    ui_cut_left(&row, ui_px(ui, SP_S));
    if (workshop_button(ui, &row, "ws-timeline", "Model timeline", &v->timeline_button))
        v->reveal = REVEAL_TIMELINE, v->reveal_scroll.offset = 0;
    if (workshop_button(ui, &row, "ws-source", "A source\xE2\x80\xA6", &v->source_button))
        ui_modal_open(ui, ui_id(ui, "ws-pick-source"));
    char team[WORKSHOP_TEAM_NAME + 8];
    screen_workshop_team_name(v, v->team, team, sizeof team - 4);
    strcat(team, " \xE2\x96\xBE");
    /* the room debrief keeps its width; a long team name is cut on its own
     * button with what is left (the team menu shows it whole) */
    int room_w = screen_button_w(ui, "Room debrief"), gap = ui_px(ui, SP_S), menu_w = screen_button_w(ui, team);
    int left = row.w - room_w - gap;
    v->menu_button = ui_cut_right(&row, menu_w < left ? menu_w : left > 0 ? left : 0);
    ui_cut_right(&row, gap);
    v->room_button = ui_cut_right(&row, room_w);
    if (ui_button(ui, ui_id(ui, "ws-menu"), v->menu_button, team)) ui_modal_open(ui, ui_id(ui, "ws-menu-dlg"));
    if (ui_button(ui, ui_id(ui, "ws-room"), v->room_button, "Room debrief")) out->kind = WORKSHOP_ROOM;
}

/* The name field of the team at the keyboard: what is typed shows at
 * once; Enter or leaving the field asks the app to keep it. */
static void workshop_name_field(Ui *ui, Rect *c, WorkshopView *v, WorkshopIntent *out)
{
    if (v->name_edit_team != v->team + 1) {
        ui_text_edit_set(&v->name_edit, v->team_names[v->team]);
        v->name_edit.max_len = WORKSHOP_TEAM_NAME - 1;
        v->name_edit_team = v->team + 1;
    }
    char label[64];
    snprintf(label, sizeof label, "This team's name (Team %d)", v->team + 1);
    v->name_edit.placeholder = "Team name";
    Rect lr = ui_cut_top(c, ui_line_height(ui, FONT_BOLD));
    ui_text(ui, lr, label, FONT_BOLD, ui_theme(ui)->text);
    ui_cut_top(c, ui_px(ui, SP_XS));
    v->name_input = ui_cut_top(c, screen_button_h(ui));
    unsigned bits = ui_text_input(ui, ui_id(ui, "ws-team-name"), v->name_input, &v->name_edit);
    ui_cut_top(c, ui_px(ui, SP_M));
    if (bits & UI_TEXT_CHANGED) screen_workshop_set_team_name(v, v->team, v->name_edit.text);
    if (bits & (UI_TEXT_SUBMITTED | UI_TEXT_FOCUS_LOST)) out->kind = WORKSHOP_RENAME, out->team = v->team;
}

/* The team menu: the name of the team at the keyboard, a team per button
 * (that one highlighted), a new team, the projector view, leaving. */
static void workshop_menu(Ui *ui, WorkshopView *v, WorkshopIntent *out)
{
    Rect c;
    if (!ui_modal_begin(ui, ui_id(ui, "ws-menu-dlg"), "Teams and workshop", 480, 700, &c)) return;
    screen_para(ui, &c, "Each team has its own log and save. Switching saves this team's work and loads "
                "the other's.", FONT_REGULAR, ui_theme(ui)->text_muted, SP_M);
    workshop_name_field(ui, &c, v, out);
    for (int i = 0; i < v->team_count && i < WORKSHOP_MAX_TEAMS; i++) {
        char name[WORKSHOP_TEAM_NAME];
        screen_workshop_team_name(v, i, name, sizeof name);
        v->team_rects[i] = ui_cut_top(&c, screen_button_h(ui));
        ui_cut_top(&c, ui_px(ui, SP_XS));
        UiId id = ui_id_int(ui, "ws-team", i);
        bool hit = i == v->team ? ui_button_primary(ui, id, v->team_rects[i], name)
                                : ui_button(ui, id, v->team_rects[i], name);
        if (hit && i != v->team) out->kind = WORKSHOP_TEAM, out->team = i;
    }
    Rect row = ui_cut_top(&c, screen_button_h(ui));
    v->add_team_button = (Rect){0};
    if (v->team_count < WORKSHOP_MAX_TEAMS && workshop_button(ui, &row, "ws-add-team", "+ Team", &v->add_team_button))
        out->kind = WORKSHOP_ADD_TEAM;
    ui_cut_top(&c, ui_px(ui, SP_L));
    row = ui_cut_top(&c, screen_button_h(ui));
    if (workshop_button(ui, &row, "ws-projector", v->projector ? "Projector view off" : "Projector view on",
                        &v->projector_button))
        out->kind = WORKSHOP_PROJECTOR;
    if (workshop_button(ui, &row, "ws-leave", "Leave workshop", &v->leave_button)) out->kind = WORKSHOP_LEAVE;
    if (out->kind != WORKSHOP_NONE && out->kind != WORKSHOP_RENAME) ui_modal_close(ui);
    ui_modal_end(ui);
}

WorkshopIntent screen_workshop_bar(Ui *ui, Rect *area, const Scenario *sc, WorkshopView *v)
{
    const Theme *t = ui_theme(ui);
    WorkshopIntent out = {.kind = WORKSHOP_NONE};
    int pad = ui_px(ui, SP_S), bh = screen_button_h(ui), ph = 2 * ui_line_height(ui, FONT_BOLD) + 2 * pad;
    Rect bar = ui_cut_top(area, ph + bh + 3 * pad);
    ui_fill(ui, bar, t->panel_alt);
    ui_fill(ui, (Rect){bar.x, bar.y + bar.h - 2, bar.w, 2}, t->accent);
    bar = ui_inset(bar, pad);
    bar.x += ui_px(ui, SP_M) - pad, bar.w -= 2 * (ui_px(ui, SP_M) - pad);
    ui_push_scope(ui, "workshop");
    workshop_phase_row(ui, ui_cut_top(&bar, ph), v, &out);
    ui_cut_top(&bar, pad);
    workshop_control_row(ui, ui_cut_top(&bar, bh), v, &out);
    ui_pop_scope(ui);
    return out;
}

/* One card of the model timeline: when, who, and what. */
static void workshop_card(Ui *ui, Rect *col, const Scenario *sc, Entity e, int n)
{
    const Theme *t = ui_theme(ui);
    char head[160], when[48] = "";
    const char *text = "", *who = "";
    if (e.type == ENT_ITEM) {
        const Item *it = &sc->items[e.index];
        screen_source_time(sc, it->at, when, sizeof when);
        who = it->person >= 0 ? screen_source_person(sc, it->person) : "";
        text = it->text ? it->text : it->title ? it->title : it->id;
    } else if (e.type == ENT_FACT) {
        const Fact *f = &sc->facts[e.index];
        screen_source_time(sc, f->at, when, sizeof when);
        who = f->person >= 0 ? screen_source_person(sc, f->person) : "";
        text = f->text;
    }
    snprintf(head, sizeof head, "%d.  %s%s%s", n, when, when[0] && who[0] ? " \xC2\xB7 " : "", who);
    int pad = ui_px(ui, SP_M), inner = col->w - 2 * pad;
    int h = ui_line_height(ui, FONT_BOLD) + ui_px(ui, SP_XS) + screen_text_height(ui, text, FONT_REGULAR, inner) + 2 * pad;
    Rect card = ui_cut_top(col, h);
    ui_box(ui, card, ui_px(ui, 8), t->panel, t->border, 1);
    Rect in = ui_inset(card, pad);
    screen_para(ui, &in, head, FONT_BOLD, t->accent, SP_XS);
    screen_para(ui, &in, text, FONT_REGULAR, t->text, 0);
    ui_cut_top(col, ui_px(ui, SP_S));
}

static void workshop_reveal_timeline(Ui *ui, Rect *col, const Scenario *sc, WorkshopView *v)
{
    const Analysis *a = &sc->analysis;
    screen_para(ui, col, "The model timeline", FONT_BOLD, ui_theme(ui)->text, SP_M);
    if (!a->timeline_count)
        screen_para(ui, col, "This scenario's model analysis has no timeline.", FONT_REGULAR,
                    ui_theme(ui)->text_muted, 0);
    for (int i = 0; i < a->timeline_count; i++) workshop_card(ui, col, sc, a->timeline[i], i + 1);
    v->cards_drawn = a->timeline_count;
}

static void workshop_reveal_source(Ui *ui, Rect *col, const Scenario *sc, WorkshopView *v)
{
    const Theme *t = ui_theme(ui);
    Arena arena = {0};
    const char *code = NULL;
    const char *text = screen_source_text(&arena, sc, v->reveal_source, &code);
    const Source *src = &sc->sources[v->reveal_source];
    screen_para(ui, col, src->title ? src->title : src->id, FONT_BOLD, t->text, SP_M);
    screen_para(ui, col, text, FONT_REGULAR, t->text, SP_M);
    if (code) screen_para(ui, col, code, FONT_MONO, t->text, 0);
    v->cards_drawn = 1;
    arena_destroy(&arena);
}

/* The picker: every source of the scenario, one a button. */
static void workshop_pick_source(Ui *ui, const Scenario *sc, WorkshopView *v)
{
    Rect c;
    v->source_row_count = 0;
    if (!ui_modal_begin(ui, ui_id(ui, "ws-pick-source"), "Show a source to the room", 640, 560, &c)) return;
    Rect view = ui_scroll_region(ui, ui_id(ui, "ws-pick-scroll"), c, &v->reveal_scroll, v->reveal_scroll.content);
    ui_push_clip(ui, view);
    int top = view.y - v->reveal_scroll.offset;
    Rect col = {view.x, top, view.w - ui_px(ui, SP_S), SCREEN_UNBOUNDED};
    for (int i = 0; i < sc->source_count; i++) {
        Rect r = ui_cut_top(&col, screen_button_h(ui));
        if (i < 64) v->source_rows[i] = r, v->source_row_count = i + 1;
        const char *title = sc->sources[i].title ? sc->sources[i].title : sc->sources[i].id;
        if (ui_button(ui, ui_id_int(ui, "ws-pick", i), r, title)) {
            v->reveal = REVEAL_SOURCE, v->reveal_source = i;
            ui_modal_close(ui);
        }
        ui_cut_top(&col, ui_px(ui, SP_XS));
    }
    v->reveal_scroll.content = col.y - top;
    ui_pop_clip(ui);
    ui_modal_end(ui);
    if (v->reveal == REVEAL_SOURCE) v->reveal_scroll.offset = 0;
}

bool screen_workshop_reveal(Ui *ui, Rect area, const Scenario *sc, WorkshopView *v)
{
    ui_push_scope(ui, "workshop");
    if (v->reveal != REVEAL_NONE) {
        const Theme *t = ui_theme(ui);
        ui_fill(ui, area, t->background);
        Rect close = {area.x + area.w - screen_button_w(ui, "Close (Esc)") - ui_px(ui, SP_L),
                      area.y + ui_px(ui, SP_M), screen_button_w(ui, "Close (Esc)"), screen_button_h(ui)};
        Rect view = ui_scroll_region(ui, ui_id(ui, "ws-reveal"), area, &v->reveal_scroll, v->reveal_scroll.content);
        ui_push_clip(ui, view);
        Rect col = screen_column(ui, ui_inset(view, ui_px(ui, SP_L)), 900);
        col.y -= v->reveal_scroll.offset, col.h = SCREEN_UNBOUNDED;
        int top = col.y;
        if (v->reveal == REVEAL_TIMELINE) workshop_reveal_timeline(ui, &col, sc, v);
        else workshop_reveal_source(ui, &col, sc, v);
        v->reveal_scroll.content = col.y - top + ui_px(ui, 2 * SP_L);
        ui_pop_clip(ui);
        if (ui_button(ui, ui_id(ui, "ws-reveal-close"), close, "Close (Esc)") || ui_take_key(ui, KEY_ESCAPE, 0))
            v->reveal = REVEAL_NONE, v->cards_drawn = 0;
    }
    ui_pop_scope(ui);
    return v->reveal != REVEAL_NONE;
}

WorkshopIntent screen_workshop_dialogs(Ui *ui, const Scenario *sc, WorkshopView *v)
{
    WorkshopIntent out = {.kind = WORKSHOP_NONE};
    ui_push_scope(ui, "workshop");
    workshop_menu(ui, v, &out);
    workshop_pick_source(ui, sc, v);
    ui_pop_scope(ui);
    return out;
}
