/* test_investigate.c: the investigation in the desktop app, driven headless
 * on the tutorial with injected input: J/K and P in Sources, the pin
 * dialog's actions (pin, edit, refuse, unpin), the Timeline (order, gaps,
 * window, filters, Show in source, Edit), Search (grouped hits, jumping,
 * opening an unread source), and replaying the log the UI wrote.
 * Usage: test_investigate SOURCE_DIR [SHOT_DIR] (screenshots kept there) */
#define _DEFAULT_SOURCE    /* mkdtemp */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "desktop.h"
#include "testing.h"
#include "ui/ui_fixture.h"

static char src[1024], tmp[256], shots[1024], fonts[1100];

static int item_of(const Desktop *d, const char *id)
{
    int i = scenario_find(d->st->sc, id, ENT_ITEM);
    if (i < 0) fprintf(stderr, "no item %s\n", id);
    CHECK(i >= 0);
    return i;
}

static int source_of(const Desktop *d, const char *id)
{
    int i = scenario_find(d->st->sc, id, ENT_SOURCE);
    if (i < 0) fprintf(stderr, "no source %s\n", id);
    CHECK(i >= 0);
    return i;
}

static const Action *last_action(const Desktop *d)
{
    return d->st->log.count ? &d->st->log.items[d->st->log.count - 1] : NULL;
}

/* Chooses a source in the list with the mouse and opens it if unread. */
static void choose_source(Desktop *d, int source)
{
    const UiList *l = &d->workspace.sources.list;
    int y = l->r.y + source * l->row_h - l->scroll.offset;
    if (y < l->r.y || y + l->row_h > l->r.y + l->r.h) {
        d->workspace.sources.list.scroll.offset = source * l->row_h;
        ui_desk_frames(d, 2);
        y = l->r.y + source * l->row_h - l->scroll.offset;
    }
    ui_desk_click(d, (Rect){l->r.x, y, l->r.w, l->row_h});
    CHECK_INT(l->selected, source);
    if (!d->st->session->opened[source]) ui_desk_key(d, KEY_ENTER, 0);
    CHECK(d->st->session->opened[source]);
}

/* J (or K, back) until item is selected; false if they never reach it. */
static bool walk_to(Desktop *d, int item)
{
    const Source *s = &d->st->sc->sources[d->st->sc->items[item].source];
    const ViewerNav *nav = &d->workspace.sources.nav;
    for (int k = 0; k <= s->item_count && nav->selected != item; k++)
        ui_desk_key(d, nav->selected > item ? KEY_K : KEY_J, 0);
    return nav->selected == item;
}

/* Pins id through the UI: its source, J to it, P, note, marker, tags, Pin. */
static void pin_item(Desktop *d, const char *id, const char *note, Marker m, const char *tags)
{
    int item = item_of(d, id);
    if (item < 0) return;
    choose_source(d, d->st->sc->items[item].source);
    int before = d->st->log.count;
    CHECK(walk_to(d, item));
    ui_desk_key(d, KEY_P, 0);
    PinDialog *p = &d->workspace.pin;
    CHECK(p->open && p->item == item);
    if (note) ui_desk_type(d, note);
    ui_desk_click(d, p->markers[m]);
    if (tags) ui_desk_click(d, p->tags_box), ui_desk_type(d, tags);
    ui_desk_click(d, p->save_button);
    CHECK(!p->open);
    CHECK_INT(d->st->log.count, before + 1);
    CHECK(d->st->session->pins[item].pinned);
}

static Desktop *start_tutorial(void)
{
    char path[1100], err[1024] = "";
    snprintf(path, sizeof path, "%s/scenarios/tutorial", src);
    DesktopConfig cfg = {.scenario = path, .headless = true, .font_dir = fonts};
    Desktop *d = desktop_create(&cfg, err, sizeof err);
    if (!d) fprintf(stderr, "desktop_create: %s\n", err);
    CHECK(d != NULL);
    if (!d) return NULL;
    ui_desk_frames(d, 3);
    CHECK_INT(d->screen, DESKTOP_BRIEFING);
    ui_desk_key(d, KEY_ENTER, 0);
    CHECK_INT(d->screen, DESKTOP_WORKSPACE);
    /* the tutorial opens on its triage queue; nothing is decided yet */
    CHECK_INT(d->workspace.section, SECTION_TRIAGE);
    ui_desk_key(d, KEY_2, MOD_CTRL);
    CHECK_INT(d->workspace.section, SECTION_SOURCES);
    return d;
}

/* J/K walk the chat, P and Enter open the dialog, what is typed comes back
 * as one pin action with exactly those values, and comes back into the
 * dialog; a refused value stays in the dialog with the reason; Unpin. */
static void test_pin_dialog(Desktop *d)
{
    const Scenario *sc = d->st->sc;
    int chat = source_of(d, "chat.checkout"), first = sc->sources[chat].first_item;
    SourcesView *sv = &d->workspace.sources;
    PinDialog *p = &d->workspace.pin;
    ui_desk_key(d, KEY_J, 0);               /* an unread source has nothing to walk */
    CHECK_INT(sv->nav.selected, -1);
    ui_desk_key(d, KEY_P, 0);
    CHECK(!p->open);
    CHECK(!screen_pin_open(p, d->st->session, first));   /* and nothing to pin */
    ui_desk_key(d, KEY_ENTER, 0);           /* the list is focused: Enter opens */
    CHECK(d->st->session->opened[chat]);
    CHECK_INT(last_action(d)->kind, ACTION_OPEN);
    ui_desk_key(d, KEY_3, MOD_CTRL);        /* nothing pinned yet: the Timeline says how */
    CHECK_INT(d->workspace.timeline.all_pins, 0);
    CHECK_INT(d->workspace.timeline.row_count, 0);
    ui_desk_shot(d, shots, "timeline-empty", UI_DRIVE_NOT_BLANK);
    ui_desk_key(d, KEY_2, MOD_CTRL);
    ui_desk_key(d, KEY_J, 0);
    CHECK_INT(sv->nav.selected, first);
    ui_desk_key(d, KEY_J, 0);
    ui_desk_key(d, KEY_J, 0);
    CHECK_INT(sv->nav.selected, first + 2);
    CHECK_INT(sv->nav.reveal == first + 2 || sv->nav.reveal == -1, 1);   /* a viewer may have used it */
    ui_desk_key(d, KEY_K, 0);
    CHECK_INT(sv->nav.selected, first + 1);
    ui_desk_shot(d, shots, "sources-selected", UI_DRIVE_NOT_BLANK);
    int item = item_of(d, "m.noor-report");
    CHECK_INT(sv->nav.selected, item);      /* hand-checked: the second item of #checkout */
    ui_desk_key(d, KEY_ENTER, 0);           /* Enter on a selected item of an open source */
    CHECK(p->open && p->item == item);
    ui_desk_key(d, KEY_ESCAPE, 0);
    CHECK(!p->open);
    int actions = d->st->log.count;
    CHECK_INT(actions, 1);
    ui_desk_key(d, KEY_P, 0);
    CHECK(p->open && p->item == item);
    CHECK_INT(p->marker, MARKER_NONE);
    ui_desk_type(d, "Support heard it at 12:01,\nbefore any alert.");
    ui_desk_click(d, p->markers[MARKER_DETECTION]);
    CHECK_INT(p->marker, MARKER_DETECTION);
    ui_desk_click(d, p->tags_box);
    ui_desk_type(d, " support ,first-report, Support");
    ui_desk_shot(d, shots, "pin-dialog-new", UI_DRIVE_NOT_BLANK);
    ui_desk_click(d, p->save_button);
    CHECK(!p->open);
    CHECK_INT(d->st->log.count, actions + 1);
    const Action *a = last_action(d);
    CHECK_INT(a->kind, ACTION_PIN);
    CHECK_STR(a->target, "m.noor-report");
    CHECK_STR(a->note, "Support heard it at 12:01,\nbefore any alert.");
    CHECK_INT(a->marker, MARKER_DETECTION);
    CHECK_INT(a->tag_count, 2);             /* trimmed, and "Support" is "support" again */
    if (a->tag_count == 2) {
        CHECK_STR(a->tags[0], "support");
        CHECK_STR(a->tags[1], "first-report");
    }
    const Pin *pin = &d->st->session->pins[item];
    CHECK(pin->pinned && pin->marker == MARKER_DETECTION && pin->tag_count == 2);
    CHECK_STR(pin->note, a->note);
    /* again: the dialog holds the pin */
    ui_desk_key(d, KEY_P, 0);
    CHECK(p->open);
    CHECK_STR(p->note.text, "Support heard it at 12:01,\nbefore any alert.");
    CHECK_STR(p->tags.text, "support, first-report");
    CHECK_INT(p->marker, MARKER_DETECTION);
    CHECK(p->unpin_button.w > 0);
    ui_desk_shot(d, shots, "pin-dialog-edit", UI_DRIVE_NOT_BLANK);
    /* a tag over the limit: refused by action_validate, said in the dialog */
    ui_desk_click(d, p->tags_box);
    ui_desk_type(d, ", this-tag-is-far-too-long-to-be-a-tag-because-it-goes-on-and-on-and-on");
    ui_desk_click(d, p->save_button);
    CHECK(p->open);
    CHECK_CONTAINS(p->error, "longer than 64 bytes");
    CHECK_INT(d->st->log.count, actions + 1);
    ui_desk_shot(d, shots, "pin-dialog-refused", UI_DRIVE_NOT_BLANK);
    for (int k = 0; k < 2 && p->open; k++) ui_desk_key(d, KEY_ESCAPE, 0);
    CHECK(!p->open);
    CHECK_INT(d->st->log.count, actions + 1);
    CHECK_INT(d->st->session->pins[item].tag_count, 2);
    /* pin another, then unpin it from its dialog */
    int other = item_of(d, "m.lena-thanks");
    pin_item(d, "m.lena-thanks", NULL, MARKER_NONE, NULL);
    CHECK(last_action(d)->note == NULL && last_action(d)->tag_count == 0);
    ui_desk_key(d, KEY_P, 0);
    CHECK(p->open && p->item == other);
    ui_desk_click(d, p->unpin_button);
    CHECK(!p->open);
    CHECK_INT(last_action(d)->kind, ACTION_UNPIN);
    CHECK_STR(last_action(d)->target, "m.lena-thanks");
    CHECK(!d->st->session->pins[other].pinned);
}

static int row_of(const TimelineView *v, int item)
{
    for (int i = 0; i < v->row_count; i++)
        if (v->rows[i].kind == TIMELINE_ROW_PIN && v->rows[i].item == item) return i;
    return -1;
}

static int pin_rows(const TimelineView *v)
{
    int n = 0;
    for (int i = 0; i < v->row_count; i++) n += v->rows[i].kind == TIMELINE_ROW_PIN;
    return n;
}

/* Timed pins in time order with the window lines where they fall, the
 * untimed ones after the heading in pin order. */
static void check_order(const Desktop *d, const TimelineView *v)
{
    const Scenario *sc = d->st->sc;
    DojoTime prev = INT64_MIN;
    int state = 0, prev_seq = -1;       /* 0 before the window, 1 inside, 2 after, 3 untimed */
    for (int i = 0; i < v->row_count; i++) {
        const TimelineRow *r = &v->rows[i];
        int want = r->kind == TIMELINE_ROW_START ? 0 : r->kind == TIMELINE_ROW_END ? 1 : 2;
        DojoTime at = r->kind == TIMELINE_ROW_START ? sc->meta.start : r->kind == TIMELINE_ROW_END ? sc->meta.end
                    : r->item >= 0 ? sc->items[r->item].at : DOJO_TIME_NONE;
        if (r->kind != TIMELINE_ROW_PIN) {
            CHECK_INT(state, want);
            state = want + 1;
            if (r->kind != TIMELINE_ROW_UNTIMED) CHECK_INT(r->gap, prev == INT64_MIN ? -1 : (at - prev) / 60);
            if (r->kind != TIMELINE_ROW_UNTIMED) prev = at;
        } else if (state == 3) {
            CHECK(sc->items[r->item].at == DOJO_TIME_NONE);
            CHECK(d->st->session->pins[r->item].seq > prev_seq);
            prev_seq = d->st->session->pins[r->item].seq;
        } else {
            CHECK(at != DOJO_TIME_NONE && at >= prev);
            CHECK(state == 0 ? at < sc->meta.start : state == 1 ? at <= sc->meta.end : at > sc->meta.end);
            CHECK_INT(r->gap, prev == INT64_MIN ? -1 : (at - prev) / 60);
            prev = at;
        }
        if (i) CHECK_INT(r->top, v->rows[i - 1].top + v->rows[i - 1].h);
    }
    CHECK(state >= 2);
}

/* Scrolls the Timeline so row r is at the top, as the wheel would. */
static void scroll_to_row(Desktop *d, int r)
{
    TimelineView *v = &d->workspace.timeline;
    if (r < 0 || r >= v->row_count) return;
    v->scroll.offset = v->rows[r].top;
    ui_desk_frames(d, 2);
    CHECK(v->rows[r].show.w > 0);
}

/* The gap label above the row of item id (NULL: the window's start line). */
static void check_gap(const Desktop *d, const char *id, const char *label)
{
    const TimelineView *v = &d->workspace.timeline;
    int r = -1;
    if (id) r = row_of(v, item_of(d, id));
    else for (int i = 0; i < v->row_count && r < 0; i++) if (v->rows[i].kind == TIMELINE_ROW_START) r = i;
    CHECK(r >= 0);
    if (r < 0) return;
    char text[64];
    screen_timeline_gap_label(v->rows[r].gap, text, sizeof text);
    CHECK_STR(text, label);
}

/* Several pins from several sources, one without a time, then the
 * Timeline: order, gaps, filters, Show in source and Edit. */
static void test_timeline(Desktop *d)
{
    TimelineView *v = &d->workspace.timeline;
    ui_desk_key(d, KEY_3, MOD_CTRL);
    CHECK_INT(d->workspace.section, SECTION_TIMELINE);
    CHECK_INT(pin_rows(v), 1);
    ui_desk_key(d, KEY_2, MOD_CTRL);
    pin_item(d, "m.dana-pattern", "Dana recognised the sawtooth from PLAT-88, a year before, in another team.",
             MARKER_DIAGNOSIS, "not-on-call, knowledge");
    pin_item(d, "m.priya-restart", "The runbook sent her to pricing CPU first.", MARKER_NONE, "factor");
    pin_item(d, "m.priya-revert", NULL, MARKER_REPAIR, NULL);
    pin_item(d, "rv.marcus-jitter", "Nobody in the review could open PLAT-88.", MARKER_KEY_MOMENT, "knowledge, factor");
    pin_item(d, "rb.restart", "\"This has fixed it every time so far.\"", MARKER_NONE, "factor");
    ui_desk_key(d, KEY_3, MOD_CTRL);
    CHECK_INT(d->workspace.section, SECTION_TIMELINE);
    CHECK_INT(v->all_pins, 6);
    CHECK_INT(pin_rows(v), 6);
    check_order(d, v);
    CHECK_INT(v->rows[0].kind, TIMELINE_ROW_PIN);            /* the review, the day before */
    CHECK_INT(v->rows[0].item, item_of(d, "rv.marcus-jitter"));
    CHECK_INT(v->rows[v->row_count - 1].item, item_of(d, "rb.restart"));
    check_gap(d, NULL, "1 day 18 h later");                  /* 2026-03-10 17:05 to 03-12 12:01 */
    check_gap(d, "m.noor-report", "2 min later");            /* the window's start, 12:01, to 12:03 */
    check_gap(d, "m.priya-restart", "11 min later");         /* 12:03 to 12:14 */
    check_gap(d, "m.dana-pattern", "7 min later");
    check_gap(d, "m.priya-revert", "8 min later");
    ui_desk_shot(d, shots, "timeline-light", UI_DRIVE_NOT_BLANK);
    v->scroll.offset = 1 << 20;             /* the end: the window's end, the untimed pins */
    ui_desk_frames(d, 2);
    ui_desk_shot(d, shots, "timeline-end", UI_DRIVE_NOT_BLANK);
    v->scroll.offset = 0;
    ui_set_theme(d->ui, THEME_DARK);
    ui_desk_frames(d, 2);
    ui_desk_shot(d, shots, "timeline-dark", UI_DRIVE_NOT_BLANK);
    ui_set_theme(d->ui, THEME_LIGHT);
    /* filters: a marker, All, a tag, All tags */
    ui_desk_click(d, v->marker_buttons[MARKER_REPAIR]);
    CHECK_INT(pin_rows(v), 1);
    CHECK(row_of(v, item_of(d, "m.priya-revert")) >= 0);
    CHECK_INT(v->shown_pins, 1);
    ui_desk_shot(d, shots, "timeline-repair", UI_DRIVE_NOT_BLANK);
    ui_desk_click(d, v->marker_buttons[0]);
    CHECK_INT(pin_rows(v), 6);
    const char *tags[TIMELINE_MAX_TAGS];
    int n = screen_pin_session_tags(d->st->session, tags, TIMELINE_MAX_TAGS);
    CHECK(n >= 2 && strcmp(tags[0], "factor") == 0);     /* the most used first */
    ui_desk_click(d, v->tag_buttons[1]);
    CHECK_STR(v->tag, "factor");
    CHECK_INT(pin_rows(v), 3);
    ui_desk_click(d, v->tag_buttons[0]);
    CHECK_INT(pin_rows(v), 6);
    /* Show in source: checked in the frame of the click, before the
     * viewer scrolls to the item and clears reveal */
    int dana = item_of(d, "m.dana-pattern"), chat = source_of(d, "chat.checkout");
    ui_desk_key(d, KEY_2, MOD_CTRL);
    choose_source(d, source_of(d, "alerts"));
    ui_desk_key(d, KEY_3, MOD_CTRL);
    int r = row_of(v, dana);
    CHECK(r >= 0);
    scroll_to_row(d, r);
    if (r >= 0) ui_desk_click_then(d, 1, v->rows[r].show);
    CHECK_INT(d->workspace.section, SECTION_SOURCES);
    CHECK_INT(d->workspace.sources.list.selected, chat);
    CHECK_INT(d->workspace.sources.nav.selected, dana);
    CHECK_INT(d->workspace.sources.nav.reveal, dana);
    ui_desk_frames(d, 3);
    CHECK_INT(d->workspace.sources.nav.selected, dana);     /* kept when the source is drawn */
    /* Edit from the Timeline opens the same dialog with the pin */
    ui_desk_key(d, KEY_3, MOD_CTRL);
    int revert = item_of(d, "m.priya-revert");
    r = row_of(v, revert);
    scroll_to_row(d, r);
    if (r >= 0) ui_desk_click(d, v->rows[r].edit);
    CHECK(d->workspace.pin.open && d->workspace.pin.item == revert);
    CHECK_INT(d->workspace.pin.marker, MARKER_REPAIR);
    ui_desk_shot(d, shots, "pin-dialog-suggestions", UI_DRIVE_NOT_BLANK);
    ui_desk_key(d, KEY_ESCAPE, 0);
    CHECK(!d->workspace.pin.open);
}

/* Ctrl+F, a query, grouped results, Enter jumps; an unread source opens.
 * Hand-checked: "sawtooth" is in Dana's message in #checkout and in her
 * last turn on the bridge call, nowhere else. */
static void test_search(Desktop *d)
{
    SearchView *v = &d->workspace.search;
    SourcesView *sv = &d->workspace.sources;
    int chat = source_of(d, "chat.checkout"), call = source_of(d, "call.bridge");
    int dana = item_of(d, "m.dana-pattern"), recovered = item_of(d, "t.dana-recovered");
    CHECK(!d->st->session->opened[call]);
    CHECK(v->index != NULL);                /* built with the workspace */
    ui_desk_key(d, KEY_4, MOD_CTRL);        /* from any section */
    ui_desk_key(d, KEY_F, MOD_CTRL);
    ui_desk_type(d, "Sawtoo");
    CHECK_STR(v->query.text, "Sawtoo");
    CHECK_INT(v->total, 2);
    CHECK_INT(v->row_count, 4);
    if (v->row_count == 4) {
        CHECK(v->rows[0].hit == -1 && v->rows[0].source == chat && v->rows[0].count == 1);
        CHECK(v->rows[1].hit == 0 && v->rows[2].hit == -1 && v->rows[2].source == call);
        const char *text = d->st->sc->items[dana].text;
        CHECK_INT(v->hits[0].item, dana);
        CHECK_INT(v->hits[0].offset, (int)(strstr(text, "sawtooth") - text));
        CHECK_INT(v->hits[0].length, 6);
        CHECK_INT(v->hits[1].item, recovered);
    }
    CHECK_INT(v->cursor, 0);
    ui_desk_shot(d, shots, "search-results", UI_DRIVE_NOT_BLANK);
    ui_set_theme(d->ui, THEME_DARK);
    ui_desk_frames(d, 2);
    ui_desk_shot(d, shots, "search-results-dark", UI_DRIVE_NOT_BLANK);
    ui_set_theme(d->ui, THEME_LIGHT);
    ui_desk_key(d, KEY_DOWN, 0);
    CHECK_INT(v->cursor, 1);
    int actions = d->st->log.count;
    ui_desk_key(d, KEY_ENTER, 0);
    CHECK_INT(d->workspace.section, SECTION_SOURCES);
    CHECK_INT(sv->list.selected, call);
    CHECK_INT(sv->nav.found, recovered);
    CHECK_INT(sv->nav.selected, recovered);
    CHECK_INT(d->st->log.count, actions + 1);   /* reading the call costs time: an open action */
    CHECK(last_action(d)->kind == ACTION_OPEN && strcmp(last_action(d)->target, "call.bridge") == 0);
    CHECK(d->st->session->opened[call]);
    ui_desk_frames(d, 2);
    CHECK_INT(sv->nav.found, recovered);    /* the highlight stays while the source does */
    /* the query comes back selected: typing replaces it; a read source opens for free */
    ui_desk_key(d, KEY_F, MOD_CTRL);
    ui_desk_type(d, "sawtooth plat");
    CHECK_INT(v->total, 1);
    ui_desk_key(d, KEY_ENTER, 0);
    CHECK_INT(sv->list.selected, chat);
    CHECK_INT(sv->nav.found, dana);
    CHECK_INT(d->st->log.count, actions + 1);
    /* Esc closes without a jump; typing then goes nowhere near the query */
    ui_desk_key(d, KEY_3, MOD_CTRL);
    ui_desk_key(d, KEY_F, MOD_CTRL);
    ui_desk_key(d, KEY_ESCAPE, 0);
    ui_desk_type(d, "zzz");
    CHECK_STR(v->query.text, "sawtooth plat");
    CHECK_INT(d->workspace.section, SECTION_TIMELINE);
    /* nothing found says so; more than the list holds says so */
    ui_desk_key(d, KEY_F, MOD_CTRL);
    ui_desk_type(d, "qwertyuiop");
    CHECK_INT(v->total, 0);
    CHECK_INT(v->row_count, 0);
    ui_desk_key(d, KEY_ESCAPE, 0);
}

/* The log the UI wrote replays, through JSON, to the same pins. */
static void test_replay(Desktop *d)
{
    char err[512];
    cJSON *json = log_to_json(&d->st->log);
    ActionLog log;
    CHECK(log_from_json(json, &log, err, sizeof err));
    cJSON_Delete(json);
    Session *s = session_create(d->st->sc);
    CHECK_INT(session_replay(s, &log, err, sizeof err), d->st->log.count);
    const Session *live = d->st->session;
    CHECK_INT(s->pin_count, live->pin_count);
    CHECK_INT(s->clock, live->clock);
    CHECK_INT(s->pin_count, 6);
    for (int i = 0; i < d->st->sc->item_count; i++) {
        const Pin *a = &s->pins[i], *b = &live->pins[i];
        CHECK(a->pinned == b->pinned);
        if (!a->pinned || !b->pinned) continue;
        CHECK(a->marker == b->marker && a->seq == b->seq && a->tag_count == b->tag_count);
        CHECK((a->note == NULL) == (b->note == NULL));
        if (a->note && b->note) CHECK_STR(a->note, b->note);
        for (int k = 0; k < a->tag_count && k < b->tag_count; k++) CHECK_STR(a->tags[k], b->tags[k]);
    }
    session_destroy(s);
    log_destroy(&log);
}

static void setup(void)
{
    snprintf(tmp, sizeof tmp, "/tmp/dojo-investigate-XXXXXX");
    if (!mkdtemp(tmp)) exit(1);
    snprintf(fonts, sizeof fonts, "%s/assets/fonts", src);
    char path[1100];
    snprintf(path, sizeof path, "%s/scenarios", src);
    ui_fixture_app_env(path, tmp);
}

int main(int argc, char **argv)
{
    snprintf(src, sizeof src, "%s", argc > 1 ? argv[1] : ".");
    setup();
    snprintf(shots, sizeof shots, "%s", argc > 2 ? argv[2] : tmp);
    Desktop *d = start_tutorial();
    if (d) {
        test_pin_dialog(d);
        test_timeline(d);
        test_search(d);
        test_replay(d);
        desktop_destroy(d);
    }
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp);
    if (!getenv("DOJO_KEEP_TMP") && system(cmd) != 0) fprintf(stderr, "failed: %s\n", cmd);
    return testing_done("test_investigate");
}
