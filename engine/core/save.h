/* save.h: a saved session is its action log plus the scenario's id and
 * content hash. On disk: one header line, then exactly that many bytes of
 * JSON body:
 *     incident-dojo-save 1 <body length, decimal> <crc32 of body, 8 lowercase hex>\n
 *     {"scenario":{"id":"...","hash":"<16 lowercase hex>"},"seed":"<16 lowercase hex>",
 *      "actions":[ one action a line, as log_to_json writes them ]}\n
 * The 64-bit hash and seed are hex strings because a JSON number is a
 * double. The CRC catches any bit flip in the body; the header's numbers
 * have one spelling (no sign, no leading zero, lowercase hex), so a flip
 * there is refused too, as is every truncation. Written atomically, the
 * previous save kept as PATH.bak, so a corrupt or half-written save never
 * loses the last good one. */
#ifndef DOJO_SAVE_H
#define DOJO_SAVE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "action.h"

#define SAVE_FORMAT_VERSION 1

typedef struct SaveData {
    char *scenario_id;        /* owned */
    uint64_t scenario_hash;
    uint64_t seed;
    ActionLog log;
} SaveData;

/* The bytes of a save (NUL-terminated, the NUL not counted in *len);
 * caller frees. The same SaveData always gives the same bytes. */
char *save_serialize(const SaveData *d, size_t *len);
/* Parses bytes (buf need not be NUL-terminated). On success out owns what
 * it holds (save_data_clear); on failure out is cleared and err says what
 * is wrong (not which file). */
bool save_parse(const char *buf, size_t len, SaveData *out, char *err, size_t errsize);

/* Writes PATH atomically: temp file PATH.tmp.<pid>, fsync, keep the old
 * PATH (if intact) as PATH.bak by a hard link, rename, fsync the folder;
 * PATH itself never disappears. Temp files of dead writers are removed.
 * On failure err names PATH and the reason, and PATH is unchanged. Not for
 * two threads writing one PATH at once. */
bool save_write(const char *path, const SaveData *d, char *err, size_t errsize);

typedef enum { SAVE_LOADED, SAVE_LOADED_BACKUP, SAVE_FAILED } SaveLoadStatus;
/* Loads PATH, or PATH.bak when PATH is missing or corrupt; err then names
 * the file and what was wrong with it (both files when both fail, and out
 * is cleared). On SAVE_LOADED err is "". */
SaveLoadStatus save_load(const char *path, SaveData *out, char *err, size_t errsize);
void save_data_clear(SaveData *d);

#endif
