/* xdg.h: where the app keeps its files: settings under the XDG config
 * folder, saves under the XDG data folder, and writing small files so
 * that a crash or a full disk never leaves half of one. */
#ifndef DOJO_XDG_H
#define DOJO_XDG_H

#include <stdbool.h>
#include <stddef.h>

/* $XDG_CONFIG_HOME/incident-dojo/NAME, or ~/.config/incident-dojo/NAME when
 * the variable is unset, empty or relative (the XDG spec says to ignore a
 * relative one). False with err set when neither it nor $HOME gives an
 * absolute folder, or the path does not fit. */
bool xdg_config_file(const char *name, char *buf, size_t size, char *err, size_t errsize);
/* The same under $XDG_DATA_HOME, default ~/.local/share/incident-dojo/. */
bool xdg_data_file(const char *name, char *buf, size_t size, char *err, size_t errsize);
/* The save of a scenario: <data>/saves/<id>.save. Characters of the id
 * that do not belong in a file name (anything but letters, digits, '.',
 * '_' and '-', or a leading '.') become '_'. */
bool xdg_save_file(const char *scenario_id, char *buf, size_t size, char *err, size_t errsize);

/* Creates every missing folder above path (like mkdir -p of its dirname). */
bool xdg_make_parents(const char *path, char *err, size_t errsize);
/* Writes len bytes to path through path.tmp.<pid>, fsync, rename and an
 * fsync of the folder, creating the folders above it; on failure path is
 * unchanged and err names it and the reason. */
bool xdg_write_atomic(const char *path, const char *data, size_t len, char *err, size_t errsize);

#endif
