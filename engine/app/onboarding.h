/* onboarding.h: the curriculum chosen from the scenarios folder's
 * curricula (the first .lua file by name unless the person chose another),
 * the person's profile, and the path the home screen draws from the two. */
#ifndef DOJO_ONBOARDING_H
#define DOJO_ONBOARDING_H

#include <stdbool.h>
#include "core/profile.h"
#include "core/progress.h"
#include "ui/screen_home.h"

struct Library;

typedef struct Onboarding {
    Curriculum *cur;                 /* NULL: none found, or it has errors */
    char cur_path[4096];             /* "" when no curriculum file was found */
    Profile profile;
    char profile_path[4096];         /* "" when there is no data folder */
    bool profile_readonly;           /* unreadable and still in place: never overwritten */
    char notice[2048];               /* a problem to show once; "" for none */
    HomePathStep *steps;             /* the path as home draws it */
    char **requires;                 /* per step: "Requires: ..." or NULL */
    HomePath path;
    bool reached;                    /* the scenario open now reached its Debrief */
    double recorded;                 /* the score last recorded for it */
    char **cur_files, **cur_titles;  /* every curriculum file, and its title */
    int cur_count, cur_index;        /* cur_index: the one in use, -1: none */
    char **profiles;                 /* profile names on this machine */
    int profile_count;
    HomeChoices choices;             /* the above, for home's Change dialog */
} Onboarding;

/* Loads the curriculum file named curriculum in folder/curricula (NULL
 * or "", or a name that is gone: the first by name), checked against the
 * library's scenario ids, and the profile named profile (NULL or "": the
 * default name). Never NULL; a curriculum with errors puts its first
 * problem in notice and the home screen shows no path. */
Onboarding *onboarding_load(const char *folder, const struct Library *lib, const char *curriculum,
                            const char *profile);
/* Curriculum i's file name (what settings keep), or NULL. */
const char *onboarding_curriculum_file(const Onboarding *o, int i);
void onboarding_destroy(Onboarding *o);
/* Rebuilds the path from the profile (after play). */
void onboarding_refresh(Onboarding *o, const struct Library *lib);
/* The path for home, or NULL when there is no curriculum. */
const HomePath *onboarding_path(const Onboarding *o);
/* Records a score for scenario (its step's bar decides completed) and
 * writes the profile; false with err when it could not be written. */
bool onboarding_record(Onboarding *o, const char *scenario, double score, bool new_attempt, char *err,
                       size_t errsize);

#endif
