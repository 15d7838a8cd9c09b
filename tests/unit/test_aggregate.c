/* test_aggregate.c: a workshop's results summed up, from hand-built result
 * JSON: met shares, histograms, the evidence most missed, the questions
 * most asked, and the refusals. */
#include <stdlib.h>
#include "core/aggregate.h"
#include "testing.h"

/* Criteria c1 (10 points, evidence e1 e2) and c2 (5 points, evidence e3
 * e1); pins and learned facts are what the participant had in hand. */
static char *result(const char *actor, double score, int c1e, bool c1m, int c2e, bool c2m,
                    const char *pins, const char *questions, const char *learned)
{
    char *buf = malloc(4096);
    snprintf(buf, 4096,
             "{\"scenario\":\"s1\",\"title\":\"Scenario one\",%s%s%s\"score\":%.1f,\"earned\":%d,\"possible\":15,"
             "\"categories\":{\"investigation\":{\"earned\":%d,\"possible\":10,\"score\":%.1f},"
             "\"analysis\":{\"earned\":%d,\"possible\":5,\"score\":%.1f}},"
             "\"criteria\":[{\"id\":\"c1\",\"title\":\"Find the trigger\",\"category\":\"investigation\","
             "\"points\":10,\"earned\":%d,\"met\":%s,\"evidence\":[\"e1\",\"e2\"]},"
             "{\"id\":\"c2\",\"title\":\"Mark the repair\",\"category\":\"analysis\",\"points\":5,"
             "\"earned\":%d,\"met\":%s,\"evidence\":[\"e3\",\"e1\"]}],"
             "\"interviews\":[{\"person\":\"priya\",\"questions\":[%s],\"learned\":[%s]}],"
             "\"timeline\":[%s]}",
             actor ? "\"actor\":\"" : "", actor ? actor : "", actor ? "\"," : "", score, c1e + c2e,
             c1e, c1e * 10.0, c2e, c2e * 20.0, c1e, c1m ? "true" : "false", c2e, c2m ? "true" : "false",
             questions, learned, pins);
    return buf;
}

static bool add(Aggregate *a, const char *file, char *json)
{
    char err[512];
    bool ok = aggregate_add_json(a, file, json, err, sizeof err);
    if (!ok) fprintf(stderr, "%s\n", err);
    free(json);
    return ok;
}

static void test_counts(void)
{
    Aggregate *a = aggregate_create();
    /* ana: all met. ben: c1 partial (5/10), pinned e1 only; c2 missed.
     * cy: all missed, learned e2, pinned nothing. */
    CHECK(add(a, "runs/ana.json", result("Ana", 100, 10, true, 5, true,
              "{\"item\":\"e1\",\"at\":\"12:00\",\"marker\":\"detection\"},{\"item\":\"e3\",\"at\":\"12:30\"}",
              "\"q.a\",\"q.b\"", "")));
    CHECK(add(a, "runs/ben.json", result(NULL, 33.3, 5, false, 0, false,
              "{\"item\":\"e1\",\"at\":\"12:00\"}", "\"q.b\",\"q.b\",\"Why?\"", "")));
    CHECK(add(a, "cy.json", result(NULL, 0, 0, false, 0, false, "", "\"q.b\"", "\"e2\"")));
    aggregate_compute(a);
    CHECK_INT(a->count, 3);
    CHECK_STR(a->scenario, "s1");
    CHECK_STR(a->people[0].name, "Ana");
    CHECK_STR(a->people[1].name, "ben");
    CHECK_STR(a->people[2].name, "cy");
    CHECK_INT(a->people[0].pin_count, 2);
    CHECK_STR(a->people[0].pins[0].marker, "detection");
    CHECK_STR(a->people[0].pins[1].marker, "");
    /* criteria */
    CHECK_INT(a->criterion_count, 2);
    CHECK_STR(a->criteria[0].id, "c1");
    CHECK_INT(a->criteria[0].met, 1);
    CHECK_INT(a->criteria[0].partial, 1);
    CHECK_INT(a->criteria[0].missed, 1);
    CHECK_INT((int)(a->criteria[0].mean_earned * 10 + 0.5), 50);
    CHECK_INT(a->criteria[0].bins[0], 1);   /* 0/10 */
    CHECK_INT(a->criteria[0].bins[2], 1);   /* 5/10 = 50% */
    CHECK_INT(a->criteria[0].bins[4], 1);   /* 10/10 */
    CHECK_INT(a->criteria[1].met, 1);
    CHECK_INT(a->criteria[1].missed, 2);
    /* totals and categories */
    CHECK_INT((int)(a->mean * 10 + 0.5), 444);
    CHECK_INT((int)(a->median * 10 + 0.5), 333);
    CHECK_INT(a->score_bins[0], 1);
    CHECK_INT(a->score_bins[3], 1);
    CHECK_INT(a->score_bins[9], 1);
    CHECK_INT(a->category_count, 2);
    CHECK_STR(a->categories[0].name, "investigation");
    CHECK_INT((int)(a->categories[0].mean + 0.5), 50);
    CHECK_INT((int)a->categories[1].max, 100);
    /* most-missed: ben missed c1 (e2 unfound; e1 pinned) and c2 (e3);
     * cy missed both (e1, e3; e2 learned), each id once per person. */
    CHECK_INT(a->evidence_count, 3);
    CHECK_STR(a->evidence[0].id, "e3");
    CHECK_INT(a->evidence[0].count, 2);
    CHECK_STR(a->evidence[0].criterion, "Mark the repair");
    CHECK_STR(a->evidence[1].id, "e1");
    CHECK_INT(a->evidence[1].count, 1);
    CHECK_STR(a->evidence[1].criterion, "Find the trigger");
    CHECK_STR(a->evidence[2].id, "e2");
    /* most-asked: q.b by all three (ben twice counts once) */
    CHECK_INT(a->question_count, 3);
    CHECK_STR(a->questions[0].id, "q.b");
    CHECK_INT(a->questions[0].count, 3);
    CHECK_STR(a->questions[0].person, "priya");
    CHECK_STR(a->questions[1].id, "Why?");
    CHECK_STR(a->questions[2].id, "q.a");
    char *md = aggregate_markdown(a, "out", NULL);
    CHECK_CONTAINS(md, "## Criteria");
    CHECK_CONTAINS(md, "| Find the trigger | investigation | 1 | 1 | 1 | 5.0 / 10 | 1 · 0 · 1 · 0 · 1 |");
    CHECK_CONTAINS(md, "| `e3` | 2 of 3 | Mark the repair |");
    CHECK_CONTAINS(md, "| q.b | priya | 3 | 100% |");
    CHECK_CONTAINS(md, "![Score distribution](out-scores.svg)");
    CHECK_CONTAINS(md, "| 12:00 **detection** `e1` | 12:00 `e1` | |");
    char *md2 = aggregate_markdown(a, "out", NULL);
    CHECK_STR(md, md2);
    char *svg = aggregate_svg_criteria(a);
    CHECK_CONTAINS(svg, "1 of 3 met");
    free(md), free(md2), free(svg);
    aggregate_destroy(a);
}

static void test_refusals(void)
{
    Aggregate *a = aggregate_create();
    char err[512];
    CHECK(!aggregate_add_json(a, "notes.json", "not json", err, sizeof err));
    CHECK_CONTAINS(err, "notes.json: not a result file");
    CHECK(!aggregate_add_json(a, "save.json", "{\"scenario\":{\"id\":\"s1\"},\"actions\":[]}", err, sizeof err));
    CHECK_CONTAINS(err, "save.json: not a result file");
    CHECK(!aggregate_add_json(a, "x.json", "{\"scenario\":\"s1\",\"score\":1,\"earned\":1,\"possible\":2,"
                              "\"criteria\":[{\"id\":\"c1\"}]}", err, sizeof err));
    CHECK_CONTAINS(err, "x.json: criteria[0] needs");
    CHECK_INT(a->count, 0);
    CHECK(add(a, "a.json", result(NULL, 50, 5, false, 0, false, "", "", "")));
    char *other = result(NULL, 50, 5, false, 0, false, "", "", "");
    other[14] = '2';   /* "s1" -> "s2" */
    CHECK(!aggregate_add_json(a, "b.json", other, err, sizeof err));
    CHECK_CONTAINS(err, "b.json: a result of scenario 's2', but a.json is of 's1'");
    free(other);
    CHECK_INT(a->count, 1);
    CHECK(!aggregate_add_file(a, "/nonexistent/r.json", err, sizeof err));
    CHECK_CONTAINS(err, "/nonexistent/r.json");
    aggregate_compute(a);
    CHECK_INT(a->question_count, 0);
    CHECK_INT(a->evidence_count, 3);
    aggregate_destroy(a);
}

int main(void)
{
    test_counts();
    test_refusals();
    return testing_done("test_aggregate");
}
