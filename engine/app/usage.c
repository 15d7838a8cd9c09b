/* usage.c: the text of `incident-dojo --help`, in one place, so the man
 * page is generated from the same words (see usage.h). */
#include <stdio.h>
#include <string.h>
#include "usage.h"

const char app_usage[] =
    "Usage: incident-dojo [SCENARIO]\n"
    "  or:  incident-dojo --workshop [SCENARIO]\n"
    "  or:  incident-dojo COMMAND [ARGS...]\n"
    "Play scripted fake software incidents to practise learning from incidents:\n"
    "investigate the sources, interview the people involved, facilitate the\n"
    "review meeting and write the analysis, scored against the scenario's rubric.\n"
    "\n"
    "Commands:\n"
    "  list                        catalogued scenarios, one a line\n"
    "  check [--quiet] [--strict] [--coverage] [--watch] PATH...\n"
    "                              validate scenario files or folders; exit 1 on any\n"
    "                              error (--strict: on any warning too; --quiet: hide\n"
    "                              warnings; --coverage: also show what no play can\n"
    "                              reach: questions, facts, evidence, criteria;\n"
    "                              --watch: check again on every save, until Ctrl+C)\n"
    "  play SCENARIO --actions FILE [--out RESULT.json] [--save SAVE]\n"
    "                              replay an action log headless and print the score\n"
    "  score SAVE [--scenario SCENARIO]\n"
    "                              print the score of a saved session\n"
    "  report SAVE [--format md|json|xapi] [--out FILE] [--actor NAME]\n"
    "                              export a saved session: the written report in\n"
    "                              Markdown (default), the result with the report\n"
    "                              and timeline in JSON, or xAPI statements\n"
    "  sheets SCENARIO --out DIR   write a Markdown character sheet per interviewee,\n"
    "                              for role-playing the interviews in a workshop\n"
    "  aggregate RESULT.json... [--out FILE.md]\n"
    "                              a workshop's result files (one scenario) summed up\n"
    "                              in Markdown: score distributions, each criterion's\n"
    "                              met share, the evidence most missed, the questions\n"
    "                              most asked, the timelines side by side; with --out\n"
    "                              also FILE-scores.svg and FILE-criteria.svg\n"
    "  new NAME                    a new scenario folder NAME from a commented\n"
    "                              template that passes check, with a worked action\n"
    "                              log (NAME/expert.json) that scores it in full\n"
    "  graph SCENARIO [--out FILE.dot]\n"
    "                              the scenario as a Graphviz graph: evidence ->\n"
    "                              questions -> facts -> criteria, with what no play\n"
    "                              can reach marked\n"
    "  meta [--out FILE]           Lua Language Server definitions of every\n"
    "                              constructor, field and condition, for an editor\n"
    "                              (scenarios/.meta/incident-dojo.lua is this)\n"
    "  bench scroll|startup|load|search [OPTIONS]\n"
    "                              time a scripted scroll of a long chat, the\n"
    "                              start-up, loading a generated 100000-message\n"
    "                              scenario, or searching it; print the figures\n"
    "                              ('incident-dojo bench --help' for the options)\n"
    "\n"
    "Workshop mode:\n"
    "  --workshop [SCENARIO]       the desktop app for a facilitator and a room: the\n"
    "                              projector view, timed phases, reveals, teams taking\n"
    "                              turns (a save each) and a room debrief; F9 turns\n"
    "                              it on and off from the app\n"
    "\n"
    "Options:\n"
    "  -h, --help                  display this help and exit\n"
    "  -V, --version               output version information and exit\n"
    "\n"
    "Environment:\n"
    "  INCIDENT_DOJO_SCENARIOS     the scenarios folder (default: the one installed\n"
    "                              with the program, or beside it in a build tree)\n"
    "  INCIDENT_DOJO_ASSETS        the assets folder, holding fonts/ (default: as\n"
    "                              for the scenarios)\n"
    "  XDG_DATA_HOME               saves, profiles and exports, under incident-dojo/\n"
    "  XDG_CONFIG_HOME             settings, under incident-dojo/\n"
    "\n"
    "Scenarios are looked up as paths, then by id in the scenarios folder.\n"
    "Saves live under $XDG_DATA_HOME/incident-dojo/ (default ~/.local/share/incident-dojo/).\n"
    "Exit status: 0 on success, 1 when a check or replay fails, 2 on a usage error.\n";

/* A command's entry is its line "  NAME ..." under "Commands:" and the
 * lines indented under it; the description starts after a run of spaces. */
bool usage_print_command(const char *name, FILE *out)
{
    size_t n = strlen(name);
    const char *line = strstr(app_usage, "\nCommands:\n");
    for (; line && line[1]; line = strchr(line + 1, '\n')) {
        const char *entry = line + 3;
        if (strncmp(line + 1, "  ", 2) != 0 || strncmp(entry, name, n) != 0 ||
            (entry[n] != ' ' && entry[n] != '\n'))
            continue;
        const char *eol = strchr(entry, '\n'), *gap = strstr(entry, "   ");
        if (gap && gap > eol) gap = NULL;
        fprintf(out, "Usage: incident-dojo %.*s\n", (int)((gap ? gap : eol) - entry), entry);
        if (gap) fprintf(out, "  %.*s\n", (int)(eol - gap - strspn(gap, " ")), gap + strspn(gap, " "));
        for (const char *more = eol + 1; strncmp(more, "    ", 4) == 0; more = strchr(more, '\n') + 1) {
            const char *text = more + strspn(more, " ");
            fprintf(out, "  %.*s\n", (int)(strchr(text, '\n') - text), text);
        }
        return true;
    }
    return false;
}
