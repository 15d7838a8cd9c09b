/* xdg.c: the app's folders under the XDG base directories, and atomic
 * writes of small files (settings) into them. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "util.h"
#include "xdg.h"

/* var if it is an absolute path, else $HOME/fallback. */
static bool xdg_base(const char *var, const char *fallback, char *buf, size_t size,
                     char *err, size_t errsize)
{
    const char *v = getenv(var), *home = getenv("HOME");
    int n;
    if (v && v[0] == '/') n = snprintf(buf, size, "%s", v);
    else if (home && home[0] == '/') n = snprintf(buf, size, "%s/%s", home, fallback);
    else return error_set(err, errsize, "cannot find a folder for the app's files: set $HOME "
                          "or $%s to an absolute path", var);
    if (n < 0 || (size_t)n >= size) return error_set(err, errsize, "$%s or $HOME is too long", var);
    return true;
}

static bool xdg_file(const char *var, const char *fallback, const char *name, char *buf,
                     size_t size, char *err, size_t errsize)
{
    char base[4096];
    if (!xdg_base(var, fallback, base, sizeof base, err, errsize)) return false;
    int n = snprintf(buf, size, "%s/incident-dojo/%s", base, name);
    if (n < 0 || (size_t)n >= size)
        return error_set(err, errsize, "the path of %s under %s is too long", name, base);
    return true;
}

bool xdg_config_file(const char *name, char *buf, size_t size, char *err, size_t errsize)
{
    return xdg_file("XDG_CONFIG_HOME", ".config", name, buf, size, err, errsize);
}

bool xdg_data_file(const char *name, char *buf, size_t size, char *err, size_t errsize)
{
    return xdg_file("XDG_DATA_HOME", ".local/share", name, buf, size, err, errsize);
}

bool xdg_save_file(const char *scenario_id, char *buf, size_t size, char *err, size_t errsize)
{
    char name[300] = "saves/";
    size_t n = strlen(name);
    for (const char *s = scenario_id; *s && n < sizeof name - 8; s++) {
        char c = *s;
        bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '_' || c == '-' || (c == '.' && s != scenario_id);
        name[n++] = keep ? c : '_';
    }
    memcpy(name + n, ".save", 6);
    return xdg_data_file(name, buf, size, err, errsize);
}

bool xdg_make_parents(const char *path, char *err, size_t errsize)
{
    char dir[4096];
    size_t len = strlen(path);
    if (len >= sizeof dir) return error_set(err, errsize, "path too long: %s", path);
    memcpy(dir, path, len + 1);
    char *slash = strrchr(dir, '/');
    if (!slash || slash == dir) return true;
    *slash = 0;
    for (char *p = dir + 1;; p++) {
        bool end = *p == 0;
        if (*p != '/' && !end) continue;
        *p = 0;
        struct stat st;
        if (mkdir(dir, 0755) != 0 && errno != EEXIST)
            return error_set(err, errsize, "cannot create the folder %s: %s", dir, strerror(errno));
        if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
            return error_set(err, errsize, "cannot create the folder %s: a file of that name is in the way", dir);
        if (end) return true;
        *p = '/';
    }
}

static int xdg_write_fd(int fd, const char *data, size_t len)
{
    while (len) {
        ssize_t w = write(fd, data, len);
        if (w < 0 && errno == EINTR) continue;
        if (w < 0) return errno;
        data += w, len -= (size_t)w;
    }
    return fsync(fd) == 0 || errno == EINVAL ? 0 : errno;
}

/* Some file systems cannot sync a folder; the rename is done either way. */
static void xdg_sync_dir(const char *path)
{
    char dir[4096];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (!slash) return;
    *slash = 0;
    int fd = open(dir[0] ? dir : "/", O_RDONLY | O_DIRECTORY);
    if (fd < 0) return;
    (void)fsync(fd);
    close(fd);
}

bool xdg_write_atomic(const char *path, const char *data, size_t len, char *err, size_t errsize)
{
    if (!xdg_make_parents(path, err, errsize)) return false;
    char tmp[4200];
    snprintf(tmp, sizeof tmp, "%s.tmp.%ld", path, (long)getpid());
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644), e = fd < 0 ? errno : 0;
    if (fd >= 0) {
        e = xdg_write_fd(fd, data, len);
        if (close(fd) != 0 && !e) e = errno;
    }
    if (!e && rename(tmp, path) != 0) e = errno;
    if (e) {
        unlink(tmp);
        return error_set(err, errsize, "cannot write %s: %s", path, strerror(e));
    }
    xdg_sync_dir(path);
    return true;
}
