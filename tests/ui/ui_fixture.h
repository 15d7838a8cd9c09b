/* ui_fixture.h: what the headless screen tests share: a folder for their
 * screenshots, a scenario of the source tree, the headless platform, and
 * counting the colours of a saved frame. */
#ifndef DOJO_UI_FIXTURE_H
#define DOJO_UI_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/util.h"
#include "platform/platform.h"
#include "script/loader.h"

/* DOJO_SHOTS, or a new temporary folder named after the test. */
static inline bool ui_fixture_shots(char *dir, size_t size, const char *test)
{
    const char *keep = getenv("DOJO_SHOTS");
    if (keep) return snprintf(dir, size, "%s", keep) > 0;
    snprintf(dir, size, "/tmp/dojo-%s-XXXXXX", test);
    return mkdtemp(dir) != NULL;
}

/* Removes the folder ui_fixture_shots made, unless DOJO_SHOTS keeps it. */
static inline void ui_fixture_remove_shots(const char *dir)
{
    if (getenv("DOJO_SHOTS")) return;
    char cmd[1200];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", dir);
}

/* SRC/scenarios/NAME loaded, or NULL with its diagnostics on stderr. */
static inline Scenario *ui_fixture_scenario(const char *src, const char *name)
{
    char path[1100];
    snprintf(path, sizeof path, "%s/scenarios/%s", src, name);
    Diags diags = {0};
    Scenario *sc = loader_load(path, NULL, &diags, NULL);
    if (!sc) diags_print(&diags, stderr);
    diags_destroy(&diags);
    return sc;
}

/* The headless platform with the tree's fonts, w x h (0: its default). */
static inline Platform *ui_fixture_platform(const char *src, int w, int h)
{
    char fonts[1100], err[1024];
    snprintf(fonts, sizeof fonts, "%s/assets/fonts", src);
    PlatformConfig cfg = {.headless = true, .font_dir = fonts, .width = w, .height = h};
    Platform *p = platform_create(&cfg, err, sizeof err);
    if (!p) fprintf(stderr, "platform_create: %s\n", err);
    return p;
}

/* Distinct colours of a 32-bit BMP sampled on a grid (up to 512): a blank
 * frame has one or two. */
static inline int ui_fixture_colours(const char *path)
{
    char *data, err[256];
    size_t len;
    if (!file_read_all(path, &data, &len, err, sizeof err)) return 0;
    unsigned char *b = (unsigned char *)data;
    int count = 0;
    static unsigned seen[512];
    if (len > 54 && b[0] == 'B' && b[1] == 'M' && b[28] == 32) {
        unsigned off = b[10] | b[11] << 8 | b[12] << 16, w = b[18] | b[19] << 8, h = b[22] | b[23] << 8;
        for (unsigned y = 0; y < h && count < 512; y += 2)
            for (unsigned x = 0; x < w && count < 512; x += 2) {
                size_t at = off + ((size_t)y * w + x) * 4;
                if (at + 3 > len) break;
                unsigned c = b[at] | b[at + 1] << 8 | b[at + 2] << 16;
                int k = 0;
                while (k < count && seen[k] != c) k++;
                if (k == count) seen[count++] = c;
            }
    }
    free(data);
    return count;
}

#endif
