/* sheets.c: `incident-dojo sheets SCENARIO --out DIR`: one Markdown
 * character sheet per interviewee and an index, for workshops that role-play
 * the interviews with people instead of the app. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include "app.h"
#include "catalog.h"
#include "core/util.h"
#include "script/loader.h"
#include "sheets.h"

static const char usage_text[] =
    "Usage: incident-dojo sheets SCENARIO --out DIR\n"
    "Write one Markdown character sheet per interviewable person of SCENARIO into\n"
    "DIR (created if missing), and DIR/README.md listing them, so a workshop can\n"
    "role-play the interviews: each sheet says who the person is, what they saw and\n"
    "did, their disposition and how candor moves, what they know, how to answer\n"
    "each question, how they react to blame, and how to play candor by hand.\n"
    "\n"
    "  -o, --out DIR   the folder to write into\n"
    "  -h, --help      display this help and exit\n"
    "\n"
    "Exit status: 0 on success (also when the scenario has nobody to interview:\n"
    "nothing is written), 1 when the scenario has errors or DIR cannot be written,\n"
    "2 on a usage error.\n";

/* ---- text ---- */

void sheet_add(SheetText *t, const char *fmt, ...)
{
    for (;;) {
        size_t room = t->cap - t->len;
        va_list ap;
        va_start(ap, fmt);
        int n = vsnprintf(t->data ? t->data + t->len : NULL, t->data ? room : 0, fmt, ap);
        va_end(ap);
        if (n < 0) return;
        if (t->data && (size_t)n < room) {
            t->len += (size_t)n;
            return;
        }
        t->cap = (t->cap + (size_t)n + 1) * 2;
        t->data = xrealloc(t->data, t->cap);
    }
}

void sheet_add_flat(SheetText *t, const char *text, size_t max)
{
    char *flat = xmalloc(strlen(text) + 1), *o = flat;
    for (const char *p = text; *p; p++) {
        bool space = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r';
        if (!space) *o++ = *p;
        else if (o > flat && o[-1] != ' ') *o++ = ' ';
    }
    while (o > flat && o[-1] == ' ') o--;
    *o = 0;
    size_t cut = (size_t)(o - flat);
    if (max && cut > max) {
        cut = max;
        while (cut > 0 && flat[cut] != ' ') cut--;     /* at a space: never inside a UTF-8 sequence */
        while (cut > 0 && (flat[cut - 1] == ' ' || flat[cut - 1] == ',' || flat[cut - 1] == ';')) cut--;
        sheet_add(t, "%.*s\xE2\x80\xA6", (int)cut, flat);
    } else {
        sheet_add(t, "%s", flat);
    }
    free(flat);
}

void sheet_time(const Scenario *sc, DojoTime at, char *buf, int size)
{
    char day[32], start[32];
    if (at == DOJO_TIME_NONE) {
        buf[0] = 0;
        return;
    }
    time_format(at, sc->meta.utc_offset, day, sizeof day);
    if (sc->meta.start != DOJO_TIME_NONE) time_format(sc->meta.start, sc->meta.utc_offset, start, sizeof start);
    if (sc->meta.start != DOJO_TIME_NONE && strncmp(day, start, 10) == 0)
        time_format_hm(at, sc->meta.utc_offset, buf, size);
    else snprintf(buf, (size_t)size, "%s", day);
}

const char *sheet_person_name(const Scenario *sc, int person)
{
    const Person *p = &sc->people[person];
    return p->name && *p->name ? p->name : p->id;
}

/* '+' is not allowed in ids, so a prefixed name cannot be another's. */
void sheet_file_name(const Scenario *sc, int interviewee, char *buf, size_t size)
{
    const char *id = sc->people[sc->interviewees[interviewee].person].id;
    bool clash = id[0] == '.' || strcasecmp(id, "README") == 0;
    snprintf(buf, size, "%s%s.md", clash ? "person+" : "", id);
}

/* ---- the index ---- */

static void sheets_index(const Scenario *sc, SheetText *t)
{
    sheet_add(t, "# Character sheets: %s\n\n", sc->meta.title ? sc->meta.title : sc->meta.id);
    sheet_add(t, "For role-playing the interviews of scenario `%s` with people instead of the app. Give "
              "each role-player their own sheet before the interviews; the investigator gets none. The "
              "facilitator keeps this page and a copy of every sheet.\n\n", sc->meta.id);
    sheet_add(t, "| Sheet | Person | Role | Disposition | Candor at the start |\n|---|---|---|---|---|\n");
    for (int i = 0; i < sc->interviewee_count; i++) {
        const Interviewee *v = &sc->interviewees[i];
        const Person *p = &sc->people[v->person];
        char file[160];
        sheet_file_name(sc, i, file, sizeof file);
        sheet_add(t, "| [%s](%s) | %s | %s%s%s | %s | %d |\n", file, file, sheet_person_name(sc, v->person),
                  p->role ? p->role : "", p->role && p->team >= 0 ? ", " : "",
                  p->team >= 0 ? sc->teams[p->team].name : "", sheets_disposition_name(v), v->rules.start);
    }
    sheet_add(t, "\nEach sheet says who the person is and what they saw and did, their disposition and how "
              "each kind of question moves their candor, what they know that no source says, how to "
              "answer each question the scenario expects, how they react to blame, and how to play "
              "candor by hand.\n");
}

/* ---- writing ---- */

/* Every file goes to a temp name first and is renamed only when all were
 * written whole, so a failure leaves no half sheet and no partial set. */
typedef struct SheetFile { char path[4096], tmp[4200]; SheetText text; bool written; } SheetFile;

static bool sheets_write_tmp(SheetFile *f)
{
    snprintf(f->tmp, sizeof f->tmp, "%s.tmp.%ld", f->path, (long)getpid());
    FILE *out = fopen(f->tmp, "wb");
    bool ok = out && fwrite(f->text.data, 1, f->text.len, out) == f->text.len && fflush(out) == 0 &&
              fsync(fileno(out)) == 0;
    if (out && fclose(out) != 0) ok = false;
    f->written = out != NULL;
    if (!ok) fprintf(stderr, "incident-dojo: cannot write '%s': %s\n", f->tmp, strerror(errno));
    return ok;
}

static bool sheets_write_all(SheetFile *files, int n)
{
    bool ok = true;
    for (int i = 0; i < n && ok; i++) ok = sheets_write_tmp(&files[i]);
    for (int i = 0; i < n && ok; i++)
        if (rename(files[i].tmp, files[i].path) != 0) {
            fprintf(stderr, "incident-dojo: cannot write '%s': %s\n", files[i].path, strerror(errno));
            ok = false;
        } else {
            files[i].written = false;
        }
    for (int i = 0; i < n; i++)
        if (files[i].written) remove(files[i].tmp);
    return ok;
}

/* The output folder exists (made when missing) and is a folder. */
static bool sheets_prepare_dir(const char *dir)
{
    struct stat st;
    if (stat(dir, &st) != 0 && mkdir(dir, 0777) != 0) {
        fprintf(stderr, "incident-dojo: cannot create the output folder '%s': %s\n", dir, strerror(errno));
        return false;
    }
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        fprintf(stderr, "incident-dojo: the output folder '%s' is not a folder\n", dir);
        return false;
    }
    return true;
}

static int sheets_write(const Scenario *sc, const char *dir)
{
    if (!sheets_prepare_dir(dir)) return 1;
    int n = sc->interviewee_count + 1;
    SheetFile *files = xcalloc((size_t)n, sizeof *files);
    for (int i = 0; i < n; i++) {
        char name[160] = "README.md";
        if (i < sc->interviewee_count) {
            sheet_file_name(sc, i, name, sizeof name);
            sheets_person_write(sc, i, &files[i].text);
        } else {
            sheets_index(sc, &files[i].text);
        }
        snprintf(files[i].path, sizeof files[i].path, "%s/%s", dir, name);
    }
    bool ok = sheets_write_all(files, n);
    if (ok) printf("Wrote %d character sheet%s and README.md to %s\n", n - 1, n == 2 ? "" : "s", dir);
    for (int i = 0; i < n; i++) free(files[i].text.data);
    free(files);
    return ok ? 0 : 1;
}

/* ---- the command ---- */

static int sheets_usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int sheets_usage_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "incident-dojo sheets: ");
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nUsage: incident-dojo sheets SCENARIO --out DIR\n"
                    "Try 'incident-dojo sheets --help' for more information.\n");
    return 2;
}


int cmd_sheets(int argc, char **argv)
{
    const char *scenario = NULL, *out = NULL;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            fputs(usage_text, stdout);
            return 0;
        }
        if (strcmp(a, "--out") == 0 || strcmp(a, "-o") == 0) {
            if (i + 1 >= argc) return sheets_usage_error("option '%s' requires an argument", a);
            out = argv[++i];
        } else if (strncmp(a, "--out=", 6) == 0) {
            out = a + 6;
        } else if (a[0] == '-' && a[1]) {
            return sheets_usage_error("unrecognized option '%s'", a);
        } else if (scenario) {
            return sheets_usage_error("one scenario at a time, not also '%s'", a);
        } else {
            scenario = a;
        }
    }
    if (!scenario) return sheets_usage_error("missing SCENARIO");
    if (!out || !*out) return sheets_usage_error("missing --out DIR: the folder to write the sheets into");
    Scenario *sc = catalog_load(scenario, NULL, false);
    if (!sc) return 1;
    int rc = 0;
    if (!sc->interviewee_count)
        fprintf(stderr, "incident-dojo: scenario '%s' has nobody to interview; no sheets written\n", sc->meta.id);
    else rc = sheets_write(sc, out);
    scenario_destroy(sc);
    return rc;
}
