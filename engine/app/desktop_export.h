/* desktop_export.h: the Debrief's exports as files: the session being
 * played as the Markdown report, the result JSON or xAPI statements,
 * written atomically under the XDG data folder
 * ($XDG_DATA_HOME/incident-dojo/exports/<scenario>-report.md, -result.json,
 * -xapi.json), the outcome told in the app's banner. */
#ifndef DOJO_DESKTOP_EXPORT_H
#define DOJO_DESKTOP_EXPORT_H

#include <stdbool.h>
#include <stddef.h>
#include "core/rubric.h"
#include "desktop.h"
#include "ui/screen_debrief.h"

/* Where an export of the scenario goes: <data>/exports/<id>-report.md ...
 * Characters of the id that do not belong in a file name become '_'.
 * False with err set when there is no data folder. */
bool desktop_export_path(const char *scenario_id, DebriefExport f, char *buf, size_t size, char *err,
                         size_t errsize);
/* The document as text (malloc'd, ending in a newline); actor names the
 * participant in xAPI statements. */
char *desktop_export_render(const Session *s, const Score *score, DebriefExport f, const char *actor);
/* Renders and writes it to path atomically (the folders above it made as
 * needed); on failure path is unchanged and err says which file and why. */
bool desktop_export_write(const Session *s, const Score *score, DebriefExport f, const char *actor,
                          const char *path, char *err, size_t errsize);
/* $USER, or "participant" when it is unset or empty. */
const char *desktop_export_actor(void);
/* The Debrief's export button: scores the session being played, writes
 * the file and sets the banner to its full path or to what went wrong. */
void desktop_export(Desktop *d, DebriefExport f);

#endif
