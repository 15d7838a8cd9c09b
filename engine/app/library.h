/* library.h: the scenario catalogue as the home screen shows it: each
 * scenario loaded once for its metadata, and whether it has a save. */
#ifndef DOJO_LIBRARY_H
#define DOJO_LIBRARY_H

#include "core/model.h"
#include "ui/screen_home.h"

typedef struct Library {
    int count;
    char **paths;                /* owned: the scenario files or folders */
    Scenario **scenarios;        /* owned; NULL where loading failed */
    char **reports;              /* owned: diagnostics where loading failed */
    HomeEntry *entries;          /* borrow from the above */
    struct Onboarding *onboarding;   /* owned: the curriculum and profile (onboarding.h) */
} Library;

/* Scans folder (catalog_scan) and loads every scenario in it, and the
 * onboarding path: curriculum and profile as chosen (onboarding_load). */
Library *library_scan(const char *folder, const char *curriculum, const char *profile);
/* The onboarding path again, for another curriculum or profile. */
void library_choose_path(Library *lib, const char *folder, const char *curriculum, const char *profile);
void library_destroy(Library *lib);
/* Reads how many actions each scenario's save holds (after play). */
void library_refresh_saves(Library *lib);
/* The entry for path, or -1. */
int library_find(const Library *lib, const char *path);

#endif
