/* main.c: the command line. Subcommands run headless and exit; with no
 * subcommand the desktop app starts. */
#include <stdio.h>
#include <string.h>
#include "app.h"

static const char usage[] =
    "Usage: incident-dojo [SCENARIO]\n"
    "  or:  incident-dojo --workshop [SCENARIO]\n"
    "  or:  incident-dojo COMMAND [ARGS...]\n"
    "Play scripted fake software incidents to practise learning from incidents:\n"
    "investigate the sources, interview the people involved, facilitate the\n"
    "review meeting and write the analysis, scored against the scenario's rubric.\n"
    "\n"
    "Commands:\n"
    "  list                        catalogued scenarios, one a line\n"
    "  check [--quiet] [--strict] [--coverage] PATH...\n"
    "                              validate scenario files or folders; exit 1 on any\n"
    "                              error (--strict: on any warning too; --quiet: hide\n"
    "                              warnings; --coverage: also show what no play can\n"
    "                              reach: questions, facts, evidence, criteria)\n"
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
    "Scenarios are looked up as paths, then by id in the scenarios folder.\n"
    "Saves live under $XDG_DATA_HOME/incident-dojo/ (default ~/.local/share/incident-dojo/).\n"
    "Exit status: 0 on success, 1 when a check or replay fails, 2 on a usage error.\n";

static int print_version(void)
{
    printf("incident-dojo %s\n"
           "Copyright (C) 2026 the Incident Dojo authors.\n"
           "License: MIT. This is free software: you are free to change and redistribute it.\n"
           "There is NO WARRANTY, to the extent permitted by law.\n",
           DOJO_VERSION);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc >= 2) {
        const char *cmd = argv[1];
        if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
            fputs(usage, stdout);
            return 0;
        }
        if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "-V") == 0) return print_version();
        if (strcmp(cmd, "list") == 0) return cmd_list(argc - 2, argv + 2);
        if (strcmp(cmd, "check") == 0) return cmd_check(argc - 2, argv + 2);
        if (strcmp(cmd, "play") == 0) return cmd_play(argc - 2, argv + 2);
        if (strcmp(cmd, "score") == 0) return cmd_score(argc - 2, argv + 2);
        if (strcmp(cmd, "report") == 0) return cmd_report(argc - 2, argv + 2);
        if (strcmp(cmd, "bench") == 0) return cmd_bench(argc - 2, argv + 2);
        if (strcmp(cmd, "sheets") == 0) return cmd_sheets(argc - 2, argv + 2);
        if (strcmp(cmd, "aggregate") == 0) return cmd_aggregate(argc - 2, argv + 2);
        if (strcmp(cmd, "meta") == 0) return cmd_meta(argc - 2, argv + 2);
        if (strcmp(cmd, "--workshop") == 0) return app_run_workshop(argc >= 3 ? argv[2] : NULL);
        if (cmd[0] == '-') {
            fprintf(stderr, "incident-dojo: unrecognized option '%s'\n"
                            "Try 'incident-dojo --help' for more information.\n", cmd);
            return 2;
        }
    }
    return app_run_desktop(argc >= 2 ? argv[1] : NULL);
}
