/* settings.c: the settings file: defaults, a forgiving reader that keeps
 * what it can and says what it could not, and an atomic writer. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <cJSON.h>
#include "settings.h"
#include "util.h"
#include "xdg.h"

static const float SCALE_STEPS[] = {0.75f, 0.9f, 1.0f, 1.1f, 1.25f, 1.5f, 1.75f, 2.0f, 2.25f, 2.5f};
#define NSTEPS (int)(sizeof SCALE_STEPS / sizeof *SCALE_STEPS)

void settings_defaults(Settings *s)
{
    *s = (Settings){.scale = 1.0f, .width = 1280, .height = 800};
    snprintf(s->theme, sizeof s->theme, "light");
}

float settings_scale_step(float scale, int dir)
{
    if (dir == 0) return 1.0f;
    if (dir > 0) {
        for (int i = 0; i < NSTEPS; i++)
            if (SCALE_STEPS[i] > scale + 0.001f) return SCALE_STEPS[i];
        return SETTINGS_SCALE_MAX;
    }
    for (int i = NSTEPS - 1; i >= 0; i--)
        if (SCALE_STEPS[i] < scale - 0.001f) return SCALE_STEPS[i];
    return SETTINGS_SCALE_MIN;
}

/* Reads an integer member in [lo, hi]; false (and a message) if present but wrong. */
static bool settings_int(const cJSON *obj, const char *name, int lo, int hi, int *out,
                         bool *present, char *err, size_t errsize)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, name);
    *present = v != NULL;
    if (!v) return true;
    double d = cJSON_IsNumber(v) ? v->valuedouble : NAN;
    if (!(d >= lo && d <= hi) || d != floor(d))
        return error_set(err, errsize, "\"window\".\"%s\" should be a whole number from %d to %d", name, lo, hi);
    *out = (int)d;
    return true;
}

static bool settings_theme(const cJSON *root, Settings *s, char *err, size_t errsize)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(root, "theme");
    if (!v) return true;
    const char *t = cJSON_GetStringValue(v);
    bool ok = t && t[0] && strlen(t) < sizeof s->theme;
    for (const char *c = t; ok && *c; c++) ok = (*c >= 'a' && *c <= 'z') || *c == '-';
    if (!ok) return error_set(err, errsize, "\"theme\" should be \"light\", \"dark\" or \"high-contrast\"");
    snprintf(s->theme, sizeof s->theme, "%s", t);
    return true;
}

static bool settings_scale(const cJSON *root, Settings *s, char *err, size_t errsize)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(root, "scale");
    if (!v) return true;
    double d = cJSON_IsNumber(v) ? v->valuedouble : NAN;
    if (!(d >= SETTINGS_SCALE_MIN - 1e-6 && d <= SETTINGS_SCALE_MAX + 1e-6))
        return error_set(err, errsize, "\"scale\" should be a number from 0.75 to 2.5");
    s->scale = (float)(round(d * 100) / 100);
    return true;
}

bool settings_name_valid(const char *name)
{
    size_t n = name ? strlen(name) : 0;
    if (n == 0 || n > 63 || name[0] == '.') return false;
    for (size_t i = 0; i < n; i++) {
        char c = name[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
              c == '-' || c == '.'))
            return false;
    }
    return true;
}

/* "curriculum" and "profile": names, never paths, so a hand-edited file
 * cannot point the app outside its folders. */
static bool settings_name(const cJSON *root, const char *key, char *out, size_t size, char *err, size_t errsize)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(root, key);
    if (!v) return true;
    const char *t = cJSON_GetStringValue(v);
    if (!t || (t[0] && !settings_name_valid(t)) || strlen(t) >= size)
        return error_set(err, errsize, "\"%s\" should be a name of letters, digits, '_', '-' and '.'", key);
    snprintf(out, size, "%s", t);
    return true;
}

/* The window's fields stand or fall together: half a geometry is none. */
static bool settings_window(const cJSON *root, Settings *s, char *err, size_t errsize)
{
    const cJSON *w = cJSON_GetObjectItemCaseSensitive(root, "window");
    if (!w) return true;
    if (!cJSON_IsObject(w)) return error_set(err, errsize, "\"window\" should be an object");
    Settings t = *s;
    bool has_w, has_h, has_x, has_y;
    if (!settings_int(w, "width", 200, 16384, &t.width, &has_w, err, errsize) ||
        !settings_int(w, "height", 150, 16384, &t.height, &has_h, err, errsize) ||
        !settings_int(w, "x", -32768, 32767, &t.x, &has_x, err, errsize) ||
        !settings_int(w, "y", -32768, 32767, &t.y, &has_y, err, errsize))
        return false;
    const cJSON *m = cJSON_GetObjectItemCaseSensitive(w, "maximized");
    if (m && !cJSON_IsBool(m)) return error_set(err, errsize, "\"window\".\"maximized\" should be true or false");
    if (has_w != has_h) return error_set(err, errsize, "\"window\" needs both \"width\" and \"height\"");
    if (has_x != has_y) return error_set(err, errsize, "\"window\" needs both \"x\" and \"y\"");
    t.position_set = has_x;
    t.maximized = cJSON_IsTrue(m);
    *s = t;
    return true;
}

bool settings_parse(const char *text, size_t len, Settings *out, char *err, size_t errsize)
{
    settings_defaults(out);
    cJSON *root = cJSON_ParseWithLength(text, len);
    if (!root || !cJSON_IsObject(root)) {
        cJSON_Delete(root);
        return error_set(err, errsize, "not a JSON object");
    }
    /* each part that fails keeps its default; the first problem is reported */
    char e2[256] = "";
    bool ok = settings_theme(root, out, err, errsize);
    if (!settings_scale(root, out, ok ? err : e2, ok ? errsize : sizeof e2)) ok = false;
    if (!settings_window(root, out, ok ? err : e2, ok ? errsize : sizeof e2)) ok = false;
    if (!settings_name(root, "curriculum", out->curriculum, sizeof out->curriculum, ok ? err : e2,
                       ok ? errsize : sizeof e2))
        ok = false;
    if (!settings_name(root, "profile", out->profile, sizeof out->profile, ok ? err : e2, ok ? errsize : sizeof e2))
        ok = false;
    cJSON_Delete(root);
    return ok;
}

SettingsStatus settings_load(const char *path, Settings *out, char *err, size_t errsize)
{
    settings_defaults(out);
    if (errsize) err[0] = 0;
    struct stat st;
    if (stat(path, &st) != 0) return SETTINGS_MISSING;
    char *text, why[512];
    size_t len;
    if (!file_read_all(path, &text, &len, why, sizeof why)) {
        error_set(err, errsize, "%s", why);
        return SETTINGS_CORRUPT;
    }
    bool ok = settings_parse(text, len, out, why, sizeof why);
    free(text);
    if (ok) return SETTINGS_LOADED;
    error_set(err, errsize, "%s: %s", path, why);
    return SETTINGS_CORRUPT;
}

char *settings_serialize(const Settings *s)
{
    cJSON *root = cJSON_CreateObject(), *w = cJSON_CreateObject();
    cJSON_AddNumberToObject(root, "version", 1);
    cJSON_AddStringToObject(root, "theme", s->theme);
    cJSON_AddNumberToObject(root, "scale", round((double)s->scale * 100) / 100);
    cJSON_AddNumberToObject(w, "width", s->width);
    cJSON_AddNumberToObject(w, "height", s->height);
    if (s->position_set) {
        cJSON_AddNumberToObject(w, "x", s->x);
        cJSON_AddNumberToObject(w, "y", s->y);
    }
    cJSON_AddBoolToObject(w, "maximized", s->maximized);
    cJSON_AddItemToObject(root, "window", w);
    if (s->curriculum[0]) cJSON_AddStringToObject(root, "curriculum", s->curriculum);
    if (s->profile[0]) cJSON_AddStringToObject(root, "profile", s->profile);
    char *json = cJSON_Print(root);
    cJSON_Delete(root);
    if (!json) abort();    /* cJSON fails only when out of memory */
    size_t n = strlen(json);
    char *text = xmalloc(n + 2);
    memcpy(text, json, n);
    memcpy(text + n, "\n", 2);
    cJSON_free(json);
    return text;
}

bool settings_save(const char *path, const Settings *s, char *err, size_t errsize)
{
    char *text = settings_serialize(s);
    bool ok = xdg_write_atomic(path, text, strlen(text), err, errsize);
    free(text);
    return ok;
}
