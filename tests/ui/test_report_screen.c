/* test_report_screen.c: the Report section on the tutorial, headless:
 * saving a field (Ctrl+S, Ctrl+Enter, leaving it, never when unchanged),
 * the coach's underline and suggestion, the timeline's order, factors with
 * the evidence picker, soak time before action items, the expert's report,
 * and a replay of the actions the screen returned. Usage:
 * test_report_screen SOURCE_DIR (DOJO_SHOTS=DIR keeps the BMPs there). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/util.h"
#include "script/loader.h"
#include "ui/screen_report.h"
#include "testing.h"
#include "ui/ui_fixture.h"

static char src[1024], shots[1024];

/* Everything a frame needs, the actions the screen returned, and the log
 * of every action applied, for the replay. */
typedef struct Drive {
    UiDriver drv;               /* first: its screen casts it back */
    Session *s;
    ReportView *v;
    Action got;
    int actions;                /* returned since the last apply */
    ActionLog log;
} Drive;

/* The Report, keeping the action it returned. */
static void draw_report(UiDriver *u, Rect r)
{
    Drive *d = (Drive *)u;
    Action a = {0};
    if (screen_report(u->ui, r, d->s, d->v, &a)) {
        action_clear(&d->got);
        d->got = a;
        d->actions++;
    }
}

/* The one action the screen returned is applied and kept in the log. */
static void apply(Drive *d)
{
    CHECK_INT(d->actions, 1);
    if (d->actions != 1) return;
    ui_fixture_apply(d->s, &d->log, &d->got);
    d->actions = 0;
    ui_drive_frames(&d->drv, 2);
}

static bool shown(const Drive *d, const char *text) { return d->v->shown.s && strstr(d->v->shown.s, text); }

/* Actions in JSON applied as setup (a player reading and pinning). */
static void setup(Drive *d, const char *json)
{
    cJSON *arr = cJSON_Parse(json);
    ActionLog log = {0};
    char err[256];
    CHECK(arr && log_from_json(arr, &log, err, sizeof err));
    cJSON_Delete(arr);
    for (int i = 0; i < log.count; i++) ui_fixture_apply(d->s, &d->log, &log.items[i]);
    free(log.items);
    ui_drive_frames(&d->drv, 2);
}

/* A golden log's actions, the first limit of them (-1: all), applied to a
 * fresh session. */
static Session *golden(const Scenario *sc, const char *name, int limit)
{
    char path[1200], err[256];
    snprintf(path, sizeof path, "%s/tests/golden/tutorial/%s.json", src, name);
    char *buf;
    size_t n;
    CHECK(file_read_all(path, &buf, &n, err, sizeof err));
    cJSON *json = cJSON_Parse(buf);
    free(buf);
    ActionLog log = {0};
    CHECK(json && log_from_json(cJSON_GetObjectItemCaseSensitive(json, "actions"), &log, err, sizeof err));
    cJSON_Delete(json);
    if (limit >= 0 && limit < log.count) {
        for (int i = limit; i < log.count; i++) action_clear(&log.items[i]);
        log.count = limit;
    }
    Session *s = session_create(sc);
    int done = session_replay(s, &log, err, sizeof err);
    if (done != log.count) fprintf(stderr, "replay %s: %s\n", name, err);
    CHECK_INT(done, log.count);
    log_destroy(&log);
    return s;
}

/* A drive over another session and view, sharing the window and input. */
static Drive drive_on(const Drive *d, Session *s, ReportView *v)
{
    Drive e = *d;
    e.s = s, e.v = v, e.actions = 0, e.got = (Action){0}, e.log = (ActionLog){0};
    return e;
}

/* Pixels of colour c inside r of a 32-bit BMP (bottom-up or top-down). */
static int bmp_count(const char *path, Rect r, Color c)
{
    char *data, err[256];
    size_t len;
    if (!file_read_all(path, &data, &len, err, sizeof err)) return -1;
    const unsigned char *b = (const unsigned char *)data;
    int count = 0;
    if (len > 54 && b[0] == 'B' && b[1] == 'M' && b[28] == 32) {
        unsigned off = b[10] | b[11] << 8 | b[12] << 16;
        int w = (int)(b[18] | b[19] << 8 | b[20] << 16 | (unsigned)b[21] << 24);
        int h = (int)(b[22] | b[23] << 8 | b[24] << 16 | (unsigned)b[25] << 24);
        bool down = h < 0;
        h = down ? -h : h;
        for (int y = r.y; y < r.y + r.h && y < h; y++)
            for (int x = r.x; x < r.x + r.w && x < w; x++) {
                size_t at = off + ((size_t)(down ? y : h - 1 - y) * (size_t)w + (size_t)x) * 4;
                if (at + 3 <= len && b[at] == c.b && b[at + 1] == c.g && b[at + 2] == c.r) count++;
            }
    }
    free(data);
    return count;
}

/* Scrolls the document to a part through the outline. */
static void show_part(Drive *d, ReportPart part)
{
    ui_drive_click(&d->drv, d->v->outline[part]);
    CHECK_INT(d->v->part, part);
}

/* ---- the tests ---- */

/* A fresh session: nothing pinned, no factors, action items locked. */
static void test_empty(Drive *d)
{
    ReportView *v = d->v;
    ui_drive_frames(&d->drv, 2);
    CHECK(shown(d, "Summary") && shown(d, "Narrative") && shown(d, "Contributing factors"));
    CHECK(shown(d, "Nothing pinned yet. Pin evidence in Sources first"));
    CHECK(shown(d, "Several factors, each a condition rather than a person, each linked to the evidence"));
    CHECK(shown(d, "What surprised us") && shown(d, "What should others know more about") &&
          shown(d, "What this shares with other incidents"));
    CHECK(shown(d, "Action items wait for soak time: finish the review meeting first, then let a day pass. "
                   "Meanwhile work on the narrative, the factors and the themes."));
    CHECK(shown(d, "All saved"));
    CHECK(v->soak_rect.w == 0);                            /* no time to let pass before the meeting */
    CHECK(v->fields[REPORT_ACTION_ITEMS].edit.read_only);
    show_part(d, REPORT_PART_ACTIONS);
    ui_drive_click(&d->drv, v->fields[REPORT_ACTION_ITEMS].rect);  /* it takes focus, and refuses the typing */
    ui_drive_type(&d->drv, "Add a cache alert");
    CHECK_STR(v->fields[REPORT_ACTION_ITEMS].edit.text, "");
    ui_drive_key(&d->drv, KEY_S, MOD_CTRL);
    show_part(d, REPORT_PART_SUMMARY);
    CHECK_INT(d->actions, 0);
    CHECK(d->s->report[REPORT_ACTION_ITEMS] == NULL);
}

/* Typing then Ctrl+S is one set_report; leaving it unchanged is none;
 * more typing goes out when the editor loses focus, or on Ctrl+Enter. */
static void test_summary(Drive *d)
{
    ReportView *v = d->v;
    ui_drive_click(&d->drv, v->fields[REPORT_SUMMARY].rect);
    ui_drive_type(&d->drv, "Checkout was slow for half an hour.");
    CHECK_INT(d->actions, 0);                              /* focused: still a draft */
    CHECK(shown(d, "Unsaved changes"));
    ui_drive_key(&d->drv, KEY_S, MOD_CTRL);
    CHECK_INT(d->actions, 1);
    CHECK_INT(d->got.kind, ACTION_SET_REPORT);
    CHECK_INT(d->got.field, REPORT_SUMMARY);
    CHECK_STR(d->got.text, "Checkout was slow for half an hour.");
    apply(d);
    CHECK_STR(d->s->report[REPORT_SUMMARY], "Checkout was slow for half an hour.");
    CHECK(shown(d, "All saved"));
    ui_drive_key(&d->drv, KEY_S, MOD_CTRL);                /* saved already: nothing */
    ui_drive_click(&d->drv, v->fields[REPORT_NARRATIVE].rect);  /* leaving it unchanged: nothing */
    CHECK_INT(d->actions, 0);
    ui_drive_click(&d->drv, v->fields[REPORT_SUMMARY].rect);
    ui_drive_key(&d->drv, KEY_END, MOD_CTRL);
    ui_drive_type(&d->drv, " Payments timed out.");
    ui_drive_click(&d->drv, v->fields[REPORT_NARRATIVE].rect);  /* the summary loses focus: saved */
    CHECK_INT(d->actions, 1);
    CHECK_STR(d->got.text, "Checkout was slow for half an hour. Payments timed out.");
    apply(d);
    ui_drive_type(&d->drv, "Support saw it first.");
    ui_drive_key(&d->drv, KEY_ENTER, MOD_CTRL);
    CHECK_INT(d->actions, 1);
    CHECK_INT(d->got.field, REPORT_NARRATIVE);
    CHECK_STR(d->got.text, "Support saw it first.");
    apply(d);
    CHECK_STR(d->s->report[REPORT_NARRATIVE], "Support saw it first.");
}

/* "root cause" underlined over exactly its bytes; the suggestion shows
 * for the cursor in it, and for the mouse over it. */
static void test_coach(Drive *d)
{
    ReportView *v = d->v;
    ReportDraft *n = &v->fields[REPORT_NARRATIVE];
    const char *text = "Support saw it first. The root cause was the cache.";
    int at = (int)(strstr(text, "root cause") - text);
    ui_drive_click(&d->drv, n->rect);
    ui_drive_key(&d->drv, KEY_END, MOD_CTRL);
    ui_drive_type(&d->drv, " The root cause was the cache.");
    CHECK_STR(n->edit.text, text);
    CHECK_INT(n->edit.mark_count, 1);
    if (n->edit.mark_count == 1) {
        CHECK_INT(n->edit.marks[0].start, at);
        CHECK_INT(n->edit.marks[0].len, 10);
    }
    CHECK(shown(d, "1 phrase to reconsider"));
    CHECK(!shown(d, "Incidents have several contributing factors"));   /* the cursor is past it */
    ui_drive_key(&d->drv, KEY_HOME, MOD_CTRL);
    for (int k = 0; k < at + 3; k++) d->drv.in.keys[k] = (KeyPress){KEY_RIGHT, 0, false};
    d->drv.in.key_count = at + 3;
    ui_drive_frames(&d->drv, 2);
    CHECK_INT(n->edit.cursor, at + 3);
    CHECK(shown(d, "\xE2\x80\x9Croot cause\xE2\x80\x9D \xE2\x80\x94 Incidents have several contributing factors; "
                   "name them instead of one cause."));
    char path[1200];
    snprintf(path, sizeof path, "%s/report-coach-light.bmp", shots);
    ui_drive_frame(&d->drv, path);
    Color caution = {170, 96, 0, 255};                     /* screen_caution on the light theme */
    CHECK(bmp_count(path, n->rect, caution) > 10);
    ui_drive_key(&d->drv, KEY_END, MOD_CTRL);              /* the cursor leaves it... */
    CHECK(!shown(d, "Incidents have several contributing factors"));
    int lh = ui_line_height(d->drv.ui, FONT_REGULAR);
    char before[64];
    snprintf(before, sizeof before, "%.*s", at + 4, text);
    ui_drive_move(&d->drv, n->rect.x + 10 + ui_text_width(d->drv.ui, before, FONT_REGULAR), n->rect.y + 7 + lh / 2);
    ui_drive_frames(&d->drv, 1);                           /* ...and the mouse finds it */
    CHECK_INT(n->edit.mark_hot, 0);
    CHECK(shown(d, "Incidents have several contributing factors"));
    ui_drive_click_at(&d->drv, 600, 20);                 /* nowhere: the narrative is saved */
    CHECK_INT(d->actions, 1);
    CHECK_STR(d->got.text, text);
    apply(d);
}

/* Pins through the session, as Sources would make them. */
static void test_pins(Drive *d)
{
    setup(d, "[{\"type\":\"open\",\"source\":\"chat.checkout\"},{\"type\":\"open\",\"source\":\"alerts\"},"
             "{\"type\":\"open\",\"source\":\"doc.runbook\"},"
             "{\"type\":\"pin\",\"item\":\"m.noor-report\",\"marker\":\"detection\",\"note\":\"Support first.\"},"
             "{\"type\":\"pin\",\"item\":\"a.priya-paged\"},"
             "{\"type\":\"pin\",\"item\":\"rb.restart\",\"note\":\"Restart when CPU is high.\"},"
             "{\"type\":\"pin\",\"item\":\"m.priya-restart\",\"marker\":\"key_moment\"}]");
    CHECK_INT(d->v->item_count, 4);
    CHECK(!shown(d, "Nothing pinned yet"));
    CHECK(shown(d, "Detection") && shown(d, "Support first.") && shown(d, "Key moment"));
    CHECK(shown(d, "In incident time: the order things happened."));
}

static void timeline_ids(const Session *s, char ids[][64], int n)
{
    int items[64];
    int count = session_timeline(s, items);
    for (int k = 0; k < n && k < count; k++) snprintf(ids[k], 64, "%s", s->sc->items[items[k]].id);
}

/* The row's Down arrow, Alt+Up on the selected row, Back to incident time. */
static void test_order(Drive *d)
{
    ReportView *v = d->v;
    char was[4][64], now[4][64];
    timeline_ids(d->s, was, 4);
    show_part(d, REPORT_PART_TIMELINE);
    ui_drive_click(&d->drv, v->down_rect[0]);
    CHECK_INT(d->actions, 1);
    CHECK_INT(d->got.kind, ACTION_ORDER);
    CHECK_INT(d->got.id_count, 4);
    if (d->got.id_count == 4) {
        CHECK_STR(d->got.ids[0], was[1]);
        CHECK_STR(d->got.ids[1], was[0]);
        CHECK_STR(d->got.ids[2], was[2]);
        CHECK_STR(d->got.ids[3], was[3]);
    }
    apply(d);
    timeline_ids(d->s, now, 4);
    CHECK_STR(now[0], was[1]);
    CHECK_STR(now[1], was[0]);
    CHECK(shown(d, "In the order you set."));
    ui_drive_click(&d->drv, v->row_rect[3]);               /* select the last row, then Alt+Up */
    ui_drive_key(&d->drv, KEY_UP, MOD_ALT);
    CHECK_INT(d->actions, 1);
    apply(d);
    timeline_ids(d->s, now, 4);
    CHECK_STR(now[2], was[3]);
    CHECK_STR(now[3], was[2]);
    ui_drive_key(&d->drv, KEY_UP, MOD_ALT);                /* the moved row stays selected */
    CHECK_INT(d->actions, 1);
    apply(d);
    timeline_ids(d->s, now, 4);
    CHECK_STR(now[1], was[3]);
    ui_drive_click(&d->drv, v->back_rect);
    CHECK_INT(d->actions, 1);
    CHECK_INT(d->got.kind, ACTION_ORDER);
    CHECK_INT(d->got.id_count, 0);
    apply(d);
    CHECK_INT(d->s->order_count, 0);
    timeline_ids(d->s, now, 4);
    for (int k = 0; k < 4; k++) CHECK_STR(now[k], was[k]);
    CHECK(v->back_rect.w == 0);
}

/* Add a factor, link evidence in the picker, unlink a chip. */
static void test_factor_add(Drive *d)
{
    ReportView *v = d->v;
    CHECK(shown(d, "No factors yet."));
    show_part(d, REPORT_PART_FACTORS);
    ui_drive_click(&d->drv, v->add_rect);
    CHECK(v->adding && v->fresh.rect.w > 0);
    ui_drive_type(&d->drv, "The runbook points at pricing CPU.");  /* Add put the cursor there */
    CHECK_INT(d->actions, 0);
    ui_drive_key(&d->drv, KEY_ENTER, MOD_CTRL);
    CHECK_INT(d->actions, 1);
    CHECK_INT(d->got.kind, ACTION_FACTOR);
    CHECK_INT(d->got.index, 0);
    CHECK_STR(d->got.text, "The runbook points at pricing CPU.");
    CHECK_INT(d->got.id_count, 0);
    apply(d);
    CHECK_INT(d->s->factor_count, 1);
    CHECK(!v->adding);
    CHECK_STR(v->factors[0].edit.text, "The runbook points at pricing CPU.");
    CHECK(shown(d, "1 of 1 factor not linked to evidence yet."));
    show_part(d, REPORT_PART_FACTORS);
    ui_drive_click(&d->drv, v->link_rect[0]);
    CHECK_INT(v->pick_factor, 0);
    CHECK(shown(d, "PINNED EVIDENCE (4)"));
    CHECK_INT(v->pick_count, 4);
    int runbook = scenario_find(d->s->sc, "rb.restart", ENT_ITEM);
    int restart = scenario_find(d->s->sc, "m.priya-restart", ENT_ITEM);
    for (int k = 0; k < v->pick_count; k++)
        if (v->pick[k].index == runbook || v->pick[k].index == restart) ui_drive_click(&d->drv, v->pick_rect[k]);
    CHECK(shown(d, "Link 2"));
    CHECK_INT(d->actions, 0);
    ui_drive_click(&d->drv, v->pick_ok_rect);
    CHECK_INT(d->actions, 1);
    CHECK_INT(d->got.kind, ACTION_FACTOR);
    CHECK_INT(d->got.index, 0);
    CHECK_STR(d->got.text, "The runbook points at pricing CPU.");
    CHECK_INT(d->got.id_count, 2);
    if (d->got.id_count == 2) {                           /* in the timeline's order */
        CHECK_STR(d->got.ids[0], "m.priya-restart");
        CHECK_STR(d->got.ids[1], "rb.restart");
    }
    apply(d);
    CHECK_INT(v->pick_factor, -1);
    CHECK_INT(d->s->factors[0].evidence_count, 2);
    CHECK(shown(d, "Runbook"));
    ui_drive_click(&d->drv, v->chip_x_rect[0][0]);
    CHECK_INT(d->actions, 1);
    CHECK_INT(d->got.id_count, 1);
    if (d->got.id_count == 1) CHECK_STR(d->got.ids[0], "rb.restart");
    apply(d);
    CHECK_INT(d->s->factors[0].evidence_count, 1);
}

/* A second factor, then the first removed (Remove asks once more): the
 * second's draft moves up with it. */
static void test_factor_remove(Drive *d)
{
    ReportView *v = d->v;
    ui_drive_click(&d->drv, v->add_rect);
    ui_drive_type(&d->drv, "Pricing CPU alerts do not page Platform.");
    ui_drive_click_at(&d->drv, 600, 20);                 /* leaving the new card saves it */
    CHECK_INT(d->actions, 1);
    CHECK_INT(d->got.index, 1);
    apply(d);
    CHECK_INT(d->s->factor_count, 2);
    CHECK(shown(d, "Factor 2"));
    show_part(d, REPORT_PART_FACTORS);
    ui_drive_click(&d->drv, v->remove_rect[0]);
    CHECK_INT(d->actions, 0);
    CHECK(shown(d, "Really remove?"));
    ui_drive_click(&d->drv, v->remove_rect[0]);
    CHECK_INT(d->actions, 1);
    CHECK_INT(d->got.kind, ACTION_FACTOR);
    CHECK_INT(d->got.index, 0);
    CHECK_STR(d->got.text, "");
    apply(d);
    CHECK_INT(d->s->factor_count, 1);
    CHECK_STR(d->s->factors[0].text, "Pricing CPU alerts do not page Platform.");
    CHECK_STR(v->factors[0].edit.text, "Pricing CPU alerts do not page Platform.");
    CHECK(!shown(d, "Factor 2"));
    ui_drive_click(&d->drv, v->factors[0].rect);          /* its editor saves as factor 0 now */
    ui_drive_key(&d->drv, KEY_END, MOD_CTRL);
    ui_drive_type(&d->drv, " Warnings only.");
    ui_drive_key(&d->drv, KEY_S, MOD_CTRL);
    CHECK_INT(d->actions, 1);
    CHECK_INT(d->got.index, 0);
    CHECK_STR(d->got.text, "Pricing CPU alerts do not page Platform. Warnings only.");
    apply(d);
    ui_drive_click_at(&d->drv, 600, 20);
    CHECK_INT(d->actions, 0);
}

/* A change from outside (a replay) reaches an unfocused editor; flush
 * hands over what a focused one holds. */
static void test_outside(Drive *d)
{
    ReportView *v = d->v;
    Action a = {.kind = ACTION_SET_REPORT, .field = REPORT_WENT_WELL, .text = xstrdup("Support raised it fast.")};
    ui_fixture_apply(d->s, &d->log, &a);
    ui_drive_frames(&d->drv, 2);
    CHECK_STR(v->fields[REPORT_WENT_WELL].edit.text, "Support raised it fast.");
    CHECK_INT(d->actions, 0);
    show_part(d, REPORT_PART_QUESTIONS);
    ui_drive_click(&d->drv, v->fields[REPORT_OPEN_QUESTIONS].rect);
    ui_drive_type(&d->drv, "What did Dana see first?");
    Action f = {0};
    CHECK(screen_report_flush(d->s, v, &f));
    CHECK_INT(f.field, REPORT_OPEN_QUESTIONS);
    CHECK_STR(f.text, "What did Dana see first?");
    ui_fixture_apply(d->s, &d->log, &f);
    CHECK(!screen_report_flush(d->s, v, &f));
    ui_drive_click_at(&d->drv, 600, 20);
    CHECK_INT(d->actions, 0);
    /* A pause in typing saves it, still focused: 1.5 s of UI time. */
    ui_drive_click(&d->drv, v->fields[REPORT_OPEN_QUESTIONS].rect);
    ui_drive_key(&d->drv, KEY_END, MOD_CTRL);
    ui_drive_type(&d->drv, " And Noor?");
    ui_drive_frames(&d->drv, 10);                          /* 1 s: still a draft */
    CHECK_INT(d->actions, 0);
    ui_drive_frames(&d->drv, 6);
    CHECK_INT(d->actions, 1);
    CHECK_STR(d->got.text, "What did Dana see first? And Noor?");
    apply(d);
    ui_drive_click_at(&d->drv, 600, 20);
}

/* The outline jumps to a part. */
static void test_outline(Drive *d)
{
    ReportView *v = d->v;
    ui_drive_click(&d->drv, v->outline[REPORT_PART_FACTORS]);
    CHECK_INT(v->part, REPORT_PART_FACTORS);
    CHECK(v->scroll.offset > 0);
    CHECK(v->link_rect[0].y > 0 && v->link_rect[0].y < 800);
    ui_drive_click(&d->drv, v->outline[REPORT_PART_SUMMARY]);
    CHECK_INT(v->part, REPORT_PART_SUMMARY);
    CHECK_INT(v->scroll.offset, 0);
}

static UiId scoped_id(Ui *ui, const char *label, int n)
{
    ui_push_scope(ui, "report");
    UiId id = n < 0 ? ui_id(ui, label) : ui_id_int(ui, label, n);
    ui_pop_scope(ui);
    return id;
}

static bool tab_to(Drive *d, UiId id)
{
    for (int i = 0; i < 80; i++) {
        if (ui_focus(d->drv.ui) == id) return true;
        ui_drive_key(&d->drv, KEY_TAB, 0);
    }
    return ui_focus(d->drv.ui) == id;
}

/* Tab reaches the editors and buttons, scrolls them into view, and
 * leaving an editor by Tab saves it. */
static void test_keyboard(Drive *d)
{
    ReportView *v = d->v;
    ui_drive_click_at(&d->drv, 600, 20);                   /* nothing focused */
    CHECK(tab_to(d, scoped_id(d->drv.ui, "draft", REPORT_SUMMARY)));
    ui_drive_key(&d->drv, KEY_END, MOD_CTRL);
    ui_drive_type(&d->drv, " Nobody was charged twice.");
    CHECK_INT(d->actions, 0);
    ui_drive_key(&d->drv, KEY_TAB, 0);
    CHECK_INT(d->actions, 1);
    CHECK_INT(d->got.field, REPORT_SUMMARY);
    apply(d);
    CHECK(tab_to(d, scoped_id(d->drv.ui, "add", -1)));
    CHECK(v->add_rect.y >= 56 && v->add_rect.y + v->add_rect.h <= 800);   /* scrolled into view */
    CHECK(tab_to(d, scoped_id(d->drv.ui, "draft", REPORT_ACTION_ITEMS)));
    CHECK(v->fields[REPORT_ACTION_ITEMS].rect.y < 800);
    CHECK(tab_to(d, scoped_id(d->drv.ui, "outline", -1)));
    CHECK_INT(v->part, REPORT_PART_ACTIONS);              /* scrolled to the end: the last part */
    ui_drive_key(&d->drv, KEY_HOME, 0);                    /* keys in the outline jump */
    CHECK_INT(v->part, REPORT_PART_SUMMARY);
    ui_drive_key(&d->drv, KEY_DOWN, 0);
    CHECK_INT(v->part, REPORT_PART_NARRATIVE);
    CHECK_INT(d->actions, 0);
}

/* The log of what the screen returned, replayed, gives the same report. */
static void test_replay(Drive *d)
{
    Session *r = session_create(d->s->sc);
    char err[256];
    CHECK_INT(session_replay(r, &d->log, err, sizeof err), d->log.count);
    for (int f = 0; f < REPORT_FIELD_COUNT; f++) {
        const char *a = r->report[f] ? r->report[f] : "", *b = d->s->report[f] ? d->s->report[f] : "";
        CHECK_STR(a, b);
    }
    CHECK_INT(r->factor_count, d->s->factor_count);
    for (int i = 0; i < r->factor_count && i < d->s->factor_count; i++) {
        CHECK_STR(r->factors[i].text, d->s->factors[i].text);
        CHECK_INT(r->factors[i].evidence_count, d->s->factors[i].evidence_count);
    }
    CHECK_INT(r->order_count, d->s->order_count);
    session_destroy(r);
}

/* Soak time: the meeting over, a day to go, then the expert's items. */
static void test_soak(Drive *d)
{
    Session *s = golden(d->s->sc, "expert", 78);          /* all but the day and the action items */
    if (!s) return;
    ReportView v = {0};
    Drive e = drive_on(d, s, &v);
    int soak = session_soak_minutes(s);
    CHECK(soak > 0);
    ui_drive_frames(&e.drv, 2);
    char text[200];
    snprintf(text, sizeof text, "Action items wait for soak time: %d h %02d min to go.", soak / 60, soak % 60);
    CHECK(shown(&e, text));
    CHECK(v.fields[REPORT_ACTION_ITEMS].edit.read_only);
    show_part(&e, REPORT_PART_ACTIONS);
    ui_drive_click(&e.drv, v.soak_rect);
    CHECK_INT(e.actions, 1);
    CHECK_INT(e.got.kind, ACTION_ADVANCE);
    CHECK_INT(e.got.minutes, soak);
    apply(&e);
    CHECK_INT(session_soak_minutes(s), 0);
    CHECK(!v.fields[REPORT_ACTION_ITEMS].edit.read_only);
    CHECK(!shown(&e, "Action items wait for soak time"));
    ui_drive_click(&e.drv, v.fields[REPORT_ACTION_ITEMS].rect);
    ui_drive_type(&e.drv, "- Check the cache hit ratio before restarting pricing.");
    ui_drive_key(&e.drv, KEY_S, MOD_CTRL);
    CHECK_INT(e.actions, 1);
    CHECK_INT(e.got.field, REPORT_ACTION_ITEMS);
    apply(&e);
    CHECK_STR(s->report[REPORT_ACTION_ITEMS], "- Check the cache hit ratio before restarting pricing.");
    d->drv.in = e.drv.in, d->drv.now = e.drv.now;
    log_destroy(&e.log);
    screen_report_free(&v);
    session_destroy(s);
}

/* The expert's whole report, in every theme and zoomed. */
static void test_expert(Drive *d)
{
    Session *s = golden(d->s->sc, "expert", -1);
    if (!s) return;
    ReportView v = {0};
    Drive e = drive_on(d, s, &v);
    e.drv.area = (Rect){208, 56, 1072, 744};               /* the workspace's share of the window */
    ui_drive_frames(&e.drv, 2);
    CHECK(!v.fields[REPORT_ACTION_ITEMS].edit.read_only);
    CHECK_STR(v.fields[REPORT_SUMMARY].edit.text, s->report[REPORT_SUMMARY]);
    CHECK_STR(v.factors[6].edit.text, s->factors[6].text);
    CHECK(shown(&e, "7 factors, each linked to evidence."));
    CHECK(shown(&e, "All saved"));
    CHECK_INT(v.item_count, s->pin_count);
    ui_drive_shot(&e.drv, "report-expert-light", UI_DRIVE_NOT_BLANK);
    ui_drive_click(&e.drv, v.outline[REPORT_PART_FACTORS]);
    ui_drive_shot(&e.drv, "report-factors-light", UI_DRIVE_NOT_BLANK);
    ui_drive_click(&e.drv, v.link_rect[2]);
    CHECK(shown(&e, "LEARNED IN INTERVIEWS"));
    ui_drive_shot(&e.drv, "report-picker-light", UI_DRIVE_NOT_BLANK);
    ui_drive_key(&e.drv, KEY_ESCAPE, 0);
    CHECK_INT(v.pick_factor, -1);
    CHECK_INT(e.actions, 0);
    ui_set_theme(e.drv.ui, THEME_DARK);
    ui_drive_shot(&e.drv, "report-factors-dark", UI_DRIVE_NOT_BLANK);
    ui_drive_click(&e.drv, v.outline[REPORT_PART_TIMELINE]);
    ui_drive_shot(&e.drv, "report-timeline-dark", UI_DRIVE_NOT_BLANK);
    ui_set_theme(e.drv.ui, THEME_HIGH_CONTRAST);
    ui_drive_shot(&e.drv, "report-timeline-contrast", UI_DRIVE_NOT_BLANK);
    ui_drive_click(&e.drv, v.outline[REPORT_PART_THEMES]);
    ui_drive_shot(&e.drv, "report-themes-contrast", UI_DRIVE_NOT_BLANK);
    ui_set_theme(e.drv.ui, THEME_LIGHT);
    ui_set_scale(e.drv.ui, 1.25f);
    e.drv.area = (Rect){260, 70, 1020, 730};
    ui_drive_frames(&e.drv, 2);
    ui_drive_click(&e.drv, v.outline[REPORT_PART_SUMMARY]);
    ui_drive_shot(&e.drv, "report-zoom", UI_DRIVE_NOT_BLANK);
    for (int k = 0; k < REPORT_PART_COUNT; k++) CHECK(v.outline[k].x + v.outline[k].w <= 1280);
    CHECK(v.save_rect.x + v.save_rect.w <= 1280);
    ui_drive_click(&e.drv, v.outline[REPORT_PART_FACTORS]);
    ui_drive_shot(&e.drv, "report-factors-zoom", UI_DRIVE_NOT_BLANK);
    e.drv.area = (Rect){260, 70, 700, 730};                /* narrow: no outline */
    ui_drive_shot(&e.drv, "report-narrow", UI_DRIVE_NOT_BLANK);
    CHECK(v.outline[0].w == 0);
    ui_set_scale(e.drv.ui, 1.0f);
    CHECK_INT(e.actions, 0);                               /* looking saves nothing */
    d->drv.in = e.drv.in, d->drv.now = e.drv.now;
    screen_report_free(&v);
    session_destroy(s);
}

/* The blame log's report: its phrases counted per part and underlined. */
static void test_blame(Drive *d)
{
    Session *s = golden(d->s->sc, "blame", -1);
    if (!s) return;
    ReportView v = {0};
    Drive e = drive_on(d, s, &v);
    e.drv.area = (Rect){208, 56, 1072, 744};
    ui_drive_frames(&e.drv, 2);
    CHECK_INT(v.fields[REPORT_SUMMARY].hit_count, 2);      /* human error, should have */
    CHECK(v.fields[REPORT_SUMMARY].edit.mark_count == v.fields[REPORT_SUMMARY].hit_count);
    CHECK(v.factors[0].hit_count >= 2);                    /* Root cause, careless */
    char count[64];
    snprintf(count, sizeof count, "%d phrases to reconsider", v.fields[REPORT_SUMMARY].hit_count);
    CHECK(shown(&e, count));
    CHECK(shown(&e, "1 of 1 factor not linked to evidence yet."));
    ui_drive_shot(&e.drv, "report-blame-light", UI_DRIVE_NOT_BLANK);
    ui_drive_click(&e.drv, v.outline[REPORT_PART_FACTORS]);
    ui_drive_shot(&e.drv, "report-blame-factors-light", UI_DRIVE_NOT_BLANK);
    CHECK_INT(e.actions, 0);
    d->drv.in = e.drv.in, d->drv.now = e.drv.now;
    screen_report_free(&v);
    session_destroy(s);
}

int main(int argc, char **argv)
{
    snprintf(src, sizeof src, "%s", argc > 1 ? argv[1] : ".");
    if (!ui_fixture_shots(shots, sizeof shots, "report")) return 1;
    Scenario *sc = ui_fixture_scenario(src, "tutorial");
    CHECK(sc != NULL);
    Platform *p = ui_fixture_platform(src, 1280, 800);
    CHECK(p != NULL);
    if (sc && p) {
        Ui *ui = ui_create(p);
        Session *s = session_create(sc);
        ReportView v = {0};
        Drive d = {.drv = {.p = p, .ui = ui, .shots = shots, .screen = draw_report}, .s = s, .v = &v};
        test_empty(&d);
        test_summary(&d);
        test_coach(&d);
        test_pins(&d);
        test_order(&d);
        test_factor_add(&d);
        test_factor_remove(&d);
        test_outside(&d);
        test_outline(&d);
        test_keyboard(&d);
        test_replay(&d);
        test_soak(&d);
        test_expert(&d);
        test_blame(&d);
        action_clear(&d.got);
        log_destroy(&d.log);
        screen_report_free(&v);
        session_destroy(s);
        ui_destroy(ui);
    }
    if (p) platform_destroy(p);
    if (sc) scenario_destroy(sc);
    ui_fixture_remove_shots(shots);
    return testing_done("test_report_screen");
}
