/* model.c: the scenario's lifetime, its id table and the names of its
 * enumerations as scenario files and saves spell them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "model.h"

Scenario *scenario_create(void)
{
    Scenario *sc = xcalloc(1, sizeof *sc);
    sc->meta.start = sc->meta.end = DOJO_TIME_NONE;
    return sc;
}

void scenario_destroy(Scenario *sc)
{
    if (!sc) return;
    strmap_destroy(&sc->ids);
    free(sc->entities);
    arena_destroy(&sc->arena);
    free(sc);
}

bool scenario_add_id(Scenario *sc, const char *id, EntityType type, int index)
{
    if (strmap_get(&sc->ids, id) >= 0) return false;
    Entity *e = VEC_PUSH(sc->entities, sc->entity_count, sc->entity_cap);
    e->type = type;
    e->index = index;
    strmap_put(&sc->ids, id, sc->entity_count - 1);
    return true;
}

const Entity *scenario_lookup(const Scenario *sc, const char *id)
{
    int i = id ? strmap_get(&sc->ids, id) : -1;
    return i < 0 ? NULL : &sc->entities[i];
}

int scenario_find(const Scenario *sc, const char *id, EntityType type)
{
    const Entity *e = scenario_lookup(sc, id);
    return e && e->type == type ? e->index : -1;
}

static const char *const source_kind_names[SOURCE_KIND_COUNT] = {
    "chat", "call", "pr", "ticket", "alerts", "metric", "oncall", "calendar", "document",
};

static const char *const item_kind_names[ITEM_KIND_COUNT] = {
    "message", "join", "leave", "turn", "hunk", "review", "change", "comment",
    "fired", "paged", "acked", "escalated", "resolved", "annotation", "shift",
    "event", "section",
};

static const char *const marker_names[MARKER_COUNT] = {
    "", "detection", "diagnosis", "repair", "key_moment",
};

static const char *const category_names[CATEGORY_COUNT] = {
    "investigation", "interviews", "facilitation", "analysis", "action_items",
};

const char *model_source_kind_name(SourceKind k)
{
    return (unsigned)k < SOURCE_KIND_COUNT ? source_kind_names[k] : "?";
}

const char *model_item_kind_name(ItemKind k)
{
    return (unsigned)k < ITEM_KIND_COUNT ? item_kind_names[k] : "?";
}

const char *model_marker_name(Marker m)
{
    return (unsigned)m < MARKER_COUNT ? marker_names[m] : "?";
}

bool model_marker_parse(const char *s, Marker *out)
{
    for (int i = 1; i < MARKER_COUNT; i++)
        if (strcmp(s, marker_names[i]) == 0) { *out = (Marker)i; return true; }
    return false;
}

const char *model_category_name(Category c)
{
    return (unsigned)c < CATEGORY_COUNT ? category_names[c] : "?";
}

bool model_category_parse(const char *s, Category *out)
{
    for (int i = 0; i < CATEGORY_COUNT; i++)
        if (strcmp(s, category_names[i]) == 0) { *out = (Category)i; return true; }
    return false;
}

static const char *const guide_section_names[GUIDE_SECTION_COUNT] = {
    "triage", "sources", "timeline", "people", "interviews", "meeting", "report", "debrief",
};

const char *model_guide_section_name(GuideSection g)
{
    return (unsigned)g < GUIDE_SECTION_COUNT ? guide_section_names[g] : "?";
}

bool model_guide_section_parse(const char *s, GuideSection *out)
{
    for (int i = 0; i < GUIDE_SECTION_COUNT; i++)
        if (strcmp(s, guide_section_names[i]) == 0) { *out = (GuideSection)i; return true; }
    return false;
}

static const char *const signal_names[SIGNAL_KIND_COUNT] = {
    "many_teams", "new_team_pairs", "eng_with_other", "new_service", "not_on_call",
    "lurkers", "big_event", "coordination", "near_miss", "recurring",
};

static const char *const signal_docs[SIGNAL_KIND_COUNT] = {
    "More than two teams took part.",
    "Teams took part that had never worked together before.",
    "Engineering worked with a non-engineering team (support, communications, legal ...).",
    "A new service, or a new interaction between services, was involved.",
    "The response relied on someone who was not on call.",
    "The incident channel drew at least as many watchers as active responders.",
    "It happened during a big event on the calendar.",
    "Coordination was costly: three or more people paged, or two or more handoffs.",
    "A near miss: no customer noticed.",
    "The trigger has happened before.",
};

const char *model_signal_name(SignalKind k)
{
    return (unsigned)k < SIGNAL_KIND_COUNT ? signal_names[k] : "?";
}

const char *model_signal_doc(SignalKind k)
{
    return (unsigned)k < SIGNAL_KIND_COUNT ? signal_docs[k] : "?";
}

bool model_signal_parse(const char *s, SignalKind *out)
{
    for (int i = 0; i < SIGNAL_KIND_COUNT; i++)
        if (strcmp(s, signal_names[i]) == 0) { *out = (SignalKind)i; return true; }
    return false;
}

static const char *const question_kind_names[QUESTION_KIND_COUNT] = {
    "open", "cue", "knowledge", "goals", "options", "normal_work", "help",
    "closed", "leading", "blaming", "counterfactual",
};

const char *model_question_kind_name(QuestionKind k)
{
    return (unsigned)k < QUESTION_KIND_COUNT ? question_kind_names[k] : "?";
}

bool model_question_kind_parse(const char *s, QuestionKind *out)
{
    for (int i = 0; i < QUESTION_KIND_COUNT; i++)
        if (strcmp(s, question_kind_names[i]) == 0) { *out = (QuestionKind)i; return true; }
    return false;
}

bool model_question_kind_opens(QuestionKind k) { return k <= QUESTION_HELP; }

static const char *const trait_names[TRAIT_COUNT] = {
    "steady", "dominant", "quiet_expert", "defensive", "wants_actions", "lurker"};
static const char *const beat_names[BEAT_KIND_COUNT] = {"opening", "timeline", "deep_dive", "themes", "close"};
static const char *const move_names[MOVE_KIND_COUNT] = {
    "ground_rules", "walk_timeline", "invite", "make_sense", "redirect_blame", "pause", "park",
    "summarise", "check_time", "go_deeper", "next_beat"};
static const char *const mevent_names[MEVENT_KIND_COUNT] = {"blame", "push_fixes", "side_talk", "holds_piece"};

static int name_index(const char *const *names, int n, const char *s)
{
    for (int i = 0; s && i < n; i++)
        if (strcmp(s, names[i]) == 0) return i;
    return -1;
}

const char *model_trait_name(Trait t) { return (unsigned)t < TRAIT_COUNT ? trait_names[t] : "?"; }
const char *model_beat_kind_name(BeatKind k) { return (unsigned)k < BEAT_KIND_COUNT ? beat_names[k] : "?"; }
const char *model_move_name(MoveKind k) { return (unsigned)k < MOVE_KIND_COUNT ? move_names[k] : "?"; }
const char *model_mevent_kind_name(MeetingEventKind k)
{
    return (unsigned)k < MEVENT_KIND_COUNT ? mevent_names[k] : "?";
}

bool model_trait_parse(const char *s, Trait *out)
{
    int i = name_index(trait_names, TRAIT_COUNT, s);
    if (i >= 0) *out = (Trait)i;
    return i >= 0;
}

bool model_beat_kind_parse(const char *s, BeatKind *out)
{
    int i = name_index(beat_names, BEAT_KIND_COUNT, s);
    if (i >= 0) *out = (BeatKind)i;
    return i >= 0;
}

bool model_move_parse(const char *s, MoveKind *out)
{
    int i = name_index(move_names, MOVE_KIND_COUNT, s);
    if (i >= 0) *out = (MoveKind)i;
    return i >= 0;
}

bool model_mevent_kind_parse(const char *s, MeetingEventKind *out)
{
    int i = name_index(mevent_names, MEVENT_KIND_COUNT, s);
    if (i >= 0) *out = (MeetingEventKind)i;
    return i >= 0;
}

int model_attendee_of(const Scenario *sc, int person)
{
    for (int i = 0; i < sc->attendee_count; i++)
        if (sc->attendees[i].person == person) return i;
    return -1;
}

int model_interviewee_of(const Scenario *sc, int person)
{
    for (int i = 0; i < sc->interviewee_count; i++)
        if (sc->interviewees[i].person == person) return i;
    return -1;
}

static long text_len(const char *s) { return s ? (long)strlen(s) : 0; }

long model_source_text_length(const Scenario *sc, int source)
{
    const Source *src = &sc->sources[source];
    long n = text_len(src->title) + text_len(src->topic) + text_len(src->description) +
             text_len(src->diff) + text_len(src->text);
    for (int i = 0; i < src->field_count; i++)
        n += text_len(src->fields[i].name) + text_len(src->fields[i].value);
    n += (long)src->point_count * 8;
    for (int i = 0; i < src->item_count; i++) {
        const Item *it = &sc->items[src->first_item + i];
        n += text_len(it->title) + text_len(it->text) + text_len(it->from) + text_len(it->to);
    }
    return n;
}

bool model_event_is_big(const Scenario *sc, int item)
{
    const Item *it = &sc->items[item];
    return it->kind == ITEM_EVENT && (!sc->big_events || it->big);
}

const char *model_entity_id(const Scenario *sc, Entity e)
{
    switch (e.type) {
    case ENT_TEAM: return sc->teams[e.index].id;
    case ENT_SERVICE: return sc->services[e.index].id;
    case ENT_PERSON: return sc->people[e.index].id;
    case ENT_SOURCE: return sc->sources[e.index].id;
    case ENT_ITEM: return sc->items[e.index].id;
    case ENT_CRITERION: return sc->criteria[e.index].id;
    case ENT_CASE: return sc->cases[e.index].id;
    case ENT_FACT: return sc->facts[e.index].id;
    case ENT_QUESTION: return sc->questions[e.index].id;
    case ENT_BEAT: return sc->beats[e.index].id;
    case ENT_MEVENT: return sc->mevents[e.index].id;
    case ENT_INSIGHT: return sc->insights[e.index].id;
    case ENT_GUIDE: return sc->guide[e.index].id;
    }
    return "?";
}

static const char *name_of(const Scenario *sc, int person)
{
    return person >= 0 && person < sc->person_count && sc->people[person].name ? sc->people[person].name : "";
}

/* Appends text on one line (newlines as spaces), cut with "..." to fit. */
static void label_add(char *buf, size_t size, const char *text)
{
    size_t n = strlen(buf);
    const char *p = text ? text : "";
    for (; *p && n + 1 < size; p++) buf[n++] = *p == '\n' ? ' ' : *p;
    buf[n] = 0;
    if (!*p || size < 5) return;
    size_t cut = size - 4;   /* never inside a UTF-8 sequence */
    while (cut > 0 && ((unsigned char)buf[cut] & 0xC0) == 0x80) cut--;
    memcpy(buf + cut, "...", 4);
}

void model_entity_label(const Scenario *sc, Entity e, char *buf, size_t size)
{
    if (!size) return;
    buf[0] = 0;
    if (e.type == ENT_ITEM) {
        const Item *it = &sc->items[e.index];
        char when[16] = "";
        if (it->at != DOJO_TIME_NONE) time_format_hm(it->at, sc->meta.utc_offset, when, sizeof when);
        if (it->kind == ITEM_HUNK) {   /* a diff reads badly on one line: name the place */
            snprintf(buf, size, "%s: %s, line %d", sc->sources[it->source].title, it->file ? it->file : "diff",
                     it->line);
            return;
        }
        snprintf(buf, size, "%s%s%s%s%s: ", sc->sources[it->source].title, *when ? ", " : "", when,
                 it->person >= 0 ? ", " : "", name_of(sc, it->person));
        label_add(buf, size, it->text ? it->text : it->title);
    } else if (e.type == ENT_FACT) {
        snprintf(buf, size, "%s (interview): ", name_of(sc, sc->facts[e.index].person));
        label_add(buf, size, sc->facts[e.index].text);
    } else if (e.type == ENT_SOURCE) {
        label_add(buf, size, sc->sources[e.index].title);
    } else if (e.type == ENT_CASE) {
        label_add(buf, size, sc->cases[e.index].title);
    } else if (e.type == ENT_PERSON) {
        label_add(buf, size, name_of(sc, e.index));
    } else if (e.type == ENT_QUESTION) {
        snprintf(buf, size, "Question to %s: ", name_of(sc, sc->interviewees[sc->questions[e.index].interviewee].person));
        label_add(buf, size, sc->questions[e.index].text);
    } else {
        label_add(buf, size, model_entity_id(sc, e));
    }
}
