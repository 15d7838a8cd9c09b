/* pattern.c: string.find, match, gmatch and gsub for the sandbox, written
 * from the Lua 5.4 manual's pattern rules (§6.4.1). A backtracking matcher
 * can take exponential time, so every step is charged to the budget. */
#include <stdbool.h>
#include <string.h>
#include <lauxlib.h>
#include "pattern.h"
#include "sandbox_internal.h"

#define PATTERN_MAX_CAPTURES 32
#define PATTERN_MAX_DEPTH 200       /* nested matcher calls: Lua's own limit */
#define PATTERN_BATCH 1024          /* steps between two charges */
#define PATTERN_UNITS_PER_STEP 2    /* a step costs about two VM instructions */
#define CAP_OPEN (-1)               /* capture length while it is still open */
#define CAP_POSITION (-2)           /* a () capture */

typedef struct Matcher {
    lua_State *L;
    const char *s0, *s_end;         /* the subject */
    const char *p_end;              /* the pattern's end */
    int depth;                      /* calls left before "too complex" */
    int ncap;
    struct { const char *at; ptrdiff_t len; } cap[PATTERN_MAX_CAPTURES];
    long long steps;                /* not charged yet */
} Matcher;

static const char *pattern_match(Matcher *m, const char *s, const char *p);

static void pattern_step(Matcher *m, long long n)
{
    m->steps += n;
    if (m->steps >= PATTERN_BATCH) {
        sandbox_charge(m->L, m->steps * PATTERN_UNITS_PER_STEP);
        m->steps = 0;
    }
}

static void pattern_flush(Matcher *m)
{
    sandbox_charge(m->L, m->steps * PATTERN_UNITS_PER_STEP);
    m->steps = 0;
}

static void pattern_reset(Matcher *m)
{
    m->ncap = 0;
    m->depth = PATTERN_MAX_DEPTH;
}

/* ---- Single characters ---- */

/* Classes as in the C locale, whatever the process's locale is, so a
 * scenario matches the same everywhere. */
static bool pattern_in_class(int cls, unsigned char c)
{
    bool upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z', digit = c >= '0' && c <= '9';
    bool graph = c > 32 && c < 127, r;
    switch (cls >= 'A' && cls <= 'Z' ? cls + ('a' - 'A') : cls) {
    case 'a': r = upper || lower; break;
    case 'c': r = c < 32 || c == 127; break;
    case 'd': r = digit; break;
    case 'g': r = graph; break;
    case 'l': r = lower; break;
    case 'p': r = graph && !upper && !lower && !digit; break;
    case 's': r = c == ' ' || (c >= '\t' && c <= '\r'); break;
    case 'u': r = upper; break;
    case 'w': r = upper || lower || digit; break;
    case 'x': r = digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); break;
    case 'z': r = c == 0; break;              /* deprecated, but Lua 5.4 still has it */
    default: return cls == c;                 /* %. %% %[ ...: the character itself */
    }
    return cls >= 'A' && cls <= 'Z' ? !r : r;
}

/* [set]: p at '[', close at its ']'. A ']' right after '[' or '[^' is
 * part of the set; x-y is a range unless the '-' is last. */
static bool pattern_in_set(const char *p, const char *close, unsigned char c)
{
    bool negate = p[1] == '^';
    for (p += negate ? 2 : 1; p < close; p++) {
        if (*p == '%' && p + 1 < close) {
            p++;
            if (pattern_in_class((unsigned char)*p, c)) return !negate;
        } else if (p[1] == '-' && p + 2 < close) {
            if ((unsigned char)p[0] <= c && c <= (unsigned char)p[2]) return !negate;
            p += 2;
        } else if ((unsigned char)*p == c) {
            return !negate;
        }
    }
    return negate;
}

/* The end of the single-character item at p: x, ., %x or [set]. */
static const char *pattern_item_end(Matcher *m, const char *p)
{
    if (*p == '%') {
        if (p + 1 >= m->p_end) luaL_error(m->L, "malformed pattern (ends with '%%')");
        return p + 2;
    }
    if (*p != '[') return p + 1;
    p++;
    if (p < m->p_end && *p == '^') p++;
    do {                                      /* the first character is never the closing ']' */
        if (p >= m->p_end) luaL_error(m->L, "malformed pattern (missing ']')");
        if (*p++ == '%' && p < m->p_end) p++;
    } while (p >= m->p_end || *p != ']');
    return p + 1;
}

static bool pattern_single(Matcher *m, const char *s, const char *p, const char *ep)
{
    if (s >= m->s_end) return false;
    unsigned char c = (unsigned char)*s;
    switch (*p) {
    case '.': return true;
    case '%': return pattern_in_class((unsigned char)p[1], c);
    case '[': return pattern_in_set(p, ep - 1, c);
    default: return (unsigned char)*p == c;
    }
}

/* ---- Items that are not single characters ---- */

static const char *pattern_balance(Matcher *m, const char *s, const char *p)
{
    if (p + 1 >= m->p_end) luaL_error(m->L, "malformed pattern (missing arguments to '%%b')");
    if (s >= m->s_end || *s != p[0]) return NULL;
    int open = 1;
    for (const char *q = s + 1; q < m->s_end; q++) {
        if (*q == p[1]) {
            if (--open == 0) {
                pattern_step(m, q - s);
                return q + 1;
            }
        } else if (*q == p[0]) {
            open++;
        }
    }
    pattern_step(m, m->s_end - s);
    return NULL;
}

/* %f[set]: the character before s is not in the set and the one at s is;
 * the subject's ends count as '\0'. Returns the set's end, or NULL. */
static const char *pattern_frontier(Matcher *m, const char *s, const char *p)
{
    if (p >= m->p_end || *p != '[') luaL_error(m->L, "missing '[' after '%%f' in pattern");
    const char *ep = pattern_item_end(m, p);
    unsigned char before = s == m->s0 ? 0 : (unsigned char)s[-1];
    unsigned char at = s < m->s_end ? (unsigned char)*s : 0;
    if (!pattern_in_set(p, ep - 1, before) && pattern_in_set(p, ep - 1, at)) return ep;
    return NULL;
}

static int pattern_capture_index(Matcher *m, int c)
{
    int i = c - '1';
    if (i < 0 || i >= m->ncap || m->cap[i].len == CAP_OPEN)
        luaL_error(m->L, "invalid capture index %%%d", i + 1);
    return i;
}

/* %1-%9: the text of an earlier capture again. A position capture has no
 * text, so it never matches. */
static const char *pattern_backref(Matcher *m, const char *s, int c)
{
    int i = pattern_capture_index(m, c);
    ptrdiff_t len = m->cap[i].len;
    if (len == CAP_POSITION || m->s_end - s < len) return NULL;
    pattern_step(m, len / 8);
    return memcmp(m->cap[i].at, s, (size_t)len) == 0 ? s + len : NULL;
}

static const char *pattern_open(Matcher *m, const char *s, const char *p, ptrdiff_t kind)
{
    if (m->ncap >= PATTERN_MAX_CAPTURES) luaL_error(m->L, "too many captures");
    m->cap[m->ncap].at = s;
    m->cap[m->ncap].len = kind;
    m->ncap++;
    const char *r = pattern_match(m, s, p);
    if (!r) m->ncap--;
    return r;
}

static const char *pattern_close(Matcher *m, const char *s, const char *p)
{
    int i = m->ncap - 1;
    while (i >= 0 && m->cap[i].len != CAP_OPEN) i--;
    if (i < 0) luaL_error(m->L, "invalid pattern capture");
    m->cap[i].len = s - m->cap[i].at;
    const char *r = pattern_match(m, s, p);
    if (!r) m->cap[i].len = CAP_OPEN;
    return r;
}

/* x* and x+: take as many as possible, then give back one at a time. */
static const char *pattern_greedy(Matcher *m, const char *s, const char *p, const char *ep)
{
    ptrdiff_t n = 0;
    while (pattern_single(m, s + n, p, ep)) n++;
    pattern_step(m, n);
    for (; n >= 0; n--) {
        const char *r = pattern_match(m, s + n, ep + 1);
        if (r) return r;
    }
    return NULL;
}

/* x-: take as few as possible, one more at a time. */
static const char *pattern_lazy(Matcher *m, const char *s, const char *p, const char *ep)
{
    for (;;) {
        const char *r = pattern_match(m, s, ep + 1);
        if (r) return r;
        if (!pattern_single(m, s, p, ep)) return NULL;
        s++;
    }
}

/* A single-character item at p, maybe followed by a quantifier. Returns
 * the match's end, or sets *next to continue with (s, p) in the caller. */
static const char *pattern_item(Matcher *m, const char *s, const char *p, const char **sp,
                                const char **pp, bool *more)
{
    const char *ep = pattern_item_end(m, p);
    char q = ep < m->p_end ? *ep : '\0';
    bool one = pattern_single(m, s, p, ep);
    *more = false;
    switch (q) {
    case '?':
        if (one) {
            const char *r = pattern_match(m, s + 1, ep + 1);
            if (r) return r;
        }
        *sp = s, *pp = ep + 1, *more = true;
        return NULL;
    case '+': return one ? pattern_greedy(m, s + 1, p, ep) : NULL;
    case '*': return pattern_greedy(m, s, p, ep);
    case '-': return pattern_lazy(m, s, p, ep);
    default:
        if (one) *sp = s + 1, *pp = ep, *more = true;
        return NULL;
    }
}

/* Matches the pattern from p against the subject from s; the end of the
 * match, or NULL. Plain items loop here instead of recursing, so depth
 * grows only with captures and quantifiers. */
static const char *pattern_here(Matcher *m, const char *s, const char *p)
{
    for (;;) {
        pattern_step(m, 1);
        if (p == m->p_end) return s;
        if (*p == '(') {
            if (p + 1 < m->p_end && p[1] == ')') return pattern_open(m, s, p + 2, CAP_POSITION);
            return pattern_open(m, s, p + 1, CAP_OPEN);
        }
        if (*p == ')') return pattern_close(m, s, p + 1);
        if (*p == '$' && p + 1 == m->p_end) return s == m->s_end ? s : NULL;
        if (*p == '%' && p + 1 < m->p_end) {
            char c = p[1];
            if (c == 'b') {
                if (!(s = pattern_balance(m, s, p + 2))) return NULL;
                p += 4;
                continue;
            }
            if (c == 'f') {
                if (!(p = pattern_frontier(m, s, p + 2))) return NULL;
                continue;
            }
            if (c >= '0' && c <= '9') {
                if (!(s = pattern_backref(m, s, c))) return NULL;
                p += 2;
                continue;
            }
        }
        bool more;
        const char *r = pattern_item(m, s, p, &s, &p, &more);
        if (!more) return r;
    }
}

static const char *pattern_match(Matcher *m, const char *s, const char *p)
{
    if (m->depth-- == 0) luaL_error(m->L, "pattern too complex");
    const char *r = pattern_here(m, s, p);
    m->depth++;
    return r;
}

/* ---- Captures ---- */

/* Pushes capture i; with no captures at all, capture 0 is the match. */
static void pattern_push_capture(Matcher *m, int i, const char *s, const char *e)
{
    if (i >= m->ncap) {
        if (i != 0) luaL_error(m->L, "invalid capture index %%%d", i + 1);
        lua_pushlstring(m->L, s, (size_t)(e - s));
        return;
    }
    ptrdiff_t len = m->cap[i].len;
    if (len == CAP_OPEN) luaL_error(m->L, "unfinished capture");
    if (len == CAP_POSITION) lua_pushinteger(m->L, m->cap[i].at - m->s0 + 1);
    else lua_pushlstring(m->L, m->cap[i].at, (size_t)len);
}

/* All captures, or the whole match when s is given and there are none. */
static int pattern_push_captures(Matcher *m, const char *s, const char *e)
{
    int n = m->ncap == 0 && s ? 1 : m->ncap;
    luaL_checkstack(m->L, n, "too many captures");
    for (int i = 0; i < n; i++) pattern_push_capture(m, i, s, e);
    return n;
}

/* ---- The library functions ---- */

static void pattern_init(Matcher *m, lua_State *L, const char *s, size_t ls, const char *p, size_t lp)
{
    m->L = L;
    m->s0 = s;
    m->s_end = s + ls;
    m->p_end = p + lp;
    m->steps = 0;
    pattern_reset(m);
}

/* A string given for a number is converted by scanning all of it. */
static lua_Integer pattern_opt_integer(lua_State *L, int arg, lua_Integer dflt)
{
    if (lua_type(L, arg) == LUA_TSTRING) sandbox_charge(L, (long long)lua_rawlen(L, arg) * 2 + 1);
    return luaL_optinteger(L, arg, dflt);
}

/* A start position as Lua counts them: 1-based, negative from the end. */
static size_t pattern_start(lua_State *L, int arg, size_t len)
{
    lua_Integer i = pattern_opt_integer(L, arg, 1);
    if (i > 0) return (size_t)i - 1 > len ? len + 1 : (size_t)i - 1;
    if (i == 0 || (size_t)0 - (size_t)i > len) return 0;
    return len - ((size_t)0 - (size_t)i);
}

static bool pattern_is_plain(const char *p, size_t lp)
{
    for (size_t i = 0; i < lp; i++)
        if (p[i] && strchr("^$*+?.([%-", p[i])) return false;
    return true;
}

/* Compares in chunks, charging each, so a needle that almost matches
 * everywhere runs out of budget instead of time. */
static bool pattern_same(Matcher *m, const char *a, const char *b, size_t n)
{
    for (size_t off = 0; off < n; off += 64) {
        size_t chunk = n - off < 64 ? n - off : 64;
        pattern_step(m, (off == 0) + (long long)chunk / 32);
        if (memcmp(a + off, b + off, chunk) != 0) return false;
    }
    return true;
}

/* Tries each position where the needle's first byte occurs. */
static const char *pattern_plain_find(Matcher *m, const char *s, const char *needle, size_t ln)
{
    if (ln == 0) return s;
    size_t left = (size_t)(m->s_end - s);
    while (left >= ln) {
        const char *hit = memchr(s, needle[0], left - ln + 1);
        pattern_step(m, (hit ? hit - s : (ptrdiff_t)left) / 64 + 1);   /* memchr is fast */
        if (!hit) return NULL;
        if (pattern_same(m, hit + 1, needle + 1, ln - 1)) return hit;
        left -= (size_t)(hit + 1 - s);
        s = hit + 1;
    }
    return NULL;
}

static int pattern_find_aux(lua_State *L, bool find)
{
    size_t ls, lp;
    const char *s = luaL_checklstring(L, 1, &ls), *p = luaL_checklstring(L, 2, &lp);
    size_t init = pattern_start(L, 3, ls);
    Matcher m;
    pattern_init(&m, L, s, ls, p, lp);
    if (init > ls) {
        luaL_pushfail(L);
        return 1;
    }
    if (find && (lua_toboolean(L, 4) || pattern_is_plain(p, lp))) {
        const char *hit = pattern_plain_find(&m, s + init, p, lp);
        pattern_flush(&m);
        if (!hit) {
            luaL_pushfail(L);
            return 1;
        }
        lua_pushinteger(L, hit - s + 1);
        lua_pushinteger(L, (lua_Integer)(hit - s + (ptrdiff_t)lp));
        return 2;
    }
    bool anchor = lp > 0 && *p == '^';
    if (anchor) p++;
    for (const char *at = s + init;; at++) {
        pattern_reset(&m);
        const char *e = pattern_match(&m, at, p);
        if (e) {
            pattern_flush(&m);
            if (!find) return pattern_push_captures(&m, at, e);
            lua_pushinteger(L, at - s + 1);
            lua_pushinteger(L, e - s);
            return pattern_push_captures(&m, NULL, NULL) + 2;
        }
        if (anchor || at >= m.s_end) break;
    }
    pattern_flush(&m);
    luaL_pushfail(L);
    return 1;
}

static int pattern_find(lua_State *L)
{
    return pattern_find_aux(L, true);
}

static int pattern_lmatch(lua_State *L)
{
    return pattern_find_aux(L, false);
}

/* gmatch keeps where to go on and where the last match ended, so an empty
 * match right after a match is skipped. '^' is an ordinary character. */
typedef struct GmatchState { size_t pos; ptrdiff_t last; } GmatchState;

static int pattern_gmatch_next(lua_State *L)
{
    size_t ls, lp;
    const char *s = lua_tolstring(L, lua_upvalueindex(1), &ls);
    const char *p = lua_tolstring(L, lua_upvalueindex(2), &lp);
    GmatchState *g = lua_touserdata(L, lua_upvalueindex(3));
    Matcher m;
    pattern_init(&m, L, s, ls, p, lp);
    for (const char *at = s + g->pos; at <= m.s_end; at++) {
        pattern_reset(&m);
        const char *e = pattern_match(&m, at, p);
        if (e && e - s != g->last) {
            g->pos = (size_t)(e - s);
            g->last = e - s;
            pattern_flush(&m);
            return pattern_push_captures(&m, at, e);
        }
    }
    g->pos = ls + 1;
    pattern_flush(&m);
    return 0;
}

static int pattern_gmatch(lua_State *L)
{
    size_t ls;
    luaL_checklstring(L, 1, &ls);
    luaL_checkstring(L, 2);
    size_t init = pattern_start(L, 3, ls);
    lua_settop(L, 2);
    GmatchState *g = lua_newuserdatauv(L, sizeof *g, 0);
    g->pos = init;
    g->last = -1;
    lua_pushcclosure(L, pattern_gmatch_next, 3);
    return 1;
}

/* A replacement string: %0-%9 are captures, %% a percent sign. */
static void pattern_add_string(Matcher *m, luaL_Buffer *b, const char *s, const char *e)
{
    lua_State *L = m->L;
    size_t lr;
    const char *r = lua_tolstring(L, 3, &lr), *end = r + lr;
    while (r < end) {
        const char *pct = memchr(r, '%', (size_t)(end - r));
        if (!pct) pct = end;
        luaL_addlstring(b, r, (size_t)(pct - r));
        pattern_step(m, (pct - r) / 16 + 1);
        if (pct == end) break;
        r = pct + 2;
        char c = pct + 1 < end ? pct[1] : '\0';
        if (c == '%') {
            luaL_addchar(b, '%');
        } else if (c >= '0' && c <= '9') {
            if (c == '0') lua_pushlstring(L, s, (size_t)(e - s));
            else pattern_push_capture(m, c - '1', s, e);
            luaL_tolstring(L, -1, NULL);
            lua_remove(L, -2);
            luaL_addvalue(b);
        } else {
            luaL_error(L, "invalid use of '%%' in replacement string");
        }
    }
}

/* Adds the replacement for the match s..e: a false or nil from a table
 * or function keeps the original text. */
static void pattern_add_value(Matcher *m, luaL_Buffer *b, const char *s, const char *e, int kind)
{
    lua_State *L = m->L;
    if (kind == LUA_TFUNCTION) {
        lua_pushvalue(L, 3);
        int n = pattern_push_captures(m, s, e);
        lua_call(L, n, 1);
    } else if (kind == LUA_TTABLE) {
        pattern_push_capture(m, 0, s, e);
        lua_gettable(L, 3);
    } else {
        pattern_add_string(m, b, s, e);
        return;
    }
    if (!lua_toboolean(L, -1)) {
        lua_pop(L, 1);
        luaL_addlstring(b, s, (size_t)(e - s));
    } else if (!lua_isstring(L, -1)) {
        luaL_error(L, "invalid replacement value (a %s)", luaL_typename(L, -1));
    } else {
        luaL_addvalue(b);
    }
}

static int pattern_gsub(lua_State *L)
{
    size_t ls, lp;
    const char *s = luaL_checklstring(L, 1, &ls), *p = luaL_checklstring(L, 2, &lp);
    int kind = lua_type(L, 3);
    luaL_argexpected(L, kind == LUA_TNUMBER || kind == LUA_TSTRING || kind == LUA_TFUNCTION ||
                     kind == LUA_TTABLE, 3, "string/function/table");
    lua_Integer max = pattern_opt_integer(L, 4, (lua_Integer)ls + 1), count = 0;
    bool anchor = lp > 0 && *p == '^';
    Matcher m;
    pattern_init(&m, L, s, ls, p, lp);
    if (anchor) p++;
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    const char *at = s, *last = NULL;
    while (count < max) {
        pattern_reset(&m);
        const char *e = pattern_match(&m, at, p);
        if (e && e != last) {
            count++;
            pattern_add_value(&m, &b, at, e, kind);
            at = last = e;
        } else if (at < m.s_end) {
            luaL_addchar(&b, *at++);
        } else {
            break;
        }
        if (anchor) break;
    }
    luaL_addlstring(&b, at, (size_t)(m.s_end - at));
    pattern_step(&m, (m.s_end - at) / 16);
    pattern_flush(&m);
    luaL_pushresult(&b);
    lua_pushinteger(L, count);
    return 2;
}

void pattern_register(lua_State *L)
{
    static const luaL_Reg fns[] = {
        {"find", pattern_find}, {"match", pattern_lmatch}, {"gmatch", pattern_gmatch},
        {"gsub", pattern_gsub}, {NULL, NULL}};
    luaL_setfuncs(L, fns, 0);
}
