/* util.h: small helpers every core module uses: an arena for strings and
 * records that live as long as their owner, a growable array, hashes. */
#ifndef DOJO_UTIL_H
#define DOJO_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

/* An arena hands out memory that is freed all at once by arena_destroy. */
typedef struct ArenaBlock ArenaBlock;
typedef struct Arena { ArenaBlock *head; } Arena;

void *arena_alloc(Arena *a, size_t size);          /* zeroed, 16-aligned */
char *arena_strdup(Arena *a, const char *s);        /* NULL stays NULL */
char *arena_strndup(Arena *a, const char *s, size_t n);
void arena_destroy(Arena *a);

/* Allocation that cannot fail softly: out of memory aborts with a message,
 * since no caller could do anything better. */
void *xmalloc(size_t size);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t size);
char *xstrdup(const char *s);

/* A string that grows as it is written; zero it to start, free(s) after.
 * s stays NULL until something is written. */
typedef struct StrBuf { char *s; size_t len, cap; } StrBuf;
void strbuf_addf(StrBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Grow *items so that it holds at least need elements of size elem. */
void vec_reserve(void **items, int *cap, int need, size_t elem);
#define VEC_PUSH(arr, n, cap) \
    (vec_reserve((void **)&(arr), &(cap), (n) + 1, sizeof *(arr)), &(arr)[(n)++])

uint32_t hash_crc32(const void *data, size_t n);
uint64_t hash_fnv1a64(uint64_t h, const void *data, size_t n);
#define HASH_FNV_SEED 0xcbf29ce484222325ull

/* A string -> int map with open addressing; keys are borrowed. */
typedef struct StrMap { const char **keys; int *vals; int cap, count; } StrMap;
void strmap_put(StrMap *m, const char *key, int val);  /* replaces */
int strmap_get(const StrMap *m, const char *key);      /* -1 if absent */
void strmap_destroy(StrMap *m);

/* Levenshtein distance, capped: used for "did you mean" suggestions. */
int text_edit_distance(const char *a, const char *b, int cap);
/* Close enough to suggest "did you mean known?" for a typo. */
bool text_is_close(const char *typed, const char *known);

/* Whether haystack mentions needle as a whole word or phrase, ignoring
 * ASCII case: "cache" matches "the Cache," but not "cached". A needle
 * ending in '*' matches words that start with it: "cache*" matches
 * "cached". Letters, digits, '_' and non-ASCII bytes make up words. */
bool text_contains_word(const char *haystack, const char *needle);

/* Formats a message into err (when there is room) and returns false, so a
 * refusal is one line: return error_set(err, errsize, "...", ...); */
bool error_set(char *err, size_t errsize, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Reads a whole file (NUL-terminated, caller frees). On failure err names
 * the file and the reason. */
bool file_read_all(const char *path, char **data, size_t *len, char *err, size_t errsize);

#endif
