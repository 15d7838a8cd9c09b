/* screen_people.c: the People section: everyone the sources mention, grouped
 * by team, with where each appears, and a person's details on the right. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/util.h"
#include "screen_common.h"
#include "screen_people.h"

/* How often a person shows up in one source, by what they did there. */
typedef struct Seen {
    int messages, reactions, joins, turns, attended, authored, reviewer, reviews;
    int reported, assigned, comments, changes, paged, acked, escalated_to, escalated;
    int shifts, events;
} Seen;


/* "7 messages", "paged once": joined to what came before with ", ". */
static void buf_count(StrBuf *b, bool *first, int n, const char *one, const char *many)
{
    if (n <= 0) return;
    strbuf_addf(b, "%s", *first ? "" : ", ");
    *first = false;
    if (n == 1) strbuf_addf(b, "%s", one);
    else strbuf_addf(b, "%d %s", n, many);
}

static void buf_times(StrBuf *b, bool *first, int n, const char *verb)
{
    if (n <= 0) return;
    strbuf_addf(b, "%s%s %s", *first ? "" : ", ", verb, n == 1 ? "once" : n == 2 ? "twice" : "");
    if (n > 2) strbuf_addf(b, "%d times", n);
    *first = false;
}

static void seen_item(Seen *row, const Item *it)
{
    Seen *w = it->person >= 0 ? &row[it->person] : NULL;
    switch (it->kind) {
    case ITEM_MESSAGE: if (w) w->messages++; break;
    case ITEM_JOIN: if (w) w->joins++; break;
    case ITEM_TURN: if (w) w->turns++; break;
    case ITEM_REVIEW: if (w) w->reviews++; break;
    case ITEM_COMMENT: if (w) w->comments++; break;
    case ITEM_CHANGE: if (w) w->changes++; break;
    case ITEM_PAGED: if (w) w->paged++; break;
    case ITEM_ACKED: if (w) w->acked++; break;
    case ITEM_ESCALATED:
        if (w) w->escalated_to++;
        if (it->other >= 0) row[it->other].escalated++;
        break;
    case ITEM_SHIFT: if (w) w->shifts++; break;
    case ITEM_EVENT: if (w) w->events++; break;
    default: break;
    }
    for (int r = 0; r < it->reaction_count; r++)
        for (int k = 0; k < it->reactions[r].people.n; k++) row[it->reactions[r].people.v[k]].reactions++;
    if (it->kind == ITEM_EVENT)
        for (int k = 0; k < it->people.n; k++) row[it->people.v[k]].events++;
}

/* Counts per source, row-major by source: seen[source * people + person]. */
static Seen *people_count(const Scenario *sc)
{
    int np = sc->person_count;
    Seen *seen = xcalloc((size_t)sc->source_count * (size_t)(np ? np : 1), sizeof *seen);
    for (int s = 0; s < sc->source_count; s++) {
        const Source *src = &sc->sources[s];
        Seen *row = seen + (size_t)s * np;
        if (src->author >= 0 && src->kind == SOURCE_PR) row[src->author].authored++;
        if (src->author >= 0 && src->kind == SOURCE_TICKET) row[src->author].reported++;
        if (src->assignee >= 0 && src->kind == SOURCE_TICKET) row[src->assignee].assigned++;
        for (int k = 0; k < src->people.n; k++) {
            if (src->kind == SOURCE_PR) row[src->people.v[k]].reviewer++;
            if (src->kind == SOURCE_CALL) row[src->people.v[k]].attended++;
        }
        for (int i = 0; i < src->item_count; i++) seen_item(row, &sc->items[src->first_item + i]);
    }
    return seen;
}

/* One source's part of "appears in", or nothing when they are not in it. */
static void describe_seen(StrBuf *b, const Source *src, const Seen *w)
{
    StrBuf part = {0};
    bool first = true;
    buf_count(&part, &first, w->messages, "1 message", "messages");
    if (!w->messages && w->joins) buf_count(&part, &first, 1, "joined, never posted", "");
    buf_count(&part, &first, w->reactions, "1 reaction", "reactions");
    buf_count(&part, &first, w->turns, "1 turn", "turns");
    if (!w->turns && w->attended) buf_count(&part, &first, 1, "attended, never spoke", "");
    buf_count(&part, &first, w->authored, "author", "times author");
    buf_count(&part, &first, w->reviewer ? 1 : 0, "reviewer", "");
    buf_count(&part, &first, w->reviews, "1 review", "reviews");
    buf_count(&part, &first, w->reported, "reporter", "times reporter");
    buf_count(&part, &first, w->assigned, "assignee", "times assignee");
    buf_count(&part, &first, w->comments, "1 comment", "comments");
    buf_count(&part, &first, w->changes, "1 change", "changes");
    buf_times(&part, &first, w->paged, "paged");
    buf_times(&part, &first, w->acked, "acknowledged");
    buf_times(&part, &first, w->escalated_to, "escalated to");
    buf_times(&part, &first, w->escalated, "escalated");
    buf_count(&part, &first, w->shifts, "1 shift", "shifts");
    buf_count(&part, &first, w->events, "1 event", "events");
    if (part.len) strbuf_addf(b, "%s%s: %s", b->len ? "\n" : "", src->title ? src->title : src->id, part.s);
    free(part.s);
}

static void people_rows(PeopleView *v, const Scenario *sc)
{
    v->rows = xcalloc((size_t)sc->person_count + (size_t)sc->team_count + 1, sizeof *v->rows);
    for (int t = -1; t < sc->team_count; t++) {
        int start = v->row_count;
        v->rows[v->row_count++] = -(t + 2);
        for (int p = 0; p < sc->person_count; p++)
            if (sc->people[p].team == t && v->appears[p]) v->rows[v->row_count++] = p;
        if (v->row_count == start + 1) v->row_count = start;   /* no one shown: no header */
    }
    /* people without a team read best last */
    if (v->row_count && v->rows[0] == -1) {
        int n = 1;
        while (n < v->row_count && v->rows[n] >= 0) n++;
        int *head = xmalloc((size_t)n * sizeof *head);
        memcpy(head, v->rows, (size_t)n * sizeof *head);
        memmove(v->rows, v->rows + n, (size_t)(v->row_count - n) * sizeof *head);
        memcpy(v->rows + v->row_count - n, head, (size_t)n * sizeof *head);
        free(head);
    }
}

/* The flag on the person can lag the schedule (a secondary is on call
 * without it), so a shift covering the incident's start counts too. */
static void people_duty(PeopleView *v, const Scenario *sc)
{
    v->duty = xcalloc((size_t)sc->person_count + 1, sizeof *v->duty);
    for (int p = 0; p < sc->person_count; p++)
        if (sc->people[p].on_call) v->duty[p] = "";
    for (int i = 0; i < sc->item_count; i++) {
        const Item *it = &sc->items[i];
        if (it->kind != ITEM_SHIFT || it->person < 0 || it->at == DOJO_TIME_NONE || it->at > sc->meta.start) continue;
        if (it->until != DOJO_TIME_NONE && it->until <= sc->meta.start) continue;
        v->duty[it->person] = it->title ? it->title : "";
    }
}

/* "primary on call", or "on call" when the shift has no role. */
static void duty_text(const PeopleView *v, int p, char *buf, size_t size)
{
    if (!v->duty[p]) snprintf(buf, size, "not on call");
    else snprintf(buf, size, "%s%son call", v->duty[p], *v->duty[p] ? " " : "");
}

void screen_people_build(PeopleView *v, const Scenario *sc)
{
    screen_people_free(v);
    v->sc = sc, v->sc_hash = sc->content_hash;
    signals_compute(sc, &v->signals);
    Seen *seen = people_count(sc);
    v->appears = xcalloc((size_t)sc->person_count + 1, sizeof *v->appears);
    v->not_on_call = xcalloc((size_t)sc->person_count + 1, sizeof *v->not_on_call);
    for (int p = 0; p < sc->person_count; p++) {
        StrBuf b = {0};
        for (int s = 0; s < sc->source_count; s++)
            describe_seen(&b, &sc->sources[s], &seen[(size_t)s * sc->person_count + p]);
        v->appears[p] = b.s;
        v->hidden += b.s == NULL;
    }
    free(seen);
    for (int k = 0; k < v->signals.not_on_call_count; k++) v->not_on_call[v->signals.not_on_call[k].person] = true;
    people_duty(v, sc);
    people_rows(v, sc);
    v->list.selected = v->row_count > 1 ? 1 : -1;
    screen_people_signals_build(v, sc);
}

void screen_people_free(PeopleView *v)
{
    if (!v->sc) return;
    for (int p = 0; p < v->sc->person_count; p++) free(v->appears[p]);
    free(v->appears);
    free(v->not_on_call);
    free(v->duty);
    free(v->rows);
    for (int i = 0; i < v->line_count; i++) free(v->lines[i].text);
    free(v->lines);
    free(v->signals_text);
    signals_destroy(&v->signals);
    *v = (PeopleView){0};
}

int screen_people_row_of(const PeopleView *v, int person)
{
    for (int i = 0; i < v->row_count; i++)
        if (v->rows[i] == person) return i;
    return -1;
}

static const char *team_name(const Scenario *sc, int t)
{
    return t < 0 ? "No team" : sc->teams[t].name ? sc->teams[t].name : sc->teams[t].id;
}

static void draw_row(Ui *ui, Rect row, const Scenario *sc, const PeopleView *v, int i)
{
    const Theme *t = ui_theme(ui);
    int p = v->rows[i];
    Rect r = ui_inset(row, ui_px(ui, SP_S));
    if (p < 0) {
        char cap[160];
        snprintf(cap, sizeof cap, "%s", team_name(sc, -p - 2));
        for (char *c = cap; *c; c++) if (*c >= 'a' && *c <= 'z') *c = (char)(*c - 'a' + 'A');
        ui_text(ui, ui_cut_bottom(&r, ui_line_height(ui, FONT_BOLD)), cap, FONT_BOLD, t->text_muted);
        return;
    }
    const Person *pe = &sc->people[p];
    Rect top = ui_cut_top(&r, r.h / 2);
    char line[256];
    snprintf(line, sizeof line, "%s", pe->name ? pe->name : pe->id);
    int w = ui_text(ui, top, line, FONT_BOLD, t->text);
    Rect rest = {top.x + w + ui_px(ui, SP_S), top.y, top.w - w - ui_px(ui, SP_S), top.h};
    char duty[96];
    duty_text(v, p, duty, sizeof duty);
    const char *tag = v->not_on_call[p] ? "responded while not on call" : v->duty[p] ? duty : "";
    snprintf(line, sizeof line, "%s%s%s", pe->role ? pe->role : "", *tag && pe->role ? " \xC2\xB7 " : "", tag);
    ui_text(ui, rest, line, FONT_REGULAR, v->not_on_call[p] ? t->accent : t->text_muted);
    char where[512];
    int n = 0;
    for (const char *c = v->appears[p]; *c && n < (int)sizeof where - 3; c++) {
        if (*c == '\n') where[n++] = ';', where[n++] = ' ';
        else where[n++] = *c;
    }
    where[n] = 0;
    ui_text(ui, r, where, FONT_REGULAR, t->text_muted);
}

static void draw_details(Ui *ui, Rect r, const Scenario *sc, PeopleView *v)
{
    const Theme *t = ui_theme(ui);
    int sel = v->list.selected, p = sel >= 0 && sel < v->row_count ? v->rows[sel] : -1;
    Rect view = ui_scroll_region(ui, ui_id(ui, "detail"), r, &v->detail_scroll, v->detail_scroll.content);
    ui_push_clip(ui, view);
    Rect col = ui_inset(view, ui_px(ui, SP_L));
    col.y -= v->detail_scroll.offset, col.h = SCREEN_UNBOUNDED;
    int top = col.y;
    if (p < 0) {
        screen_para(ui, &col, sel >= 0 ? team_name(sc, -p - 2) : "Nobody selected", FONT_BOLD, t->text, SP_S);
        screen_para(ui, &col, "Choose a person in the list to see their role, on-call status and where "
                    "they appear in the sources.", FONT_REGULAR, t->text_muted, 0);
    } else {
        const Person *pe = &sc->people[p];
        char line[512];
        screen_para(ui, &col, pe->name ? pe->name : pe->id, FONT_BOLD, t->text, SP_XS);
        snprintf(line, sizeof line, "%s, %s", pe->role ? pe->role : "No role given", team_name(sc, pe->team));
        screen_para(ui, &col, line, FONT_REGULAR, t->text, SP_S);
        char duty[96];
        duty_text(v, p, duty, sizeof duty);
        snprintf(line, sizeof line, "During the incident: %s.", duty);
        screen_para(ui, &col, line, FONT_REGULAR, t->text_muted, SP_XS);
        if (v->not_on_call[p])
            screen_para(ui, &col, "Responded while not on call: at least one response fell outside every "
                        "on-call shift of theirs.", FONT_BOLD, t->accent, SP_S);
        if (pe->utc_offset != sc->meta.utc_offset && sc->meta.start != DOJO_TIME_NONE) {
            /* a handoff across time zones reads differently at 03:00 than at 15:00 */
            char start[16], off[16];
            time_format_hm(sc->meta.start, pe->utc_offset, start, sizeof start);
            snprintf(off, sizeof off, "UTC%c%02d:%02d", pe->utc_offset < 0 ? '-' : '+', abs(pe->utc_offset) / 60,
                     abs(pe->utc_offset) % 60);
            snprintf(line, sizeof line, "Works in %s: the incident began at %s their time.", off, start);
            screen_para(ui, &col, line, FONT_REGULAR, t->text_muted, SP_S);
        }
        if (pe->notes) screen_para(ui, &col, pe->notes, FONT_ITALIC, t->text_muted, SP_M);
        screen_caption(ui, &col, "APPEARS IN");
        const char *s = v->appears[p];
        while (s && *s) {
            const char *nl = strchr(s, '\n');
            size_t n = nl ? (size_t)(nl - s) : strlen(s);
            snprintf(line, sizeof line, "%.*s", (int)n, s);
            screen_bullet(ui, &col, line, t->text);
            s = nl ? nl + 1 : NULL;
        }
    }
    v->detail_scroll.content = col.y - top + ui_px(ui, 2 * SP_L);
    ui_pop_clip(ui);
}

static void draw_people(Ui *ui, Rect area, const Scenario *sc, PeopleView *v)
{
    const Theme *t = ui_theme(ui);
    Rect left = ui_cut_left(&area, area.w * 11 / 20);
    if (v->hidden) {
        char note[160];
        snprintf(note, sizeof note, "%d more %s in the scenario appear%s in no source.", v->hidden,
                 v->hidden == 1 ? "person" : "people", v->hidden == 1 ? "s" : "");
        Rect nr = ui_cut_bottom(&left, ui_line_height(ui, FONT_REGULAR) + ui_px(ui, SP_S));
        ui_text(ui, ui_inset(nr, ui_px(ui, SP_XS)), note, FONT_ITALIC, t->text_muted);
    }
    int row_h = 2 * ui_line_height(ui, FONT_REGULAR) + ui_px(ui, SP_M);
    int i;
    Rect row;
    ui_list_begin(ui, ui_id(ui, "list"), left, &v->list, v->row_count, row_h);
    while (ui_list_row(ui, &v->list, &i, &row)) draw_row(ui, row, sc, v, i);
    ui_list_end(ui, &v->list);
    ui_fill(ui, ui_cut_left(&area, 1), t->border);
    draw_details(ui, area, sc, v);
}

void screen_people(Ui *ui, Rect area, const Scenario *sc, PeopleView *v)
{
    if (v->sc != sc || v->sc_hash != sc->content_hash) screen_people_build(v, sc);
    const Theme *t = ui_theme(ui);
    ui_push_scope(ui, "people");
    ui_fill(ui, area, t->background);
    Rect bar = ui_cut_top(&area, screen_button_h(ui) + ui_px(ui, 2 * SP_S));
    static const char *const TABS[] = {"People", "What this incident involved"};
    Rect tabs = ui_inset(bar, ui_px(ui, SP_S));
    tabs.w = ui_px(ui, 420) < tabs.w ? ui_px(ui, 420) : tabs.w;
    v->tab = ui_tabs(ui, ui_id(ui, "tabs"), tabs, TABS, 2, v->tab);
    ui_fill(ui, (Rect){bar.x, bar.y + bar.h - 1, bar.w, 1}, t->border);
    if (v->tab == 0) draw_people(ui, area, sc, v);
    else screen_people_signals_draw(ui, area, v);
    ui_pop_scope(ui);
}
