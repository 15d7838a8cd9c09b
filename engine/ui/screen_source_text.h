/* screen_source_text.h: a source of any kind as plain text, for the
 * sources that have no dedicated view yet: its details, then every item a
 * paragraph with its time and person. */
#ifndef DOJO_SCREEN_SOURCE_TEXT_H
#define DOJO_SCREEN_SOURCE_TEXT_H

#include "core/model.h"
#include "core/util.h"

/* The text of source (in arena). *code gets a pull request's diff, to be
 * shown in a monospace font, or NULL. */
const char *screen_source_text(Arena *arena, const Scenario *sc, int source, const char **code);
/* A time as the sources show it: "12:03" on the incident's day, else
 * "2026-03-10 17:05", in the scenario's time zone; "" when none. */
void screen_source_time(const Scenario *sc, DojoTime t, char *buf, int size);
/* A person's name, or "someone" for -1. */
const char *screen_source_person(const Scenario *sc, int person);

#endif
