/* desktop.c: the desktop app's entry point. */
#include <stdio.h>
#include "app.h"

int app_run_desktop(const char *scenario)
{
    (void)scenario;
    fprintf(stderr, "incident-dojo: the desktop window is not part of this build yet.\n"
                    "Use the headless commands meanwhile: 'incident-dojo --help'.\n");
    return 1;
}
