/* build_meeting.c: the review meeting from its nodes: the meeting{} with
 * its attendees and agenda beats, then the events and insights, which
 * name beats and attendees. */
#include <string.h>
#include "build_internal.h"

static void meeting_children(Build *b, const Node *n)
{
    Scenario *sc = b->sc;
    for (int i = 0; i < n->child_count; i++) {
        const Node *c = &b->ld->nodes[n->children[i]];
        if (c->kind == NODE_BEAT) {
            Beat *bt = &sc->beats[sc->beat_count];
            *bt = (Beat){.id = build_str(b, c, "id"), .title = build_str(b, c, "title"),
                         .minutes = build_int(b, c, "minutes", 0), .loc = build_loc(c)};
            const char *kind = build_str(b, c, "kind");
            if (kind) model_beat_kind_parse(kind, &bt->kind);
            if (bt->minutes < 1 || bt->minutes > 600)
                ERR(b, c, "bad-value", "beat minutes must be from 1 to 600, not %d", bt->minutes);
            build_add_id(b, c, bt->id, ENT_BEAT, sc->beat_count++);
            continue;
        }
        int p = build_resolve(b, c, "who", build_str(b, c, "who"), ENT_PERSON);
        if (p < 0) continue;
        if (model_attendee_of(sc, p) >= 0) {
            ERR(b, c, "duplicate-id", "'%s' is already an attendee of the meeting", sc->people[p].id);
            continue;
        }
        Attendee *a = &sc->attendees[sc->attendee_count++];
        *a = (Attendee){.person = p, .trait = TRAIT_STEADY, .loc = build_loc(c)};
        const char *trait = build_str(b, c, "trait");
        if (trait) model_trait_parse(trait, &a->trait);
    }
}

void build_meeting(Build *b)
{
    Scenario *sc = b->sc;
    const Node *meeting = NULL;
    for (int i = 0; i < b->ld->node_count; i++) {
        const Node *n = &b->ld->nodes[i];
        if (n->kind != NODE_MEETING || n->parent >= 0) continue;
        if (meeting) {
            ERR(b, n, "duplicate-id", "meeting{} is called again; the first call is at line %d", meeting->line);
            continue;
        }
        meeting = n;
    }
    if (!meeting) return;
    sc->meeting_title = build_str(b, meeting, "title");
    sc->meeting_minutes = build_int(b, meeting, "minutes", 0);
    if (sc->meeting_minutes < 1 || sc->meeting_minutes > 1440)
        ERR(b, meeting, "bad-value", "meeting minutes must be from 1 to 1440, not %d", sc->meeting_minutes);
    sc->attendees = arena_alloc(&sc->arena, sizeof *sc->attendees * (size_t)(meeting->child_count + 1));
    sc->beats = arena_alloc(&sc->arena, sizeof *sc->beats * (size_t)(meeting->child_count + 1));
    meeting_children(b, meeting);
    if (!sc->beat_count) ERR(b, meeting, "missing-field", "meeting{} needs at least one beat{} in its agenda");
    if (!sc->attendee_count) ERR(b, meeting, "missing-field", "meeting{} needs at least one attendee{}");
}

/* The attendee a person id names, or -1 with a message saying why. */
static int attendee_ref(Build *b, const Node *n, const char *id)
{
    int p = build_resolve(b, n, "who", id, ENT_PERSON);
    if (p < 0) return -1;
    int a = model_attendee_of(b->sc, p);
    if (a < 0) ERR(b, n, "dangling-ref", "who '%s' does not attend the meeting: add attendee{ who = \"%s\" } "
                   "to meeting{}", id, id);
    return a;
}

void build_mevent(Build *b, const Node *n, MeetingEvent *e)
{
    e->text = build_str(b, n, "text");
    e->attendee = attendee_ref(b, n, build_str(b, n, "who"));
    e->beat = build_resolve(b, n, "beat", build_str(b, n, "beat"), ENT_BEAT);
    e->after = build_int(b, n, "after", 1);
    e->target = build_resolve(b, n, "target", build_str(b, n, "target"), ENT_PERSON);
    e->cond = build_data_cond(b, n, "when", "meeting_event", e->id);
    const char *kind = build_str(b, n, "kind");
    if (kind) model_mevent_kind_parse(kind, &e->kind);
    if (e->after < 0 || e->after > 100) ERR(b, n, "bad-value", "meeting_event after must be from 0 to 100");
    if (e->kind == MEVENT_BLAME && e->target < 0)
        WARN(b, n, "missing-field", "a blame event names no target: say whom it blames (target = \"id\")");
}

void build_insight(Build *b, const Node *n, Insight *in)
{
    in->text = build_str(b, n, "text");
    in->attendee = attendee_ref(b, n, build_str(b, n, "who"));
    const char *beat = build_str(b, n, "beat");
    in->beat = beat ? build_resolve(b, n, "beat", beat, ENT_BEAT) : -1;
    in->openness = build_int(b, n, "openness", 50);
    const char *needs = build_str(b, n, "needs");
    in->needs = MOVE_INVITE;
    if (needs) model_move_parse(needs, &in->needs);
    if (in->openness < 0 || in->openness > 100)
        ERR(b, n, "bad-value", "insight openness must be from 0 to 100, not %d", in->openness);
}
