/* screen_source_text.c: sources as plain text, built once when a source is
 * shown. Every line says when and who, so nothing needs a special view to
 * be read. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "screen_source_text.h"


const char *screen_source_person(const Scenario *sc, int person)
{
    return person >= 0 && person < sc->person_count ? sc->people[person].name : "someone";
}

void screen_source_time(const Scenario *sc, DojoTime t, char *buf, int size)
{
    if (t == DOJO_TIME_NONE) {
        buf[0] = 0;
        return;
    }
    char day[32], start[32];
    time_format(t, sc->meta.utc_offset, day, sizeof day);
    time_format(sc->meta.start, sc->meta.utc_offset, start, sizeof start);
    if (strncmp(day, start, 10) == 0) time_format_hm(t, sc->meta.utc_offset, buf, size);
    else snprintf(buf, (size_t)size, "%s", day);
}

/* What happened in an item, in words, for the kinds whose text alone does
 * not say it. */
static const char *item_verb(ItemKind k)
{
    switch (k) {
    case ITEM_JOIN: return "joined";
    case ITEM_LEAVE: return "left";
    case ITEM_FIRED: return "alert fired";
    case ITEM_PAGED: return "paged";
    case ITEM_ACKED: return "acknowledged";
    case ITEM_ESCALATED: return "escalated";
    case ITEM_RESOLVED: return "resolved";
    case ITEM_HUNK: return "diff hunk";
    case ITEM_REVIEW: return "review";
    case ITEM_CHANGE: return "changed";
    case ITEM_ANNOTATION: return "annotation";
    case ITEM_SHIFT: return "on call";
    case ITEM_EVENT: return "event";
    default: return NULL;
    }
}

static void add_item(StrBuf *b, const Scenario *sc, const Item *it)
{
    char at[32], until[32];
    screen_source_time(sc, it->at, at, sizeof at);
    screen_source_time(sc, it->until, until, sizeof until);
    const char *verb = item_verb(it->kind);
    strbuf_addf(b, "%s%s%s", at, at[0] ? "  " : "", it->person >= 0 ? screen_source_person(sc, it->person) : "");
    if (verb) strbuf_addf(b, "%s%s", it->person >= 0 ? ", " : "", verb);
    /* other names a service for an alert, a team for a shift, the alert for
     * an acknowledgement, else a person */
    if (it->other >= 0 && it->kind == ITEM_FIRED && it->other < sc->service_count)
        strbuf_addf(b, " on %s", sc->services[it->other].name);
    else if (it->other >= 0 && it->kind == ITEM_SHIFT && it->other < sc->team_count)
        strbuf_addf(b, " for %s", sc->teams[it->other].name);
    else if (it->other >= 0 && it->kind == ITEM_ACKED && it->other < sc->item_count)
        strbuf_addf(b, " %s", sc->items[it->other].title ? sc->items[it->other].title : sc->items[it->other].id);
    else if (it->other >= 0) strbuf_addf(b, " (by %s)", screen_source_person(sc, it->other));
    if (it->title) strbuf_addf(b, ": %s", it->title);
    if (it->severity) strbuf_addf(b, " [%s]", it->severity);
    if (it->file) strbuf_addf(b, " %s%s%d", it->file, it->line > 0 ? ":" : "", it->line > 0 ? it->line : 0);
    if (until[0]) strbuf_addf(b, " until %s", until);
    if (it->from || it->to) strbuf_addf(b, " from \"%s\" to \"%s\"", it->from ? it->from : "", it->to ? it->to : "");
    if (it->text && it->text[0] && it->kind != ITEM_HUNK) strbuf_addf(b, "\n%s", it->text);
    for (int k = 0; k < it->people.n; k++)
        strbuf_addf(b, "%s%s", k ? ", " : "\nWith ", screen_source_person(sc, it->people.v[k]));
    strbuf_addf(b, "\n\n");
}

static void add_header(StrBuf *b, const Scenario *sc, const Source *s)
{
    char a[32], z[32];
    screen_source_time(sc, s->started, a, sizeof a);
    screen_source_time(sc, s->ended, z, sizeof z);
    if (s->key) strbuf_addf(b, "%s\n", s->key);
    if (s->repo) strbuf_addf(b, "%s #%d by %s\n", s->repo, s->number, screen_source_person(sc, s->author));
    else if (s->kind == SOURCE_TICKET && s->author >= 0) strbuf_addf(b, "Reported by %s\n", screen_source_person(sc, s->author));
    if (s->assignee >= 0 && s->kind == SOURCE_TICKET) strbuf_addf(b, "Assigned to %s\n", screen_source_person(sc, s->assignee));
    const char *began = s->kind == SOURCE_CALL ? "Call from" : s->kind == SOURCE_DOCUMENT ? "Updated" : "Opened";
    if (a[0]) strbuf_addf(b, "%s %s%s%s\n", began, a, z[0] ? (s->kind == SOURCE_CALL ? " to " : ", closed ") : "", z);
    if (s->merged != DOJO_TIME_NONE) {
        screen_source_time(sc, s->merged, a, sizeof a);
        strbuf_addf(b, "Merged %s\n", a);
    }
    for (int k = 0; k < s->people.n; k++)
        strbuf_addf(b, "%s%s", k ? ", " : (s->kind == SOURCE_PR ? "Reviewers: " : "Attendees: "), screen_source_person(sc, s->people.v[k]));
    if (s->people.n) strbuf_addf(b, "\n");
    if (s->unit) strbuf_addf(b, "Unit: %s%s%s\n", s->unit, s->service >= 0 ? ", service " : "", s->service >= 0 ? sc->services[s->service].name : "");
    if (s->doc_kind) strbuf_addf(b, "Kind: %s\n", s->doc_kind);
    for (int k = 0; k < s->field_count; k++) strbuf_addf(b, "%s: %s\n", s->fields[k].name, s->fields[k].value);
    if (s->topic) strbuf_addf(b, "Topic: %s\n", s->topic);
    if (b->len) strbuf_addf(b, "\n");
    if (s->description) strbuf_addf(b, "%s\n\n", s->description);
    if (s->text) strbuf_addf(b, "%s\n\n", s->text);
    for (int k = 0; k < s->point_count; k++) {
        screen_source_time(sc, s->points[k].at, a, sizeof a);
        strbuf_addf(b, "%s  %g%s%s\n", a, s->points[k].value, s->unit ? " " : "", s->unit ? s->unit : "");
    }
    if (s->point_count) strbuf_addf(b, "\n");
}

const char *screen_source_text(Arena *arena, const Scenario *sc, int source, const char **code)
{
    const Source *s = &sc->sources[source];
    StrBuf b = {0};
    add_header(&b, sc, s);
    for (int i = s->first_item; i < s->first_item + s->item_count; i++) add_item(&b, sc, &sc->items[i]);
    while (b.len && b.s[b.len - 1] == '\n') b.s[--b.len] = 0;
    const char *text = arena_strdup(arena, b.s ? b.s : "");
    free(b.s);
    *code = s->diff && s->diff[0] ? s->diff : NULL;
    return text;
}
