/* screen_briefing.c: the briefing screen and the resume-or-start-over
 * dialog. Everything it says is read from the scenario. */
#include <stdio.h>
#include <string.h>
#include "core/report.h"
#include "screen_briefing.h"
#include "screen_common.h"

static const char *const KIND_LABELS[SOURCE_KIND_COUNT] = {
    "Chat channels", "Call transcripts", "Pull requests", "Tickets", "Alert timelines",
    "Dashboards", "On-call schedules", "Calendars", "Documents"};
static const char *const CATEGORY_LABELS[CATEGORY_COUNT] = {
    "Investigation", "Interviews", "Facilitation", "Analysis", "Action items"};

/* Appends s to buf, cut short (with "...") when it does not fit. */
static void briefing_append(char *buf, size_t size, const char *s)
{
    size_t n = strlen(buf);
    if (n + 4 >= size) return;
    snprintf(buf + n, size - n, "%s", s);
    if (strlen(buf) == size - 1) memcpy(buf + size - 4, "...", 4);
}

static void briefing_sources(Ui *ui, Rect *r, const Scenario *sc)
{
    const Theme *t = ui_theme(ui);
    for (int k = 0; k < SOURCE_KIND_COUNT; k++) {
        char line[1024] = "";
        int n = 0;
        for (int i = 0; i < sc->source_count; i++) {
            if (sc->sources[i].kind != (SourceKind)k) continue;
            briefing_append(line, sizeof line, n++ ? ", " : "");
            briefing_append(line, sizeof line, sc->sources[i].title);
        }
        if (!n) continue;
        char text[1100];
        snprintf(text, sizeof text, "%s: %s", KIND_LABELS[k], line);
        screen_bullet(ui, r, text, t->text);
    }
}

static void briefing_people(Ui *ui, Rect *r, const Scenario *sc)
{
    const Theme *t = ui_theme(ui);
    for (int i = 0; i < sc->person_count; i++) {
        const Person *p = &sc->people[i];
        char text[600];
        snprintf(text, sizeof text, "%s%s%s%s%s%s", p->name, p->role ? ", " : "", p->role ? p->role : "",
                 p->team >= 0 ? " (" : "", p->team >= 0 ? sc->teams[p->team].name : "", p->team >= 0 ? ")" : "");
        if (p->on_call) briefing_append(text, sizeof text, ", on call");
        screen_bullet(ui, r, text, t->text);
    }
}

static void briefing_rubric(Ui *ui, Rect *r, const Scenario *sc)
{
    const Theme *t = ui_theme(ui);
    char fields[600] = "";
    for (int f = 0; f <= REPORT_ACTION_ITEMS; f++) {
        briefing_append(fields, sizeof fields, f == 0 ? "" : f == REPORT_ACTION_ITEMS ? " and " : ", ");
        briefing_append(fields, sizeof fields, report_field_title((ReportField)f));
    }
    char text[800];
    snprintf(text, sizeof text, "A blameless written report: %s. Your pins, notes and report are "
             "scored against the scenario's rubric:", fields);
    screen_para(ui, r, text, FONT_REGULAR, t->text, SP_S);
    for (int c = 0; c < CATEGORY_COUNT; c++) {
        int n = 0, points = 0;
        for (int i = 0; i < sc->criterion_count; i++)
            if (sc->criteria[i].category == (Category)c) n++, points += sc->criteria[i].points;
        if (!n) continue;
        snprintf(text, sizeof text, "%s: %d criteri%s, %d point%s", CATEGORY_LABELS[c], n,
                 n == 1 ? "on" : "a", points, points == 1 ? "" : "s");
        screen_bullet(ui, r, text, t->text);
    }
}

/* Everything that scrolls; returns its height. */
static int briefing_body(Ui *ui, Rect r, const Scenario *sc)
{
    const Theme *t = ui_theme(ui);
    const ScenarioMeta *m = &sc->meta;
    int top = r.y;
    r.h = SCREEN_UNBOUNDED;
    char text[1024], from[32], to[32];
    ui_cut_top(&r, ui_px(ui, SP_XL));
    screen_caption(ui, &r, "BRIEFING");
    snprintf(text, sizeof text, "You are the impartial investigator of \xE2\x80\x9C%s\xE2\x80\x9D.",
             m->title ? m->title : m->id);
    screen_para(ui, &r, text, FONT_BOLD, t->text, SP_XS);
    time_format(m->start, m->utc_offset, from, sizeof from);
    time_format(m->end, m->utc_offset, to, sizeof to);
    if (strncmp(from, to, 10) == 0) time_format_hm(m->end, m->utc_offset, to, sizeof to);   /* same day */
    snprintf(text, sizeof text, "%s%sIncident from %s to %s", m->company ? m->company : "",
             m->company ? " \xC2\xB7 " : "", from, to);
    screen_para(ui, &r, text, FONT_REGULAR, t->text_muted, SP_L);
    if (m->briefing) screen_para(ui, &r, m->briefing, FONT_REGULAR, t->text, SP_L);
    screen_rule(ui, &r, SP_L);
    screen_caption(ui, &r, "WHAT YOU HAVE");
    briefing_sources(ui, &r, sc);
    ui_cut_top(&r, ui_px(ui, SP_M));
    screen_caption(ui, &r, "THE PEOPLE INVOLVED");
    briefing_people(ui, &r, sc);
    ui_cut_top(&r, ui_px(ui, SP_M));
    screen_rule(ui, &r, SP_L);
    screen_caption(ui, &r, "WHAT TO PRODUCE");
    briefing_rubric(ui, &r, sc);
    return r.y - top + ui_px(ui, SP_XL);
}

static BriefingIntent briefing_offer(Ui *ui, UiId id, int offer)
{
    const Theme *t = ui_theme(ui);
    BriefingIntent out = BRIEFING_NONE;
    Rect c;
    if (!ui_modal_begin(ui, id, "Continue where you left off?", 520, 196, &c)) return out;
    char text[300];
    snprintf(text, sizeof text, "You have a saved session of this scenario with %d action%s. "
             "Resume it, or start over? Starting over keeps the old save as a backup (.bak).",
             offer, offer == 1 ? "" : "s");
    screen_para(ui, &c, text, FONT_REGULAR, t->text, SP_M);
    Rect row = ui_cut_bottom(&c, screen_button_h(ui));
    Rect resume = ui_cut_right(&row, screen_button_w(ui, "Resume"));
    ui_cut_right(&row, ui_px(ui, SP_S));
    Rect over = ui_cut_right(&row, screen_button_w(ui, "Start over"));
    /* Resume first: a modal's focus starts on its first widget */
    if (ui_button_primary(ui, ui_id(ui, "offer-resume"), resume, "Resume")) out = BRIEFING_RESUME;
    if (ui_button(ui, ui_id(ui, "offer-over"), over, "Start over")) out = BRIEFING_START_OVER;
    ui_modal_end(ui);
    if (out != BRIEFING_NONE) ui_modal_close(ui);
    return out;
}

/* The bar at the bottom: Start, or Resume / Start over while a save waits. */
static BriefingIntent briefing_actions(Ui *ui, Rect bar, int offer, BriefingView *v)
{
    BriefingIntent out = BRIEFING_NONE;
    int bh = screen_button_h(ui);
    Rect row = {bar.x, bar.y + (bar.h - bh) / 2, bar.w, bh};
    UiId start_id = ui_id(ui, offer ? "resume" : "start");
    char label[64];
    snprintf(label, sizeof label, offer ? "Resume saved session \xC2\xB7 %d action%s" : "Start the investigation", offer, offer == 1 ? "" : "s");
    Rect b = ui_cut_right(&row, screen_button_w(ui, label));
    v->start_button = b;
    if (!v->started) ui_set_focus(ui, start_id);
    if (ui_button_primary(ui, start_id, b, label)) out = offer ? BRIEFING_RESUME : BRIEFING_START;
    if (offer) {
        ui_cut_right(&row, ui_px(ui, SP_S));
        b = ui_cut_right(&row, screen_button_w(ui, "Start over"));
        if (ui_button(ui, ui_id(ui, "over"), b, "Start over")) out = BRIEFING_START_OVER;
    }
    return out;
}

BriefingIntent screen_briefing(Ui *ui, Rect area, const Scenario *sc, int offer, BriefingView *v)
{
    const Theme *t = ui_theme(ui);
    BriefingIntent out = BRIEFING_NONE;
    ui_push_scope(ui, "briefing");
    Rect top = screen_top_bar(ui, &area);
    Rect home = ui_cut_left(&top, screen_button_w(ui, "\xE2\x80\xB9 Home"));
    if (ui_button(ui, ui_id(ui, "home"), home, "\xE2\x80\xB9 Home")) out = BRIEFING_HOME;
    ui_cut_left(&top, ui_px(ui, SP_M));
    ui_text(ui, top, sc->meta.title ? sc->meta.title : sc->meta.id, FONT_BOLD, t->text);
    Rect bar = ui_cut_bottom(&area, ui_px(ui, 72));
    ui_fill(ui, bar, t->panel);
    ui_fill(ui, (Rect){bar.x, bar.y, bar.w, 1}, t->border);
    BriefingIntent act = briefing_actions(ui, screen_column(ui, bar, 760), offer, v);
    Rect view = ui_scroll_region(ui, ui_id(ui, "scroll"), area, &v->scroll, v->content);
    Rect col = screen_column(ui, view, 760);
    ui_push_clip(ui, view);
    col.y -= v->scroll.offset;
    v->content = briefing_body(ui, col, sc);
    ui_pop_clip(ui);
    UiId offer_id = ui_id(ui, "offer");
    if (!v->started && offer) ui_modal_open(ui, offer_id);
    v->started = true;
    BriefingIntent modal = briefing_offer(ui, offer_id, offer);
    ui_pop_scope(ui);
    return modal != BRIEFING_NONE ? modal : act != BRIEFING_NONE ? act : out;
}
