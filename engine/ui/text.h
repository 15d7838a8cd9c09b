/* text.h: word wrap of UTF-8 text to a width with the platform's metrics,
 * a cache so a text is wrapped once per (width, scale), and drawing with
 * bold and italic spans. */
#ifndef DOJO_TEXT_H
#define DOJO_TEXT_H

#include "platform/platform.h"

/* Bytes [start, start + len) drawn in style. */
typedef struct TextSpan { int start, len; FontStyle style; } TextSpan;

/* A text to lay out; everything is borrowed. Spans are sorted by start and
 * do not overlap; bytes outside them use style. */
typedef struct TextBlock {
    const char *text;
    int len;
    FontStyle style;
    const TextSpan *spans;
    int nspans;
} TextBlock;

/* Line start offsets. Line i runs to the next line's start (or the end of
 * the text), less its trailing spaces and newline. */
typedef struct TextLines { int *starts; int count, cap; } TextLines;

/* Wraps b to width px: breaks at spaces, inside words longer than a line
 * (between codepoints), and after each '\n'. Appends the line starts to
 * out, so many texts can share one array, and returns how many it
 * appended: 1 for an empty text. */
int text_wrap(Platform *p, const TextBlock *b, int width, TextLines *out);
void text_lines_free(TextLines *lines);

/* Where line i of nlines (starts as text_wrap made them) ends, trimmed. */
int text_line_end(const TextBlock *b, const int *starts, int nlines, int i);
/* Width in px of bytes [start, end) with the spans' styles. */
int text_measure(Platform *p, const TextBlock *b, int start, int end);
/* Draws bytes [start, end) of one line with the spans' styles, sharing the
 * block style's baseline; returns the pen x after it. */
int text_draw_range(Platform *p, const TextBlock *b, int start, int end, int x, int y, Color c);
/* Draws wrapped lines one line height apart, skipping those outside the clip. */
void text_draw_lines(Platform *p, const TextBlock *b, const int *starts, int nlines, int x,
                     int y, Color c);

/* A fixed number of cached layouts for texts that no one owns a
 * TextLines for (labels, tooltips): keyed by content, spans, width and
 * the platform's font generation. */
typedef struct TextCache TextCache;
TextCache *text_cache_create(int entries);
void text_cache_destroy(TextCache *cache);
/* The wrapped lines of b; valid until the next text_cache_get. */
const TextLines *text_cache_get(TextCache *cache, Platform *p, const TextBlock *b, int width);
/* How many layouts were computed (misses) since create. */
unsigned text_cache_misses(const TextCache *cache);

#endif
