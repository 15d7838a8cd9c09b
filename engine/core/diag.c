/* diag.c: collecting, ordering and printing scenario diagnostics. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "diag.h"
#include "util.h"

void diags_add(Diags *d, DiagSeverity sev, const char *code, const char *file, int line,
               const char *fmt, ...)
{
    char msg[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    Diag *g = VEC_PUSH(d->items, d->count, d->cap);
    g->severity = sev;
    g->code = xstrdup(code);
    g->file = file ? xstrdup(file) : NULL;
    g->line = line;
    g->message = xstrdup(msg);
    g->seq = d->count - 1;
    if (sev == DIAG_ERROR) d->errors++;
    else d->warnings++;
}

static int diag_order(const void *pa, const void *pb)
{
    const Diag *a = pa, *b = pb;
    int c = strcmp(a->file ? a->file : "", b->file ? b->file : "");
    if (c) return c;
    if (a->line != b->line) return a->line < b->line ? -1 : 1;
    return (a->seq > b->seq) - (a->seq < b->seq);
}

void diags_sort(Diags *d)
{
    if (d->count > 1) qsort(d->items, (size_t)d->count, sizeof *d->items, diag_order);
}

void diags_format(const Diag *g, char *buf, int size)
{
    const char *sev = g->severity == DIAG_ERROR ? "error" : "warning";
    if (g->file && g->line > 0)
        snprintf(buf, (size_t)size, "%s:%d: %s[%s]: %s", g->file, g->line, sev, g->code, g->message);
    else if (g->file)
        snprintf(buf, (size_t)size, "%s: %s[%s]: %s", g->file, sev, g->code, g->message);
    else
        snprintf(buf, (size_t)size, "%s[%s]: %s", sev, g->code, g->message);
}

void diags_print(const Diags *d, FILE *out)
{
    char buf[4096];
    for (int i = 0; i < d->count; i++) {
        diags_format(&d->items[i], buf, sizeof buf);
        fprintf(out, "%s\n", buf);
    }
}

void diags_destroy(Diags *d)
{
    for (int i = 0; i < d->count; i++) {
        free(d->items[i].code);
        free(d->items[i].file);
        free(d->items[i].message);
    }
    free(d->items);
    memset(d, 0, sizeof *d);
}
