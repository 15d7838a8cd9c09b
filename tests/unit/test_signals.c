/* test_signals.c: every signal and coordination metric checked against
 * values counted by hand in a small scenario built in C (see the comments
 * on each check), plus determinism and an empty scenario. */
#include <stdlib.h>
#include <string.h>
#include <cJSON.h>
#include "core/model.h"
#include "core/signals.h"
#include "testing.h"

#define T0 1773480000
#define M(x) ((DojoTime)T0 + 60 * (x))      /* minutes from the window start */

enum { PAYMENTS, PLATFORM, SUPPORT, LEGAL, TEAM_N };
enum { CHECKOUT, LEDGER, FRAUD, EMAIL, SERVICE_N };
enum { ANA, BEN, CHO, DEV, EVE, FAY, GUS, PERSON_N };
enum { S_INC, S_COMMS, S_CALL, S_ALERTS, S_TICKET, S_FRAUD, S_LEDGER, S_ONCALL, S_CAL, S_PR,
       SOURCE_N };
#define ITEM_N 33

static IdxList ints(Scenario *sc, int n, const int *v)
{
    IdxList l = { arena_alloc(&sc->arena, (size_t)(n ? n : 1) * sizeof(int)), n };
    if (n) memcpy(l.v, v, (size_t)n * sizeof(int));
    return l;
}

static void add_team(Scenario *sc, int i, const char *id, const char *kind, bool eng, int size,
                     int worked_n, const int *worked)
{
    Team *t = &sc->teams[i];
    t->id = t->name = id;
    t->kind = kind;
    t->engineering = eng;
    t->size = size;
    t->worked_with = ints(sc, worked_n, worked);
}

static void add_service(Scenario *sc, int i, const char *id, int team, bool is_new,
                        int new_to)
{
    Service *v = &sc->services[i];
    v->id = v->name = id;
    v->team = team;
    v->is_new = is_new;
    if (new_to >= 0) v->talks_to = v->new_talks_to = ints(sc, 1, &new_to);
}

static void add_person(Scenario *sc, int i, const char *id, int team, bool on_call)
{
    Person *p = &sc->people[i];
    p->id = p->name = id;
    p->team = team;
    p->on_call = on_call;
}

static void add_source(Scenario *sc, int i, const char *id, SourceKind kind, int first, int n)
{
    Source *s = &sc->sources[i];
    s->id = s->title = id;
    s->kind = kind;
    s->first_item = first;
    s->item_count = n;
    s->author = s->assignee = s->service = -1;
}

static Item *add_item(Scenario *sc, int i, ItemKind kind, int source, DojoTime at, int person,
                      int other)
{
    static const char *const ids[ITEM_N] = {
        "i0", "i1", "i2", "i3", "i4", "i5", "i6", "i7", "i8", "i9", "i10", "i11", "i12",
        "i13", "i14", "i15", "i16", "i17", "i18", "i19", "i20", "i21", "i22", "i23", "i24",
        "i25", "i26", "i27", "i28", "i29", "i30", "i31", "i32" };
    Item *it = &sc->items[i];
    it->id = ids[i];
    it->kind = kind;
    it->source = source;
    it->at = at;
    it->until = DOJO_TIME_NONE;
    it->person = person;
    it->other = other;
    it->parent = -1;
    return it;
}

static void add_metric(Scenario *sc, int source, int service, DojoTime at)
{
    Source *s = &sc->sources[source];
    s->service = service;
    s->points = arena_alloc(&sc->arena, 2 * sizeof *s->points);
    s->points[0] = (MetricPoint){ at, 1.0 };
    s->points[1] = (MetricPoint){ at + 600, 2.0 };
    s->point_count = 2;
}

static void build_org(Scenario *sc)
{
    sc->teams = arena_alloc(&sc->arena, TEAM_N * sizeof *sc->teams);
    sc->team_count = TEAM_N;
    int payments = PAYMENTS, support = SUPPORT;
    /* Only platform declares payments: the history must be read both ways. */
    add_team(sc, PAYMENTS, "payments", "engineering", true, 5, 0, NULL);
    add_team(sc, PLATFORM, "platform", "engineering", true, 8, 1, &payments);
    add_team(sc, SUPPORT, "support", "support", false, 12, 0, NULL);
    add_team(sc, LEGAL, "legal", "legal", false, 3, 1, &support);
    sc->services = arena_alloc(&sc->arena, SERVICE_N * sizeof *sc->services);
    sc->service_count = SERVICE_N;
    add_service(sc, CHECKOUT, "checkout", PAYMENTS, false, FRAUD);
    add_service(sc, LEDGER, "ledger", PAYMENTS, false, -1);
    add_service(sc, FRAUD, "fraud-score", PLATFORM, true, -1);
    add_service(sc, EMAIL, "email", SUPPORT, true, LEDGER);
    sc->people = arena_alloc(&sc->arena, PERSON_N * sizeof *sc->people);
    sc->person_count = PERSON_N;
    add_person(sc, ANA, "ana", PAYMENTS, true);
    add_person(sc, BEN, "ben", PAYMENTS, false);
    add_person(sc, CHO, "cho", PLATFORM, false);   /* covered by a shift */
    add_person(sc, DEV, "dev", PLATFORM, false);   /* shift ends before he acts */
    add_person(sc, EVE, "eve", SUPPORT, false);
    add_person(sc, FAY, "fay", SUPPORT, false);    /* only joins */
    add_person(sc, GUS, "gus", LEGAL, false);      /* joins before the window */
}

static void build_sources(Scenario *sc)
{
    sc->sources = arena_alloc(&sc->arena, SOURCE_N * sizeof *sc->sources);
    sc->source_count = SOURCE_N;
    add_source(sc, S_INC, "inc-checkout", SOURCE_CHAT, 0, 11);
    add_source(sc, S_COMMS, "inc-comms", SOURCE_CHAT, 11, 4);
    add_source(sc, S_CALL, "bridge", SOURCE_CALL, 15, 2);
    add_source(sc, S_ALERTS, "alerts", SOURCE_ALERTS, 17, 8);
    add_source(sc, S_TICKET, "SUP-1", SOURCE_TICKET, 25, 2);
    add_source(sc, S_FRAUD, "fraud-latency", SOURCE_METRIC, 27, 0);
    add_source(sc, S_LEDGER, "ledger-writes", SOURCE_METRIC, 27, 0);
    add_source(sc, S_ONCALL, "oncall", SOURCE_ONCALL, 27, 2);
    add_source(sc, S_CAL, "calendar", SOURCE_CALENDAR, 29, 3);
    add_source(sc, S_PR, "pr-7", SOURCE_PR, 32, 1);
    add_metric(sc, S_FRAUD, FRAUD, M(10));      /* inside the window */
    add_metric(sc, S_LEDGER, LEDGER, M(-100));  /* before it */
}

static void build_chat(Scenario *sc)
{
    add_item(sc, 0, ITEM_JOIN, S_INC, M(3), ANA, -1);
    add_item(sc, 1, ITEM_MESSAGE, S_INC, M(4), ANA, -1);
    add_item(sc, 2, ITEM_JOIN, S_INC, M(5), BEN, -1);
    add_item(sc, 3, ITEM_MESSAGE, S_INC, M(6), BEN, -1);
    add_item(sc, 4, ITEM_JOIN, S_INC, M(8), EVE, -1);
    add_item(sc, 5, ITEM_JOIN, S_INC, M(9), FAY, -1);
    add_item(sc, 6, ITEM_MESSAGE, S_INC, M(10), EVE, -1);
    add_item(sc, 7, ITEM_JOIN, S_INC, M(12), CHO, -1);
    add_item(sc, 8, ITEM_MESSAGE, S_INC, M(14), CHO, -1);
    add_item(sc, 9, ITEM_LEAVE, S_INC, M(30), FAY, -1);
    add_item(sc, 10, ITEM_JOIN, S_INC, M(15), DEV, -1);
    add_item(sc, 11, ITEM_JOIN, S_COMMS, M(-30), GUS, -1);
    add_item(sc, 12, ITEM_MESSAGE, S_COMMS, M(20), EVE, -1);
    add_item(sc, 13, ITEM_JOIN, S_COMMS, M(21), ANA, -1);
    add_item(sc, 14, ITEM_MESSAGE, S_COMMS, M(70), BEN, -1);   /* after the window */
    add_item(sc, 15, ITEM_TURN, S_CALL, M(20), DEV, -1);
    add_item(sc, 16, ITEM_TURN, S_CALL, M(25), CHO, -1);
}

static void build_alerts_and_rest(Scenario *sc)
{
    add_item(sc, 17, ITEM_FIRED, S_ALERTS, M(2), -1, CHECKOUT)->title = "CheckoutErrors";
    add_item(sc, 18, ITEM_PAGED, S_ALERTS, M(2), ANA, -1);
    add_item(sc, 19, ITEM_ACKED, S_ALERTS, M(5), ANA, -1);
    add_item(sc, 20, ITEM_ESCALATED, S_ALERTS, M(7), CHO, ANA);
    add_item(sc, 21, ITEM_PAGED, S_ALERTS, M(7), CHO, ANA);
    add_item(sc, 22, ITEM_ACKED, S_ALERTS, M(8), CHO, -1);
    add_item(sc, 23, ITEM_ACKED, S_ALERTS, M(22), DEV, -1);
    add_item(sc, 24, ITEM_RESOLVED, S_ALERTS, M(50), DEV, -1);
    Item *ch = add_item(sc, 25, ITEM_CHANGE, S_TICKET, M(30), EVE, -1);
    ch->title = "Assignee";
    ch->from = "ben";
    ch->to = "dev";
    add_item(sc, 26, ITEM_COMMENT, S_TICKET, M(35), BEN, -1);
    add_item(sc, 27, ITEM_SHIFT, S_ONCALL, M(0), CHO, PLATFORM)->until = M(120);
    add_item(sc, 28, ITEM_SHIFT, S_ONCALL, M(-120), DEV, PLATFORM)->until = M(10);
    int ben_gus[] = { BEN, GUS }, ana = ANA, dev = DEV;
    Item *e = add_item(sc, 29, ITEM_EVENT, S_CAL, M(30), -1, -1);
    e->title = "Earnings call";
    e->until = M(90);
    e->people = ints(sc, 2, ben_gus);
    e = add_item(sc, 30, ITEM_EVENT, S_CAL, M(120), -1, -1);
    e->title = "Offsite";
    e->until = M(240);
    e->people = ints(sc, 1, &ana);
    e = add_item(sc, 31, ITEM_EVENT, S_CAL, M(-30), -1, -1);
    e->title = "Standup";   /* ends exactly when the window starts */
    e->until = M(0);
    e->people = ints(sc, 1, &dev);
    add_item(sc, 32, ITEM_REVIEW, S_PR, M(40), ANA, -1);
}

static Scenario *build(void)
{
    Scenario *sc = scenario_create();
    sc->meta.id = "signals";
    sc->meta.start = M(0);
    sc->meta.end = M(60);
    build_org(sc);
    build_sources(sc);
    sc->items = arena_alloc(&sc->arena, ITEM_N * sizeof *sc->items);
    sc->item_count = ITEM_N;
    build_chat(sc);
    build_alerts_and_rest(sc);
    return sc;
}

/* Window M(0)..M(60). Acts in it, by actor (join = presence only):
 * ana i0 i1 i13 i19 i20(escalated, other) i21(paged cho, other) i32;
 * ben i2 i3 i26 (i14 is after the window); cho i7 i8 i16 i22;
 * dev i10 i15 i23 i24; eve i4 i6 i12 i25; fay i5 (join only); gus none
 * (i11 is before the window). */
static void check_people(const Signals *s)
{
    /* ana, ben, cho, dev, eve, fay = 6; cho's first act is his ack i22 at
     * M(8), earlier than his join i7 at M(12). */
    CHECK_INT(s->participant_count, 6);
    static const int who[] = { ANA, BEN, CHO, DEV, EVE, FAY }, first[] = { 0, 2, 22, 10, 4, 5 };
    for (int k = 0; k < 6 && k < s->participant_count; k++) {
        CHECK_INT(s->participants[k].person, who[k]);
        CHECK_INT(s->participants[k].item, first[k]);
    }
    /* fay only joined: 5 responders, first responses i1 i3 i22 i15 i6. */
    CHECK_INT(s->responder_count, 5);
    static const int rwho[] = { ANA, BEN, CHO, DEV, EVE }, rfirst[] = { 1, 3, 22, 15, 6 };
    for (int k = 0; k < 5 && k < s->responder_count; k++) {
        CHECK_INT(s->responders[k].person, rwho[k]);
        CHECK_INT(s->responders[k].item, rfirst[k]);
    }
    /* ana is on call; cho acts at M(8) M(14) M(25), all in his shift
     * M(0)..M(120); dev's shift ends at M(10), his first response i15 is at
     * M(20); ben has no shift but is an engineer; eve is in support with
     * no shift, so no rotation she could be off: ben i3, dev i15 = 2. */
    CHECK_INT(s->not_on_call_count, 2);
    static const int nwho[] = { BEN, DEV }, nitem[] = { 3, 15 };
    for (int k = 0; k < 2 && k < s->not_on_call_count; k++) {
        CHECK_INT(s->not_on_call[k].person, nwho[k]);
        CHECK_INT(s->not_on_call[k].item, nitem[k]);
    }
}

static void check_teams(const Signals *s)
{
    /* payments (ana ben), platform (cho dev), support (eve fay) = 3; legal's
     * only person gus joined before the window. */
    CHECK_INT(s->team_count, 3);
    static const int team[] = { PAYMENTS, PLATFORM, SUPPORT }, first[] = { 0, 22, 4 };
    for (int k = 0; k < 3 && k < s->team_count; k++) {
        CHECK_INT(s->teams[k].team, team[k]);
        CHECK_INT(s->teams[k].participants, 2);
        CHECK_INT(s->teams[k].first_item, first[k]);
    }
    CHECK_INT(s->engineering_teams, 2);   /* payments, platform */
    CHECK_INT(s->other_teams, 1);         /* support */
    CHECK(s->engineering_with_other);
    /* 3 pairs; payments-platform worked together (declared by platform
     * only): 2 new, payments-support and platform-support. */
    CHECK_INT(s->new_pair_count, 2);
    if (s->new_pair_count == 2) {
        CHECK_INT(s->new_pairs[0].a, PAYMENTS); CHECK_INT(s->new_pairs[0].b, SUPPORT);
        CHECK_INT(s->new_pairs[1].a, PLATFORM); CHECK_INT(s->new_pairs[1].b, SUPPORT);
    }
}

static void check_services(const Signals *s)
{
    /* checkout by the alert i17; fraud-score by its metric (points at M(10),
     * M(20)); ledger's metric is before the window; email nothing: 2. */
    CHECK_INT(s->service_count, 2);
    if (s->service_count == 2) {
        CHECK_INT(s->services[0].service, CHECKOUT);
        CHECK_INT(s->services[0].item, 17);
        CHECK_INT(s->services[0].source, -1);
        CHECK_INT(s->services[1].service, FRAUD);
        CHECK_INT(s->services[1].item, -1);
        CHECK_INT(s->services[1].source, S_FRAUD);
    }
    /* new and involved: fraud-score only (email is new but not involved). */
    CHECK_INT(s->new_services.n, 1);
    if (s->new_services.n == 1) CHECK_INT(s->new_services.v[0], FRAUD);
    /* checkout -> fraud-score counts; email -> ledger has neither end in. */
    CHECK_INT(s->new_link_count, 1);
    if (s->new_link_count == 1) {
        CHECK_INT(s->new_links[0].a, CHECKOUT);
        CHECK_INT(s->new_links[0].b, FRAUD);
    }
}

static void check_list(const IdxList *l, int n, const int *want)
{
    CHECK_INT(l->n, n);
    for (int k = 0; k < n && k < l->n; k++) CHECK_INT(l->v[k], want[k]);
}

static void check_channels(const Signals *s)
{
    CHECK_INT(s->channel_count, 2);
    if (s->channel_count != 2) return;
    /* inc-checkout: joined or posted ana ben eve fay cho dev = 6; posted
     * ana ben eve cho = 4; lurkers dev fay = 2; 2 / 4 = 0.5. fay's leave
     * keeps her a member. */
    const SignalsChannel *c = &s->channels[0];
    CHECK_INT(c->source, S_INC);
    check_list(&c->members, 6, (const int[]){ ANA, BEN, CHO, DEV, EVE, FAY });
    check_list(&c->active, 4, (const int[]){ ANA, BEN, CHO, EVE });
    check_list(&c->lurkers, 2, (const int[]){ DEV, FAY });
    CHECK(c->lurker_ratio == 0.5);
    /* inc-comms, all times: gus (before), eve, ana, ben (after) = 4; posted
     * eve ben = 2; lurkers ana gus = 2; 2 / 2 = 1. */
    c = &s->channels[1];
    CHECK_INT(c->source, S_COMMS);
    check_list(&c->members, 4, (const int[]){ ANA, BEN, EVE, GUS });
    check_list(&c->active, 2, (const int[]){ BEN, EVE });
    check_list(&c->lurkers, 2, (const int[]){ ANA, GUS });
    CHECK(c->lurker_ratio == 1.0);
}

static void check_coordination(const Signals *s)
{
    /* paged: ana (i18), cho (i21) = 2. */
    CHECK_INT(s->paged_count, 2);
    if (s->paged_count == 2) {
        CHECK_INT(s->paged[0].person, ANA); CHECK_INT(s->paged[0].item, 18);
        CHECK_INT(s->paged[1].person, CHO); CHECK_INT(s->paged[1].item, 21);
    }
    check_list(&s->escalations, 1, (const int[]){ 20 });
    /* ana acks i19 (first holder, no handoff); escalated to cho i20 (1);
     * cho acks i22 (already holder); dev acks i23 (2); ticket assignee ben
     * -> dev i25 (3). */
    check_list(&s->handoffs, 3, (const int[]){ 20, 23, 25 });
    /* Earnings call M(30)..M(90) overlaps; offsite M(120).. does not;
     * standup ends at M(0), the window's start: not an overlap. */
    check_list(&s->events, 1, (const int[]){ 29 });
    CHECK_INT(s->duration, 3600);         /* M(60) - M(0) */
    CHECK_INT(s->time_to_detect, 120);    /* fired i17 M(2) - M(0) */
    CHECK_INT(s->time_to_ack, 180);       /* acked i19 M(5) - fired M(2) */
    CHECK_INT(s->first_fired, 17);
    CHECK_INT(s->first_acked, 19);
}

static char *json_text(const Scenario *sc)
{
    Signals s;
    signals_compute(sc, &s);
    cJSON *j = signals_to_json(&s, sc);
    char *text = cJSON_PrintUnformatted(j);
    cJSON_Delete(j);
    signals_destroy(&s);
    return text;
}

static void check_json(const Scenario *sc)
{
    char *a = json_text(sc), *b = json_text(sc);
    CHECK_STR(a, b);   /* deterministic */
    CHECK_CONTAINS(a, "\"new_team_pairs\":[[\"payments\",\"support\"],[\"platform\",\"support\"]]");
    CHECK_CONTAINS(a, "\"new_interactions\":[[\"checkout\",\"fraud-score\"]]");
    CHECK_CONTAINS(a, "\"new_services\":[\"fraud-score\"]");
    CHECK_CONTAINS(a, "\"not_on_call\":[{\"id\":\"ben\",\"item\":\"i3\"},"
                      "{\"id\":\"dev\",\"item\":\"i15\"}]");
    CHECK_CONTAINS(a, "\"lurkers\":[\"dev\",\"fay\"],\"lurker_ratio\":0.5");
    CHECK_CONTAINS(a, "\"handoffs\":[\"i20\",\"i23\",\"i25\"]");
    CHECK_CONTAINS(a, "\"calendar\":[{\"id\":\"i29\",\"title\":\"Earnings call\","
                      "\"attendees\":[\"ben\",\"gus\"]}]");
    CHECK_CONTAINS(a, "{\"id\":\"support\",\"kind\":\"support\",\"engineering\":false,"
                      "\"size\":12,\"participants\":2,\"first_item\":\"i4\"}");
    CHECK_CONTAINS(a, "\"duration\":3600,\"time_to_detect\":120,\"time_to_ack\":180");
    free(a);
    free(b);
}

static void check_empty(void)
{
    Scenario *sc = scenario_create();
    Signals s;
    signals_compute(sc, &s);
    CHECK_INT(s.participant_count + s.responder_count + s.not_on_call_count, 0);
    CHECK_INT(s.team_count + s.new_pair_count + s.service_count + s.new_services.n, 0);
    CHECK_INT(s.new_link_count + s.channel_count + s.paged_count, 0);
    CHECK_INT(s.escalations.n + s.handoffs.n + s.events.n, 0);
    CHECK(!s.engineering_with_other);
    CHECK_INT(s.duration, -1);   /* scenario_create leaves no window */
    CHECK_INT(s.time_to_detect, -1);
    CHECK_INT(s.time_to_ack, -1);
    cJSON *j = signals_to_json(&s, sc);
    char *text = cJSON_PrintUnformatted(j);
    CHECK_CONTAINS(text, "\"duration\":null,\"time_to_detect\":null,\"time_to_ack\":null");
    CHECK_CONTAINS(text, "\"teams\":[]");
    free(text);
    cJSON_Delete(j);
    signals_destroy(&s);
    signals_destroy(&s);   /* twice is harmless */
    scenario_destroy(sc);
}

#define S(k) (1u << SIGNAL_##k)

/* The triage signals, own and decoy, by the rules in signals.h. */
static void check_triage(Scenario *sc)
{
    sc->cases = arena_alloc(&sc->arena, 3 * sizeof *sc->cases);
    sc->case_count = 3;
    static const char *const repeats[] = { "INC-12 (last March)" };
    sc->cases[0] = (TriageCase){ .id = "own", .own = true, .repeats = { (const char **)repeats, 1 } };
    /* a quiet decoy: one engineering team, its on-call answering alone, a
     * channel of one, before the calendar's events */
    int pay = PAYMENTS, svc[] = { CHECKOUT, LEDGER }, ana = ANA;
    sc->cases[1] = (TriageCase){ .id = "quiet", .at = M(-1000), .minutes = 30,
        .teams = ints(sc, 1, &pay), .services = ints(sc, 2, svc), .responders = ints(sc, 1, &ana),
        .on_call = ints(sc, 1, &ana), .paged = ints(sc, 1, &ana), .channel = 1 };
    /* a rich decoy: platform, support and legal (support-legal had worked
     * together, platform with neither); email is new and calls ledger for
     * the first time; cho responds off call; 9 in the channel for 2
     * responders; three paged; M(100)..M(160) overlaps the offsite at
     * M(120); a near miss */
    int teams[] = { PLATFORM, SUPPORT, LEGAL }, svc2[] = { EMAIL, LEDGER }, resp[] = { CHO, EVE };
    int paged[] = { ANA, CHO, DEV };
    sc->cases[2] = (TriageCase){ .id = "rich", .at = M(100), .minutes = 60, .near_miss = true,
        .teams = ints(sc, 3, teams), .services = ints(sc, 2, svc2), .responders = ints(sc, 2, resp),
        .on_call = ints(sc, 0, NULL), .paged = ints(sc, 3, paged), .channel = 9, .handoffs = 1 };
    signals_classify_cases(sc);
    /* own: 3 teams; payments-support and platform-support new; engineering
     * with support; fraud-score is new; ben and dev off call; inc-comms has
     * 2 lurkers for 2 active; the earnings call overlaps; 3 handoffs; and
     * the case declares an earlier incident. No near miss. */
    SignalSet own = S(MANY_TEAMS) | S(NEW_TEAM_PAIRS) | S(ENG_WITH_OTHER) | S(NEW_SERVICE) |
                    S(NOT_ON_CALL) | S(LURKERS) | S(BIG_EVENT) | S(COORDINATION) | S(RECURRING);
    CHECK_INT((int)sc->own_signals, (int)own);
    CHECK_INT((int)sc->cases[0].signals, (int)own);
    CHECK_INT((int)sc->cases[1].signals, 0);
    CHECK_INT((int)sc->cases[2].signals, (int)(own & ~S(RECURRING)) | (int)S(NEAR_MISS));
    /* one fact at a time moves one signal */
    sc->cases[1].channel = 2;          /* one watcher for one responder */
    sc->cases[1].on_call.n = 0;        /* ana answered off call */
    sc->cases[1].minutes = 2000;       /* runs into the earnings call */
    signals_classify_cases(sc);
    CHECK_INT((int)sc->cases[1].signals, (int)(S(LURKERS) | S(NOT_ON_CALL) | S(BIG_EVENT)));
    CHECK_STR(model_signal_name(SIGNAL_NOT_ON_CALL), "not_on_call");
    SignalKind k;
    CHECK(model_signal_parse("big_event", &k) && k == SIGNAL_BIG_EVENT);
    CHECK(!model_signal_parse("mttr", &k));
}

/* Once a scenario marks big events, only those count: the earnings call
 * unmarked and a marked offsite outside the window leave none. */
static void check_big_events(Scenario *sc)
{
    Signals s;
    sc->items[30].big = sc->big_events = true;
    CHECK(!model_event_is_big(sc, 29) && model_event_is_big(sc, 30));
    signals_compute(sc, &s);
    CHECK_INT(s.events.n, 0);
    signals_destroy(&s);
    sc->items[29].big = true;
    signals_compute(sc, &s);
    check_list(&s.events, 1, (const int[]){ 29 });
    signals_destroy(&s);
    sc->items[29].big = sc->items[30].big = sc->big_events = false;
}

/* Pages, escalations and reassignments outside the incident's window are
 * not its coordination: cho's page moved before it began, the ticket's
 * reassignment after it ended. */
static void check_outside_window(Scenario *sc)
{
    sc->items[21].at = M(-30);
    sc->items[25].at = M(70);
    Signals s;
    signals_compute(sc, &s);
    CHECK_INT(s.paged_count, 1);
    if (s.paged_count == 1) CHECK_INT(s.paged[0].person, ANA);
    check_list(&s.escalations, 1, (const int[]){ 20 });
    check_list(&s.handoffs, 2, (const int[]){ 20, 23 });
    signals_destroy(&s);
}

int main(void)
{
    Scenario *sc = build();
    Signals s;
    signals_compute(sc, &s);
    check_people(&s);
    check_teams(&s);
    check_services(&s);
    check_channels(&s);
    check_coordination(&s);
    signals_destroy(&s);
    check_json(sc);
    check_triage(sc);
    check_big_events(sc);
    check_outside_window(sc);
    scenario_destroy(sc);
    check_empty();
    return testing_done("test_signals");
}
