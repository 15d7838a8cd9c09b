/* embed.h: files built into the binary (scripts/embed.cmake writes the
 * tables), so the installed program needs nothing beside it to use them. */
#ifndef DOJO_EMBED_H
#define DOJO_EMBED_H

#include <stddef.h>

typedef struct EmbeddedFile {
    const char *name;            /* file name, without folders; NULL ends a table */
    const unsigned char *bytes;  /* size bytes, then a 0 */
    size_t size;
} EmbeddedFile;

/* assets/template/: the scenario `incident-dojo new` writes. */
extern const EmbeddedFile template_files[];

#endif
