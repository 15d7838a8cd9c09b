/* viewer_chat_build.c: a chat source's items as transcript messages, built
 * once when the channel is shown: notices for joins and leaves, day rules,
 * thread lines for roots, reactions as emoji chips. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "screen_common.h"
#include "screen_source_text.h"
#include "viewer_chat_internal.h"

ChatViewStyle chat_build_style(Ui *ui)
{
    const Theme *t = ui_theme(ui);
    ChatViewStyle st = chat_view_default_style(t->text, t->text_muted);
    st.avatar_x = SP_M, st.avatar_size = 36;
    st.author_x = st.text_x = SP_M + 36 + SP_S + SP_XS;
    st.right_pad = SP_L;
    st.rule = t->border, st.link = t->accent;
    return st;
}

/* Slack's names for the emoji people react with most, sorted by name; the
 * platform's fallback font (Symbola) draws every one of them. */
static const struct { const char *name, *utf8; } EMOJI[] = {
    {"+1", "\xF0\x9F\x91\x8D"}, {"-1", "\xF0\x9F\x91\x8E"}, {"100", "\xF0\x9F\x92\xAF"},
    {"alarm_clock", "\xE2\x8F\xB0"}, {"boom", "\xF0\x9F\x92\xA5"}, {"bug", "\xF0\x9F\x90\x9B"},
    {"bulb", "\xF0\x9F\x92\xA1"}, {"chart_with_downwards_trend", "\xF0\x9F\x93\x89"},
    {"chart_with_upwards_trend", "\xF0\x9F\x93\x88"}, {"checkered_flag", "\xF0\x9F\x8F\x81"},
    {"clap", "\xF0\x9F\x91\x8F"}, {"confused", "\xF0\x9F\x98\x95"}, {"cry", "\xF0\x9F\x98\xA2"},
    {"eyes", "\xF0\x9F\x91\x80"}, {"face_with_rolling_eyes", "\xF0\x9F\x99\x84"},
    {"fire", "\xF0\x9F\x94\xA5"}, {"handshake", "\xF0\x9F\xA4\x9D"}, {"heart", "\xE2\x9D\xA4"},
    {"heavy_check_mark", "\xE2\x9C\x94"}, {"hourglass", "\xE2\x8C\x9B"},
    {"joy", "\xF0\x9F\x98\x82"}, {"mag", "\xF0\x9F\x94\x8D"}, {"memo", "\xF0\x9F\x93\x9D"},
    {"muscle", "\xF0\x9F\x92\xAA"}, {"ok_hand", "\xF0\x9F\x91\x8C"},
    {"open_mouth", "\xF0\x9F\x98\xAE"}, {"pray", "\xF0\x9F\x99\x8F"},
    {"raised_hands", "\xF0\x9F\x99\x8C"}, {"relieved", "\xF0\x9F\x98\x8C"},
    {"rocket", "\xF0\x9F\x9A\x80"}, {"rotating_light", "\xF0\x9F\x9A\xA8"},
    {"scream", "\xF0\x9F\x98\xB1"}, {"ship", "\xF0\x9F\x9A\xA2"},
    {"slightly_smiling_face", "\xF0\x9F\x99\x82"}, {"smile", "\xF0\x9F\x98\x84"},
    {"sob", "\xF0\x9F\x98\xAD"}, {"star", "\xE2\xAD\x90"}, {"stop_sign", "\xF0\x9F\x9B\x91"},
    {"sweat", "\xF0\x9F\x98\x93"}, {"sweat_smile", "\xF0\x9F\x98\x85"},
    {"tada", "\xF0\x9F\x8E\x89"}, {"thinking_face", "\xF0\x9F\xA4\x94"},
    {"thumbsdown", "\xF0\x9F\x91\x8E"}, {"thumbsup", "\xF0\x9F\x91\x8D"},
    {"warning", "\xE2\x9A\xA0"}, {"wave", "\xF0\x9F\x91\x8B"},
    {"white_check_mark", "\xE2\x9C\x85"}, {"x", "\xE2\x9D\x8C"},
};

static int emoji_cmp(const void *key, const void *entry)
{
    return strcmp(key, *(const char *const *)entry);
}

static bool emoji_is_name(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s >= 0x80) return false;
    return true;
}

/* A name without the colons an author may have put round it (":eyes:"). */
static void emoji_bare(const char *name, char *buf, size_t size)
{
    size_t n = strlen(name);
    if (n > 2 && name[0] == ':' && name[n - 1] == ':') name++, n -= 2;
    snprintf(buf, size, "%.*s", (int)n, name);
}

const char *chat_build_emoji(Arena *a, const char *name)
{
    if (!emoji_is_name(name)) return name;      /* an emoji written as itself */
    char key[128];
    emoji_bare(name, key, sizeof key);
    const void *e = bsearch(key, EMOJI, sizeof EMOJI / sizeof EMOJI[0], sizeof EMOJI[0], emoji_cmp);
    if (e) return ((const char *const *)e)[1];
    size_t n = strlen(key) + 3;
    char *s = arena_alloc(a, n);
    snprintf(s, n, ":%s:", key);
    return s;
}

void chat_build_reactors(const Scenario *sc, const Reaction *r, char *buf, int size)
{
    int n = 0;
    buf[0] = 0;
    for (int k = 0; k < r->people.n && n < size; k++) {
        const char *sep = k == 0 ? "" : k == r->people.n - 1 ? " and " : ", ";
        n += snprintf(buf + n, (size_t)(size - n), "%s%s", sep, screen_source_person(sc, r->people.v[k]));
    }
    char key[128];
    emoji_bare(r->emoji, key, sizeof key);
    if (n < size) snprintf(buf + n, (size_t)(size - n), emoji_is_name(key) ? " reacted with :%s:" : " reacted with %s", key);
}

static void build_chips(Arena *a, const Item *it, ChatMessage *m)
{
    if (!it->reaction_count) return;
    ChatChip *chips = arena_alloc(a, sizeof *chips * (size_t)it->reaction_count);
    for (int k = 0; k < it->reaction_count; k++)
        chips[k] = (ChatChip){chat_build_emoji(a, it->reactions[k].emoji), it->reactions[k].people.n};
    m->chips = chips, m->nchips = it->reaction_count;
}

void chat_build_message(Arena *a, const Scenario *sc, int item, const char *channel, ChatMessage *m)
{
    const Item *it = &sc->items[item];
    char time[32];
    screen_source_time(sc, it->at, time, sizeof time);
    const char *who = screen_source_person(sc, it->person);
    *m = (ChatMessage){.author = who, .time = arena_strdup(a, time), .text = it->text ? it->text : ""};
    if (it->kind == ITEM_JOIN || it->kind == ITEM_LEAVE) {
        /* "Dana Okafor joined #checkout", the name in bold */
        size_t n = strlen(who) + strlen(channel) + 16;
        char *text = arena_alloc(a, n);
        snprintf(text, n, "%s %s %s", who, it->kind == ITEM_JOIN ? "joined" : "left", channel);
        TextSpan *span = arena_alloc(a, sizeof *span);
        *span = (TextSpan){0, (int)strlen(who), FONT_BOLD};
        m->text = text, m->spans = span, m->nspans = 1, m->notice = true;
    }
    m->text_len = (int)strlen(m->text);
    build_chips(a, it, m);
}

/* Days since the epoch in the scenario's time zone: viewer_date's days,
 * without formatting a date for each of 100 000 messages. */
static long long build_day_number(const Scenario *sc, DojoTime t)
{
    long long local = (long long)t + (long long)sc->meta.utc_offset * 60;
    return local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
}

void chat_build_day(const Scenario *sc, DojoTime t, char *buf, int size)
{
    static const char *const days[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    static const char *const months[] = {"January", "February", "March", "April", "May", "June", "July",
                                         "August", "September", "October", "November", "December"};
    ViewerDate d = viewer_date(sc, t), start = viewer_date(sc, sc->meta.start);
    if (sc->meta.start != DOJO_TIME_NONE && start.year == d.year)
        snprintf(buf, (size_t)size, "%s %d %s", days[d.weekday], d.day, months[d.month - 1]);
    else snprintf(buf, (size_t)size, "%s %d %s %d", days[d.weekday], d.day, months[d.month - 1], d.year);
}

/* A root's thread line: "2 replies" and " · last reply 12:31". */
static void build_thread_line(Arena *a, const Scenario *sc, ChatMessage *m, int replies, DojoTime last)
{
    char text[32], when[48];
    snprintf(text, sizeof text, "%d %s", replies, replies == 1 ? "reply" : "replies");
    m->replies = arena_strdup(a, text);
    screen_source_time(sc, last, text, sizeof text);
    snprintf(when, sizeof when, "last reply %s", text);
    if (text[0]) m->last_reply = arena_strdup(a, when);
}

/* A reply's root when it is in the source, else -1 (it shows in the channel). */
static int build_root(const Source *s, const Item *it)
{
    return it->parent >= s->first_item && it->parent < s->first_item + s->item_count ? it->parent : -1;
}

void chat_build_channel(ViewerChat *c)
{
    const Scenario *sc = c->sc;
    const Source *s = &sc->sources[c->source];
    int n = s->item_count, first = s->first_item;
    int *replies = xcalloc((size_t)(n ? n : 1), sizeof *replies);
    DojoTime *last = xcalloc((size_t)(n ? n : 1), sizeof *last);
    for (int i = first; i < first + n; i++) {
        int root = build_root(s, &sc->items[i]);
        if (root < 0) continue;
        replies[root - first]++;
        if (replies[root - first] == 1 || sc->items[i].at > last[root - first]) last[root - first] = sc->items[i].at;
    }
    ChatPane *p = &c->main;
    p->msgs = arena_alloc(&c->arena, sizeof *p->msgs * (size_t)(n ? n : 1));
    p->items = arena_alloc(&c->arena, sizeof *p->items * (size_t)(n ? n : 1));
    p->count = 0;
    long long day = 0;
    bool have_day = false;
    for (int i = first; i < first + n; i++) {
        const Item *it = &sc->items[i];
        if (build_root(s, it) >= 0) continue;
        ChatMessage *m = &p->msgs[p->count];
        p->items[p->count++] = i;
        chat_build_message(&c->arena, sc, i, s->title ? s->title : "the channel", m);
        /* a day rule is above every message here, so "2026-03-11 00:05" says "00:05" */
        const char *hm = strchr(m->time, ' ');
        if (hm) m->time = hm + 1;
        if (it->at != DOJO_TIME_NONE && (!have_day || build_day_number(sc, it->at) != day)) {
            char label[64];
            chat_build_day(sc, it->at, label, sizeof label);
            m->day = arena_strdup(&c->arena, label);
            day = build_day_number(sc, it->at), have_day = true;
        }
        if (replies[i - first]) build_thread_line(&c->arena, sc, m, replies[i - first], last[i - first]);
    }
    free(replies);
    free(last);
}
