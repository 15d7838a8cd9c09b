/* test_graph.c: the Graphviz graph of a scenario (core/graph.h) on
 * tests/scenario/coverage, whose nodes and edges were worked out by hand
 * from the fixture, on a scenario with text DOT must escape, and on the
 * tutorial, which must show every fact and criterion and nothing marked. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "core/graph.h"
#include "script/loader.h"
#include "testing.h"

static Scenario *load(const char *path)
{
    Diags d = {0};
    Scenario *sc = loader_load(path, NULL, &d, NULL);
    CHECK(sc != NULL && d.errors == 0);
    if (!sc) diags_print(&d, stderr);
    diags_destroy(&d);
    return sc;
}

/* The line that declares node id, or NULL. Returned in buf. */
static const char *node_line(const char *dot, const char *id, char *buf, size_t size)
{
    char head[256];
    snprintf(head, sizeof head, "\n    \"%s\" [", id);
    const char *p = strstr(dot, head);
    if (!p) return NULL;
    p++;
    size_t n = strcspn(p, "\n");
    snprintf(buf, size, "%.*s", (int)n, p);
    return buf;
}

/* The line of the edge from -> to, or NULL; not the invisible chain that
 * orders the columns. */
static const char *edge_line(const char *dot, const char *from, const char *to, char *buf, size_t size)
{
    char head[256];
    snprintf(head, sizeof head, "\n  \"%s\" -> \"%s\"", from, to);
    for (const char *p = dot; (p = strstr(p, head)); p++) {
        size_t n = strcspn(p + 1, "\n");
        snprintf(buf, size, "%.*s", (int)n, p + 1);
        if (!strstr(buf, "style=invis")) return buf;
    }
    return NULL;
}

static void check_node(const char *dot, const char *id, bool marked)
{
    char line[2048];
    const char *l = node_line(dot, id, line, sizeof line);
    if (!l) fprintf(stderr, "no node %s\n", id);
    CHECK(l != NULL);
    if (!l) return;
    CHECK(marked == (strstr(l, "(unreachable)") != NULL));
    CHECK(marked == (strstr(l, "tooltip=\"unreachable: ") != NULL));
    CHECK(marked == (strstr(l, "color=red") != NULL));
}

static void check_edge(const char *dot, const char *from, const char *to, bool marked)
{
    char line[2048];
    const char *l = edge_line(dot, from, to, line, sizeof line);
    if (!l) fprintf(stderr, "no edge %s -> %s\n", from, to);
    CHECK(l != NULL);
    if (l) CHECK(marked == (strstr(l, "color=red") != NULL && strstr(l, "unreachable") != NULL));
}

static int count(const char *hay, const char *needle)
{
    int n = 0;
    for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle)) n++;
    return n;
}

static void test_fixture(const char *tests)
{
    char path[512], line[2048];
    snprintf(path, sizeof path, "%s/scenario/coverage", tests);
    Scenario *sc = load(path);
    if (!sc) return;
    char *dot = graph_write_dot(sc);
    CHECK_CONTAINS(dot, "digraph \"coverage\" {");
    CHECK_CONTAINS(dot, "rankdir=LR");
    /* evidence: only m1, which c.never pins; m2 is inside a Lua function, the chat is never opened */
    check_node(dot, "m1", false);
    CHECK(node_line(dot, "m2", line, sizeof line) == NULL);
    CHECK(node_line(dot, "c", line, sizeof line) == NULL);
    check_node(dot, "q.first", false);
    check_node(dot, "q.second", false);       /* after q.first reveals f.first */
    check_node(dot, "q.ben", true);           /* Ben is never available */
    check_node(dot, "q.after-ben", true);     /* needs Ben's fact */
    check_node(dot, "f.first", false);
    check_node(dot, "f.second", false);
    check_node(dot, "f.bens", true);
    check_node(dot, "f.after-ben", true);
    check_node(dot, "c.reach", false);
    check_node(dot, "c.never", true);
    check_node(dot, "c.candor", false);
    check_node(dot, "c.lua", false);
    CHECK_CONTAINS(node_line(dot, "c.lua", line, sizeof line), "(Lua function)");
    CHECK_CONTAINS(line, "dotted");
    CHECK(strstr(node_line(dot, "c.reach", line, sizeof line), "(Lua function)") == NULL);
    CHECK_CONTAINS(node_line(dot, "c.reach", line, sizeof line), "interviews, 5 pts");
    CHECK_CONTAINS(node_line(dot, "c.candor", line, sizeof line), "also on: interviews");
    CHECK_CONTAINS(node_line(dot, "q.ben", line, sizeof line), "to Ben, open");
    /* edges: when -> question, question -> fact it reveals, named -> criterion */
    check_edge(dot, "f.first", "q.second", false);
    check_edge(dot, "q.first", "f.first", false);
    check_edge(dot, "q.second", "f.second", false);
    check_edge(dot, "f.bens", "q.after-ben", true);
    check_edge(dot, "q.ben", "f.bens", true);
    check_edge(dot, "q.after-ben", "f.after-ben", true);
    check_edge(dot, "f.second", "c.reach", false);
    check_edge(dot, "m1", "c.never", false);      /* m1 can be pinned: only its partner fails */
    check_edge(dot, "f.after-ben", "c.never", true);
    CHECK_INT(count(dot, "\" -> \""), 9 + 3);     /* and the invisible chain of the columns' first nodes */
    CHECK_INT(count(dot, "[style=invis]"), 1);
    CHECK_CONTAINS(dot, "\n  \"m1\" -> \"q.second\" -> \"f.first\" -> \"c.reach\" [style=invis];\n}\n");
    CHECK_INT(count(dot, "(unreachable)"), 5);
    char *again = graph_write_dot(sc);
    CHECK_STR(again, dot);
    free(again);
    free(dot);
    scenario_destroy(sc);
}

static const char escape_lua[] =
    "scenario { id = \"esc\", title = \"Quote \\\"and\\\" back\\\\slash\", summary = \"s\", difficulty = \"easy\",\n"
    "    minutes = 5, format = 1, started = \"2026-03-14T09:00:00Z\", ended = \"2026-03-14T10:00:00Z\" }\n"
    "team { id = \"ops\", name = \"Ops\", kind = \"engineering\" }\n"
    "person { id = \"ana\", name = \"Ana\", team = \"ops\" }\n"
    "chat { id = \"c\", title = \"#ops\", msg { id = \"m.1\", at = \"09:05\", who = \"ana\", text = \"ok\" } }\n"
    "person { id = \"bo\", name = \"Bo\", team = \"ops\" }\n"
    "interviewee { who = \"ana\", disposition = \"calm\" }\n"
    "interviewee { who = \"bo\", disposition = \"defensive\", candor = 10, open = 0 }\n"
    "fact { id = \"f.deep\", who = \"bo\", text = \"Only at full candor.\" }\n"
    "question { id = \"q.bo\", who = \"bo\", kind = \"open\", text = \"And you?\",\n"
    "    answer { candor = 100, text = \"Deep.\", reveals = { \"f.deep\", \"f.also\" } }, answer { text = \"No.\" } }\n"
    "fact { id = \"f.also\", who = \"bo\", text = \"Said plainly elsewhere.\" }\n"
    "question { id = \"q.bo2\", who = \"bo\", kind = \"cue\", text = \"What did you see?\",\n"
    "    answer { text = \"That.\", reveals = { \"f.also\" } } }\n"
    "fact { id = \"f.q\", who = \"ana\", text = \"She said \\\"run \\\\N\\\"\\nthen left\" }\n"
    "fact { id = \"f.long\", who = \"ana\", text = \"" "abcdefghij abcdefghij abcdefghij abcdefghij abcdefghij\" }\n"
    "question { id = \"q.1\", who = \"ana\", kind = \"open\", text = \"What happened?\",\n"
    "    answer { text = \"This.\", reveals = { \"f.q\", \"f.long\" } } }\n"
    "criterion { id = \"c.1\", title = \"Pin it\", category = \"investigation\", points = 1, met = \"y\",\n"
    "    missed = \"n\", when = all { pinned \"m.1\", learned \"f.q\" } }\n";

/* Quotes, backslashes and newlines in the scenario's text come out as DOT
 * escapes on one line; long text is cut. */
static void test_escape(void)
{
    char dir[] = "/tmp/test_graph_XXXXXX", path[600];
    CHECK(mkdtemp(dir) != NULL);
    snprintf(path, sizeof path, "%s/esc.lua", dir);
    FILE *f = fopen(path, "w");
    CHECK(f != NULL);
    if (!f) return;
    fputs(escape_lua, f);
    fclose(f);
    Scenario *sc = load(path);
    char *dot = sc ? graph_write_dot(sc) : NULL;
    char line[2048];
    CHECK_CONTAINS(dot, "label=\"Quote \\\"and\\\" back\\\\slash (esc)");
    CHECK_CONTAINS(node_line(dot ? dot : "", "f.q", line, sizeof line), "She said \\\"run \\\\N\\\" then left");
    CHECK_CONTAINS(node_line(dot ? dot : "", "f.long", line, sizeof line),
                   "\\nabcdefghij abcdefghij abcdefghij abcdefg...\\n");
    CHECK_CONTAINS(node_line(dot ? dot : "", "m.1", line, sizeof line), "Ana, message in #ops");
    check_edge(dot ? dot : "", "m.1", "c.1", false);
    check_edge(dot ? dot : "", "q.1", "f.long", false);
    CHECK_INT(count(dot ? dot : "", "label=\"candor"), 2);   /* only q.bo's answer needs candor: two facts */
    /* Bo's candor cannot rise (open = 0): the question can be asked, its deep answer never given */
    check_node(dot ? dot : "", "q.bo", false);
    check_node(dot ? dot : "", "f.deep", true);
    check_edge(dot ? dot : "", "q.bo", "f.deep", true);
    CHECK_CONTAINS(edge_line(dot ? dot : "", "q.bo", "f.deep", line, sizeof line), "label=\"candor 100+\"");
    /* f.also is learned from q.bo2 at any candor: the fact and that edge
     * stand, and only q.bo's edge to it (candor 100; Bo reaches 10 + 4) is marked */
    check_node(dot ? dot : "", "f.also", false);
    check_edge(dot ? dot : "", "q.bo2", "f.also", false);
    check_edge(dot ? dot : "", "q.bo", "f.also", true);
    CHECK_CONTAINS(edge_line(dot ? dot : "", "q.bo", "f.also", line, sizeof line),
                   "unreachable: the answer needs a candor the person never reaches");
    free(dot);
    if (sc) scenario_destroy(sc);
    unlink(path);
    rmdir(dir);
}

/* The tutorial: every fact, question and criterion a node, nothing marked. */
static void test_tutorial(const char *tests)
{
    char path[512], line[2048];
    snprintf(path, sizeof path, "%s/../scenarios/tutorial", tests);
    Scenario *sc = load(path);
    if (!sc) return;
    char *dot = graph_write_dot(sc);
    CHECK(sc->fact_count > 0 && sc->criterion_count > 0);
    for (int i = 0; i < sc->fact_count; i++) CHECK(node_line(dot, sc->facts[i].id, line, sizeof line) != NULL);
    for (int i = 0; i < sc->question_count; i++) CHECK(node_line(dot, sc->questions[i].id, line, sizeof line) != NULL);
    for (int i = 0; i < sc->criterion_count; i++) CHECK(node_line(dot, sc->criteria[i].id, line, sizeof line) != NULL);
    CHECK(strstr(dot, "unreachable") == NULL);
    CHECK(strstr(dot, "color=red") == NULL);
    CHECK(count(dot, "\" -> \"") > sc->fact_count);
    /* q.priya-help: asked after q.priya-notice; f.platform-paging at candor 55, f.offsite at 30 or 55 */
    CHECK_STR(edge_line(dot, "q.priya-notice", "q.priya-help", line, sizeof line),
              "  \"q.priya-notice\" -> \"q.priya-help\";");
    CHECK_CONTAINS(edge_line(dot, "q.priya-help", "f.platform-paging", line, sizeof line), "[label=\"candor 55+\"]");
    CHECK_CONTAINS(edge_line(dot, "q.priya-help", "f.offsite", line, sizeof line), "[label=\"candor 30+\"]");
    free(dot);
    scenario_destroy(sc);
}

int main(int argc, char **argv)
{
    if (argc < 2) { fprintf(stderr, "usage: test_graph TESTS_DIR\n"); return 2; }
    test_fixture(argv[1]);
    test_escape();
    test_tutorial(argv[1]);
    return testing_done("test_graph");
}
