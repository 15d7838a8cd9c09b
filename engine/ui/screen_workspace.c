/* screen_workspace.c: the workspace frame (top bar, navigation), the
 * sections, the pin and search dialogs over them and the jumps between
 * them (the Timeline's and the Debrief's links), the guided tour, and
 * the Report's drafts flushed when the participant leaves it. */
#include <stdio.h>
#include <string.h>
#include "core/gameclock.h"
#include "core/util.h"
#include "screen_common.h"
#include "screen_workspace.h"

static const char *const SECTION_NAMES[SECTION_COUNT] = {
    "Triage", "Sources", "Timeline", "People", "Interviews", "Meeting", "Report", "Debrief"};

const char *screen_workspace_section_name(Section s) { return SECTION_NAMES[s]; }

const char *screen_workspace_phase(Section s)
{
    switch (s) {
    case SECTION_INTERVIEWS: return "Interview";
    case SECTION_MEETING: return "Meet";
    case SECTION_REPORT: return "Write";
    case SECTION_DEBRIEF: return "Debrief";
    default: return "Investigate";
    }
}

void screen_workspace_reset(WorkspaceView *v)
{
    screen_sources_reset(&v->sources);
    screen_timeline_reset(&v->timeline);
    screen_search_reset(&v->search);
    screen_pin_close(&v->pin);
    screen_people_free(&v->people);
    screen_triage_free(&v->triage);
    memset(&v->triage, 0, sizeof v->triage);
    screen_interviews_free(&v->interviews);
    screen_meeting_free(&v->meeting);
    screen_report_free(&v->report);
    screen_guide_free(&v->guide);
    screen_debrief_free(&v->debrief);
    v->jump_interviewee = v->jump_fact = 0;
}

void screen_workspace_free(WorkspaceView *v)
{
    screen_workspace_reset(v);
    screen_sources_free(&v->sources);
    screen_timeline_free(&v->timeline);
    screen_search_free(&v->search);
    screen_pin_free(&v->pin);
}

static void workspace_top(Ui *ui, Rect *area, const Session *s, const CondHost *host, WorkspaceView *v,
                          WorkspaceIntent *out)
{
    Section section = v->section;
    const Theme *t = ui_theme(ui);
    Rect bar = screen_top_bar(ui, area);
    Rect home = ui_cut_left(&bar, screen_button_w(ui, "\xE2\x80\xB9 Home"));
    if (ui_button(ui, ui_id(ui, "home"), home, "\xE2\x80\xB9 Home")) out->kind = WORKSPACE_HOME;
    ui_cut_left(&bar, ui_px(ui, SP_M));
    char clock[48];
    gameclock_format(s->clock, clock, sizeof clock);
    int cw = ui_text_width(ui, clock, FONT_BOLD);
    Rect cr = ui_cut_right(&bar, cw);
    ui_text(ui, cr, clock, FONT_BOLD, t->text);
    ui_cut_right(&bar, ui_px(ui, SP_M));
    if (!v->no_drill) screen_drill_bar(ui, &bar, s, host, section == SECTION_DEBRIEF, &v->drill);
    const char *phase = screen_workspace_phase(section);
    int pw = ui_text_width(ui, phase, FONT_REGULAR) + ui_px(ui, 2 * SP_M);
    Rect pill = ui_cut_right(&bar, pw);
    pill.y += ui_px(ui, SP_XS), pill.h -= 2 * ui_px(ui, SP_XS);
    ui_fill(ui, pill, screen_mix(t->panel, t->accent, screen_high_contrast(t) ? 0.0f : 0.14f));
    ui_frame(ui, pill, t->accent, 1);
    ui_text(ui, (Rect){pill.x + ui_px(ui, SP_M), pill.y, pill.w, pill.h}, phase, FONT_REGULAR, t->text);
    ui_cut_right(&bar, ui_px(ui, SP_M));
    const char *title = s->sc->meta.title ? s->sc->meta.title : s->sc->meta.id;
    ui_text(ui, bar, title, FONT_BOLD, t->text);
}

static void workspace_progress(Ui *ui, Rect r, const Session *s);

static void workspace_nav(Ui *ui, Rect r, const Session *s, WorkspaceView *v)
{
    const Theme *t = ui_theme(ui);
    ui_fill(ui, r, t->panel_alt);
    ui_fill(ui, (Rect){r.x + r.w - 1, r.y, 1, r.h}, t->border);
    r = ui_inset(r, ui_px(ui, SP_M));
    r.w -= 1;
    Rect nav = ui_cut_top(&r, ui_px(ui, 12 + 38 * SECTION_COUNT));   /* ui_nav's 36 px items, 2 px apart */
    int sel = ui_nav(ui, ui_id(ui, "nav"), nav, SECTION_NAMES, SECTION_COUNT, v->section);
    if (sel >= 0 && sel < SECTION_COUNT) v->section = (Section)sel;
    /* the bar and the nav were drawn for the old section: draw again */
    for (int k = 0; k < SECTION_COUNT; k++)
        if (ui_take_key(ui, (PlatformKey)(KEY_1 + k), MOD_CTRL)) v->section = (Section)k, ui_request_frame(ui);
    ui_cut_top(&r, ui_px(ui, SP_L));
    if (s->sc->guide_count) {
        screen_rule(ui, &r, SP_M);
        int go = screen_guide(ui, &r, s, (int)v->section, &v->guide);
        if (go >= 0 && go < SECTION_COUNT) v->section = (Section)go, ui_request_frame(ui);
        ui_cut_top(&r, ui_px(ui, SP_L));
    }
    workspace_progress(ui, r, s);
}

/* The counts under the nav, as many lines as fit: a tall tour or a large
 * zoom leaves less room, and a line half drawn over another is worse
 * than one not drawn. */
static void workspace_progress(Ui *ui, Rect r, const Session *s)
{
    const Theme *t = ui_theme(ui);
    char lines[4][96];
    int n = 0;
    snprintf(lines[n++], sizeof lines[0], "Sources read: %d of %d", s->open_count, s->sc->source_count);
    snprintf(lines[n++], sizeof lines[0], "Evidence pinned: %d", s->pin_count);
    if (s->sc->interviewee_count)
        snprintf(lines[n++], sizeof lines[0], "Facts learned: %d of %d", s->learned_count, s->sc->fact_count);
    snprintf(lines[n++], sizeof lines[0], "Actions: %d", s->action_count);
    int caption = ui_line_height(ui, FONT_BOLD) + ui_px(ui, 2 * SP_M);
    if (r.h < caption + screen_text_height(ui, lines[0], FONT_REGULAR, r.w)) return;
    screen_rule(ui, &r, SP_M);
    screen_caption(ui, &r, "PROGRESS");
    for (int i = 0; i < n; i++) {
        if (r.h < screen_text_height(ui, lines[i], FONT_REGULAR, r.w)) break;
        screen_para(ui, &r, lines[i], FONT_REGULAR, t->text_muted, i + 1 < n ? SP_XS : 0);
    }
}

/* Sets the frame's one action; a second in the same frame (which the
 * modal dialogs make impossible) is dropped rather than lost silently
 * from the middle of the log. */
static void workspace_emit(WorkspaceIntent *out, Action a)
{
    if (out->kind == WORKSPACE_ACTION) {
        action_clear(&a);
        return;
    }
    out->kind = WORKSPACE_ACTION;
    out->action = a;
}

static void workspace_open(WorkspaceIntent *out, const Session *s, int source)
{
    workspace_emit(out, (Action){.kind = ACTION_OPEN, .target = xstrdup(s->sc->sources[source].id)});
}

static void workspace_sources(Ui *ui, Rect area, const Session *s, WorkspaceView *v, WorkspaceIntent *out)
{
    SourcesIntent si = screen_sources(ui, area, s, &v->sources);
    if (si.open >= 0) workspace_open(out, s, si.open);
    if (si.pin >= 0) screen_pin_open(&v->pin, s, si.pin);
}

static void workspace_triage(Ui *ui, Rect area, const Session *s, WorkspaceView *v, WorkspaceIntent *out)
{
    Action a;
    if (screen_triage(ui, area, s, &v->triage, &a)) workspace_emit(out, a);
}

/* A Debrief link to an interview: the person is set once the section has
 * been built for this scenario (building starts with nobody shown). */
static void workspace_interviews(Ui *ui, Rect area, const Session *s, WorkspaceView *v, WorkspaceIntent *out)
{
    if (v->jump_interviewee && v->interviews.sc == s->sc) {
        v->interviews.person = v->jump_interviewee - 1, v->interviews.tab = 0;
        v->jump_interviewee = 0;
        ui_request_frame(ui);
    }
    Action a;
    if (screen_interviews(ui, area, s, &v->interviews, &a)) workspace_emit(out, a);
    if (v->jump_interviewee) ui_request_frame(ui);
}

static void workspace_meeting(Ui *ui, Rect area, const Session *s, WorkspaceView *v, WorkspaceIntent *out)
{
    Action a;
    if (screen_meeting(ui, area, s, &v->meeting, &a)) workspace_emit(out, a);
}

static void workspace_report(Ui *ui, Rect area, const Session *s, WorkspaceView *v, WorkspaceIntent *out)
{
    Action a;
    if (screen_report(ui, area, s, &v->report, &a)) workspace_emit(out, a);
}

Section screen_workspace_first_section(const Session *s)
{
    return s->sc->case_count && !s->triage_count ? SECTION_TRIAGE : SECTION_SOURCES;
}

/* A Debrief link to a learned fact: once the Timeline has its rows, the
 * fact's row is scrolled to the top of the view. */
static void workspace_timeline_reveal(Ui *ui, WorkspaceView *v)
{
    TimelineView *tv = &v->timeline;
    for (int i = 0; i < tv->row_count; i++)
        if (tv->rows[i].kind == TIMELINE_ROW_FACT && tv->rows[i].fact == v->jump_fact - 1) {
            tv->scroll.offset = tv->rows[i].top > ui_px(ui, SP_M) ? tv->rows[i].top - ui_px(ui, SP_M) : 0;
            ui_request_frame(ui);
        }
    v->jump_fact = 0;
}

static void workspace_timeline(Ui *ui, Rect area, const Session *s, WorkspaceView *v)
{
    TimelineIntent ti = screen_timeline(ui, area, s, &v->timeline);
    if (v->jump_fact) workspace_timeline_reveal(ui, v);
    if (ti.kind == TIMELINE_SHOW) {
        screen_sources_show(&v->sources, s, s->sc->items[ti.item].source, ti.item, false);
        v->section = SECTION_SOURCES;
    } else if (ti.kind == TIMELINE_EDIT) {
        screen_pin_open(&v->pin, s, ti.item);
    }
}

/* Evidence a Debrief link names, shown where it lives. Nothing is opened
 * for the participant: reading a source costs in-game time and may earn
 * points, so it stays their choice (the source shows its Open button). */
static void workspace_show(WorkspaceView *v, const Session *s, Entity e)
{
    const Scenario *sc = s->sc;
    if (e.type == ENT_ITEM || e.type == ENT_SOURCE) {
        bool item = e.type == ENT_ITEM;
        screen_sources_show(&v->sources, s, item ? sc->items[e.index].source : e.index, item ? e.index : -1, false);
        v->section = SECTION_SOURCES;
    } else if (e.type == ENT_FACT && s->learned_from[e.index] >= 0) {
        /* learned facts are on the Timeline: filter to them and select it */
        v->timeline.interviews = true, v->timeline.marker = MARKER_NONE, v->timeline.tag[0] = 0;
        v->timeline.fact_selected = e.index + 1;
        v->jump_fact = e.index + 1;
        v->section = SECTION_TIMELINE;
    } else if (e.type == ENT_FACT || e.type == ENT_QUESTION) {
        /* not learned yet: the interview where it could be */
        int iv = e.type == ENT_QUESTION ? sc->questions[e.index].interviewee
                                        : model_interviewee_of(sc, sc->facts[e.index].person);
        v->jump_interviewee = iv + 1;
        v->section = SECTION_INTERVIEWS;
    }
}

static void workspace_debrief(Ui *ui, Rect area, const Session *s, const CondHost *host, WorkspaceView *v,
                              WorkspaceIntent *out)
{
    DebriefIntent di = screen_debrief(ui, area, s, v->log, host, &v->debrief);
    if (di.kind == DEBRIEF_SHOW) {
        workspace_show(v, s, di.what);
        ui_request_frame(ui);
    } else if (di.kind == DEBRIEF_EXPORT && out->kind == WORKSPACE_NONE) {
        out->kind = WORKSPACE_EXPORT;
        out->format = di.format;
    }
}

/* The dialogs go last, so they draw over the section. A search result in
 * a source not read yet opens it (the one action of this frame); the item
 * is revealed when the source is first drawn open. */
static void workspace_dialogs(Ui *ui, const Session *s, WorkspaceView *v, WorkspaceIntent *out)
{
    Action a;
    if (screen_pin(ui, s, &v->pin, &a)) workspace_emit(out, a);
    SearchHit h;
    if (!screen_search(ui, s, &v->search, &h)) return;
    screen_sources_show(&v->sources, s, h.source, h.item, true);
    v->section = SECTION_SOURCES;
    if (!s->opened[h.source]) workspace_open(out, s, h.source);
}

WorkspaceIntent screen_workspace(Ui *ui, Rect area, const Session *s, const CondHost *host,
                                 WorkspaceView *v)
{
    WorkspaceIntent out = {.kind = WORKSPACE_NONE};
    ui_push_scope(ui, "workspace");
    screen_search_prepare(&v->search, s->sc);
    if (ui_take_key(ui, KEY_F, MOD_CTRL)) screen_search_open(&v->search);
    /* the drill's limit ran out: the Debrief, with a message over it */
    if (!v->no_drill && screen_drill_tick(ui, &v->drill) == DRILL_TIME_UP) {
        v->section = SECTION_DEBRIEF, v->drill.paused = false;
        ui_modal_open(ui, ui_id(ui, "drill-up-dlg"));
    }
    workspace_top(ui, &area, s, host, v, &out);
    workspace_nav(ui, ui_cut_left(&area, ui_px(ui, 208)), s, v);
    screen_guide_strip(ui, &area, s, (int)v->section, &v->guide);
    if (screen_drill_pause(ui, area, &v->drill)) {
        /* paused: nothing of the scenario shows, not even through search */
    } else if (v->section == SECTION_SOURCES) {
        workspace_sources(ui, area, s, v, &out);
    } else {
        ui_push_clip(ui, area);
        if (v->section == SECTION_TIMELINE) workspace_timeline(ui, area, s, v);
        else if (v->section == SECTION_DEBRIEF) workspace_debrief(ui, area, s, host, v, &out);
        else if (v->section == SECTION_PEOPLE) screen_people(ui, area, s->sc, &v->people);
        else if (v->section == SECTION_TRIAGE) workspace_triage(ui, area, s, v, &out);
        else if (v->section == SECTION_INTERVIEWS) workspace_interviews(ui, area, s, v, &out);
        else if (v->section == SECTION_MEETING) workspace_meeting(ui, area, s, v, &out);
        else workspace_report(ui, area, s, v, &out);   /* SECTION_REPORT */
        ui_pop_clip(ui);
    }
    if (!v->drill.paused) workspace_dialogs(ui, s, v, &out);
    Action hint;
    if (screen_drill_dialogs(ui, s, host, &v->drill, &hint) == DRILL_HINT) workspace_emit(&out, hint);
    /* drafts left in the Report go out one a frame, when no other action does */
    if (v->section != SECTION_REPORT && out.kind == WORKSPACE_NONE &&
        screen_workspace_flush(s, v, &out.action)) {
        out.kind = WORKSPACE_ACTION;
        ui_request_frame(ui);
    }
    ui_pop_scope(ui);
    return out;
}

bool screen_workspace_flush(const Session *s, WorkspaceView *v, Action *out)
{
    return screen_report_flush(s, &v->report, out);
}
