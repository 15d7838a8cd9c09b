/* diag.h: diagnostics about a scenario, printed as
 * "file:line: error[code]: message". Codes are listed in scenarios/README.md. */
#ifndef DOJO_DIAG_H
#define DOJO_DIAG_H

#include <stdio.h>

typedef enum { DIAG_ERROR, DIAG_WARNING } DiagSeverity;

typedef struct Diag {
    DiagSeverity severity;
    char *code;     /* kebab-case, e.g. "unknown-field" */
    char *file;     /* may be NULL when no file applies */
    int line;       /* 0 when unknown */
    char *message;
    int seq;        /* insertion order, to keep sorting stable */
} Diag;

typedef struct Diags { Diag *items; int count, cap; int errors, warnings; } Diags;

void diags_add(Diags *d, DiagSeverity sev, const char *code, const char *file,
               int line, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
/* Sorts by file, line, then insertion order, so output is stable. */
void diags_sort(Diags *d);
void diags_print(const Diags *d, FILE *out);
void diags_format(const Diag *g, char *buf, int size);
void diags_destroy(Diags *d);

#endif
