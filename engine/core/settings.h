/* settings.h: the user's preferences (theme, UI scale, window geometry) as
 * plain data, read from and written to a small JSON file. A file that
 * cannot be read as settings never stops the app: the defaults stand in
 * and the caller shows the message. */
#ifndef DOJO_SETTINGS_H
#define DOJO_SETTINGS_H

#include <stdbool.h>
#include <stddef.h>

#define SETTINGS_SCALE_MIN 0.75f
#define SETTINGS_SCALE_MAX 2.5f

typedef struct Settings {
    char theme[32];              /* a theme's name; the UI layer knows the names */
    float scale;                 /* UI scale, SETTINGS_SCALE_MIN..MAX */
    int width, height;           /* window size in points */
    bool position_set;           /* else the window manager places it */
    int x, y;
    bool maximized;
    char curriculum[128];        /* the onboarding path's file in curricula/; "" for the first */
    char profile[64];            /* whose progress; "" for $INCIDENT_DOJO_PROFILE or $USER */
} Settings;

/* A name settings accept for a profile or a curriculum file: 1 to 63
 * letters, digits, '_', '-' and '.', not starting with '.'. */
bool settings_name_valid(const char *name);

/* Light theme, 100%, 1280x800, placed by the window manager. */
void settings_defaults(Settings *s);

typedef enum { SETTINGS_LOADED, SETTINGS_MISSING, SETTINGS_CORRUPT } SettingsStatus;
/* Reads path into *out. MISSING: no file yet, defaults, err "". CORRUPT:
 * err names the file and what is wrong; fields that were readable are kept
 * and the rest are defaults. */
SettingsStatus settings_load(const char *path, Settings *out, char *err, size_t errsize);
/* The same from bytes already read; err does not name a file. */
bool settings_parse(const char *text, size_t len, Settings *out, char *err, size_t errsize);
/* The file's text (caller frees): keys in a fixed order. */
char *settings_serialize(const Settings *s);
/* Writes atomically, creating the folder; err names the file on failure. */
bool settings_save(const char *path, const Settings *s, char *err, size_t errsize);

/* The next UI scale step up (dir > 0) or down (dir < 0) from scale, within
 * the limits; dir == 0 gives 100%. Steps: 75 90 100 110 125 150 175 200
 * 225 250 percent. */
float settings_scale_step(float scale, int dir);

#endif
