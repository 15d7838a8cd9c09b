/* test_text_edit.c: ui_text_input driven headless: typing ASCII and
 * multibyte text, IME composition, deleting codepoints, selection by keys
 * and mouse, words, the clipboard, undo and redo with coalescing, max_len,
 * read-only, multi-line wrapping and scrolling, submit and focus.
 * Usage: test_text_edit FONT_DIR */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "testing.h"
#include "ui/ui.h"

static Platform *P;
static Ui *U;
static PlatformInput IN;
static uint32_t NOW = 1000;
static UiTextEdit E;
static unsigned BITS;
static bool view_saw_a, view_saw_f5;
static const Rect BOX = {20, 20, 300, 32}, MBOX = {20, 80, 240, 100}, OTHER = {400, 20, 100, 32};

/* One frame with the edit under test (single or multi-line by E) and a
 * button to take focus away. */
static void frame(void)
{
    platform_begin_frame(P, ui_theme(U)->background);
    ui_begin_frame(U, &IN, NOW);
    view_saw_a = ui_key(U, KEY_A, 0);
    view_saw_f5 = ui_key(U, KEY_F5, 0);
    BITS = ui_text_input(U, ui_id(U, "edit"), E.multiline ? MBOX : BOX, &E);
    ui_button(U, ui_id(U, "other"), OTHER, "Other");
    ui_end_frame(U);
    platform_end_frame(P);
    IN.mouse_moved = false;
    IN.mouse_pressed = IN.mouse_released = 0;
    IN.clicks = 0;
    IN.key_count = 0;
    IN.text[0] = 0, IN.text_len = 0;
    NOW += 16;
}

static void key(PlatformKey k, unsigned mods)
{
    IN.keys[IN.key_count++] = (KeyPress){k, mods, false};
}

static void keys(PlatformKey k, unsigned mods, int n)
{
    for (int i = 0; i < n; i++) key(k, mods);
    frame();
}

static void type(const char *s)
{
    snprintf(IN.text, sizeof IN.text, "%s", s);
    IN.text_len = (int)strlen(IN.text);
    frame();
}

static void click(int x, int y, int clicks)
{
    IN.mouse_x = x, IN.mouse_y = y, IN.mouse_moved = true;
    IN.mouse_pressed = IN.mouse_released = MOUSE_LEFT, IN.clicks = clicks;
    frame();
}

/* A fresh edit with text, focused, the cursor at the end. */
static void start(const char *text, bool multiline)
{
    ui_text_edit_free(&E);
    ui_text_edit_init(&E, text, multiline);
    ui_set_focus(U, ui_id(U, "edit"));
    frame();
}

static void test_typing(void)
{
    start("", false);
    type("hello");
    CHECK_STR(E.text, "hello");
    CHECK(BITS & UI_TEXT_CHANGED);
    CHECK_INT(E.cursor, 5);
    frame();
    CHECK(!(BITS & UI_TEXT_CHANGED));
    type(" h\xC3\xA9llo \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x91\x8D");
    CHECK_STR(E.text, "hello h\xC3\xA9llo \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x91\x8D");
    CHECK_INT(E.len, (int)strlen(E.text));
    keys(KEY_LEFT, 0, 1);
    CHECK_INT(E.cursor, E.len - 4);         /* over the 4-byte emoji at once */
    keys(KEY_LEFT, 0, 2);
    CHECK_INT(E.cursor, E.len - 4 - 1 - 3);
    keys(KEY_BACKSPACE, 0, 1);              /* 日 goes whole */
    CHECK_STR(E.text, "hello h\xC3\xA9llo \xE6\x9C\xAC \xF0\x9F\x91\x8D");
    keys(KEY_DELETE, 0, 1);                 /* and 本 */
    CHECK_STR(E.text, "hello h\xC3\xA9llo  \xF0\x9F\x91\x8D");
    keys(KEY_HOME, 0, 1);
    keys(KEY_RIGHT, 0, 8);
    CHECK_INT(E.cursor, 9);                 /* h, é (2 bytes) */
    keys(KEY_BACKSPACE, 0, 1);
    CHECK_STR(E.text, "hello hllo  \xF0\x9F\x91\x8D");
    type("\t\x01" "x\xFFy");                /* a tab, a control, an invalid byte */
    CHECK_STR(E.text, "hello h x\xEF\xBF\xBDyllo  \xF0\x9F\x91\x8D");
}

static void test_keys_are_taken(void)
{
    start("abc", false);
    key(KEY_A, 0);
    key(KEY_F5, 0);
    frame();
    CHECK(!view_saw_a && view_saw_f5);      /* typing keys are the edit's, F5 the view's */
    key(KEY_UP, 0);
    frame();
    ui_set_focus(U, 0);
    key(KEY_A, 0);
    frame();
    CHECK(view_saw_a);
}

static void test_ime(void)
{
    start("ab", false);
    snprintf(IN.composition, sizeof IN.composition, "\xE3\x81\xAB\xE3\x81\xBB");     /* にほ */
    IN.composition_cursor = 2;
    frame();
    CHECK_STR(E.text, "ab");                /* not in the text until committed */
    CHECK(ui_next_frame_ms(U) >= 0);        /* a caret blinks while text input is on */
    key(KEY_BACKSPACE, 0);                  /* the IME's key while composing */
    key(KEY_LEFT, 0);
    frame();
    CHECK_STR(E.text, "ab");
    CHECK_INT(E.cursor, 2);
    IN.composition[0] = 0;
    type("\xE6\x97\xA5\xE6\x9C\xAC");
    CHECK_STR(E.text, "ab\xE6\x97\xA5\xE6\x9C\xAC");
    CHECK(BITS & UI_TEXT_CHANGED);
}

/* Pixels of the frame inside r that differ from the edit's background. */
static int ink_in(Rect r)
{
    char path[64], err[256];
    snprintf(path, sizeof path, "/tmp/dojo-test-text-edit-%d.bmp", (int)NOW);
    platform_begin_frame(P, ui_theme(U)->background);
    ui_begin_frame(U, &IN, NOW);
    ui_text_input(U, ui_id(U, "edit"), BOX, &E);
    ui_end_frame(U);
    bool ok = platform_save_screenshot(P, path, err, sizeof err);
    platform_end_frame(P);
    FILE *f = ok ? fopen(path, "rb") : NULL;
    int n = -1;
    static unsigned char data[1 << 22];
    size_t len = f ? fread(data, 1, sizeof data, f) : 0;
    if (f) fclose(f);
    remove(path);
    if (len > 54) {
        int off, w, h;
        memcpy(&off, data + 10, 4), memcpy(&w, data + 18, 4), memcpy(&h, data + 22, 4);
        Color bg = ui_theme(U)->input;
        n = 0;
        for (int y = r.y; y < r.y + r.h; y++)
            for (int x = r.x; x < r.x + r.w; x++) {
                const unsigned char *q = data + off + ((size_t)(h > 0 ? h - 1 - y : y) * (size_t)w + (size_t)x) * 4;
                n += q[2] != bg.r || q[1] != bg.g || q[0] != bg.b;
            }
    }
    return n;
}

static void test_ime_drawn(void)
{
    start("ab", false);
    Rect after = {BOX.x + 10 + ui_text_width(U, "ab", FONT_REGULAR) + 2, BOX.y + 6, 60, BOX.h - 12};
    NOW += 1000;                            /* past a blink: the caret is hidden */
    int plain = ink_in(after);
    snprintf(IN.composition, sizeof IN.composition, "\xE3\x81\xAB\xE3\x81\xBB");
    int composing = ink_in(after);
    IN.composition[0] = 0;
    CHECK(plain == 0 && composing > 40);    /* glyphs and the underline */
}

static void test_selection(void)
{
    start("hello world", false);
    keys(KEY_HOME, 0, 1);
    keys(KEY_RIGHT, MOD_SHIFT, 5);
    CHECK(E.anchor == 0 && E.cursor == 5);
    type("HEY");
    CHECK_STR(E.text, "HEY world");
    keys(KEY_END, MOD_SHIFT, 1);
    CHECK(E.anchor == 3 && E.cursor == 9);
    keys(KEY_END, 0, 1);
    keys(KEY_LEFT, MOD_SHIFT | MOD_CTRL, 1);
    CHECK(E.anchor == 9 && E.cursor == 4);
    keys(KEY_LEFT, 0, 1);                   /* collapses to the selection's start */
    CHECK(E.cursor == 4 && E.anchor == 4);
    key(KEY_A, MOD_CTRL);
    key(KEY_BACKSPACE, 0);
    frame();
    CHECK_STR(E.text, "");
}

static void test_words(void)
{
    start("one two_2  three, four", false);
    keys(KEY_HOME, 0, 1);
    keys(KEY_RIGHT, MOD_CTRL, 1);
    CHECK_INT(E.cursor, 3);
    keys(KEY_RIGHT, MOD_CTRL, 1);
    CHECK_INT(E.cursor, 9);                 /* "two_2" is one word */
    keys(KEY_RIGHT, MOD_CTRL, 2);
    CHECK_INT(E.cursor, 22);
    keys(KEY_LEFT, MOD_CTRL, 1);
    CHECK_INT(E.cursor, 18);
    keys(KEY_BACKSPACE, MOD_CTRL, 1);
    CHECK_STR(E.text, "one two_2  four");
    keys(KEY_DELETE, MOD_CTRL, 1);
    CHECK_STR(E.text, "one two_2  ");
    start("d\xC3\xA9j\xC3\xA0 vu", false);
    keys(KEY_LEFT, MOD_CTRL, 2);
    CHECK_INT(E.cursor, 0);                 /* accented letters are word letters */
}

static int x_of(const char *prefix)
{
    return BOX.x + ui_px(U, 10) + ui_text_width(U, prefix, FONT_REGULAR);
}

static void test_mouse(void)
{
    start("hello brave world", false);
    click(x_of("hello b") + 1, BOX.y + 16, 1);
    CHECK(E.cursor == 7 && E.anchor == 7);
    IN.mouse_x = x_of("he") - 1, IN.mouse_y = BOX.y + 16, IN.mouse_moved = true;
    IN.mouse_pressed = IN.mouse_down = MOUSE_LEFT, IN.clicks = 1;
    frame();
    IN.mouse_x = x_of("hello br"), IN.mouse_moved = true;
    frame();
    CHECK(E.anchor == 2 && E.cursor == 8);      /* dragged */
    IN.mouse_down = 0, IN.mouse_released = MOUSE_LEFT;
    frame();
    CHECK(E.anchor == 2 && E.cursor == 8);
    click(x_of("hello bra"), BOX.y + 16, 2);
    CHECK(E.anchor == 6 && E.cursor == 11);     /* a double click takes the word */
    click(BOX.x + BOX.w - 5, BOX.y + 16, 1);
    CHECK_INT(E.cursor, E.len);                 /* past the end */
}

static void test_clipboard(void)
{
    start("copy this text", false);
    keys(KEY_LEFT, MOD_CTRL | MOD_SHIFT, 1);
    keys(KEY_C, MOD_CTRL, 1);
    char *clip = platform_get_clipboard(P);
    CHECK_STR(clip, "text");
    free(clip);
    keys(KEY_X, MOD_CTRL, 1);
    CHECK_STR(E.text, "copy this ");
    keys(KEY_HOME, 0, 1);
    keys(KEY_V, MOD_CTRL, 1);
    CHECK_STR(E.text, "textcopy this ");
    CHECK(BITS & UI_TEXT_CHANGED);
    platform_set_clipboard(P, "line one\r\nline two\n\xE2\x9C\x93");
    keys(KEY_V, MOD_CTRL, 1);
    CHECK_STR(E.text, "textline one line two \xE2\x9C\x93" "copy this ");     /* one line */
    start("", true);
    keys(KEY_V, MOD_CTRL, 1);
    CHECK_STR(E.text, "line one\nline two\n\xE2\x9C\x93");
}

static void test_undo(void)
{
    start("", false);
    type("a");
    type("b");
    type("c");
    keys(KEY_Z, MOD_CTRL, 1);
    CHECK_STR(E.text, "");                  /* typing is one step */
    keys(KEY_Z, MOD_CTRL | MOD_SHIFT, 1);
    CHECK_STR(E.text, "abc");
    CHECK_INT(E.cursor, 3);
    keys(KEY_LEFT, 0, 1);
    type("x");
    type("y");
    CHECK_STR(E.text, "abxyc");
    keys(KEY_END, 0, 1);
    keys(KEY_BACKSPACE, 0, 3);
    keys(KEY_BACKSPACE, 0, 1);
    CHECK_STR(E.text, "a");
    keys(KEY_Z, MOD_CTRL, 1);
    CHECK_STR(E.text, "abxyc");             /* deleting is one step too */
    keys(KEY_Z, MOD_CTRL, 1);
    CHECK_STR(E.text, "abc");               /* a caret move split the typing */
    CHECK_INT(E.cursor, 2);
    keys(KEY_Z, MOD_CTRL, 1);
    CHECK_STR(E.text, "");
    keys(KEY_Z, MOD_CTRL, 1);
    CHECK_STR(E.text, "");                  /* nothing older */
    keys(KEY_Y, MOD_CTRL, 2);
    CHECK_STR(E.text, "abxyc");
    type("!");
    keys(KEY_Y, MOD_CTRL, 1);
    CHECK_STR(E.text, "abxyc!");            /* a new edit drops what could be redone */
    keys(KEY_A, MOD_CTRL, 1);
    type("new");
    type("er");
    keys(KEY_Z, MOD_CTRL, 1);
    CHECK_STR(E.text, "abxyc!");            /* replacing a selection and typing on: one step */
}

static void test_max_len(void)
{
    start("", false);
    E.max_len = 5;
    type("abcdefg");
    CHECK_STR(E.text, "abcde");
    keys(KEY_BACKSPACE, 0, 1);
    type("\xC3\xA9");                       /* 2 bytes, 1 of room */
    CHECK_STR(E.text, "abcd");
    type("\xE2\x9C\x93" "x");               /* what fits ends inside the 3-byte check mark */
    CHECK_STR(E.text, "abcd");
    type("x");
    CHECK_STR(E.text, "abcdx");
}

static void test_read_only(void)
{
    start("error: scenario.lua:12: unknown field 'titel'", false);
    E.read_only = true;
    type("typed");
    keys(KEY_BACKSPACE, 0, 1);
    keys(KEY_V, MOD_CTRL, 1);
    keys(KEY_X, MOD_CTRL, 1);
    keys(KEY_Z, MOD_CTRL, 1);
    CHECK_STR(E.text, "error: scenario.lua:12: unknown field 'titel'");
    CHECK(!(BITS & UI_TEXT_CHANGED));
    key(KEY_A, MOD_CTRL);
    key(KEY_C, MOD_CTRL);
    frame();
    char *clip = platform_get_clipboard(P);
    CHECK_STR(clip, "error: scenario.lua:12: unknown field 'titel'");
    free(clip);
    keys(KEY_HOME, 0, 1);
    keys(KEY_RIGHT, MOD_SHIFT | MOD_CTRL, 1);
    CHECK(E.anchor == 0 && E.cursor == 5);
}

static void test_multiline(void)
{
    start("", true);
    int lh = ui_line_height(U, FONT_REGULAR);
    for (int i = 0; i < 12; i++) {
        type("line");
        keys(KEY_ENTER, 0, 1);
        CHECK(!(BITS & UI_TEXT_SUBMITTED));
    }
    type("last");
    CHECK_INT((int)(strchr(E.text, 0) - E.text), 12 * 5 + 4);
    CHECK(E.scroll.offset > 0);             /* followed the caret down */
    int caret_y = 12 * lh - E.scroll.offset;
    CHECK(caret_y >= 0 && caret_y + lh <= MBOX.h);
    keys(KEY_HOME, MOD_CTRL, 1);
    CHECK(E.cursor == 0 && E.scroll.offset == 0);
    keys(KEY_DOWN, 0, 3);
    CHECK_INT(E.cursor, 15);
    keys(KEY_RIGHT, 0, 2);
    keys(KEY_DOWN, 0, 1);
    CHECK_INT(E.cursor, 22);                /* the column is kept */
    keys(KEY_ENTER, MOD_CTRL, 1);
    CHECK(BITS & UI_TEXT_SUBMITTED);
    CHECK_INT(E.cursor, 22);
    int before = E.scroll.offset;
    IN.mouse_x = MBOX.x + 50, IN.mouse_y = MBOX.y + 50;
    IN.wheel_y = -2;
    frame();
    IN.wheel_y = 0;
    CHECK_INT(E.scroll.offset - before, 6 * lh);    /* the wheel scrolls without moving the caret */
    CHECK_INT(E.cursor, 22);
}

static void test_wrap(void)
{
    start("alpha beta gamma delta epsilon zeta eta theta iota kappa", true);
    keys(KEY_HOME, MOD_CTRL, 1);
    keys(KEY_DOWN, 0, 1);
    CHECK(E.cursor > 0 && E.cursor < E.len);    /* the long line wrapped */
    CHECK(E.text[E.cursor - 1] == ' ' || E.cursor < 12);
    keys(KEY_END, 0, 1);
    CHECK(E.cursor < E.len);
}

static void test_submit_and_focus(void)
{
    start("query", false);
    keys(KEY_ENTER, 0, 1);
    CHECK(BITS & UI_TEXT_SUBMITTED);
    CHECK_STR(E.text, "query");
    keys(KEY_ESCAPE, 0, 1);
    CHECK(BITS & UI_TEXT_FOCUS_LOST);
    CHECK_INT(ui_focus(U), 0);
    frame();
    CHECK(!(BITS & UI_TEXT_FOCUS_LOST));
    click(BOX.x + 20, BOX.y + 10, 1);
    CHECK_INT(ui_focus(U), ui_id(U, "edit"));
    click(OTHER.x + 20, OTHER.y + 10, 1);       /* the button is declared after the edit */
    frame();
    CHECK(BITS & UI_TEXT_FOCUS_LOST);
    ui_set_focus(U, ui_id(U, "edit"));
    frame();
    keys(KEY_TAB, 0, 1);
    CHECK(BITS & UI_TEXT_FOCUS_LOST);
    CHECK_INT(ui_focus(U), ui_id(U, "other"));
}

int main(int argc, char **argv)
{
    const char *font_dir = argc > 1 ? argv[1] : "assets/fonts";
    char err[1024] = "";
    PlatformConfig cfg = {.headless = true, .font_dir = font_dir, .width = 640, .height = 240};
    P = platform_create(&cfg, err, sizeof err);
    if (!P) fprintf(stderr, "platform_create: %s\n", err);
    CHECK(P != NULL);
    if (!P) return testing_done("test_text_edit");
    U = ui_create(P);
    ui_text_edit_init(&E, "", false);
    test_typing();
    test_keys_are_taken();
    test_ime();
    test_ime_drawn();
    test_selection();
    test_words();
    test_mouse();
    test_clipboard();
    test_undo();
    test_max_len();
    test_read_only();
    test_multiline();
    test_wrap();
    test_submit_and_focus();
    ui_text_edit_free(&E);
    ui_destroy(U);
    platform_destroy(P);
    return testing_done("test_text_edit");
}
