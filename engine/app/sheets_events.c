/* sheets_events.c: a character sheet's "Your part in the incident": what
 * the person saw and did, from the items of the sources, told to them. */
#include <stdlib.h>
#include <string.h>
#include "core/util.h"
#include "sheets.h"

/* Long messages are cut: the sheet reminds the role-player of the moment,
 * the sources themselves hold the rest. */
enum { QUOTE_MAX = 220 };

/* One line of the list: an item, or a source the person opened (a pull
 * request they wrote, a ticket they reported). */
typedef struct SheetEvent { DojoTime at; int order; int item, source; } SheetEvent;

static int event_cmp(const void *a, const void *b)
{
    const SheetEvent *x = a, *y = b;
    bool nx = x->at == DOJO_TIME_NONE, ny = y->at == DOJO_TIME_NONE;
    if (nx != ny) return nx ? 1 : -1;       /* untimed last */
    if (!nx && x->at != y->at) return x->at < y->at ? -1 : 1;
    return (x->order > y->order) - (x->order < y->order);
}

static bool event_involves(const Item *it, int person)
{
    if (it->person == person) return true;
    if ((it->kind == ITEM_PAGED || it->kind == ITEM_ESCALATED) && it->other == person) return true;
    if (it->kind == ITEM_EVENT)
        for (int k = 0; k < it->people.n; k++)
            if (it->people.v[k] == person) return true;
    return false;
}

/* Order keeps ties in written order: a source before its own items. */
static SheetEvent *events_collect(const Scenario *sc, int person, int *count)
{
    SheetEvent *ev = NULL;
    int n = 0, cap = 0;
    for (int s = 0; s < sc->source_count; s++) {
        const Source *src = &sc->sources[s];
        bool wrote = (src->kind == SOURCE_PR || src->kind == SOURCE_TICKET) && src->author == person;
        if (wrote) *VEC_PUSH(ev, n, cap) = (SheetEvent){src->started, 2 * src->first_item, -1, s};
    }
    for (int i = 0; i < sc->item_count; i++) {
        const Item *it = &sc->items[i];
        /* a change is one event per file, however many hunks it has */
        if (it->kind == ITEM_HUNK && i > 0 && sc->items[i - 1].kind == ITEM_HUNK &&
            sc->items[i - 1].source == it->source && it->file && sc->items[i - 1].file &&
            strcmp(it->file, sc->items[i - 1].file) == 0)
            continue;
        if (event_involves(it, person))
            *VEC_PUSH(ev, n, cap) = (SheetEvent){it->at, 2 * i + 1, i, it->source};
    }
    if (n) qsort(ev, (size_t)n, sizeof *ev, event_cmp);
    *count = n;
    return ev;
}

/* Ends the sentence: ": “text”", or a full stop when there is no text. */
static void quote_tail(SheetText *t, const char *text)
{
    if (!text || !*text) {
        sheet_add(t, ".");
        return;
    }
    sheet_add(t, ": \xE2\x80\x9C");
    sheet_add_flat(t, text, QUOTE_MAX);
    sheet_add(t, "\xE2\x80\x9D");
}

static void quote_after(SheetText *t, const char *lead, const char *text)
{
    sheet_add(t, "%s", lead);
    quote_tail(t, text);
}

static const char *name_or(const Scenario *sc, int person, const char *none)
{
    return person >= 0 && person < sc->person_count ? sheet_person_name(sc, person) : none;
}

static void event_review(const Item *it, SheetText *t)
{
    const char *v = it->title ? it->title : "comment";
    if (strcmp(v, "approve") == 0) sheet_add(t, "You approved the pull request");
    else if (strcmp(v, "changes") == 0) sheet_add(t, "You asked for changes");
    else sheet_add(t, "You commented in review");
    if (it->file && strcmp(v, "comment") == 0) sheet_add(t, " on %s", it->file);
    quote_tail(t, it->text);
}

/* Alerts and pages name two people: who was paged or escalated to, and
 * who did it; the sentence depends on which one this sheet is for. */
static void event_alert(const Scenario *sc, const Item *it, int person, SheetText *t)
{
    bool to_them = it->person == person;
    if (it->kind == ITEM_PAGED && to_them)
        sheet_add(t, "You were paged%s%s", it->other >= 0 ? " by " : "", name_or(sc, it->other, ""));
    else if (it->kind == ITEM_PAGED) sheet_add(t, "You paged %s", name_or(sc, it->person, "someone"));
    else if (it->kind == ITEM_ESCALATED && to_them)
        sheet_add(t, "%s escalated to you", name_or(sc, it->other, "Someone"));
    else if (it->kind == ITEM_ESCALATED) sheet_add(t, "You escalated to %s", name_or(sc, it->person, "someone"));
    else if (it->kind == ITEM_ACKED) sheet_add(t, "You acknowledged the page");
    else if (it->kind == ITEM_RESOLVED) sheet_add(t, "You resolved %s", it->title ? it->title : "the alert");
    else sheet_add(t, "Alert %s fired", it->title ? it->title : "");
    quote_tail(t, it->text);
}

/* When something ends: the time alone when it ends on the day it began. */
static void event_until(const Scenario *sc, const Item *it, char *buf, int size)
{
    char from[32], to[32];
    sheet_time(sc, it->until, buf, size);
    if (it->at == DOJO_TIME_NONE || it->until == DOJO_TIME_NONE) return;
    time_format(it->at, sc->meta.utc_offset, from, sizeof from);
    time_format(it->until, sc->meta.utc_offset, to, sizeof to);
    if (strncmp(from, to, 10) == 0) time_format_hm(it->until, sc->meta.utc_offset, buf, size);
}

static void event_item(const Scenario *sc, const Item *it, int person, SheetText *t)
{
    char until[32];
    switch (it->kind) {
    case ITEM_MESSAGE:
        quote_after(t, it->parent >= 0 ? "You replied in a thread" : "You wrote", it->text);
        break;
    case ITEM_JOIN: sheet_add(t, "You joined the channel."); break;
    case ITEM_LEAVE: sheet_add(t, "You left the channel."); break;
    case ITEM_TURN: quote_after(t, "You said", it->text); break;
    case ITEM_HUNK:
        sheet_add(t, "Your change to %s%s.", it->file ? it->file : "the code",
                  it->at != DOJO_TIME_NONE && it->at == sc->sources[it->source].merged ? " was merged" : "");
        break;
    case ITEM_REVIEW: event_review(it, t); break;
    case ITEM_CHANGE:
        sheet_add(t, "You changed %s from \xE2\x80\x9C%s\xE2\x80\x9D to \xE2\x80\x9C%s\xE2\x80\x9D.",
                  it->title ? it->title : "a field", it->from ? it->from : "", it->to ? it->to : "");
        break;
    case ITEM_COMMENT: quote_after(t, "You commented", it->text); break;
    case ITEM_ANNOTATION: quote_after(t, "A note on the chart", it->text); break;
    case ITEM_SHIFT:
        event_until(sc, it, until, sizeof until);
        sheet_add(t, "You were on call (%s)%s%s%s%s.", it->title ? it->title : "shift",
                  it->other >= 0 && it->other < sc->team_count ? " for " : "",
                  it->other >= 0 && it->other < sc->team_count ? sc->teams[it->other].name : "",
                  until[0] ? " until " : "", until);
        break;
    case ITEM_EVENT:
        event_until(sc, it, until, sizeof until);
        sheet_add(t, "You were in \xE2\x80\x9C%s\xE2\x80\x9D%s%s%s", it->title ? it->title : "a meeting",
                  until[0] ? " (until " : "", until, until[0] ? ")" : "");
        quote_tail(t, it->text);
        break;
    case ITEM_SECTION: sheet_add(t, "You wrote \xE2\x80\x9C%s\xE2\x80\x9D.", it->title ? it->title : "a section"); break;
    default: event_alert(sc, it, person, t); break;
    }
}

static void event_source(const Source *src, SheetText *t)
{
    if (src->kind == SOURCE_PR) sheet_add(t, "You opened %s%s%s%s.", src->title, src->repo ? " (" : "",
                                          src->repo ? src->repo : "", src->repo ? ")" : "");
    else sheet_add(t, "You reported %s.", src->title);
}

void sheets_events_write(const Scenario *sc, int person, SheetText *t)
{
    int n;
    SheetEvent *ev = events_collect(sc, person, &n);
    sheet_add(t, "## Your part in the incident\n\n");
    if (!n) sheet_add(t, "You do not appear in the sources: what you know comes out only in the interview.\n");
    else {
        char day[32] = "";
        if (sc->meta.start != DOJO_TIME_NONE) time_format(sc->meta.start, sc->meta.utc_offset, day, sizeof day);
        sheet_add(t, "What you saw and did, from the incident's sources, in time order; times without a date "
                  "are on the day of the incident%s%.10s. The investigator may have read all of it.\n\n",
                  day[0] ? ", " : "", day);
    }
    for (int k = 0; k < n; k++) {
        char when[32];
        sheet_time(sc, ev[k].at, when, sizeof when);
        sheet_add(t, "- **%s** ", when[0] ? when : "No time");
        if (ev[k].item >= 0) event_item(sc, &sc->items[ev[k].item], person, t);
        else event_source(&sc->sources[ev[k].source], t);
        if (ev[k].item >= 0) sheet_add(t, " *(%s)*", sc->sources[ev[k].source].title);
        sheet_add(t, "\n");
    }
    sheet_add(t, "\n");
    free(ev);
}
