/* sandbox_file.c: the files a scenario may touch: its main chunk, read() and
 * include(), all confined to the scenario's folder (no absolute paths, no
 * '..', nothing that resolves outside it, only regular files, a size cap),
 * and text chunks only. */
#include <assert.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <lauxlib.h>
#include "sandbox_internal.h"

static const char *const sandbox_no_folder =
    "single-file scenarios cannot read files; make the scenario a folder with scenario.lua "
    "and put the files next to it";

/* ---- Includes and chunks ---- */

bool sandbox_push_include(Sandbox *sb, const char *rel)
{
    if (sb->include_depth == SANDBOX_MAX_INCLUDES) return false;
    char *copy = strdup(rel);
    if (!copy) return false;
    sb->includes[sb->include_depth++] = copy;
    return true;
}

void sandbox_pop_include(Sandbox *sb)
{
    assert(sb->include_depth > 0);
    free(sb->includes[--sb->include_depth]);
}

/* Loads a text chunk named @rel, leaving it on the stack; on failure says
 * why in why. Never raises: sandbox_run_file calls it unprotected. */
SandboxStatus sandbox_load_text(Sandbox *sb, const char *rel, const char *data, size_t n,
                                char *why, size_t whysize)
{
    lua_State *L = sb->L;
    if (sb->on_file) sb->on_file(sb->on_file_ud, rel, data, n);
    if (n > 0 && data[0] == LUA_SIGNATURE[0]) {
        snprintf(why, whysize, "'%s' is a precompiled Lua chunk; scenarios must be Lua source "
                 "text", rel);
        return SANDBOX_ERR_BYTECODE;
    }
    sb->spent += (long long)(n / 16);
    sb->run_source += n;
    char chunkname[sizeof ((SandboxFile *)0)->rel + 1];
    snprintf(chunkname, sizeof chunkname, "@%s", rel);
    int status = luaL_loadbufferx(L, data, n, chunkname, "t");
    if (status == LUA_OK) return SANDBOX_OK;
    snprintf(why, whysize, "%s", lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "?");
    lua_pop(L, 1);
    return status == LUA_ERRMEM ? SANDBOX_ERR_MEMORY : SANDBOX_ERR_SYNTAX;
}

/* ---- Finding and reading ---- */

/* Turns a name the script gave into a clean relative path: not absolute,
 * no '..', no empty or '.' parts. */
static bool sandbox_clean_path(const char *name, size_t len, char *out, size_t size,
                               char *why, size_t whysize)
{
    if (len == 0 || strlen(name) != len) {
        snprintf(why, whysize, "'%s' is not a file name", name);
        return false;
    }
    if (name[0] == '/') {
        snprintf(why, whysize, "'%s' is an absolute path; a scenario reads only files in its own "
                 "folder, named relative to it (e.g. \"logs/app.log\")", name);
        return false;
    }
    size_t o = 0;
    for (const char *p = name; *p;) {
        size_t part = strcspn(p, "/");
        if (part == 2 && p[0] == '.' && p[1] == '.') {
            snprintf(why, whysize, "'%s' leaves the scenario's folder ('..' is not allowed); a "
                     "scenario reads only files in its own folder", name);
            return false;
        }
        if (part > 0 && !(part == 1 && p[0] == '.')) {
            if (o + part + 2 > size) {
                snprintf(why, whysize, "the file name '%.80s...' is too long", name);
                return false;
            }
            if (o) out[o++] = '/';
            memcpy(out + o, p, part);
            o += part;
        }
        p += part + (p[part] == '/');
    }
    out[o] = '\0';
    if (o == 0) snprintf(why, whysize, "'%s' names the folder itself, not a file", name);
    return o > 0;
}

/* Only regular files: a pipe would block, a device never ends. */
static bool sandbox_check_regular(SandboxFile *f, size_t cap, bool source, char *why, size_t whysize)
{
    if (stat(f->real, &f->st) != 0) {
        snprintf(why, whysize, "cannot read '%s': %s", f->rel, strerror(errno));
        return false;
    }
    if (!S_ISREG(f->st.st_mode)) {
        snprintf(why, whysize, "'%s' is not a regular file (a folder, device or pipe); a scenario "
                 "reads only ordinary files", f->rel);
        return false;
    }
    if ((uintmax_t)f->st.st_size > cap) {
        snprintf(why, whysize, "'%s' is %lld bytes, more than the %zu a scenario may %s", f->rel,
                 (long long)f->st.st_size, cap, source ? "run as Lua source" : "read");
        return false;
    }
    return true;
}

/* Finds a file of the folder; it must still be inside once links are
 * resolved. */
static bool sandbox_find_file(Sandbox *sb, const char *name, size_t len, bool source,
                              SandboxFile *f, char *why, size_t whysize)
{
    if (!sb->folder) {
        snprintf(why, whysize, "%s", sandbox_no_folder);
        return false;
    }
    if (!sandbox_clean_path(name, len, f->rel, sizeof f->rel, why, whysize)) return false;
    char full[PATH_MAX + sizeof f->rel];
    snprintf(full, sizeof full, "%s/%s", sb->folder, f->rel);
    if (!realpath(full, f->real)) {
        if (errno == ENOENT || errno == ENOTDIR)
            snprintf(why, whysize, "no file '%s' in the scenario's folder", f->rel);
        else
            snprintf(why, whysize, "cannot read '%s': %s", f->rel, strerror(errno));
        return false;
    }
    size_t n = strlen(sb->folder);
    if (strncmp(f->real, sb->folder, n) != 0 || (f->real[n] != '/' && strcmp(sb->folder, "/") != 0)) {
        snprintf(why, whysize, "'%s' leads outside the scenario's folder (through a symbolic link); "
                 "a scenario reads only its own files", f->rel);
        return false;
    }
    return sandbox_check_regular(f, source ? sb->lim.source_bytes : sb->lim.file_bytes, source, why, whysize);
}

/* Reads the st_size bytes of a file found earlier. O_NOFOLLOW, O_NONBLOCK
 * and the inode check guard against it being swapped for a link or a pipe
 * since it was checked. */
static bool sandbox_read_exact(const SandboxFile *f, char *buf, char *why, size_t whysize)
{
    int fd = open(f->real, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        snprintf(why, whysize, "cannot read '%s': %s", f->rel, strerror(errno));
        return false;
    }
    struct stat now;
    bool ok = fstat(fd, &now) == 0 && S_ISREG(now.st_mode) && now.st_dev == f->st.st_dev &&
              now.st_ino == f->st.st_ino;
    size_t got = 0, want = (size_t)f->st.st_size;
    while (ok && got < want) {
        ssize_t r = read(fd, buf + got, want - got);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) ok = false;
        else got += (size_t)r;
    }
    close(fd);
    if (!ok) snprintf(why, whysize, "cannot read '%s': it changed while it was being read", f->rel);
    return ok;
}

static bool sandbox_read_malloc(const SandboxFile *f, char **data, char *why, size_t whysize)
{
    *data = malloc((size_t)f->st.st_size + 1);
    if (!*data) {
        snprintf(why, whysize, "cannot read '%s': out of memory", f->rel);
        return false;
    }
    if (!sandbox_read_exact(f, *data, why, whysize)) {
        free(*data);
        *data = NULL;
        return false;
    }
    (*data)[f->st.st_size] = '\0';
    return true;
}

/* The host's file: inside the folder if there is one, else any path. */
bool sandbox_read_main(Sandbox *sb, const char *path, SandboxFile *f, char **data,
                       char *why, size_t whysize)
{
    if (sb->folder) {
        if (!sandbox_find_file(sb, path, strlen(path), true, f, why, whysize)) return false;
    } else {
        snprintf(f->rel, sizeof f->rel, "%s", path);
        snprintf(f->real, sizeof f->real, "%s", path);
        if (!sandbox_check_regular(f, sb->lim.source_bytes, true, why, whysize)) return false;
    }
    return sandbox_read_malloc(f, data, why, whysize);
}

bool sandbox_read_file(Sandbox *sb, const char *relpath, char **data, size_t *n, char *why,
                       size_t whysize)
{
    SandboxFile f;
    *data = NULL;
    *n = 0;
    if (!sandbox_find_file(sb, relpath, strlen(relpath), false, &f, why, whysize) ||
        !sandbox_read_malloc(&f, data, why, whysize))
        return false;
    *n = (size_t)f.st.st_size;
    return true;
}

/* read("file"): the contents of a file of the folder, as a string. */
int sandbox_lua_read(lua_State *L)
{
    Sandbox *sb = sandbox_from_lua(L);
    size_t len;
    const char *name = luaL_checklstring(L, 1, &len);
    SandboxFile f;
    char why[900];
    if (!sandbox_find_file(sb, name, len, false, &f, why, sizeof why))
        return sandbox_raise(L, SANDBOX_ERR_FILE, "read: %s", why);
    size_t n = (size_t)f.st.st_size;
    sandbox_charge(L, (long long)(n / 4) + 1);
    luaL_Buffer b;
    char *buf = luaL_buffinitsize(L, &b, n);
    if (!sandbox_read_exact(&f, buf, why, sizeof why))
        return sandbox_raise(L, SANDBOX_ERR_FILE, "read: %s", why);
    if (sb->on_file) sb->on_file(sb->on_file_ud, f.rel, buf, n);
    luaL_pushresultsize(&b, n);
    return 1;
}

static int sandbox_include_cycle(lua_State *L, Sandbox *sb, const char *rel)
{
    char chain[800] = "";
    size_t o = 0;
    for (int i = 0; i < sb->include_depth && o < sizeof chain; i++)
        o += (size_t)snprintf(chain + o, sizeof chain - o, "%s -> ", sb->includes[i]);
    return luaL_error(L, "include cycle: %s%s; a file cannot include itself, directly or not",
                      chain, rel);
}

/* include("part.lua"): runs another text chunk of the folder in the same
 * globals and returns what it returns. */
int sandbox_lua_include(lua_State *L)
{
    Sandbox *sb = sandbox_from_lua(L);
    size_t len;
    const char *name = luaL_checklstring(L, 1, &len);
    lua_settop(L, 1);
    SandboxFile f;
    char why[900], *data;
    if (!sandbox_find_file(sb, name, len, true, &f, why, sizeof why))
        return sandbox_raise(L, SANDBOX_ERR_FILE, "include: %s", why);
    for (int i = 0; i < sb->include_depth; i++)
        if (strcmp(sb->includes[i], f.rel) == 0) return sandbox_include_cycle(L, sb, f.rel);
    if (sb->include_depth == SANDBOX_MAX_INCLUDES)
        return luaL_error(L, "include: files nested more than %d deep", SANDBOX_MAX_INCLUDES);
    sandbox_charge(L, (long long)(f.st.st_size / 16) + 1);
    if (!sandbox_read_malloc(&f, &data, why, sizeof why))
        return sandbox_raise(L, SANDBOX_ERR_FILE, "include: %s", why);
    SandboxStatus st = sandbox_load_text(sb, f.rel, data, (size_t)f.st.st_size, why, sizeof why);
    free(data);
    if (st == SANDBOX_ERR_MEMORY) sandbox_check_status(L, LUA_ERRMEM);
    if (sb->stopped) sandbox_check_status(L, LUA_OK);
    if (st == SANDBOX_ERR_BYTECODE) return sandbox_raise(L, st, "include: %s", why);
    if (st != SANDBOX_OK) {
        sb->tag_status = st;
        snprintf(sb->tag_msg, sizeof sb->tag_msg, "%s", why);
        lua_pushstring(L, why);
        return lua_error(L);
    }
    if (!sandbox_push_include(sb, f.rel)) return luaL_error(L, "include: out of memory");
    int status = lua_pcall(L, 0, LUA_MULTRET, 0);
    sandbox_pop_include(sb);
    sandbox_check_status(L, status);
    if (status != LUA_OK) return lua_error(L);
    return lua_gettop(L) - 1;
}
