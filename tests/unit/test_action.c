/* test_action.c: the action vocabulary: every kind parsed and written in
 * canonical form, every kind of refusal with its message, and the log. */
#include <stdlib.h>
#include <string.h>
#include <cJSON.h>
#include "core/action.h"
#include "core/report.h"
#include "testing.h"

/* Parses text as one action; on refusal err holds the message. */
static bool parse(const char *text, Action *a, char *err, size_t errsize)
{
    cJSON *j = cJSON_Parse(text);
    if (!j) {
        snprintf(err, errsize, "test bug: not JSON: %s", text);
        memset(a, 0, sizeof *a);
        return false;
    }
    bool ok = action_from_json(j, a, err, errsize);
    cJSON_Delete(j);
    return ok;
}

/* The canonical text of a parsed action; caller frees. */
static char *canonical(const Action *a)
{
    cJSON *j = action_to_json(a);
    char *s = cJSON_PrintUnformatted(j);
    cJSON_Delete(j);
    return s;
}

/* Parses input, checks it writes as expected, and that parsing that output
 * writes the same text again. */
static void check_canonical(const char *input, const char *expected)
{
    Action a, b;
    char err[256] = "";
    bool ok = parse(input, &a, err, sizeof err);
    CHECK(ok);
    if (!ok) { fprintf(stderr, "  refused %s: %s\n", input, err); return; }
    char *out = canonical(&a);
    CHECK_STR(out, expected);
    CHECK(parse(out, &b, err, sizeof err));
    char *again = canonical(&b);
    CHECK_STR(again, out);
    free(out);
    free(again);
    action_clear(&a);
    action_clear(&b);
}

static void test_valid_kinds(void)
{
    Action a;
    char err[256];
    CHECK(parse("{\"type\":\"open\",\"source\":\"chat-inc\"}", &a, err, sizeof err));
    CHECK_INT(a.kind, ACTION_OPEN);
    CHECK_STR(a.target, "chat-inc");
    action_clear(&a);
    CHECK(a.target == NULL);

    CHECK(parse("{\"tags\":[\"dns\",\"Retry\"],\"marker\":\"key_moment\",\"item\":\"m1\","
                "\"type\":\"pin\",\"note\":\"first cue\"}", &a, err, sizeof err));
    CHECK_INT(a.kind, ACTION_PIN);
    CHECK_STR(a.target, "m1");
    CHECK_STR(a.note, "first cue");
    CHECK_INT(a.marker, MARKER_KEY_MOMENT);
    CHECK_INT(a.tag_count, 2);
    CHECK_STR(a.tags[1], "Retry");
    action_clear(&a);

    CHECK(parse("{\"type\":\"advance\",\"minutes\":10080}", &a, err, sizeof err));
    CHECK_INT(a.minutes, 10080);
    CHECK(parse("{\"type\":\"advance\",\"minutes\":1e1}", &a, err, sizeof err));
    CHECK_INT(a.minutes, 10);

    CHECK(parse("{\"type\":\"set_report\",\"field\":\"learn_more\",\"text\":\"\"}", &a, err, sizeof err));
    CHECK_INT(a.field, REPORT_LEARN_MORE);
    CHECK_STR(a.text, "");
    action_clear(&a);
    CHECK_STR(action_kind_name(ACTION_SET_REPORT), "set_report");
    CHECK_STR(action_kind_name(ACTION_UNPIN), "unpin");
}

static void test_canonical_form(void)
{
    check_canonical("{\"source\":\"chat-inc\",\"type\":\"open\"}",
                    "{\"type\":\"open\",\"source\":\"chat-inc\"}");
    check_canonical("{\"tags\":[\"b\",\"a\"],\"marker\":\"repair\",\"item\":\"m1\",\"type\":\"pin\","
                    "\"note\":\"n\"}",
                    "{\"type\":\"pin\",\"item\":\"m1\",\"note\":\"n\",\"marker\":\"repair\","
                    "\"tags\":[\"b\",\"a\"]}");
    /* An empty note and an empty tag list are the same as none. */
    check_canonical("{\"type\":\"pin\",\"item\":\"m1\",\"note\":\"\",\"tags\":[]}",
                    "{\"type\":\"pin\",\"item\":\"m1\"}");
    Action a;
    char err[256];
    CHECK(parse("{\"type\":\"pin\",\"item\":\"m1\",\"note\":\"\"}", &a, err, sizeof err));
    CHECK(a.note == NULL);
    action_clear(&a);
    check_canonical("{\"item\":\"m1\",\"type\":\"unpin\"}", "{\"type\":\"unpin\",\"item\":\"m1\"}");
    check_canonical("{\"minutes\":5.0,\"type\":\"advance\"}", "{\"type\":\"advance\",\"minutes\":5}");
    check_canonical("{\"text\":\"It was \\\"fine\\\"\\n\",\"field\":\"factors\",\"type\":\"set_report\"}",
                    "{\"type\":\"set_report\",\"field\":\"factors\",\"text\":\"It was \\\"fine\\\"\\n\"}");
}

/* Every refusal names what is wrong. */
static void check_refused(const char *input, const char *why)
{
    Action a;
    char err[256] = "";
    bool ok = parse(input, &a, err, sizeof err);
    CHECK(!ok);
    CHECK_CONTAINS(err, why);
    /* A refused action owns nothing. */
    CHECK(a.target == NULL && a.note == NULL && a.tags == NULL && a.text == NULL);
    if (ok) action_clear(&a);
}

static void test_refusals_shape(void)
{
    check_refused("[]", "an action must be a JSON object");
    check_refused("{}", "missing field 'type'");
    check_refused("{\"type\":3}", "field 'type' must be a string");
    check_refused("{\"type\":\"jump\"}",
                  "field 'type' must be one of open, pin, unpin, advance, set_report, triage, choose, ask, ask_typed, move, factor, order, hint, not 'jump'");
    check_refused("{\"Type\":\"open\",\"source\":\"a\"}", "missing field 'type'");
    check_refused("{\"type\":\"open\",\"source\":\"a\",\"item\":\"b\"}",
                  "unknown field 'item' for type 'open'");
    check_refused("{\"type\":\"advance\",\"minutes\":5,\"note\":\"x\"}",
                  "unknown field 'note' for type 'advance'");
    check_refused("{\"type\":\"open\",\"source\":\"a\",\"source\":\"b\"}",
                  "field 'source' appears more than once");
    check_refused("{\"type\":\"open\"}", "missing field 'source'");
    check_refused("{\"type\":\"open\",\"source\":7}", "field 'source' must be a string");
    check_refused("{\"type\":\"open\",\"source\":\"\"}", "field 'source' must not be empty");
    check_refused("{\"type\":\"pin\"}", "missing field 'item'");
    check_refused("{\"type\":\"pin\",\"item\":\"\"}", "field 'item' must not be empty");
    check_refused("{\"type\":\"unpin\",\"item\":null}", "field 'item' must be a string");
    check_refused("{\"type\":\"pin\",\"item\":\"m1\",\"note\":false}",
                  "field 'note' must be a string");
}

static void test_refusals_values(void)
{
    const char *minutes = "field 'minutes' must be an integer from 1 to 10080";
    check_refused("{\"type\":\"advance\"}", "missing field 'minutes'");
    check_refused("{\"type\":\"advance\",\"minutes\":0}", minutes);
    check_refused("{\"type\":\"advance\",\"minutes\":-5}", minutes);
    check_refused("{\"type\":\"advance\",\"minutes\":10081}", minutes);
    check_refused("{\"type\":\"advance\",\"minutes\":2.5}", minutes);
    check_refused("{\"type\":\"advance\",\"minutes\":\"5\"}", minutes);
    check_refused("{\"type\":\"advance\",\"minutes\":1e300}", minutes);
    const char *marker = "field 'marker' must be one of detection, diagnosis, repair, key_moment";
    check_refused("{\"type\":\"pin\",\"item\":\"m1\",\"marker\":\"blame\"}", marker);
    check_refused("{\"type\":\"pin\",\"item\":\"m1\",\"marker\":\"\"}", marker);
    check_refused("{\"type\":\"pin\",\"item\":\"m1\",\"marker\":2}", marker);
    check_refused("{\"type\":\"set_report\",\"field\":\"root_cause\",\"text\":\"x\"}",
                  "field 'field' must be one of summary, narrative");
    check_refused("{\"type\":\"set_report\",\"text\":\"x\"}", "missing field 'field'");
    check_refused("{\"type\":\"set_report\",\"field\":\"summary\"}", "missing field 'text'");
    check_refused("{\"type\":\"set_report\",\"field\":\"summary\",\"text\":12}",
                  "field 'text' must be a string");
}

/* Factors and the timeline's order: ids kept in the order given; an
 * empty evidence list is the same as none. */
static void test_factor_and_order(void)
{
    check_canonical("{\"evidence\":[\"m2\",\"f.a\"],\"text\":\"Retries\",\"index\":1.0,\"type\":\"factor\"}",
                    "{\"type\":\"factor\",\"index\":1,\"text\":\"Retries\",\"evidence\":[\"m2\",\"f.a\"]}");
    check_canonical("{\"type\":\"factor\",\"index\":0,\"text\":\"\",\"evidence\":[]}",
                    "{\"type\":\"factor\",\"index\":0,\"text\":\"\"}");
    check_canonical("{\"items\":[\"b\",\"a\"],\"type\":\"order\"}", "{\"type\":\"order\",\"items\":[\"b\",\"a\"]}");
    check_canonical("{\"type\":\"order\",\"items\":[]}", "{\"type\":\"order\",\"items\":[]}");
    const char *index = "field 'index' must be an integer from 0 to 31";
    check_refused("{\"type\":\"factor\",\"text\":\"x\"}", "missing field 'index'");
    check_refused("{\"type\":\"factor\",\"index\":32,\"text\":\"x\"}", index);
    check_refused("{\"type\":\"factor\",\"index\":-1,\"text\":\"x\"}", index);
    check_refused("{\"type\":\"factor\",\"index\":0.5,\"text\":\"x\"}", index);
    check_refused("{\"type\":\"factor\",\"index\":0}", "missing field 'text'");
    check_refused("{\"type\":\"factor\",\"index\":0,\"text\":\"x\",\"evidence\":\"m1\"}",
                  "field 'evidence' must be an array of ids");
    check_refused("{\"type\":\"factor\",\"index\":0,\"text\":\"x\",\"evidence\":[\"m1\",\"m1\"]}",
                  "field 'evidence' has 'm1' twice");
    check_refused("{\"type\":\"factor\",\"index\":0,\"text\":\"x\",\"evidence\":[\"\"]}",
                  "field 'evidence' must not be empty");
    check_refused("{\"type\":\"order\"}", "missing field 'items'");
    check_refused("{\"type\":\"order\",\"items\":[3]}", "field 'items' must be an array of ids (entry 0 is not)");
    /* 33 evidence ids is one too many. */
    char big[2048] = "{\"type\":\"factor\",\"index\":0,\"text\":\"x\",\"evidence\":[";
    for (int i = 0; i <= ACTION_MAX_EVIDENCE; i++)
        snprintf(big + strlen(big), sizeof big - strlen(big), "%s\"e%d\"", i ? "," : "", i);
    strcat(big, "]}");
    check_refused(big, "field 'evidence' holds 33 ids; at most 32 are allowed");
    check_canonical("{\"criterion\":\"c.x\",\"type\":\"hint\"}", "{\"type\":\"hint\",\"criterion\":\"c.x\"}");
    check_refused("{\"type\":\"hint\"}", "missing field 'criterion'");
    check_refused("{\"type\":\"hint\",\"criterion\":\"\"}", "field 'criterion' must not be empty");
}

/* Signals are a set written in the enumeration's order, whatever order
 * they came in; review is required and strictly boolean. */
static void test_triage(void)
{
    check_canonical("{\"signals\":[\"recurring\",\"many_teams\"],\"review\":true,\"case\":\"c1\",\"type\":\"triage\"}",
                    "{\"type\":\"triage\",\"case\":\"c1\",\"review\":true,\"signals\":[\"many_teams\",\"recurring\"]}");
    check_canonical("{\"type\":\"triage\",\"case\":\"c2\",\"review\":false,\"signals\":[]}",
                    "{\"type\":\"triage\",\"case\":\"c2\",\"review\":false}");
    Action a;
    char err[256];
    CHECK(parse("{\"type\":\"triage\",\"case\":\"c1\",\"review\":true,\"signals\":[\"lurkers\",\"near_miss\"]}",
                &a, err, sizeof err));
    CHECK(a.review);
    CHECK_INT((int)a.signals, (1 << SIGNAL_LURKERS) | (1 << SIGNAL_NEAR_MISS));
    CHECK_STR(a.target, "c1");
    action_clear(&a);
    check_refused("{\"type\":\"triage\",\"case\":\"c1\"}", "missing field 'review'");
    check_refused("{\"type\":\"triage\",\"review\":true}", "missing field 'case'");
    check_refused("{\"type\":\"triage\",\"case\":\"c1\",\"review\":1}", "field 'review' must be true or false");
    check_refused("{\"type\":\"triage\",\"case\":\"c1\",\"review\":true,\"signals\":[\"mttr\"]}",
                  "field 'signals' has 'mttr', which is not a signal");
    check_refused("{\"type\":\"triage\",\"case\":\"c1\",\"review\":true,\"signals\":[\"lurkers\",\"lurkers\"]}",
                  "field 'signals' has 'lurkers' twice");
    check_refused("{\"type\":\"triage\",\"case\":\"c1\",\"review\":true,\"signals\":\"lurkers\"}",
                  "field 'signals' must be an array");
    check_refused("{\"type\":\"triage\",\"case\":\"c1\",\"review\":true,\"note\":\"x\"}",
                  "unknown field 'note' for type 'triage'");
}

static void test_interview_actions(void)
{
    check_canonical("{\"why\":\"at detection\",\"people\":[\"priya\",\"dana\"],\"type\":\"choose\"}",
                    "{\"type\":\"choose\",\"people\":[\"priya\",\"dana\"],\"why\":\"at detection\"}");
    check_canonical("{\"type\":\"choose\",\"people\":[],\"why\":\"\"}", "{\"type\":\"choose\",\"people\":[]}");
    check_canonical("{\"question\":\"q.1\",\"type\":\"ask\"}", "{\"type\":\"ask\",\"question\":\"q.1\"}");
    check_canonical("{\"text\":\"What did you see?\",\"person\":\"dana\",\"type\":\"ask_typed\"}",
                    "{\"type\":\"ask_typed\",\"person\":\"dana\",\"text\":\"What did you see?\"}");
    check_refused("{\"type\":\"choose\"}", "missing field 'people'");
    check_refused("{\"type\":\"choose\",\"people\":\"dana\"}", "field 'people' must be an array");
    check_refused("{\"type\":\"choose\",\"people\":[\"dana\",3]}", "(entry 1 is not)");
    check_refused("{\"type\":\"choose\",\"people\":[\"dana\",\"dana\"]}", "field 'people' has 'dana' twice");
    check_refused("{\"type\":\"choose\",\"people\":[\"\"]}", "field 'people' must not be empty");
    check_refused("{\"type\":\"ask\"}", "missing field 'question'");
    check_refused("{\"type\":\"ask_typed\",\"person\":\"dana\"}", "missing field 'text'");
    check_refused("{\"type\":\"ask_typed\",\"person\":\"dana\",\"text\":\"\"}", "field 'text' must not be empty");
    char big[1100];
    memset(big, 'a', sizeof big - 1);
    big[sizeof big - 1] = 0;
    char json[1300];
    snprintf(json, sizeof json, "{\"type\":\"ask_typed\",\"person\":\"dana\",\"text\":\"%s\"}", big);
    check_refused(json, "field 'text' is longer than 1000 bytes");
}

static void test_move_actions(void)
{
    check_canonical("{\"person\":\"dana\",\"move\":\"invite\",\"type\":\"move\"}",
                    "{\"type\":\"move\",\"move\":\"invite\",\"person\":\"dana\"}");
    check_canonical("{\"move\":\"ground_rules\",\"type\":\"move\"}", "{\"type\":\"move\",\"move\":\"ground_rules\"}");
    check_refused("{\"type\":\"move\"}", "missing field 'move'");
    check_refused("{\"type\":\"move\",\"move\":\"shout\"}", "field 'move' must be one of ground_rules");
    check_refused("{\"type\":\"move\",\"move\":\"invite\",\"person\":\"\"}", "field 'person' must not be empty");
    check_refused("{\"type\":\"move\",\"move\":\"invite\",\"person\":4}", "field 'person' must be a string");
}

static void test_refusals_tags(void)
{
    check_refused("{\"type\":\"pin\",\"item\":\"m1\",\"tags\":\"dns\"}",
                  "field 'tags' must be an array of strings");
    check_refused("{\"type\":\"pin\",\"item\":\"m1\",\"tags\":[\"a\",3]}", "(entry 1 is not)");
    check_refused("{\"type\":\"pin\",\"item\":\"m1\",\"tags\":[\"\"]}",
                  "field 'tags' has an empty tag");
    check_refused("{\"type\":\"pin\",\"item\":\"m1\",\"tags\":[\"DNS\",\"x\",\"dns\"]}",
                  "field 'tags' has 'dns' twice");
    char buf[1024] = "{\"type\":\"pin\",\"item\":\"m1\",\"tags\":[";
    for (int i = 0; i < 33; i++)
        snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%s\"t%d\"", i ? "," : "", i);
    strcat(buf, "]}");
    check_refused(buf, "field 'tags' holds 33 tags; at most 32 are allowed");
    /* Exactly 32 is allowed. */
    Action a;
    char err[256];
    strcpy(strstr(buf, ",\"t32\""), "]}");
    CHECK(parse(buf, &a, err, sizeof err));
    CHECK_INT(a.tag_count, 32);
    action_clear(&a);
    char tag[200];
    memset(tag, 'x', 65);
    tag[65] = 0;
    snprintf(buf, sizeof buf, "{\"type\":\"pin\",\"item\":\"m1\",\"tags\":[\"%s\"]}", tag);
    check_refused(buf, "field 'tags' has a tag longer than 64 bytes");
}

/* Builds {"type":..., key: "<n times x>"} to test length limits. */
static char *long_field_json(const char *head, size_t n, const char *tail)
{
    size_t len = strlen(head) + n + strlen(tail) + 1;
    char *s = malloc(len);
    strcpy(s, head);
    memset(s + strlen(head), 'x', n);
    strcpy(s + strlen(head) + n, tail);
    return s;
}

static void test_refusals_lengths(void)
{
    char *j = long_field_json("{\"type\":\"open\",\"source\":\"", 257, "\"}");
    check_refused(j, "field 'source' is longer than 256 bytes");
    free(j);
    j = long_field_json("{\"type\":\"pin\",\"item\":\"m1\",\"note\":\"", 65537, "\"}");
    check_refused(j, "field 'note' is longer than 65536 bytes");
    free(j);
    j = long_field_json("{\"type\":\"set_report\",\"field\":\"summary\",\"text\":\"", 65537, "\"}");
    check_refused(j, "field 'text' is longer than 65536 bytes");
    free(j);
    Action a;
    char err[256];
    j = long_field_json("{\"type\":\"set_report\",\"field\":\"summary\",\"text\":\"", 65536, "\"}");
    CHECK(parse(j, &a, err, sizeof err));
    action_clear(&a);
    free(j);
}

/* Actions built in code are held to the same rules as parsed ones. */
static void test_validate(void)
{
    char err[256];
    Action a = {.kind = ACTION_ADVANCE, .minutes = 0};
    CHECK(!action_validate(&a, err, sizeof err));
    CHECK_STR(err, "field 'minutes' must be an integer from 1 to 10080");
    a.minutes = 30;
    CHECK(action_validate(&a, err, sizeof err));
    Action p = {.kind = ACTION_PIN, .target = "m1", .marker = (Marker)99};
    CHECK(!action_validate(&p, err, sizeof err));
    CHECK_CONTAINS(err, "field 'marker'");
    p.marker = MARKER_REPAIR;
    p.tag_count = 33;
    CHECK(!action_validate(&p, err, sizeof err));
    CHECK_CONTAINS(err, "at most 32");
    Action r = {.kind = ACTION_SET_REPORT, .field = REPORT_FIELD_COUNT, .text = "x"};
    CHECK(!action_validate(&r, err, sizeof err));
    CHECK_CONTAINS(err, "field 'field'");
    Action o = {.kind = ACTION_OPEN, .target = ""};
    CHECK(!action_validate(&o, err, sizeof err));
    CHECK_STR(err, "field 'source' must not be empty");
}

static void test_log(void)
{
    const char *text = "[{\"type\":\"open\",\"source\":\"chat-inc\"},"
                       "{\"type\":\"pin\",\"item\":\"m1\",\"marker\":\"detection\"},"
                       "{\"type\":\"advance\",\"minutes\":15}]";
    cJSON *j = cJSON_Parse(text);
    ActionLog log;
    char err[256] = "";
    CHECK(log_from_json(j, &log, err, sizeof err));
    CHECK_INT(log.count, 3);
    cJSON *back = log_to_json(&log);
    char *out = cJSON_PrintUnformatted(back);
    CHECK_STR(out, text);
    free(out);
    cJSON_Delete(back);
    cJSON_Delete(j);

    Action extra = {.kind = ACTION_UNPIN, .target = strdup("m1")};
    log_push(&log, &extra);
    CHECK(extra.target == NULL);    /* ownership moved into the log */
    CHECK_INT(log.count, 4);
    CHECK_STR(log.items[3].target, "m1");
    log_destroy(&log);
    CHECK(log.items == NULL && log.count == 0);

    j = cJSON_Parse("[{\"type\":\"open\",\"source\":\"a\"},{\"type\":\"advance\",\"minutes\":1},"
                    "{\"type\":\"advance\",\"minutes\":0}]");
    CHECK(!log_from_json(j, &log, err, sizeof err));
    CHECK_STR(err, "action 2: field 'minutes' must be an integer from 1 to 10080");
    CHECK(log.items == NULL && log.count == 0);
    cJSON_Delete(j);

    j = cJSON_Parse("{\"type\":\"open\"}");
    CHECK(!log_from_json(j, &log, err, sizeof err));
    CHECK_STR(err, "the action log must be a JSON array");
    cJSON_Delete(j);

    j = cJSON_Parse("[]");
    CHECK(log_from_json(j, &log, err, sizeof err));
    CHECK_INT(log.count, 0);
    log_destroy(&log);
    cJSON_Delete(j);
}

int main(void)
{
    test_move_actions();
    test_interview_actions();
    test_triage();
    test_factor_and_order();
    test_valid_kinds();
    test_canonical_form();
    test_refusals_shape();
    test_refusals_values();
    test_refusals_tags();
    test_refusals_lengths();
    test_validate();
    test_log();
    return testing_done("test_action");
}
