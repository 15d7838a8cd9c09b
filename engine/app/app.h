/* app.h: the subcommands, each taking the arguments after its name. */
#ifndef DOJO_APP_H
#define DOJO_APP_H

#include <stdbool.h>

int cmd_list(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_play(int argc, char **argv);
int cmd_score(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_bench(int argc, char **argv);
int cmd_sheets(int argc, char **argv);
int cmd_aggregate(int argc, char **argv);
int cmd_meta(int argc, char **argv);
int cmd_new(int argc, char **argv);
int cmd_graph(int argc, char **argv);
/* Writes text to path through a temp file, so a failed write leaves the
 * old file whole; says why on stderr when it fails. */
bool app_write_text_file(const char *path, const char *text);
int app_run_desktop(const char *scenario);
/* The desktop app in workshop mode (desktop_workshop.h). */
int app_run_workshop(const char *scenario);

#endif
