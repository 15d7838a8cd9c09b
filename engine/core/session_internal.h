/* session_internal.h: shared by session.c and session_report.c. */
#ifndef DOJO_SESSION_INTERNAL_H
#define DOJO_SESSION_INTERNAL_H

#include "session.h"

extern const char *const session_entity_names[];   /* "a source", "an item" ... */

bool session_apply_set_report(Session *s, const Action *a, char *err, size_t errsize);
bool session_apply_factor(Session *s, const Action *a, char *err, size_t errsize);
bool session_apply_order(Session *s, const Action *a, char *err, size_t errsize);
void session_free_report(Session *s);

#endif
