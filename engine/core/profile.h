/* profile.h: a person's progress: per scenario the attempts, the best and
 * last scores, whether it was passed and when it was last played, kept as
 * JSON under the XDG data folder (profiles/<name>.json). Wall-clock time
 * appears only here, as metadata: it never reaches a session. */
#ifndef DOJO_PROFILE_H
#define DOJO_PROFILE_H

#include <stdbool.h>
#include <stddef.h>

typedef struct ProfileEntry {
    char *scenario;          /* owned: the scenario's id */
    int attempts;            /* openings in which a score was recorded */
    double best, last;       /* 0..100, one decimal */
    bool completed;          /* some score reached the bar given when recording */
    long long last_played;   /* seconds since the Unix epoch; 0: unknown */
} ProfileEntry;

typedef struct Profile {
    char name[64];
    ProfileEntry *entries;
    int count, cap;
} Profile;

/* The profile's name: $INCIDENT_DOJO_PROFILE, else $USER, else "default",
 * sanitised for a file name (anything but letters, digits, '.', '_', '-'
 * becomes '_'; at most 63 bytes). */
void profile_default_name(char *buf, size_t size);
/* <data>/profiles/<name>.json (xdg_data_file). */
bool profile_path(const char *name, char *buf, size_t size, char *err, size_t errsize);

/* Reads path into *p (which it initialises). A missing file is an empty
 * profile. A file that does not parse is moved aside to PATH.unreadable
 * (nothing is deleted), *p is empty, and false returns with err naming the
 * file, the reason and where the old one went. */
bool profile_load(const char *path, Profile *p, char *err, size_t errsize);
/* Writes atomically (xdg_write_atomic); the previous file is kept as
 * PATH.bak. Keys in a fixed order, so the same profile gives the same bytes. */
bool profile_save(const char *path, const Profile *p, char *err, size_t errsize);
void profile_clear(Profile *p);

const ProfileEntry *profile_find(const Profile *p, const char *scenario);
/* Records score for scenario: last = score, best = the higher, completed
 * once score >= pass, last_played = now; new_attempt counts an attempt. */
void profile_record(Profile *p, const char *scenario, double score, double pass, bool new_attempt,
                    long long now);

#endif
