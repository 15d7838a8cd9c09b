/* main.c: the command line. Subcommands run headless and exit; with no
 * subcommand the desktop app starts. */
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

int main(int argc, char **argv)
{
    if (argc >= 2) {
        const char *cmd = argv[1];
        if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
            fputs(app_usage, stdout);
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
        if (strcmp(cmd, "graph") == 0) return cmd_graph(argc - 2, argv + 2);
        if (strcmp(cmd, "--workshop") == 0) return app_run_workshop(argc >= 3 ? argv[2] : NULL);
        if (cmd[0] == '-') {
            fprintf(stderr, "incident-dojo: unrecognized option '%s'\n"
                            "Try 'incident-dojo --help' for more information.\n", cmd);
            return 2;
        }
    }
    return app_run_desktop(argc >= 2 ? argv[1] : NULL);
}
