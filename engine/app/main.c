/* main.c: the command line. Subcommands run headless and exit; with no
 * subcommand the desktop app starts. */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include "app.h"
#include "usage.h"

static int print_version(void)
{
    printf("incident-dojo %s\n"
           "Copyright (C) 2026 the Incident Dojo authors.\n"
           "License: MIT. This is free software: you are free to change and redistribute it.\n"
           "There is NO WARRANTY, to the extent permitted by law.\n",
           DOJO_VERSION);
    return 0;
}

/* The subcommands; own_help: it answers --help itself, with more than
 * its entry in the usage text. */
static const struct Command {
    const char *name;
    int (*run)(int argc, char **argv);
    bool own_help;
} commands[] = {
    {"list", cmd_list, false},
    {"check", cmd_check, false},
    {"play", cmd_play, false},
    {"score", cmd_score, false},
    {"report", cmd_report, false},
    {"bench", cmd_bench, true},
    {"sheets", cmd_sheets, true},
    {"aggregate", cmd_aggregate, false},
    {"meta", cmd_meta, false},
    {"new", cmd_new, false},
    {"graph", cmd_graph, true},
};

static bool is_help(const char *arg)
{
    return strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0;
}

int main(int argc, char **argv)
{
    if (argc >= 2) {
        const char *cmd = argv[1];
        if (is_help(cmd)) {
            fputs(app_usage, stdout);
            return 0;
        }
        if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "-V") == 0) return print_version();
        for (size_t i = 0; i < sizeof commands / sizeof *commands; i++) {
            if (strcmp(cmd, commands[i].name) != 0) continue;
            if (argc >= 3 && is_help(argv[2]) && !commands[i].own_help && usage_print_command(cmd, stdout))
                return 0;
            return commands[i].run(argc - 2, argv + 2);
        }
        if (strcmp(cmd, "--workshop") == 0) return app_run_workshop(argc >= 3 ? argv[2] : NULL);
        if (cmd[0] == '-') {
            fprintf(stderr, "incident-dojo: unrecognized option '%s'\n"
                            "Try 'incident-dojo --help' for more information.\n", cmd);
            return 2;
        }
    }
    return app_run_desktop(argc >= 2 ? argv[1] : NULL);
}
