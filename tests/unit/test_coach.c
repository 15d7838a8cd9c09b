/* test_coach.c: the language coach on a table of phrases that must be
 * flagged (with the kind) and phrases that must not, names of the
 * scenario's people as the cause, a scenario's own rule, positions for
 * underlining, and the rubric's flagged_at_most. */
#include "fixture.h"
#include "core/coach.h"
#include "core/rubric.h"
#include "testing.h"

static const struct { const char *text; int kind; } TABLE[] = {   /* kind -1: not flagged */
    {"It was human error.", COACH_BLAME},
    {"Classic user error on the dashboard.", COACH_BLAME},
    {"Operator error during the deploy.", COACH_BLAME},
    {"A careless change to the config.", COACH_BLAME},
    {"Carelessness in review.", COACH_BLAME},
    {"This was negligent.", COACH_BLAME},
    {"Negligence by the team.", COACH_BLAME},
    {"A sloppy rollout.", COACH_BLAME},
    {"The reviewer was lazy.", COACH_BLAME},
    {"Support was at fault.", COACH_BLAME},
    {"It was the fault of the on-call engineer.", COACH_BLAME},
    {"It was his fault.", COACH_BLAME},
    {"Clearly their fault.", COACH_BLAME},
    {"Who is to blame here?", COACH_BLAME},
    {"We blame the release process.", COACH_BLAME},
    {"The author made a mistake.", COACH_BLAME},
    {"Someone dropped the ball.", COACH_BLAME},
    {"Platform screwed up the cache.", COACH_BLAME},
    {"They messed up the rollout.", COACH_BLAME},
    {"Priya should have checked the cache.", COACH_COUNTERFACTUAL},
    {"We should've paged Platform.", COACH_COUNTERFACTUAL},
    {"He shouldn't have merged it.", COACH_COUNTERFACTUAL},
    {"A test could have prevented this.", COACH_COUNTERFACTUAL},
    {"Review could have avoided the outage.", COACH_COUNTERFACTUAL},
    {"Jitter would have prevented it.", COACH_COUNTERFACTUAL},
    {"The reviewer failed to notice.", COACH_COUNTERFACTUAL},
    {"He neglected to read PLAT-88.", COACH_COUNTERFACTUAL},
    {"If only someone had asked.", COACH_COUNTERFACTUAL},
    {"Nobody didn't bother to check.", COACH_COUNTERFACTUAL},
    {"Why didn't anyone look at the cache?", COACH_COUNTERFACTUAL},
    {"Obviously the TTL was wrong.", COACH_HINDSIGHT},
    {"It was obvious from the graph.", COACH_HINDSIGHT},
    {"They should have known better.", COACH_HINDSIGHT},
    {"There is no excuse for this.", COACH_HINDSIGHT},
    {"They simply had to read the ticket.", COACH_HINDSIGHT},
    {"You just had to revert.", COACH_HINDSIGHT},
    {"The root cause was the TTL.", COACH_ROOT_CAUSE},
    {"Root causes: config and review.", COACH_ROOT_CAUSE},
    {"We did a root-cause analysis.", COACH_ROOT_CAUSE},
    {"The cause was a config change.", COACH_ROOT_CAUSE},
    {"A single cause explains it.", COACH_ROOT_CAUSE},
    {"PRIYA SHOULD HAVE ROLLED BACK.", COACH_COUNTERFACTUAL},
    {"Priya caused the outage.", COACH_BLAME},
    {"Priya Nair caused the outage.", COACH_BLAME},
    {"It happened because of Tomas.", COACH_BLAME},
    {"Tomas broke checkout.", COACH_BLAME},
    {"It was Priya's fault.", COACH_BLAME},
    {"Tomas's mistake was the TTL.", COACH_BLAME},
    {"Priya ignored the alert.", COACH_BLAME},
    {"Blame Tomas for this one.", COACH_BLAME},
    {"The blame lies with Tomas.", COACH_BLAME},
    {"The blame was on the reviewer.", COACH_BLAME},
    {"A blameless review of the incident.", -1},
    {"The blame was redirected to the conditions.", -1},
    {"No blame was laid in the meeting.", -1},
    {"Dana redirected blame to the runbook.", -1},
    {"We kept the review without blame.", -1},
    {"Several contributing factors came together.", -1},
    {"The runbook sends engineers to pricing CPU first.", -1},
    {"The jitter's reason was invisible to Checkout.", -1},
    {"Fault tolerance was not in scope.", -1},
    {"The faulty node was replaced.", -1},
    {"The failover worked as designed.", -1},
    {"We failed over to the secondary region.", -1},
    {"We should add jitter back.", -1},
    {"Priya restarted pricing, as the runbook said.", -1},
    {"Priya noticed the alert at 12:04.", -1},
    {"What made the restart look right at the time?", -1},
    {"The causes were many.", -1},
    {"Because of the promotion, traffic tripled.", -1},
    {"Tomas's change shortened the TTL.", -1},
    {"The cache was simply too cold.", -1},
    {"Just after noon the alerts fired.", -1},
    {"It was not obvious at the time.", -1},
    {"", -1},
};

static Scenario *build(void)
{
    Scenario *sc = fixture_create();
    sc->people = arena_alloc(&sc->arena, 2 * sizeof *sc->people);
    sc->person_count = 2;
    sc->people[0] = (Person){.id = "priya", .name = "Priya Nair", .team = -1};
    sc->people[1] = (Person){.id = "tomas", .name = "Tomas Ferreira", .team = -1};
    return sc;
}

static void test_table(const Scenario *sc)
{
    int n = (int)(sizeof TABLE / sizeof TABLE[0]), wrong = 0, flagged = 0;
    CHECK(n >= 60);
    for (int i = 0; i < n; i++) {
        CoachHit h;
        int got = coach_scan(sc, TABLE[i].text, &h, 1);
        int kind = got ? (int)coach_kind(sc, &h) : -1;
        flagged += got > 0;
        if (kind != TABLE[i].kind) {
            wrong++;
            fprintf(stderr, "coach \"%s\": got %s, want %s\n", TABLE[i].text,
                    kind < 0 ? "nothing" : coach_kind_name((CoachKind)kind),
                    TABLE[i].kind < 0 ? "nothing" : coach_kind_name((CoachKind)TABLE[i].kind));
        }
    }
    CHECK_INT(wrong, 0);
    CHECK(flagged >= 30 && n - flagged >= 15);   /* both sides of the table are real */
}

static void test_positions(const Scenario *sc)
{
    const char *text = "Human error: Priya should have known, and Tomas broke it. The root causes are many.";
    CoachHit hits[8];
    int n = coach_scan(sc, text, hits, 8);
    CHECK_INT(n, 4);
    CHECK_INT(hits[0].start, 0);
    CHECK_INT(hits[0].len, 11);                          /* "Human error" */
    CHECK_INT(hits[1].start, 19);
    CHECK_INT(hits[1].len, 17);                          /* the longest: "should have known" */
    CHECK_INT((int)coach_kind(sc, &hits[1]), COACH_HINDSIGHT);
    CHECK_INT(hits[2].person, 1);                        /* Tomas broke */
    CHECK_INT(hits[2].len, 11);
    CHECK_INT((int)coach_kind(sc, &hits[3]), COACH_ROOT_CAUSE);
    CHECK_INT(hits[3].len, 11);                          /* "root causes" */
    CHECK_CONTAINS(coach_suggestion(sc, &hits[0]), "conditions");
    CHECK_CONTAINS(coach_suggestion(sc, &hits[2]), "not the person");
    CHECK_INT(coach_scan(NULL, "Tomas broke it", hits, 8), 0);   /* no scenario, no names */
    CHECK_INT(coach_scan(sc, NULL, hits, 8), 0);
}

static void test_scenario_rule(Scenario *sc)
{
    static CoachRule mine = {"cowboy*", "Say what the deploy process allowed.", COACH_BLAME, {0}};
    sc->coach_rules = &mine;
    sc->coach_rule_count = 1;
    CoachHit h;
    CHECK_INT(coach_scan(sc, "A cowboy deploy on Friday.", &h, 1), 1);
    CHECK_STR(coach_suggestion(sc, &h), "Say what the deploy process allowed.");
    CHECK_INT(coach_scan(sc, "Cowboys everywhere.", &h, 1), 1);
    int cond = fixture_cond(sc, COND_FLAGGED, -1);
    sc->conds[cond].n = 1;
    char err[128];
    Session *s = fixture_play(sc, "[{\"type\":\"factor\",\"index\":0,\"text\":\"A cowboy deploy.\"},"
                                  "{\"type\":\"set_report\",\"field\":\"calibration\",\"text\":\"Human error.\"}]");
    CHECK_INT(cond_eval(s, cond, NULL, err, sizeof err), 0);    /* two flagged, at most one allowed */
    session_destroy(s);
    s = fixture_play(sc, "[{\"type\":\"factor\",\"index\":0,\"text\":\"A cowboy deploy.\"}]");
    CHECK_INT(cond_eval(s, cond, NULL, err, sizeof err), 1);
    session_destroy(s);
}

int main(void)
{
    Scenario *sc = build();
    test_table(sc);
    test_positions(sc);
    test_scenario_rule(sc);
    scenario_destroy(sc);
    return testing_done("test_coach");
}
