/* test_path.c: the participant's path replayed from a log: the minute
 * each action was taken, what it cost, its lane and its label; a refused
 * action ends the path. */
#include "fixture.h"
#include "core/path.h"
#include "testing.h"

static void test_steps(void)
{
    Scenario *sc = fixture_create();
    ActionLog log = fixture_log(
        "[{\"type\":\"open\",\"source\":\"pr-482\"},"          /* read_minutes 5 */
        "{\"type\":\"pin\",\"item\":\"r1\",\"marker\":\"diagnosis\"},"
        "{\"type\":\"advance\",\"minutes\":10},"
        "{\"type\":\"set_report\",\"field\":\"summary\",\"text\":\"Slow\"},"
        "{\"type\":\"open\",\"source\":\"runbook\"},"          /* 3600 characters: 3 minutes */
        "{\"type\":\"factor\",\"index\":0,\"text\":\"Retries\",\"evidence\":[\"r1\"]},"
        "{\"type\":\"unpin\",\"item\":\"m1\"},"                /* refused: not pinned */
        "{\"type\":\"advance\",\"minutes\":1}]");
    PathStep *steps;
    int n = path_build(sc, &log, &steps);
    CHECK_INT(n, 6);
    static const int minute[] = {0, 5, 5, 15, 15, 18}, cost[] = {5, 0, 10, 0, 3, 0};
    static const int lane[] = {PATH_INVESTIGATE, PATH_INVESTIGATE, -1, PATH_REPORT, PATH_INVESTIGATE, PATH_REPORT};
    for (int i = 0; i < n && i < 6; i++) {
        CHECK_INT(steps[i].action, i);
        CHECK_INT(steps[i].minute, minute[i]);
        CHECK_INT(steps[i].cost, cost[i]);
        CHECK_INT(steps[i].lane, lane[i]);
    }
    CHECK(steps[0].what.type == ENT_SOURCE && steps[0].what.index == FX_PR);
    CHECK(steps[1].what.type == ENT_ITEM && steps[1].what.index == FX_R1);
    CHECK_INT((int)steps[2].what.type, -1);
    char label[256];
    path_step_label(sc, &log, &steps[0], label, sizeof label);
    CHECK_STR(label, "Opened pr-482");
    path_step_label(sc, &log, &steps[1], label, sizeof label);
    CHECK_STR(label, "Pinned pr-482: LGTM");
    path_step_label(sc, &log, &steps[2], label, sizeof label);
    CHECK_STR(label, "Waited 10 min");
    path_step_label(sc, &log, &steps[3], label, sizeof label);
    CHECK_STR(label, "Wrote Summary");
    path_step_label(sc, &log, &steps[5], label, sizeof label);
    CHECK_STR(label, "Wrote contributing factor 1");
    free(steps);
    log_destroy(&log);
    scenario_destroy(sc);
}

static void test_lanes(void)
{
    CHECK_INT(path_lane(ACTION_TRIAGE), PATH_TRIAGE);
    CHECK_INT(path_lane(ACTION_ASK_TYPED), PATH_INTERVIEW);
    CHECK_INT(path_lane(ACTION_MOVE), PATH_MEETING);
    CHECK_INT(path_lane(ACTION_ORDER), PATH_REPORT);
    CHECK_INT(path_lane(ACTION_ADVANCE), -1);
    CHECK_STR(path_lane_name(PATH_INTERVIEW), "Interviews");
}

int main(void)
{
    test_steps();
    test_lanes();
    return testing_done("test_path");
}
