/* test_interview.c: candor, answers, unlocking and fact reveals replayed
 * from logs (values worked out by hand from the table in interview.h), the
 * typed-question classifier on a table of examples, and the matcher. */
#include "fixture.h"
#include "core/coverage.h"
#include "core/interview.h"
#include "core/rubric.h"
#include "testing.h"

enum { P_PRIYA, P_DANA, P_NOOR, PERSON_N };
enum { F_ALERT, F_RUNBOOK, F_PLAT88, FACT_N };
enum { Q_NOTICE, Q_KNOW, Q_WHY_NOT, Q_JOIN, QUESTION_N };

static void add_person(Scenario *sc, int i, const char *id, const char *name)
{
    sc->people[i] = (Person){.id = id, .name = name, .team = -1};
    CHECK(scenario_add_id(sc, id, ENT_PERSON, i));
}

static void add_fact(Scenario *sc, int i, const char *id, int person)
{
    sc->facts[i] = (Fact){.id = id, .text = id, .person = person};
    CHECK(scenario_add_id(sc, id, ENT_FACT, i));
}

static IdxList one(Scenario *sc, int v)
{
    IdxList l = {arena_alloc(&sc->arena, sizeof(int)), 1};
    l.v[0] = v;
    return l;
}

static Question *add_question(Scenario *sc, int i, const char *id, int iv, QuestionKind k, const char *text)
{
    Question *q = &sc->questions[i];
    *q = (Question){.id = id, .text = text, .kind = k, .interviewee = iv, .cond = -1};
    q->answers = arena_alloc(&sc->arena, 2 * sizeof *q->answers);
    CHECK(scenario_add_id(sc, id, ENT_QUESTION, i));
    return q;
}

/* priya (anxious: starts 40, open +8, counterfactual -15) and dana (calm:
 * 55, +6; away after minute 60) can be interviewed; noor cannot. */
static Scenario *build(void)
{
    Scenario *sc = fixture_create();
    sc->people = arena_alloc(&sc->arena, PERSON_N * sizeof *sc->people);
    sc->person_count = PERSON_N;
    add_person(sc, P_PRIYA, "priya", "Priya Nair");
    add_person(sc, P_DANA, "dana", "Dana Okafor");
    add_person(sc, P_NOOR, "noor", "Noor Haddad");
    sc->interviewees = arena_alloc(&sc->arena, 2 * sizeof *sc->interviewees);
    sc->interviewee_count = 2;
    sc->interviewees[0] = (Interviewee){.person = P_PRIYA, .disposition = "anxious", .minutes = 5,
        .available_from = -1, .available_until = -1, .rules = interview_rules_for("anxious")};
    sc->interviewees[1] = (Interviewee){.person = P_DANA, .minutes = 10, .available_from = -1,
        .available_until = 60, .away = "out tomorrow", .rules = interview_rules_for(NULL)};
    sc->facts = arena_alloc(&sc->arena, FACT_N * sizeof *sc->facts);
    sc->fact_count = FACT_N;
    add_fact(sc, F_ALERT, "f.alert", P_PRIYA);
    add_fact(sc, F_RUNBOOK, "f.runbook", P_PRIYA);
    add_fact(sc, F_PLAT88, "f.plat88", P_DANA);
    sc->questions = arena_alloc(&sc->arena, QUESTION_N * sizeof *sc->questions);
    sc->question_count = QUESTION_N;
    Question *q = add_question(sc, Q_NOTICE, "q.notice", 0, QUESTION_CUE, "What did you notice first?");
    q->answers[q->answer_count++] = (Answer){50, "The latency alert, then Noor's message.", one(sc, F_ALERT)};
    q->answers[q->answer_count++] = (Answer){0, "The alert.", {NULL, 0}};
    q = add_question(sc, Q_KNOW, "q.know", 0, QUESTION_KNOWLEDGE, "How did you know to open the runbook?");
    q->answers[q->answer_count++] = (Answer){60, "Marcus showed me it last month.", one(sc, F_RUNBOOK)};
    q->answers[q->answer_count++] = (Answer){30, "It is linked from the alert.", {NULL, 0}};
    q->cond = fixture_cond(sc, COND_ASKED, Q_NOTICE);       /* only after q.notice */
    q = add_question(sc, Q_WHY_NOT, "q.why-not", 0, QUESTION_COUNTERFACTUAL, "Why didn't you roll back sooner?");
    q->answers[q->answer_count++] = (Answer){0, "I followed the runbook.", {NULL, 0}};
    q = add_question(sc, Q_JOIN, "q.join", 1, QUESTION_HELP, "What made you join the channel?");
    q->answers[q->answer_count++] = (Answer){40, "It looked like PLAT-88.", one(sc, F_PLAT88)};
    return sc;
}

static void test_good_interview(const Scenario *sc)
{
    /* 40 + 8 + 4 rapport = 52 >= 50: the full answer; then 52 + 8 = 60 */
    Session *s = fixture_play(sc, "[{\"type\":\"choose\",\"people\":[\"priya\",\"dana\"],\"why\":\"detection\"},"
        "{\"type\":\"ask\",\"question\":\"q.notice\"},{\"type\":\"ask\",\"question\":\"q.know\"}]");
    CHECK_INT(s->interviews[0].candor, 60);
    CHECK_INT(s->turn_count, 2);
    CHECK_INT(s->turns[0].answer, 0);
    CHECK_INT(s->turns[1].answer, 0);
    CHECK_INT(s->learned_from[F_ALERT], 0);
    CHECK_INT(s->learned_from[F_RUNBOOK], 1);
    CHECK_INT(s->learned_count, 2);
    CHECK_INT(s->clock, 10);
    CHECK_INT(s->interviews[0].by_kind[QUESTION_CUE] + s->interviews[0].by_kind[QUESTION_KNOWLEDGE], 2);
    CHECK_STR(s->choose_why, "detection");
    CHECK_INT(s->chosen_count, 2);
    session_destroy(s);
}

static void test_blaming_interview(const Scenario *sc)
{
    /* counterfactual first: 40 - 15 = 25, no rapport; then 33 < 50 and 41
     * >= 30: the short answers, nothing learned */
    Session *s = fixture_play(sc, "[{\"type\":\"choose\",\"people\":[\"priya\"]},"
        "{\"type\":\"ask\",\"question\":\"q.why-not\"},{\"type\":\"ask\",\"question\":\"q.notice\"},"
        "{\"type\":\"ask\",\"question\":\"q.know\"}]");
    CHECK_INT(s->turns[0].candor, 25);
    CHECK_INT(s->turns[1].candor, 33);
    CHECK_INT(s->turns[1].answer, 1);
    CHECK_INT(s->turns[2].candor, 41);
    CHECK_INT(s->turns[2].answer, 1);
    CHECK_INT(s->learned_count, 0);
    session_destroy(s);
}

static void test_typed(const Scenario *sc)
{
    /* matched and open (cue): like asking q.notice; rapport applies */
    Session *s = fixture_play(sc, "[{\"type\":\"choose\",\"people\":[\"priya\"]},"
        "{\"type\":\"ask_typed\",\"person\":\"priya\",\"text\":\"What did you notice first when it started?\"}]");
    CHECK_INT(s->turns[0].question, Q_NOTICE);
    CHECK_INT((int)s->turns[0].kind, QUESTION_CUE);
    CHECK_INT(s->turns[0].candor, 52);
    CHECK_INT(s->learned_from[F_ALERT], 0);
    CHECK(s->asked[Q_NOTICE]);
    CHECK_STR(s->turns[0].typed, "What did you notice first when it started?");
    session_destroy(s);
    /* the same topic asked as a counterfactual: matched, but candor falls */
    s = fixture_play(sc, "[{\"type\":\"choose\",\"people\":[\"priya\"]},"
        "{\"type\":\"ask_typed\",\"person\":\"priya\",\"text\":\"Why didn't you notice it first?\"}]");
    CHECK_INT(s->turns[0].question, Q_NOTICE);
    CHECK_INT((int)s->turns[0].kind, QUESTION_COUNTERFACTUAL);
    CHECK_INT(s->turns[0].candor, 25);
    CHECK_INT(s->turns[0].answer, 1);
    CHECK_INT(s->learned_count, 0);
    session_destroy(s);
    /* nothing matches: a non-answer, the time spent, candor still moves;
     * q.know is not offered yet, so its words do not match either */
    s = fixture_play(sc, "[{\"type\":\"choose\",\"people\":[\"priya\"]},"
        "{\"type\":\"ask_typed\",\"person\":\"priya\",\"text\":\"How did you know to open the runbook?\"},"
        "{\"type\":\"ask_typed\",\"person\":\"priya\",\"text\":\"Surely the weather was fine?\"}]");
    CHECK_INT(s->turns[0].question, -1);
    CHECK_INT(s->turns[0].answer, -1);
    CHECK_INT(s->turns[0].candor, 52);
    CHECK_INT((int)s->turns[1].kind, QUESTION_LEADING);
    CHECK_INT(s->turns[1].candor, 42);
    CHECK_INT(s->clock, 10);
    session_destroy(s);
}

static void check_refusal(const Scenario *sc, const char *log, const char *action, const char *why)
{
    Session *s = fixture_play(sc, log);
    ActionLog one_log = fixture_log(action);
    char err[256];
    CHECK(!session_apply(s, &one_log.items[0], err, sizeof err));
    CHECK_CONTAINS(err, why);
    log_destroy(&one_log);
    session_destroy(s);
}

static void test_refusals(const Scenario *sc)
{
    const char *chosen = "[{\"type\":\"choose\",\"people\":[\"priya\",\"dana\"]}]";
    check_refusal(sc, "[]", "[{\"type\":\"ask\",\"question\":\"q.notice\"}]",
                  "choose whom to interview first: Priya Nair is not among them");
    check_refusal(sc, chosen, "[{\"type\":\"ask\",\"question\":\"q.know\"}]", "'q.know' is not open yet");
    check_refusal(sc, "[{\"type\":\"choose\",\"people\":[\"priya\"]},{\"type\":\"ask\",\"question\":\"q.notice\"}]",
                  "[{\"type\":\"ask\",\"question\":\"q.notice\"}]", "'q.notice' was already asked");
    check_refusal(sc, "[{\"type\":\"choose\",\"people\":[\"priya\",\"dana\"]},{\"type\":\"advance\",\"minutes\":60}]",
                  "[{\"type\":\"ask\",\"question\":\"q.join\"}]", "Dana Okafor is not available any more: out tomorrow");
    check_refusal(sc, "[]", "[{\"type\":\"choose\",\"people\":[\"noor\"]}]", "'noor' cannot be interviewed");
    check_refusal(sc, "[]", "[{\"type\":\"choose\",\"people\":[\"nobody\"]}]", "no person 'nobody'");
    check_refusal(sc, chosen, "[{\"type\":\"ask\",\"question\":\"q.nope\"}]", "no question 'q.nope'");
    check_refusal(sc, chosen, "[{\"type\":\"ask_typed\",\"person\":\"noor\",\"text\":\"hi\"}]",
                  "'noor' is not someone who can be interviewed");
    /* a choice replaces the last one */
    Session *s = fixture_play(sc, "[{\"type\":\"choose\",\"people\":[\"priya\",\"dana\"]},"
                                  "{\"type\":\"choose\",\"people\":[\"dana\"]}]");
    CHECK(!s->interviews[0].chosen && s->interviews[1].chosen);
    CHECK_INT(s->chosen_count, 1);
    session_destroy(s);
}

static void test_conditions(Scenario *sc)
{
    int chosen = fixture_cond(sc, COND_CHOSEN, 1), interviewed = fixture_cond(sc, COND_INTERVIEWED, 0);
    int asked = fixture_cond(sc, COND_ASKED, Q_KNOW), learned = fixture_cond(sc, COND_LEARNED, F_RUNBOOK);
    int candor = fixture_cond(sc, COND_CANDOR, 0);
    sc->conds[candor].n = 55;
    int conds[] = {chosen, interviewed, asked, learned, candor};
    char err[128];
    Session *s = fixture_play(sc, "[{\"type\":\"choose\",\"people\":[\"priya\",\"dana\"]},"
        "{\"type\":\"ask\",\"question\":\"q.notice\"},{\"type\":\"ask\",\"question\":\"q.know\"}]");
    int want[] = {1, 1, 1, 1, 1};
    for (int i = 0; i < 5; i++) CHECK_INT(cond_eval(s, conds[i], NULL, err, sizeof err), want[i]);
    session_destroy(s);
    s = fixture_play(sc, "[{\"type\":\"choose\",\"people\":[\"priya\"]},"
        "{\"type\":\"ask\",\"question\":\"q.why-not\"},{\"type\":\"ask\",\"question\":\"q.notice\"},"
        "{\"type\":\"ask\",\"question\":\"q.know\"}]");
    int want2[] = {0, 1, 1, 0, 0};    /* asked, but the guarded answer taught nothing */
    for (int i = 0; i < 5; i++) CHECK_INT(cond_eval(s, conds[i], NULL, err, sizeof err), want2[i]);
    session_destroy(s);
}

/* At least 60 questions as people type them, with the kind the rules in
 * interview.h give. */
static const struct { const char *text; QuestionKind kind; } TABLE[] = {
    {"What did you notice first?", QUESTION_CUE},
    {"What was the first thing you saw?", QUESTION_CUE},
    {"When did you first see the alert?", QUESTION_CUE},
    {"Walk me through what you were looking at.", QUESTION_CUE},
    {"What signals told you something was off?", QUESTION_CUE},
    {"How did you know to look at the cache?", QUESTION_KNOWLEDGE},
    {"Where did you learn about the jitter setting?", QUESTION_KNOWLEDGE},
    {"Tell me about your experience with this service.", QUESTION_KNOWLEDGE},
    {"How familiar were you with the pricing service?", QUESTION_KNOWLEDGE},
    {"What did you understand the TTL change to do?", QUESTION_KNOWLEDGE},
    {"What else was going on that day?", QUESTION_GOALS},
    {"What pressures were you under?", QUESTION_GOALS},
    {"What were you trying to achieve at that point?", QUESTION_GOALS},
    {"How were you prioritising the work?", QUESTION_GOALS},
    {"Tell me about the deadline for the release.", QUESTION_GOALS},
    {"What options did you consider?", QUESTION_OPTIONS},
    {"Which alternatives were on the table?", QUESTION_OPTIONS},
    {"What other ways could this have gone?", QUESTION_OPTIONS},
    {"How did you choose between the choices you had?", QUESTION_OPTIONS},
    {"What were you considering at 12:20?", QUESTION_OPTIONS},
    {"How does a deploy usually go?", QUESTION_NORMAL_WORK},
    {"What does a normal on-call week look like?", QUESTION_NORMAL_WORK},
    {"Is that typical?", QUESTION_CLOSED},
    {"Describe your routine when a page comes in.", QUESTION_NORMAL_WORK},
    {"What is day to day work like on the team?", QUESTION_NORMAL_WORK},
    {"What made you page the other team?", QUESTION_HELP},
    {"Who did you ask for help?", QUESTION_HELP},
    {"How did you decide to escalate?", QUESTION_HELP},
    {"What made you reach out to Dana?", QUESTION_HELP},
    {"When did you get paged?", QUESTION_HELP},
    {"Tell me about that afternoon.", QUESTION_OPEN},
    {"How did it go from there?", QUESTION_OPEN},
    {"What happened next?", QUESTION_OPEN},
    {"Walk me through the incident from your side.", QUESTION_OPEN},
    {"Describe the rollback.", QUESTION_OPEN},
    {"Can you tell me more about that?", QUESTION_OPEN},
    {"Did you check the runbook?", QUESTION_CLOSED},
    {"Was the alert clear?", QUESTION_CLOSED},
    {"Were you on call?", QUESTION_CLOSED},
    {"Do you remember the time?", QUESTION_CLOSED},
    {"Have you seen this before?", QUESTION_CLOSED},
    {"Is the dashboard reliable?", QUESTION_CLOSED},
    {"Could you reproduce it?", QUESTION_CLOSED},
    {"Why didn't you roll back sooner?", QUESTION_COUNTERFACTUAL},
    {"You should have checked the cache, no?", QUESTION_COUNTERFACTUAL},
    {"If you had paged Dana earlier, would it have ended sooner?", QUESTION_COUNTERFACTUAL},
    {"Couldn't you have reverted the PR first?", QUESTION_COUNTERFACTUAL},
    {"What could have prevented this?", QUESTION_COUNTERFACTUAL},
    {"Why did you not read the ticket?", QUESTION_COUNTERFACTUAL},
    {"Why not just restart it?", QUESTION_COUNTERFACTUAL},
    {"Had you known, what would you have done?", QUESTION_COUNTERFACTUAL},
    {"What if you had added jitter?", QUESTION_COUNTERFACTUAL},
    {"Whose fault was the TTL change?", QUESTION_BLAMING},
    {"Was it your fault?", QUESTION_BLAMING},
    {"Who caused the outage?", QUESTION_BLAMING},
    {"Who is responsible for this mess?", QUESTION_BLAMING},
    {"Wasn't that a careless change?", QUESTION_BLAMING},
    {"Who broke checkout?", QUESTION_BLAMING},
    {"Do you think you messed up?", QUESTION_BLAMING},
    {"Who should we blame?", QUESTION_BLAMING},
    {"It was the cache, wasn't it?", QUESTION_LEADING},
    {"Don't you think the review was too quick?", QUESTION_LEADING},
    {"Surely the runbook covered this?", QUESTION_LEADING},
    {"So you ignored the alert?", QUESTION_LEADING},
    {"The TTL was the problem, right?", QUESTION_LEADING},
    {"Wouldn't you agree the test was weak?", QUESTION_LEADING},
    {"Didn't you see the dashboard?", QUESTION_LEADING},
    {"Obviously the config was wrong?", QUESTION_LEADING},
    {"what   DID you   NOTICE first", QUESTION_CUE},
    {"Why didn\xE2\x80\x99t you page Dana?", QUESTION_COUNTERFACTUAL},
    {"Okay.", QUESTION_OPEN},
};

static void test_classifier(void)
{
    int n = (int)(sizeof TABLE / sizeof TABLE[0]), wrong = 0;
    CHECK(n >= 60);
    for (int i = 0; i < n; i++) {
        QuestionKind k = interview_classify(TABLE[i].text);
        if (k != TABLE[i].kind) {
            wrong++;
            fprintf(stderr, "classify \"%s\": got %s, want %s\n", TABLE[i].text,
                    model_question_kind_name(k), model_question_kind_name(TABLE[i].kind));
        }
    }
    CHECK_INT(wrong, 0);
    CHECK_INT((int)interview_classify(""), QUESTION_OPEN);
    CHECK(model_question_kind_opens(QUESTION_HELP) && !model_question_kind_opens(QUESTION_CLOSED));
}

static void test_matcher(void)
{
    CHECK_INT(interview_match_score("what did you notice first?", "What did you notice first?"), 100);
    CHECK_INT(interview_match_score("What made you join?", "What made you join the channel?"), 66);
    CHECK_INT(interview_match_score("Tell me about the channels", "What made you join the channel?"), 33);
    CHECK_INT(interview_match_score("", "What made you join the channel?"), 0);
    CHECK_INT(interview_match_score("anything", "What did you do?"), 0);   /* only stop words */
    CandorRules r = interview_rules_for("defensive");
    CHECK_INT(r.start, 35);
    CHECK_INT(interview_candor_delta(&r, QUESTION_BLAMING, true), -30);
    CHECK_INT(interview_candor_delta(&r, QUESTION_GOALS, true), 5 + INTERVIEW_RAPPORT);
    CHECK_INT(interview_candor_clamp(140), 100);
    CHECK_INT(interview_candor_clamp(-3), 0);
}

/* Working hours, in the person's own zone. The investigation starts at
 * 09:00 in the scenario's zone (+00:00); Priya is at +08:00, so clock 0 is
 * 17:00 for her. With 09:00-18:00 she is there until clock 59, away at 60
 * (18:00), and back at 09:00 her next day: 15 hours on, clock 960. */
static void test_hours(Scenario *sc)
{
    int from, to;
    CHECK(interview_parse_hours("09:00-17:30", &from, &to) && from == 540 && to == 1050);
    CHECK(interview_parse_hours("22:00-06:00", &from, &to) && from == 1320 && to == 360);
    CHECK(interview_parse_hours("09:00-24:00", &from, &to) && to == 0);
    CHECK(!interview_parse_hours("9:00-17:00", &from, &to));
    CHECK(!interview_parse_hours("09:00-09:00", &from, &to));
    CHECK(!interview_parse_hours("09:00 - 17:00", &from, &to));
    CHECK(!interview_parse_hours("25:00-01:00", &from, &to));
    CHECK(!interview_parse_hours("09:00-17:00x", &from, &to));
    Interviewee *v = &sc->interviewees[0];
    sc->meta.utc_offset = 0;
    sc->people[P_PRIYA].utc_offset = 8 * 60;
    v->hours_from = 9 * 60, v->hours_to = 18 * 60;
    CHECK_INT(interview_local_minute(sc, 0, 0), 17 * 60);
    CHECK(interview_available_at(sc, 0, 0) && interview_available_at(sc, 0, 59));
    CHECK(!interview_available_at(sc, 0, 60));
    CHECK_INT(interview_next_available(sc, 0, 60), 960);
    CHECK_INT(interview_next_available(sc, 0, 10), 10);
    check_refusal(sc, "[{\"type\":\"choose\",\"people\":[\"priya\"]},{\"type\":\"advance\",\"minutes\":60}]",
                  "[{\"type\":\"ask\",\"question\":\"q.notice\"}]",
                  "Priya Nair is not at work: it is 18:00 where they are, and they work 09:00-18:00");
    /* a night shift wraps midnight: from 17:00 her next start is 22:00, 5 hours on */
    v->hours_from = 22 * 60, v->hours_to = 6 * 60;
    CHECK(!interview_available_at(sc, 0, 0));
    CHECK_INT(interview_next_available(sc, 0, 0), 300);
    CHECK(interview_available_at(sc, 0, 300 + 7 * 60 + 59) && !interview_available_at(sc, 0, 300 + 8 * 60));
    /* hours that never meet the window: coverage says her questions cannot be asked */
    v->hours_from = 9 * 60, v->hours_to = 12 * 60;
    v->available_until = 60;                                /* her 17:00-17:59 only */
    CHECK_INT(interview_next_available(sc, 0, 0), -1);
    Coverage cov;
    coverage_compute(sc, &cov);
    CHECK(!cov.question[Q_NOTICE] && cov.question[Q_JOIN]);
    coverage_free(&cov);
    v->hours_from = v->hours_to = -1, v->available_until = -1;
    sc->people[P_PRIYA].utc_offset = 0;
}

int main(void)
{
    Scenario *sc = build();
    test_good_interview(sc);
    test_blaming_interview(sc);
    test_typed(sc);
    test_refusals(sc);
    test_conditions(sc);
    test_hours(sc);
    test_classifier();
    test_matcher();
    scenario_destroy(sc);
    return testing_done("test_interview");
}
