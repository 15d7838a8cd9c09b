/* test_debrief.c: the Debrief section on the tutorial, headless, through
 * the workspace: the golden expert, novice and blame logs replayed and
 * their debriefs read (total, categories, every criterion with its
 * feedback, evidence, the model analysis, the path, the metrics); evidence
 * links that jump to Sources, the Timeline and Interviews; one mark per
 * action on the path; the cache; the export buttons and the app's writer
 * (files that parse, a folder in the way); the whole desktop saving an
 * export; screenshots in every theme and at 125%.
 * Usage: test_debrief SOURCE_DIR (DOJO_SHOTS=DIR keeps the BMPs there). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "core/export.h"
#include "core/path.h"
#include "desktop.h"
#include "desktop_export.h"
#include "script/loader.h"
#include "testing.h"
#include "ui/screen_debrief_internal.h"
#include "ui/screen_workspace.h"
#include "ui/ui_fixture.h"

static char src[1024], shots[1024], tmp[256];

typedef struct Drive {
    UiDriver drv;               /* first: its screen casts it back */
    const CondHost *host;
    Session *s;
    ActionLog log;
    WorkspaceView w;
    WorkspaceIntent got;
    int intents;
} Drive;

/* The workspace on the log so far, keeping the intent it returned. */
static void draw_workspace(UiDriver *u, Rect r)
{
    Drive *d = (Drive *)u;
    d->w.log = &d->log;
    WorkspaceIntent wi = screen_workspace(u->ui, r, d->s, d->host, &d->w);
    if (wi.kind != WORKSPACE_NONE) {
        if (d->got.kind == WORKSPACE_ACTION) action_clear(&d->got.action);
        d->got = wi;
        d->intents++;
    }
}

static bool shown(const Drive *d, const char *text)
{
    return d->w.debrief.shown.s && strstr(d->w.debrief.shown.s, text);
}

#define CHECK_SHOWN(d, text) do { if (!shown(d, text)) fprintf(stderr, "not shown: %s\n", text); \
    CHECK(shown(d, text)); } while (0)

/* A golden log of the tutorial, replayed into d (its log kept for the path). */
static bool golden(Drive *d, const Scenario *sc, const char *name)
{
    char path[1200], err[256], *data;
    size_t len;
    snprintf(path, sizeof path, "%s/tests/golden/tutorial/%s.json", src, name);
    CHECK(file_read_all(path, &data, &len, err, sizeof err));
    cJSON *json = cJSON_Parse(data);
    free(data);
    bool ok = json && log_from_json(cJSON_GetObjectItemCaseSensitive(json, "actions"), &d->log, err, sizeof err);
    CHECK(ok);
    cJSON_Delete(json);
    d->s = session_create(sc);
    if (ok) CHECK_INT(session_replay(d->s, &d->log, err, sizeof err), d->log.count);
    d->w.section = SECTION_DEBRIEF;
    return ok;
}

static void drive_end(Drive *d)
{
    if (d->got.kind == WORKSPACE_ACTION) action_clear(&d->got.action);
    d->got = (WorkspaceIntent){.kind = WORKSPACE_NONE};
    d->intents = 0;
    screen_workspace_free(&d->w);
    d->w = (WorkspaceView){0};
    log_destroy(&d->log);
    session_destroy(d->s);
    d->s = NULL;
    d->drv.area = (Rect){0};
}

/* The whole page at once: a window as tall as it, so every block draws. */
static void draw_all(Drive *d)
{
    d->drv.area = (Rect){0, 0, 1280, 30000};
    ui_drive_frames(&d->drv, 3);
    d->drv.area = (Rect){0};
}

/* Every criterion's title and its feedback as met or missed, the first
 * evidence labels of each, the categories and the model analysis. */
static void check_words(Drive *d, const char *total)
{
    const Scenario *sc = d->s->sc;
    const DebriefView *v = &d->w.debrief;
    CHECK_SHOWN(d, total);
    for (int c = 0; c < CATEGORY_COUNT; c++) CHECK_SHOWN(d, screen_debrief_category_label((Category)c));
    for (int i = 0; i < sc->criterion_count; i++) {
        const Criterion *c = &sc->criteria[i];
        CHECK_SHOWN(d, c->title);
        CHECK_SHOWN(d, v->score.criteria[i].met ? c->met : c->missed);
        CHECK(!shown(d, v->score.criteria[i].met ? c->missed : c->met));
        int n = v->ev_from[i + 1] - v->ev_from[i];
        for (int k = 0; k < n && k < 4; k++) {
            char label[320];
            model_entity_label(sc, v->ev[v->ev_from[i] + k], label, sizeof label);
            if (strlen(label) > 40) label[40] = 0;     /* a long one is cut with an ellipsis */
            CHECK_SHOWN(d, label);
        }
    }
    for (int f = 0; f < sc->analysis.factor_count; f++) CHECK_SHOWN(d, sc->analysis.factors[f].text);
    for (int f = 0; f < d->s->factor_count; f++) CHECK_SHOWN(d, d->s->factors[f].text);
    for (int l = 0; l < PATH_LANE_COUNT; l++) CHECK_SHOWN(d, path_lane_name((PathLane)l));
    CHECK_SHOWN(d, "teams involved");
    CHECK_SHOWN(d, "Save report (Markdown)");
}

static int block_top(const DebriefView *v, int kind, int index)
{
    for (int k = 0; k < v->block_count; k++)
        if ((int)v->blocks[k].kind == kind && v->blocks[k].index == index) return v->blocks[k].top;
    return -1;
}

/* The page scrolled so that block (kind, index) is at the top. */
static void show_block(Drive *d, int kind, int index)
{
    ui_drive_frames(&d->drv, 2);
    int top = block_top(&d->w.debrief, kind, index);
    CHECK(top >= 0);
    d->w.debrief.scroll.offset = top > 0 ? top : 0;
    ui_drive_frames(&d->drv, 2);
}

static int ev_index(const Drive *d, const char *criterion, const char *id)
{
    const Scenario *sc = d->s->sc;
    int i = scenario_find(sc, criterion, ENT_CRITERION);
    CHECK(i >= 0);
    if (i < 0) return -1;
    for (int k = d->w.debrief.ev_from[i]; k < d->w.debrief.ev_from[i + 1]; k++)
        if (strcmp(model_entity_id(sc, d->w.debrief.ev[k]), id) == 0) return k;
    CHECK(!"evidence not found");
    return -1;
}

static void test_expert(Drive *d, const Scenario *sc)
{
    if (!golden(d, sc, "expert")) return;
    draw_all(d);
    CHECK(d->w.debrief.score.total == 100.0);
    check_words(d, "100.0 of 100");
    CHECK_SHOWN(d, "195 of 195 points");
    CHECK_SHOWN(d, "70 of 70" " \xC2\xB7 " "100.0%");
    CHECK_SHOWN(d, "You chose the Lunch Drop for a full review and named signals it really shows.");
    CHECK_SHOWN(d, "Every criterion met.");
    CHECK_SHOWN(d, "pinned");
    CHECK_SHOWN(d, "you have 8 of them");                 /* the story's moments, all found */
    CHECK_SHOWN(d, "Dana Okafor helped from off the rotation");
    CHECK(!shown(d, "AN EXPERIENCED REVIEWER WROTE"));    /* the long texts start folded */
    /* a field opened: both texts, yours first */
    show_block(d, BLOCK_MODEL_FIELD, REPORT_SURPRISES);
    ui_drive_click(&d->drv, d->w.debrief.fold_rect[REPORT_SURPRISES]);
    CHECK(d->w.debrief.fold_open[REPORT_SURPRISES]);
    draw_all(d);
    CHECK_SHOWN(d, "AN EXPERIENCED REVIEWER WROTE");
    CHECK_SHOWN(d, sc->analysis.text[REPORT_SURPRISES]);
    CHECK_SHOWN(d, d->s->report[REPORT_SURPRISES]);
    const char *all = d->w.debrief.shown.s;
    CHECK(strstr(all, d->s->report[REPORT_SURPRISES]) < strstr(all, sc->analysis.text[REPORT_SURPRISES]));
    show_block(d, BLOCK_MODEL_FIELD, REPORT_SUMMARY);
    d->drv.in.mouse_x = 1279, d->drv.in.mouse_y = 799, d->drv.in.mouse_moved = true;  /* no tooltip over the page */
    ui_drive_shot(&d->drv, "debrief-expert-fields-light", UI_DRIVE_NOT_BLANK);
    ui_set_theme(d->drv.ui, THEME_DARK);
    ui_drive_shot(&d->drv, "debrief-expert-fields-dark", UI_DRIVE_NOT_BLANK);
    ui_set_theme(d->drv.ui, THEME_LIGHT);
}

static void test_novice(Drive *d, const Scenario *sc)
{
    if (!golden(d, sc, "novice")) return;
    draw_all(d);
    const Score *sc_ = &d->w.debrief.score;
    char text[96];
    CHECK(sc_->total > 5 && sc_->total < 30);            /* the golden band of a novice */
    snprintf(text, sizeof text, "%.1f of 100", sc_->total);
    check_words(d, text);
    snprintf(text, sizeof text, "%d of %d points", sc_->earned, sc_->possible);
    CHECK_SHOWN(d, text);
    CHECK_SHOWN(d, "Start the meeting with ground rules (blameless, curious). Without them, people come in braced "
                "to defend themselves.");
    CHECK_SHOWN(d, "0/5");                                /* ground rules: nothing of 5 */
    CHECK_SHOWN(d, "Most left to learn:");
    CHECK_SHOWN(d, "not found yet");
    CHECK_SHOWN(d, "Show all");
    CHECK(!shown(d, "Every criterion met."));
    CHECK_SHOWN(d, "\xE2\x80\x9CHuman error\xE2\x80\x9D: ");      /* the coach on the novice's factor */
}

static void test_blame(Drive *d, const Scenario *sc)
{
    if (!golden(d, sc, "blame")) return;
    draw_all(d);
    check_words(d, "of 100");
    CHECK_SHOWN(d, "Marcus said Priya \"should have checked the cache\". Redirect it at once");
    CHECK_SHOWN(d, "\"Why didn't you\" and leading questions make people guarded;");
    drive_end(d);
}

/* An item's link: Sources, that source, the item selected and revealed;
 * nothing opened for the participant (no action). */
static void test_jump_item(Drive *d, const char *criterion, const char *item)
{
    const Scenario *sc = d->s->sc;
    d->w.section = SECTION_DEBRIEF;
    show_block(d, BLOCK_CRITERION, scenario_find(sc, criterion, ENT_CRITERION));
    int k = ev_index(d, criterion, item);
    if (k < 0) return;
    Rect link = d->w.debrief.link_rect[k];
    CHECK(link.w > 0 && link.y >= 0 && link.y + link.h <= 800);
    int it = scenario_find(sc, item, ENT_ITEM), actions = d->s->action_count;
    ui_drive_click(&d->drv, link);
    CHECK_INT(d->w.section, SECTION_SOURCES);
    CHECK_INT(d->w.sources.list.selected, sc->items[it].source);
    CHECK_INT(d->w.sources.shown, sc->items[it].source);
    CHECK_INT(d->w.sources.nav.selected, it);
    CHECK_INT(d->intents, 0);
    CHECK_INT(d->s->action_count, actions);
}

static void test_jumps_expert(Drive *d)
{
    const Scenario *sc = d->s->sc;
    test_jump_item(d, "c.trigger", "pr.418/h1");
    CHECK_INT(d->w.sources.nav.reveal, -1);              /* the source was open: revealed already */
    /* a source's link */
    d->w.section = SECTION_DEBRIEF;
    int c = scenario_find(sc, "c.not-on-call", ENT_CRITERION);
    show_block(d, BLOCK_CRITERION, c);
    int k = ev_index(d, "c.not-on-call", "oncall");
    if (k >= 0) {
        ui_drive_click(&d->drv, d->w.debrief.link_rect[k]);
        CHECK_INT(d->w.section, SECTION_SOURCES);
        CHECK_INT(d->w.sources.shown, scenario_find(sc, "oncall", ENT_SOURCE));
    }
    /* a learned fact: the Timeline, filtered to interviews, the fact selected */
    d->w.section = SECTION_DEBRIEF;
    show_block(d, BLOCK_CRITERION, scenario_find(sc, "c.interview-knowledge", ENT_CRITERION));
    k = ev_index(d, "c.interview-knowledge", "f.plat88-hidden");
    if (k >= 0) {
        ui_drive_click(&d->drv, d->w.debrief.link_rect[k]);
        CHECK_INT(d->w.section, SECTION_TIMELINE);
        CHECK(d->w.timeline.interviews);
        CHECK_INT(d->w.timeline.fact_selected, scenario_find(sc, "f.plat88-hidden", ENT_FACT) + 1);
        CHECK_INT(d->w.jump_fact, 0);
        bool drawn = false;
        for (int i = d->w.timeline.drawn_from; i < d->w.timeline.drawn_to; i++)
            drawn |= d->w.timeline.rows[i].fact == d->w.timeline.fact_selected - 1;
        CHECK(drawn);
    }
    d->w.section = SECTION_DEBRIEF;
    ui_drive_frames(&d->drv, 2);
}

/* The novice never opened #checkout nor learned what Priya knew: the
 * links still go there, and nothing is opened for them. */
static void test_jumps_novice(Drive *d)
{
    const Scenario *sc = d->s->sc;
    int checkout = scenario_find(sc, "chat.checkout", ENT_SOURCE);
    bool was_open = checkout >= 0 && d->s->opened[checkout];
    test_jump_item(d, "c.story-order", "m.dana-pattern");
    if (checkout >= 0) CHECK_INT(d->s->opened[checkout], was_open);
    d->w.section = SECTION_DEBRIEF;
    show_block(d, BLOCK_CRITERION, scenario_find(sc, "c.interview-knowledge", ENT_CRITERION));
    int k = ev_index(d, "c.interview-knowledge", "f.runbook-first");
    int f = scenario_find(sc, "f.runbook-first", ENT_FACT);
    if (k >= 0 && f >= 0) {
        CHECK(d->s->learned_from[f] < 0);
        CHECK_SHOWN(d, "not learned yet");
        ui_drive_click(&d->drv, d->w.debrief.link_rect[k]);
        CHECK_INT(d->w.section, SECTION_INTERVIEWS);
        ui_drive_frames(&d->drv, 2);
        CHECK_INT(d->w.jump_interviewee, 0);
        int iv = model_interviewee_of(sc, sc->facts[f].person);
        if (d->s->interviews[iv].chosen) CHECK_INT(d->w.interviews.person, iv);
    }
    d->w.section = SECTION_DEBRIEF;
    ui_drive_frames(&d->drv, 2);
}

/* An evidence link is a Tab stop, and Enter follows it as a click does. */
static void test_keyboard_link(Drive *d)
{
    const Scenario *sc = d->s->sc;
    d->w.section = SECTION_DEBRIEF;
    int c = scenario_find(sc, "c.story-order", ENT_CRITERION);
    show_block(d, BLOCK_CRITERION, c);
    int k = ev_index(d, "c.story-order", "m.dana-pattern");
    if (k < 0) return;
    Ui *ui = d->drv.ui;
    ui_drive_hover(&d->drv, d->w.debrief.link_rect[k]);
    UiId link = ui_hot(ui);                                 /* the link's id, from under the mouse */
    CHECK(link != 0);
    ui_drive_move(&d->drv, 1270, 790);
    bool reached = false;
    for (int i = 0; i < 300 && !reached; i++) {
        ui_drive_key(&d->drv, KEY_TAB, 0);
        reached = ui_focus(ui) == link;
    }
    CHECK(reached);
    if (!reached) return;
    int it = scenario_find(sc, "m.dana-pattern", ENT_ITEM), actions = d->s->action_count;
    ui_drive_key(&d->drv, KEY_ENTER, 0);
    CHECK_INT(d->w.section, SECTION_SOURCES);
    CHECK_INT(d->w.sources.nav.selected, it);
    CHECK_INT(d->s->action_count, actions);
    d->w.section = SECTION_DEBRIEF;
    ui_drive_frames(&d->drv, 2);
}

/* A hint taken shows on its criterion and in the total. */
static void test_hinted(Drive *d)
{
    const Scenario *sc = d->s->sc;
    int c = scenario_find(sc, "c.ground-rules", ENT_CRITERION);
    CHECK(c >= 0 && !d->s->hinted[c]);
    if (c < 0) return;
    Action a = {.kind = ACTION_HINT, .target = xstrdup("c.ground-rules")};
    char err[256];
    CHECK(session_apply(d->s, &a, err, sizeof err));
    action_clear(&a);
    d->w.section = SECTION_DEBRIEF;
    show_block(d, BLOCK_CRITERION, c);
    char text[120];
    snprintf(text, sizeof text, "You took a hint here; it takes up to %d points off.", sc->criteria[c].hint_cost);
    CHECK(sc->criteria[c].hint_cost == 3);                 /* half of 5, rounded up */
    CHECK_SHOWN(d, text);
    d->w.debrief.scroll.offset = 0;
    ui_drive_frames(&d->drv, 2);
    CHECK_SHOWN(d, "1 hint taken");
}

/* One mark per action that is not waiting, in order, none on another. */
static void test_path(Drive *d)
{
    show_block(d, BLOCK_PATH, 0);
    int acting = 0;
    for (int i = 0; i < d->log.count; i++) acting += d->log.items[i].kind != ACTION_ADVANCE;
    const DebriefView *v = &d->w.debrief;
    CHECK_INT(v->step_count, d->log.count);
    CHECK_INT(v->dots_drawn, acting);
    int last_end = -1, drawn = 0;
    for (int i = 0; i < v->step_count; i++) {
        Rect m = v->dot_rect[i];
        if (v->steps[i].lane < 0) {
            CHECK(m.w == 0);
            continue;
        }
        CHECK(m.w > 0 && m.x >= last_end && m.x + m.w <= 1280 && m.y > 0 && m.y + m.h < 800);
        last_end = m.x + m.w, drawn++;
    }
    CHECK_INT(drawn, acting);
    /* pointing at a mark says what it was */
    int pin = -1;
    for (int i = 0; i < v->step_count && pin < 0; i++)
        if (v->steps[i].kind == ACTION_PIN) pin = i;
    CHECK(pin >= 0);
    if (pin < 0) return;
    CHECK_SHOWN(d, "Point at a mark to see what you did then.");
    ui_drive_hover(&d->drv, v->dot_rect[pin]);
    CHECK_INT(v->hover_step, pin);
    char label[400];
    path_step_label(d->s->sc, &d->log, &v->steps[pin], label, sizeof label);
    label[60] = 0;
    CHECK_SHOWN(d, label);
    CHECK_SHOWN(d, "sources read");
    d->drv.now += 1000;                                  /* the tooltip's delay */
    ui_drive_shot(&d->drv, "debrief-path-hover", UI_DRIVE_NOT_BLANK);
}

/* The score and the path are computed again only when the session moves. */
static void test_cache(Drive *d)
{
    ui_drive_frames(&d->drv, 2);
    const DebriefView *v = &d->w.debrief;
    CriterionScore *criteria = v->score.criteria;
    PathStep *steps = v->steps;
    int count = v->step_count;
    ui_drive_frames(&d->drv, 3);
    CHECK(v->score.criteria == criteria && v->steps == steps);
    Action a = {.kind = ACTION_ADVANCE, .minutes = 5};
    char err[256];
    CHECK(session_apply(d->s, &a, err, sizeof err));
    log_push(&d->log, &a);
    ui_drive_frames(&d->drv, 2);
    CHECK(v->score.criteria != criteria || v->steps != steps);
    CHECK_INT(v->step_count, count + 1);
    CHECK_INT(v->scored_actions, d->s->action_count);
}

/* Each button returns the export intent with its format, and no action. */
static void test_export_buttons(Drive *d)
{
    d->w.debrief.scroll.offset = 0;
    ui_drive_frames(&d->drv, 2);
    for (int f = 0; f < DEBRIEF_EXPORT_COUNT; f++) {
        d->intents = 0;
        CHECK(d->w.debrief.export_rect[f].w > 0);
        ui_drive_click(&d->drv, d->w.debrief.export_rect[f]);
        CHECK_INT(d->intents, 1);
        CHECK_INT(d->got.kind, WORKSPACE_EXPORT);
        CHECK_INT(d->got.format, f);
    }
    d->intents = 0;
}

/* A scenario without a model analysis, a meeting or (then) a rubric: the
 * parts it lacks are left out, and an empty log has no path yet. */
static void test_plain(Drive *d)
{
    char path[1100], err[256], *data;
    size_t len;
    snprintf(path, sizeof path, "%s/tests/scenario/mini", src);
    Diags diags = {0};
    Scenario *sc = loader_load(path, NULL, &diags, NULL);
    diags_destroy(&diags);
    CHECK(sc != NULL);
    if (!sc) return;
    snprintf(path, sizeof path, "%s/tests/scenario/mini/good.json", src);
    CHECK(file_read_all(path, &data, &len, err, sizeof err));
    cJSON *json = cJSON_Parse(data);
    free(data);
    CHECK(json && log_from_json(cJSON_GetObjectItemCaseSensitive(json, "actions"), &d->log, err, sizeof err));
    cJSON_Delete(json);
    d->s = session_create(sc);
    CHECK_INT(session_replay(d->s, &d->log, err, sizeof err), d->log.count);
    d->w.section = SECTION_DEBRIEF;
    draw_all(d);
    CHECK(!sc->analysis.given);
    CHECK(!shown(d, "How an experienced reviewer saw it"));
    CHECK(!shown(d, "meeting moves"));
    CHECK_SHOWN(d, "Your path");
    CHECK_SHOWN(d, "+30 min");                          /* the wait's break */
    for (int i = 0; i < sc->criterion_count; i++) CHECK_SHOWN(d, sc->criteria[i].title);
    ui_drive_shot(&d->drv, "debrief-mini", UI_DRIVE_NOT_BLANK);
    drive_end(d);
    /* no rubric, nothing done */
    int n = sc->criterion_count;
    sc->criterion_count = 0;
    d->s = session_create(sc);
    d->w.section = SECTION_DEBRIEF;
    draw_all(d);
    CHECK_SHOWN(d, "This scenario has no rubric, so nothing is scored.");
    CHECK_SHOWN(d, "Nothing done yet: your path starts with your first action.");
    CHECK_INT(d->w.debrief.dots_drawn, 0);
    drive_end(d);
    sc->criterion_count = n;
    scenario_destroy(sc);
}

static bool exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

static char *read_text(const char *path)
{
    char *data = NULL, err[256];
    size_t len;
    if (!file_read_all(path, &data, &len, err, sizeof err)) return NULL;
    return data;
}

/* The app's writer: each format to a file that parses; a folder in the
 * way is a clear error that leaves nothing behind. */
static void test_writer(Drive *d)
{
    Score score;
    rubric_score(d->s, d->host, &score);
    char path[600], err[1024];
    for (int f = 0; f < DEBRIEF_EXPORT_COUNT; f++) {
        snprintf(path, sizeof path, "%s/out/deeper/export-%d", tmp, f);
        CHECK(desktop_export_write(d->s, &score, (DebriefExport)f, "ada", path, err, sizeof err));
        char *text = read_text(path);
        CHECK(text != NULL);
        if (!text) continue;
        if (f == DEBRIEF_EXPORT_MARKDOWN) {
            CHECK(strncmp(text, "# ", 2) == 0);
            CHECK_CONTAINS(text, "\n## Summary\n");
            CHECK_CONTAINS(text, "\n## Contributing factors\n");
            CHECK_CONTAINS(text, d->s->report[REPORT_SUMMARY]);
        } else {
            cJSON *j = cJSON_Parse(text);
            CHECK(j != NULL);
            if (f == DEBRIEF_EXPORT_JSON) CHECK(cJSON_GetObjectItemCaseSensitive(j, "score") != NULL);
            else CHECK(cJSON_IsArray(j) && cJSON_GetArraySize(j) > 1);
            if (f == DEBRIEF_EXPORT_XAPI) CHECK_CONTAINS(text, "ada");
            cJSON_Delete(j);
        }
        free(text);
    }
    /* a file where the folder should be */
    snprintf(path, sizeof path, "%s/blocker", tmp);
    FILE *fp = fopen(path, "w");
    if (fp) fclose(fp);
    snprintf(path, sizeof path, "%s/blocker/exports/x-report.md", tmp);
    err[0] = 0;
    CHECK(!desktop_export_write(d->s, &score, DEBRIEF_EXPORT_MARKDOWN, "ada", path, err, sizeof err));
    CHECK_CONTAINS(err, "blocker");
    CHECK_CONTAINS(err, "a file of that name is in the way");
    CHECK(!exists(path));
    score_destroy(&score);
    /* where exports go, and an id that is not a plain file name */
    setenv("XDG_DATA_HOME", tmp, 1);
    CHECK(desktop_export_path("tutorial", DEBRIEF_EXPORT_MARKDOWN, path, sizeof path, err, sizeof err));
    char want[600];
    snprintf(want, sizeof want, "%s/incident-dojo/exports/tutorial-report.md", tmp);
    CHECK_STR(path, want);
    CHECK(desktop_export_path("../up/and away", DEBRIEF_EXPORT_XAPI, path, sizeof path, err, sizeof err));
    snprintf(want, sizeof want, "%s/incident-dojo/exports/_._up_and_away-xapi.json", tmp);
    CHECK_STR(path, want);
    CHECK(desktop_export_path("t", DEBRIEF_EXPORT_JSON, path, sizeof path, err, sizeof err));
    CHECK(strstr(path, "/exports/t-result.json") != NULL);
}

static void desktop_frames(Desktop *dk, int n)
{
    for (int i = 0; i < n; i++) desktop_frame(dk);
}

static void desktop_click(Desktop *dk, Rect r)
{
    int x = r.x + r.w / 2, y = r.y + r.h / 2;
    platform_inject_mouse_move(dk->p, x, y);
    desktop_frames(dk, 1);
    platform_inject_mouse_button(dk->p, MOUSE_LEFT, true, x, y);
    platform_inject_mouse_button(dk->p, MOUSE_LEFT, false, x, y);
    desktop_frames(dk, 3);
}

/* The whole app: the Debrief's button writes the file under the data
 * folder and says where; a folder in the way says why, and the session
 * goes on. */
static void test_desktop_export(void)
{
    char path[1200], fonts[1100], err[1024] = "";
    snprintf(path, sizeof path, "%s/scenarios", src);
    ui_fixture_app_env(path, tmp);
    snprintf(fonts, sizeof fonts, "%s/assets/fonts", src);
    snprintf(path, sizeof path, "%s/scenarios/tutorial", src);
    DesktopConfig cfg = {.scenario = path, .headless = true, .font_dir = fonts, .no_settings = true};
    Desktop *dk = desktop_create(&cfg, err, sizeof err);
    CHECK(dk != NULL);
    if (!dk) return;
    desktop_frames(dk, 3);
    platform_inject_key(dk->p, KEY_ENTER, 0);             /* Start the investigation */
    desktop_frames(dk, 3);
    CHECK_INT(dk->screen, DESKTOP_WORKSPACE);
    platform_inject_key(dk->p, KEY_8, MOD_CTRL);
    desktop_frames(dk, 3);
    CHECK_INT(dk->workspace.section, SECTION_DEBRIEF);
    CHECK(dk->workspace.log == &dk->st->log);
    desktop_click(dk, dk->workspace.debrief.export_rect[DEBRIEF_EXPORT_MARKDOWN]);
    snprintf(path, sizeof path, "%s/data/incident-dojo/exports/tutorial-report.md", tmp);
    CHECK(exists(path));
    CHECK_INT(dk->banner_kind, BANNER_INFO);
    CHECK_CONTAINS(dk->banner, path);
    char name[1300];
    snprintf(name, sizeof name, "%s/debrief-desktop-saved.bmp", shots);
    dk->screenshot = name;
    desktop_frames(dk, 1);
    /* the exports folder replaced by a file: a clear error, nothing lost */
    snprintf(path, sizeof path, "%s/data/incident-dojo/exports", tmp);
    char cmd[2600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s' && touch '%s'", path, path);
    CHECK(system(cmd) == 0);
    int actions = dk->st->log.count;
    desktop_click(dk, dk->workspace.debrief.export_rect[DEBRIEF_EXPORT_JSON]);
    CHECK_INT(dk->banner_kind, BANNER_ERROR);
    CHECK_CONTAINS(dk->banner, "The result (JSON) was not saved");
    CHECK_CONTAINS(dk->banner, "a file of that name is in the way");
    CHECK_INT(dk->st->log.count, actions);
    snprintf(name, sizeof name, "%s/debrief-desktop-error.bmp", shots);
    dk->screenshot = name;
    desktop_frames(dk, 1);
    desktop_destroy(dk);
}

static void themed(Drive *d, const char *name)
{
    char full[200];
    static const char *const suffix[THEME_COUNT] = {"light", "dark", "contrast"};
    for (int t = 0; t < THEME_COUNT; t++) {
        ui_set_theme(d->drv.ui, (ThemeId)t);
        snprintf(full, sizeof full, "%s-%s", name, suffix[t]);
        ui_drive_shot(&d->drv, full, UI_DRIVE_NOT_BLANK);
    }
    ui_set_theme(d->drv.ui, THEME_LIGHT);
}

/* Every part of the page in every theme; at 125% in the workspace's share
 * of the window, the header's buttons still fit. */
static void screenshots(Drive *d, const char *who)
{
    char name[200];
    d->drv.in.mouse_x = 1279, d->drv.in.mouse_y = 799, d->drv.in.mouse_moved = true;  /* no tooltip over the page */
    d->w.debrief.scroll.offset = 0;
    snprintf(name, sizeof name, "debrief-%s-top", who);
    themed(d, name);
    show_block(d, BLOCK_CRITERION, 0);
    snprintf(name, sizeof name, "debrief-%s-criteria", who);
    themed(d, name);
    show_block(d, BLOCK_MODEL_FACTORS, 0);
    snprintf(name, sizeof name, "debrief-%s-model", who);
    themed(d, name);
    show_block(d, BLOCK_PATH, 0);
    snprintf(name, sizeof name, "debrief-%s-path", who);
    themed(d, name);
    ui_set_scale(d->drv.ui, 1.25f);
    d->w.debrief.scroll.offset = 0;
    snprintf(name, sizeof name, "debrief-%s-125-top", who);
    ui_drive_shot(&d->drv, name, UI_DRIVE_NOT_BLANK);
    for (int f = 0; f < DEBRIEF_EXPORT_COUNT; f++) CHECK(d->w.debrief.export_rect[f].x + d->w.debrief.export_rect[f].w <= 1280);
    CHECK(d->w.debrief.export_rect[0].x > 208 + 100);    /* right of the navigation and the title */
    show_block(d, BLOCK_PATH, 0);
    snprintf(name, sizeof name, "debrief-%s-125-path", who);
    ui_drive_shot(&d->drv, name, UI_DRIVE_NOT_BLANK);
    show_block(d, BLOCK_CRITERION, 1);
    snprintf(name, sizeof name, "debrief-%s-125-criteria", who);
    ui_drive_shot(&d->drv, name, UI_DRIVE_NOT_BLANK);
    ui_set_scale(d->drv.ui, 1.0f);
    ui_drive_frames(&d->drv, 2);
}

int main(int argc, char **argv)
{
    snprintf(src, sizeof src, "%s", argc > 1 ? argv[1] : ".");
    snprintf(tmp, sizeof tmp, "/tmp/dojo-debrief-XXXXXX");
    if (!mkdtemp(tmp) || !ui_fixture_shots(shots, sizeof shots, "debrief")) return 1;
    char path[1100];
    snprintf(path, sizeof path, "%s/scenarios/tutorial", src);
    Diags diags = {0};
    ScriptHost *sh = NULL;
    Scenario *sc = loader_load(path, NULL, &diags, &sh);
    if (!sc) diags_print(&diags, stderr);
    diags_destroy(&diags);
    CHECK(sc != NULL);
    Platform *p = ui_fixture_platform(src, 1280, 800);
    CHECK(p != NULL);
    if (sc && p) {
        CondHost host = script_host_cond(sh);
        Drive d = {.drv = {.p = p, .ui = ui_create(p), .shots = shots, .rest = 2, .screen = draw_workspace},
                   .host = &host};
        test_expert(&d, sc);
        test_jumps_expert(&d);
        test_path(&d);
        screenshots(&d, "expert");
        test_export_buttons(&d);
        test_writer(&d);
        test_cache(&d);
        drive_end(&d);
        test_novice(&d, sc);
        test_jumps_novice(&d);
        test_keyboard_link(&d);
        test_hinted(&d);
        screenshots(&d, "novice");
        drive_end(&d);
        test_blame(&d, sc);
        test_plain(&d);
        test_desktop_export();
        ui_destroy(d.drv.ui);
    }
    if (p) platform_destroy(p);
    script_host_destroy(sh);
    scenario_destroy(sc);
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", tmp);
    ui_fixture_remove_shots(shots);
    return testing_done("test_debrief");
}
