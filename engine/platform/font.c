/* font.c: the font files of each style, opened on first use at base size x
 * scale x pixel ratio, and the metrics text layout measures with. */
#include <stdio.h>
#include "platform_internal.h"

static const char *const STYLE_FILES[FONT_STYLE_COUNT] = {
    "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
    "DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"};
/* Symbols and emoji for chat reactions that DejaVu lacks. */
static const char FALLBACK_FILE[] = "Symbola_hint.ttf";

static bool open_slot(Platform *p, FontSlot *slot, const char *file, char *err, size_t errsize)
{
    char path[PATH_MAX + 64];
    snprintf(path, sizeof path, "%s/%s", p->font_dir, file);
    slot->tried = true;
    slot->font = TTF_OpenFont(path, p->font_px);
    if (!slot->font) {
        snprintf(err, errsize, "cannot open the font %s: %s", path, TTF_GetError());
        return false;
    }
    slot->line_height = TTF_FontLineSkip(slot->font);
    slot->ascent = TTF_FontAscent(slot->font);
    return true;
}

bool font_open_regular(Platform *p, char *err, size_t errsize)
{
    float px = p->cfg.font_size * p->cfg.scale * p->pixel_ratio;
    p->font_px = px < 4 ? 4 : (int)(px + 0.5f);
    return open_slot(p, &p->fonts[FONT_REGULAR], STYLE_FILES[FONT_REGULAR], err, errsize);
}

void font_close_all(Platform *p)
{
    for (int i = 0; i < FONT_STYLE_COUNT; i++) {
        if (p->fonts[i].font) TTF_CloseFont(p->fonts[i].font);
        p->fonts[i] = (FontSlot){0};
    }
    if (p->fallback.font) TTF_CloseFont(p->fallback.font);
    p->fallback = (FontSlot){0};
}

/* Styles open lazily: most screens use two or three of them, and each open
 * costs start-up time and memory. A style that fails to open draws with
 * its plainer sibling (mono bold with mono, the rest with regular), after
 * one message. */
FontSlot *font_get(Platform *p, int style)
{
    FontSlot *slot = &p->fonts[style];
    if (slot->font) return slot;
    if (!slot->tried) {
        char err[PATH_MAX + 128];
        if (!open_slot(p, slot, STYLE_FILES[style], err, sizeof err))
            fprintf(stderr, "incident-dojo: %s; using a plainer style instead\n", err);
        if (slot->font) return slot;
    }
    if (style == FONT_REGULAR) return slot;
    return font_get(p, style == FONT_MONO_BOLD ? FONT_MONO : FONT_REGULAR);
}

FontSlot *font_get_fallback(Platform *p)
{
    if (!p->fallback.tried) {
        char err[PATH_MAX + 128];
        if (!open_slot(p, &p->fallback, FALLBACK_FILE, err, sizeof err))
            fprintf(stderr, "incident-dojo: %s; symbols it would cover show as boxes "
                    "(install fonts-symbola and copy the file there)\n", err);
    }
    return p->fallback.font ? &p->fallback : NULL;
}

int platform_line_height(Platform *p, FontStyle style)
{
    return font_get(p, style)->line_height;
}

int platform_ascent(Platform *p, FontStyle style)
{
    return font_get(p, style)->ascent;
}

int platform_advance(Platform *p, FontStyle style, uint32_t cp)
{
    if (cp < 128 && p->atlas.ascii_adv[style][cp] >= 0) return p->atlas.ascii_adv[style][cp];
    return glyph_find(p, style, cp)->advance;
}

int platform_text_width(Platform *p, FontStyle style, const char *s, size_t len)
{
    const int16_t *adv = p->atlas.ascii_adv[style];
    int w = 0;
    for (size_t i = 0; i < len;) {
        unsigned char b = (unsigned char)s[i];
        if (b < 128 && adv[b] >= 0) {
            w += adv[b];
            i++;
            continue;
        }
        w += glyph_find(p, style, platform_utf8_decode(s, len, &i))->advance;
    }
    return w;
}

bool platform_glyph_uses_fallback(Platform *p, FontStyle style, uint32_t cp)
{
    return (glyph_find(p, style, cp)->flags & GLYPH_FALLBACK) != 0;
}

uint32_t platform_utf8_decode(const char *str, size_t len, size_t *pos)
{
    const unsigned char *s = (const unsigned char *)str + *pos;
    size_t left = len - *pos;
    unsigned char b = s[0];
    if (b < 0x80) {
        *pos += 1;
        return b;
    }
    size_t n;
    uint32_t cp, min;
    if (b >= 0xC2 && b <= 0xDF) n = 1, cp = b & 0x1Fu, min = 0x80;
    else if (b >= 0xE0 && b <= 0xEF) n = 2, cp = b & 0x0Fu, min = 0x800;
    else if (b >= 0xF0 && b <= 0xF4) n = 3, cp = b & 0x07u, min = 0x10000;
    else {
        *pos += 1;
        return 0xFFFD;
    }
    for (size_t k = 1; k <= n; k++) {
        /* a truncated sequence is one U+FFFD for the bytes that fit */
        if (k >= left || (s[k] & 0xC0) != 0x80) {
            *pos += k;
            return 0xFFFD;
        }
        cp = (cp << 6) | (s[k] & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        *pos += 1;      /* overlong or surrogate: the rest decode as U+FFFD too */
        return 0xFFFD;
    }
    *pos += n + 1;
    return cp;
}
