/* graph_cmd.c: `incident-dojo graph SCENARIO [--out FILE.dot]`: the scenario
 * as a Graphviz graph (core/graph.h), to stdout or written atomically. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "app.h"
#include "catalog.h"
#include "core/graph.h"
#include "script/loader.h"

static const char graph_usage_text[] =
    "Usage: incident-dojo graph SCENARIO [--out FILE.dot]\n"
    "Print SCENARIO as a Graphviz graph, left to right: the evidence its conditions\n"
    "name, its questions, the facts their answers reveal, and its criteria with what\n"
    "each rests on. What no play can reach (as 'check --coverage' finds) is red and\n"
    "dashed and says \"unreachable\"; a criterion resting on a Lua function is dotted.\n"
    "View it with: dot -Tsvg FILE.dot -o FILE.svg\n"
    "\n"
    "  -o, --out FILE  write the graph to FILE instead of standard output\n"
    "  -h, --help      display this help and exit\n"
    "\n"
    "Exit status: 0 on success, 1 when the scenario has errors or FILE cannot be\n"
    "written, 2 on a usage error.\n";

static int graph_usage_error(const char *fmt, const char *arg) __attribute__((format(printf, 1, 0)));
static int graph_usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "incident-dojo graph: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\nUsage: incident-dojo graph SCENARIO [--out FILE.dot]\n"
                    "Try 'incident-dojo graph --help' for more information.\n");
    return 2;
}


int cmd_graph(int argc, char **argv)
{
    const char *scenario = NULL, *out = NULL;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            fputs(graph_usage_text, stdout);
            return 0;
        }
        if (strcmp(a, "--out") == 0 || strcmp(a, "-o") == 0) {
            if (i + 1 >= argc || !*argv[i + 1]) return graph_usage_error("option '%s' requires a file", a);
            out = argv[++i];
        } else if (strncmp(a, "--out=", 6) == 0 && a[6]) {
            out = a + 6;
        } else if (a[0] == '-' && a[1]) {
            return graph_usage_error("unrecognized option '%s'", a);
        } else if (scenario) {
            return graph_usage_error("one scenario at a time, not also '%s'", a);
        } else {
            scenario = a;
        }
    }
    if (!scenario) return graph_usage_error("missing %s", "SCENARIO");
    Scenario *sc = catalog_load(scenario, NULL, false);
    if (!sc) return 1;
    char *dot = graph_write_dot(sc);
    bool ok = out ? app_write_text_file(out, dot) : fputs(dot, stdout) >= 0 && fflush(stdout) == 0;
    free(dot);
    scenario_destroy(sc);
    return ok ? 0 : 1;
}
