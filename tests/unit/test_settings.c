/* test_settings.c: the settings file and the XDG folders: defaults, a round
 * trip, forgiving reads of damaged files, scale steps, atomic writes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "core/settings.h"
#include "core/xdg.h"
#include "testing.h"

static char tmp[256];

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    if (f) fputs(text, f), fclose(f);
}

static void test_paths(void)
{
    char buf[512], err[512] = "", want[512];
    setenv("HOME", "/home/ann", 1);
    unsetenv("XDG_CONFIG_HOME");
    unsetenv("XDG_DATA_HOME");
    CHECK(xdg_config_file("settings.json", buf, sizeof buf, err, sizeof err));
    CHECK_STR(buf, "/home/ann/.config/incident-dojo/settings.json");
    CHECK(xdg_save_file("tutorial", buf, sizeof buf, err, sizeof err));
    CHECK_STR(buf, "/home/ann/.local/share/incident-dojo/saves/tutorial.save");
    setenv("XDG_CONFIG_HOME", "relative/ignored", 1);
    CHECK(xdg_config_file("x", buf, sizeof buf, err, sizeof err));
    CHECK_STR(buf, "/home/ann/.config/incident-dojo/x");
    setenv("XDG_CONFIG_HOME", tmp, 1);
    setenv("XDG_DATA_HOME", tmp, 1);
    CHECK(xdg_config_file("settings.json", buf, sizeof buf, err, sizeof err));
    snprintf(want, sizeof want, "%s/incident-dojo/settings.json", tmp);
    CHECK_STR(buf, want);
    CHECK(xdg_save_file("../../etc/pass wd", buf, sizeof buf, err, sizeof err));
    snprintf(want, sizeof want, "%s/incident-dojo/saves/_._.._etc_pass_wd.save", tmp);
    CHECK_STR(buf, want);
    unsetenv("HOME");
    unsetenv("XDG_DATA_HOME");
    CHECK(!xdg_data_file("x", buf, sizeof buf, err, sizeof err));
    CHECK_CONTAINS(err, "$HOME");
    setenv("XDG_DATA_HOME", tmp, 1);
}

static void test_round_trip(void)
{
    char path[512], err[512] = "";
    snprintf(path, sizeof path, "%s/deep/er/settings.json", tmp);
    Settings s, t;
    settings_defaults(&s);
    CHECK_STR(s.theme, "light");
    CHECK(s.scale == 1.0f && s.width == 1280 && s.height == 800 && !s.position_set);
    CHECK_INT(settings_load(path, &t, err, sizeof err), SETTINGS_MISSING);
    CHECK_STR(err, "");
    snprintf(s.theme, sizeof s.theme, "high-contrast");
    s.scale = 1.75f, s.width = 1000, s.height = 700, s.position_set = true;
    s.x = -20, s.y = 40, s.maximized = true;
    snprintf(s.curriculum, sizeof s.curriculum, "short-path.lua");
    snprintf(s.profile, sizeof s.profile, "bob");
    CHECK(settings_save(path, &s, err, sizeof err));
    CHECK_INT(settings_load(path, &t, err, sizeof err), SETTINGS_LOADED);
    CHECK_STR(t.theme, "high-contrast");
    CHECK_STR(t.curriculum, "short-path.lua");
    CHECK_STR(t.profile, "bob");
    CHECK(t.scale == 1.75f && t.width == 1000 && t.height == 700);
    CHECK(t.position_set && t.x == -20 && t.y == 40 && t.maximized);
    char *a = settings_serialize(&s), *b = settings_serialize(&t);
    CHECK_STR(a, b);
    free(a), free(b);
    char leftover[600];
    snprintf(leftover, sizeof leftover, "%s.tmp.%ld", path, (long)getpid());
    CHECK(access(leftover, F_OK) != 0);
}

static SettingsStatus load_text(const char *text, Settings *s, char *err, size_t errsize)
{
    char path[512];
    snprintf(path, sizeof path, "%s/damaged.json", tmp);
    write_file(path, text);
    return settings_load(path, s, err, errsize);
}

static void test_damaged(void)
{
    Settings s;
    char err[512];
    CHECK_INT(load_text("{\"theme\": \"dark\", \"scale\":", &s, err, sizeof err), SETTINGS_CORRUPT);
    CHECK_CONTAINS(err, "damaged.json: not a JSON object");
    CHECK_STR(s.theme, "light");
    CHECK_INT(load_text("", &s, err, sizeof err), SETTINGS_CORRUPT);
    CHECK_INT(load_text("[1,2]", &s, err, sizeof err), SETTINGS_CORRUPT);
    CHECK_INT(load_text("\x01\xff\xfe garbage", &s, err, sizeof err), SETTINGS_CORRUPT);
    /* bad fields fall back one by one; good ones are kept */
    CHECK_INT(load_text("{\"theme\":\"dark\",\"scale\":9,\"window\":{\"width\":900,\"height\":600}}",
                        &s, err, sizeof err), SETTINGS_CORRUPT);
    CHECK_CONTAINS(err, "\"scale\" should be a number from 0.75 to 2.5");
    CHECK_STR(s.theme, "dark");
    CHECK(s.scale == 1.0f && s.width == 900 && s.height == 600);
    CHECK_INT(load_text("{\"theme\":42,\"window\":{\"width\":900}}", &s, err, sizeof err), SETTINGS_CORRUPT);
    CHECK_CONTAINS(err, "\"theme\" should be");
    CHECK(s.width == 1280 && s.height == 800);
    CHECK_INT(load_text("{\"window\":{\"width\":1e9,\"height\":600}}", &s, err, sizeof err), SETTINGS_CORRUPT);
    CHECK_CONTAINS(err, "\"window\".\"width\" should be a whole number from 200 to 16384");
    CHECK_INT(load_text("{\"theme\":\"../x\"}", &s, err, sizeof err), SETTINGS_CORRUPT);
    /* the path and the profile are names, never paths */
    CHECK_INT(load_text("{\"profile\":\"../../etc/x\",\"scale\":1.5}", &s, err, sizeof err), SETTINGS_CORRUPT);
    CHECK_CONTAINS(err, "\"profile\" should be a name");
    CHECK_STR(s.profile, "");
    CHECK(s.scale == 1.5f);                              /* the rest still read */
    CHECK_INT(load_text("{\"curriculum\":\"/abs.lua\"}", &s, err, sizeof err), SETTINGS_CORRUPT);
    CHECK_INT(load_text("{\"curriculum\":\".hidden\"}", &s, err, sizeof err), SETTINGS_CORRUPT);
    CHECK_INT(load_text("{\"profile\":\"ann\",\"curriculum\":\"\"}", &s, err, sizeof err), SETTINGS_LOADED);
    CHECK_STR(s.profile, "ann");
    CHECK(settings_name_valid("a.b-c_9") && !settings_name_valid("") && !settings_name_valid("a/b"));
    CHECK_INT(load_text("{\"future\":true,\"scale\":1.25}", &s, err, sizeof err), SETTINGS_LOADED);
    CHECK(s.scale == 1.25f);
    /* a folder where the file should be */
    char path[512];
    snprintf(path, sizeof path, "%s/adir.json", tmp);
    mkdir(path, 0755);
    CHECK_INT(settings_load(path, &s, err, sizeof err), SETTINGS_CORRUPT);
    CHECK_CONTAINS(err, "adir.json");
}

static void test_write_fails(void)
{
    char path[512], blocker[512], err[512] = "";
    snprintf(blocker, sizeof blocker, "%s/blocker", tmp);
    write_file(blocker, "a file where a folder should be");
    snprintf(path, sizeof path, "%s/blocker/settings.json", tmp);
    Settings s;
    settings_defaults(&s);
    CHECK(!settings_save(path, &s, err, sizeof err));
    CHECK_CONTAINS(err, "blocker");
}

static void test_scale_steps(void)
{
    CHECK(settings_scale_step(1.0f, 1) == 1.1f);
    CHECK(settings_scale_step(1.0f, -1) == 0.9f);
    CHECK(settings_scale_step(0.75f, -1) == 0.75f);
    CHECK(settings_scale_step(2.5f, 1) == 2.5f);
    CHECK(settings_scale_step(1.3f, 1) == 1.5f);    /* off-step values snap to the next */
    CHECK(settings_scale_step(1.3f, -1) == 1.25f);
    CHECK(settings_scale_step(2.0f, 0) == 1.0f);
    float s = 0.75f;
    int n = 0;
    while (s < 2.5f && n < 20) s = settings_scale_step(s, 1), n++;
    CHECK_INT(n, 9);
}

int main(void)
{
    snprintf(tmp, sizeof tmp, "/tmp/dojo-settings-XXXXXX");
    if (!mkdtemp(tmp)) return 1;
    test_paths();
    test_round_trip();
    test_damaged();
    test_write_fails();
    test_scale_steps();
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", tmp);
    return testing_done("test_settings");
}
