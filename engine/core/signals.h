/* signals.h: the signals and coordination metrics of an incident, computed
 * from the scenario's data (never typed in by its author), each with the
 * evidence behind it, for the signals panel and for rubrics.
 *
 * Rules (W = the incident window meta.start..meta.end, both ends included;
 * an end that is DOJO_TIME_NONE leaves that side open):
 * - An act is an item with a known time in W and an actor. The actor is
 *   Item.person for message, join, call turn, PR review, ticket change and
 *   comment, alert acked and resolved; for paged and escalated it is
 *   Item.other (who paged or escalated; -1 when automatic), since being paged
 *   is done to someone. Fired, leave, shift, event and the rest have none.
 *   A join is presence; every other act is a response.
 * - Participants: people with at least one act. Responders: people with at
 *   least one response (a lurker who only joined is not relied on).
 * - A team is involved when one of its people is a participant. Teams with
 *   Team.engineering count as engineering, all others as not; engineering
 *   works with non-engineering when both are involved.
 * - Two involved teams had worked together when either lists the other in
 *   worked_with (the relation is symmetric); other involved pairs are new.
 * - A service is involved when an alert fired in W names it (Item.other) or
 *   a metric source for it has a point in W. A new service is an involved one
 *   with is_new; a new interaction is a new_talks_to link whose two ends are
 *   both involved.
 * - A responder was not on call when they belong to an on-call rotation,
 *   Person.on_call is false and at least one of their responses falls
 *   outside every shift of theirs (shift at <= t < until; an until of
 *   DOJO_TIME_NONE never ends). Someone belongs to a rotation when their
 *   team is engineering or they hold any shift: a support agent answering
 *   tickets is doing their job, not helping out off duty. The evidence is
 *   the earliest such response.
 * - Channels: every chat source, over all its items whatever their time
 *   (who was drawn into the channel is the point, not when): members joined
 *   or posted, active members posted, lurkers are members who never posted.
 *   lurker_ratio = lurkers / active, -1 when nobody posted.
 * - Paged: distinct Item.person of paged items; escalations: escalated items;
 *   both over all alert items, as pages before W still cost coordination.
 * - Handoffs: every escalation; an ack by someone other than the current
 *   holder of the alert (holder: the last to ack or be escalated to, per
 *   alerts source in time order); a ticket change of the field "assignee"
 *   from one non-empty value to a different one.
 * - Calendar: events whose at..until overlaps W (at <= end and until > start;
 *   an event without until is the instant at), with Item.people attending.
 * - duration = end - start; time_to_detect = first fired - start;
 *   time_to_ack = first acked - the alert it names (default: the first
 *   fired); -1 when not derivable or negative.
 * Everything is listed in ascending index order, and "first" means earliest
 * time, then lowest index, so the result never depends on hashing. */
#ifndef DOJO_SIGNALS_H
#define DOJO_SIGNALS_H

#include <stdbool.h>
#include <cJSON.h>
#include "model.h"

typedef struct SignalsTeam { int team, participants, first_item; } SignalsTeam;
typedef struct SignalsPair { int a, b; } SignalsPair;             /* team or service */
typedef struct SignalsService { int service, item, source; } SignalsService; /* -1 if none */
typedef struct SignalsPerson { int person, item; } SignalsPerson; /* item: evidence */

typedef struct SignalsChannel {
    int source;
    IdxList members, active, lurkers;   /* person indices, ascending */
    double lurker_ratio;                /* lurkers / active; -1 if none active */
} SignalsChannel;

typedef struct Signals {
    Arena arena;                        /* owns every array below */
    long long duration, time_to_detect, time_to_ack;   /* seconds; -1 unknown */
    int first_fired, first_acked;       /* items, -1 */
    SignalsPerson *participants; int participant_count;   /* item: first act */
    SignalsPerson *responders;   int responder_count;     /* item: first response */
    SignalsTeam *teams;          int team_count;          /* involved teams */
    int engineering_teams, other_teams;
    bool engineering_with_other;
    SignalsPair *new_pairs;      int new_pair_count;      /* teams, a < b */
    SignalsService *services;    int service_count;       /* involved */
    IdxList new_services;                                 /* service indices */
    SignalsPair *new_links;      int new_link_count;      /* services from -> to */
    SignalsPerson *not_on_call;  int not_on_call_count;   /* item: uncovered act */
    SignalsChannel *channels;    int channel_count;
    SignalsPerson *paged;        int paged_count;         /* item: first page */
    IdxList escalations, handoffs;                        /* items, by time */
    IdxList events;                                       /* calendar items */
} Signals;

void signals_compute(const Scenario *sc, Signals *out);

/* Which SignalKinds an incident shows (signals_triage.c), by one set of
 * rules for the own incident (from s) and for a decoy (from its facts):
 * - many_teams: more than 2 teams involved.
 * - new_team_pairs: two involved teams that had not worked together.
 * - eng_with_other: engineering and non-engineering teams involved.
 * - new_service: an involved service is new, or a new interaction links
 *   two involved services.
 * - not_on_call: a responder not on call (own: the rule above; decoy: a
 *   responder on an engineering team who is not in its on_call list).
 * - lurkers: a channel with at least as many lurkers as active members
 *   (decoy: channel people minus responders >= responders > 0).
 * - big_event: a calendar event of the scenario overlaps the incident
 *   (decoy: at .. at + minutes).
 * - coordination: 3 or more people paged, or 2 or more handoffs, counted
 *   in the incident's window only.
 * - near_miss and recurring: declared on the case (near_miss, repeats).
 * own is the own incident's triage case or NULL. */
SignalSet signals_present(const Signals *s, const Scenario *sc, const TriageCase *own);
SignalSet signals_of_decoy(const Scenario *sc, const TriageCase *c);
/* Fills every case's signals and sc->own_signals; the loader calls it. */
void signals_classify_cases(Scenario *sc);
void signals_destroy(Signals *s);

/* The figures with ids instead of indices; the caller deletes it. */
cJSON *signals_to_json(const Signals *s, const Scenario *sc);

#endif
