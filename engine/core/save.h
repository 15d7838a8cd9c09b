/* save.h: a saved session is its action log plus the scenario's id and
 * content hash. On disk: one header line
 *     incident-dojo-save <version> <body length> <crc32 of body, 8 lowercase hex>
 * then the JSON body. Written atomically, the previous save kept as
 * PATH.bak, so a corrupt or half-written save never loses the last good one. */
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

/* The bytes of a save; caller frees. */
char *save_serialize(const SaveData *d, size_t *len);
/* Parses bytes; on failure err says what is wrong (not which file). */
bool save_parse(const char *buf, size_t len, SaveData *out, char *err, size_t errsize);

/* Writes PATH atomically: temp file, fsync, keep the old PATH as PATH.bak,
 * rename, fsync the folder. Stale temp files of PATH are removed. */
bool save_write(const char *path, const SaveData *d, char *err, size_t errsize);

typedef enum { SAVE_LOADED, SAVE_LOADED_BACKUP, SAVE_FAILED } SaveLoadStatus;
/* Loads PATH, or PATH.bak when PATH is missing or corrupt; err then names
 * the file and what was wrong with it. */
SaveLoadStatus save_load(const char *path, SaveData *out, char *err, size_t errsize);
void save_data_clear(SaveData *d);

#endif
