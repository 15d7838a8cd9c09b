/* new.c: `incident-dojo new NAME`: a new scenario folder from the template
 * built into the binary (assets/template/), ready to check and play. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "app.h"
#include "core/util.h"
#include "embed.h"
#include "script/schema.h"

#define TEMPLATE_ID "new-scenario"
#define TEMPLATE_TITLE "New scenario: the full disk"

/* A folder name that is also a scenario id: the id the catalogue, saves
 * and results use. */
static bool new_name_usable(const char *id)
{
    size_t n = strlen(id);
    if (n == 0 || n > 64 || id[0] == '.' || id[0] == '-') return false;
    for (size_t i = 0; i < n; i++) {
        char c = id[i];
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                  c == '-' || c == '.';
        if (!ok) return false;
    }
    return true;
}

/* "disk-full" -> "Disk full": a title to start from. */
static void new_title_from_id(const char *id, char *out, size_t size)
{
    snprintf(out, size, "%s", id);
    for (char *p = out; *p; p++)
        if (*p == '-' || *p == '_' || *p == '.') *p = ' ';
    if (out[0] >= 'a' && out[0] <= 'z') out[0] = (char)(out[0] - 'a' + 'A');
}

/* The template with its placeholders filled: the quoted id becomes the
 * new id, the title the new title, and the bare folder name in the
 * comments the path the author typed. */
static char *new_fill(const EmbeddedFile *f, const char *id, const char *title, const char *path)
{
    StrBuf b = {0};
    const char *s = (const char *)f->bytes, *end = s + f->size;
    while (s < end) {
        if (strncmp(s, "\"" TEMPLATE_ID "\"", strlen(TEMPLATE_ID) + 2) == 0) {
            strbuf_addf(&b, "\"%s\"", id);
            s += strlen(TEMPLATE_ID) + 2;
        } else if (strncmp(s, TEMPLATE_TITLE, strlen(TEMPLATE_TITLE)) == 0) {
            strbuf_addf(&b, "%s", title);
            s += strlen(TEMPLATE_TITLE);
        } else if (strncmp(s, TEMPLATE_ID, strlen(TEMPLATE_ID)) == 0) {
            strbuf_addf(&b, "%s", path);
            s += strlen(TEMPLATE_ID);
        } else {
            strbuf_addf(&b, "%c", *s++);
        }
    }
    return b.s ? b.s : xstrdup("");
}

/* dir/name into out; false (errno set) when it does not fit. */
static bool new_join(char *out, size_t size, const char *dir, const char *name)
{
    int n = snprintf(out, size, "%s/%s", dir, name);
    if (n < 0 || (size_t)n >= size) {
        errno = ENAMETOOLONG;
        return false;
    }
    return true;
}

static bool new_write(const char *dir, const char *name, const char *text)
{
    char path[PATH_MAX];
    if (!new_join(path, sizeof path, dir, name)) return false;
    FILE *f = fopen(path, "wb");
    bool ok = f && fputs(text, f) >= 0;
    if (f && fclose(f) != 0) ok = false;
    return ok;
}

/* Removes what new_populate may have written, so a failure leaves nothing. */
static void new_remove(const char *dir)
{
    const char *names[] = {"scenario.lua", "expert.json", ".luarc.json", ".meta/incident-dojo.lua", ".meta"};
    char path[PATH_MAX];
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (new_join(path, sizeof path, dir, names[i])) remove(path);
    rmdir(dir);
}

/* Editor support travels with a scenario made outside a folder that has
 * it already (scenarios/ has .luarc.json and .meta/). */
static bool new_write_editor_files(const char *dir)
{
    char meta_dir[PATH_MAX];
    if (!new_join(meta_dir, sizeof meta_dir, dir, ".meta") || mkdir(meta_dir, 0777) != 0) return false;
    char *meta = schema_lua_meta();
    bool ok = new_write(meta_dir, "incident-dojo.lua", meta) &&
              new_write(dir, ".luarc.json", "{\n  \"runtime.version\": \"Lua 5.4\",\n"
                                            "  \"workspace.library\": [\".meta\"]\n}\n");
    free(meta);
    return ok;
}

static bool new_populate(const char *dir, const char *id, const char *path, bool editor)
{
    char title[80];
    new_title_from_id(id, title, sizeof title);
    bool ok = true;
    for (const EmbeddedFile *f = template_files; ok && f->name; f++) {
        char *text = new_fill(f, id, title, path);
        ok = new_write(dir, f->name, text);
        free(text);
    }
    return ok && (!editor || new_write_editor_files(dir));
}

int cmd_new(int argc, char **argv)
{
    if (argc != 1 || argv[0][0] == '-') {
        fprintf(stderr, "Usage: incident-dojo new NAME\n");
        return 2;
    }
    char path[PATH_MAX - 64], parent[PATH_MAX - 64];
    snprintf(path, sizeof path, "%s", argv[0]);
    for (size_t n = strlen(path); n > 1 && path[n - 1] == '/'; n--) path[n - 1] = 0;
    const char *slash = strrchr(path, '/');
    const char *id = slash ? slash + 1 : path;
    if (!slash) snprintf(parent, sizeof parent, ".");
    else if (slash == path) snprintf(parent, sizeof parent, "/");
    else snprintf(parent, sizeof parent, "%.*s", (int)(slash - path), path);
    if (!new_name_usable(id)) {
        fprintf(stderr, "incident-dojo new: '%s' cannot name a scenario: use 1 to 64 letters, digits, '_', '.' "
                        "or '-', not starting with '.' or '-'\n", id);
        return 2;
    }
    struct stat st;
    if (lstat(path, &st) == 0) {
        fprintf(stderr, "incident-dojo new: '%s' already exists; choose another name, or move it away first\n",
                path);
        return 1;
    }
    if (stat(parent, &st) != 0 || !S_ISDIR(st.st_mode)) {
        fprintf(stderr, "incident-dojo new: cannot make '%s': the folder '%s' does not exist\n", path, parent);
        return 1;
    }
    /* Written beside the target and renamed into place, so the folder
     * appears whole or not at all. */
    char tmp[PATH_MAX], luarc[PATH_MAX];
    snprintf(tmp, sizeof tmp, "%s/.%s.new-%ld", parent, id, (long)getpid());
    snprintf(luarc, sizeof luarc, "%s/.luarc.json", parent);
    bool editor = stat(luarc, &st) != 0;
    if (mkdir(tmp, 0777) != 0 || !new_populate(tmp, id, path, editor) || rename(tmp, path) != 0) {
        fprintf(stderr, "incident-dojo new: cannot write '%s': %s\n", path, strerror(errno));
        new_remove(tmp);
        return 1;
    }
    printf("wrote %s/scenario.lua and %s/expert.json%s\n"
           "next:\n"
           "  incident-dojo check --strict --coverage %s\n"
           "  incident-dojo play %s --actions %s/expert.json\n"
           "  incident-dojo %s            (play it in the app)\n"
           "The authoring guide is scenarios/README.md.\n",
           path, path, editor ? ", with editor support (.luarc.json, .meta/)" : "", path, path, path, path);
    return 0;
}
