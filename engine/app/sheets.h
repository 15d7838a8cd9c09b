/* sheets.h: what the `sheets` subcommand's files share: a growing text
 * buffer and the parts of one interviewee's character sheet. */
#ifndef DOJO_SHEETS_H
#define DOJO_SHEETS_H

#include <stddef.h>
#include "core/model.h"

/* A growing NUL-terminated string; zero it to start, free data when done. */
typedef struct SheetText { char *data; size_t len, cap; } SheetText;

void sheet_add(SheetText *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends text on one line (runs of white space become one space); when
 * max > 0 and it is longer, cut at a word before max bytes with an ellipsis. */
void sheet_add_flat(SheetText *t, const char *text, size_t max);
/* "12:07" on the incident's day, "2026-03-10 17:05" on another; "" for none. */
void sheet_time(const Scenario *sc, DojoTime at, char *buf, int size);
/* The person's name, or their id when they have none. */
const char *sheet_person_name(const Scenario *sc, int person);
/* A sheet's file name in the output folder: "<person id>.md", with a prefix
 * no id can have when the id would clash with README.md or be hidden. */
void sheet_file_name(const Scenario *sc, int interviewee, char *buf, size_t size);

/* "Your part in the incident": the person's items, in time order. */
void sheets_events_write(const Scenario *sc, int person, SheetText *t);
/* The whole sheet of interviewee iv. */
void sheets_person_write(const Scenario *sc, int iv, SheetText *t);
/* The disposition in plain words, for the sheet and the index. */
const char *sheets_disposition_name(const Interviewee *v);

#endif
