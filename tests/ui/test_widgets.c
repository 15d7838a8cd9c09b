/* test_widgets.c: the widget layer driven headless with synthetic input,
 * frame by frame: clicks, keyboard focus, tabs and nav, virtualised lists,
 * scroll bars, splitters, tooltips, modals; and a gallery of every widget
 * saved as a screenshot per theme and checked for ink.
 * Usage: test_widgets FONT_DIR */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "testing.h"
#include "ui/ui.h"

static Platform *P;
static Ui *U;
static PlatformInput IN;
static uint32_t NOW = 1000;

/* ---- driving frames ---- */

static void frame_begin(void)
{
    platform_begin_frame(P, ui_theme(U)->background);
    ui_begin_frame(U, &IN, NOW);
}

/* Ends the frame and forgets what happened in it, as platform_poll_input does. */
static void frame_end(void)
{
    ui_end_frame(U);
    platform_end_frame(P);
    IN.mouse_moved = false;
    IN.mouse_pressed = IN.mouse_released = 0;
    IN.clicks = 0;
    IN.wheel_y = 0;
    IN.key_count = 0;
    IN.text[0] = 0, IN.text_len = 0;
    NOW += 16;
}

static void mouse_move(int x, int y) { IN.mouse_x = x, IN.mouse_y = y, IN.mouse_moved = true; }

static void mouse_press(int x, int y, int clicks)
{
    mouse_move(x, y);
    IN.mouse_pressed |= MOUSE_LEFT, IN.mouse_down |= MOUSE_LEFT, IN.clicks = clicks;
}

static void mouse_release(int x, int y)
{
    mouse_move(x, y);
    IN.mouse_released |= MOUSE_LEFT, IN.mouse_down &= ~(unsigned)MOUSE_LEFT;
}

static void key(PlatformKey k, unsigned mods)
{
    if (IN.key_count < PLATFORM_MAX_KEYS) IN.keys[IN.key_count++] = (KeyPress){k, mods, false};
}

static int cx(Rect r) { return r.x + r.w / 2; }
static int cy(Rect r) { return r.y + r.h / 2; }

/* ---- screenshots ---- */

typedef struct Bmp { unsigned char *data; int w, h, offset; } Bmp;

static bool shot(const char *path, Bmp *b)
{
    char err[256];
    if (!platform_save_screenshot(P, path, err, sizeof err)) return false;
    FILE *f = fopen(path, "rb");
    if (!f) return false;
    b->data = malloc(16 << 20);
    size_t n = fread(b->data, 1, 16 << 20, f);
    fclose(f);
    if (n < 54 || b->data[0] != 'B' || b->data[28] != 32) return false;
    memcpy(&b->offset, b->data + 10, 4);
    memcpy(&b->w, b->data + 18, 4);
    memcpy(&b->h, b->data + 22, 4);
    return true;
}

static Color px_at(const Bmp *b, int x, int y)
{
    int row = b->h > 0 ? b->h - 1 - y : y;
    const unsigned char *q = b->data + b->offset + ((size_t)row * (size_t)b->w + (size_t)x) * 4;
    return (Color){q[2], q[1], q[0], 255};
}

static bool same(Color a, Color b) { return a.r == b.r && a.g == b.g && a.b == b.b; }

/* Pixels of colour c inside r. */
static int count_color(const Bmp *b, Rect r, Color c)
{
    int n = 0;
    for (int y = r.y; y < r.y + r.h; y++)
        for (int x = r.x; x < r.x + r.w; x++) n += same(px_at(b, x, y), c);
    return n;
}

/* ---- buttons and clicks ---- */

static const Rect BA = {10, 10, 120, 32}, BB = {10, 60, 120, 32};
static bool clicked_a, clicked_b;
static bool view_saw_enter_before;

static void scene_buttons(void)
{
    frame_begin();
    view_saw_enter_before = ui_key(U, KEY_ENTER, 0);
    clicked_a = ui_button(U, ui_id(U, "a"), BA, "Alpha");
    clicked_b = ui_button(U, ui_id(U, "b"), BB, "Beta");
    frame_end();
}

static void test_button_click(void)
{
    mouse_move(cx(BA), cy(BA));
    scene_buttons();
    CHECK(!clicked_a);
    CHECK_INT(ui_hot(U), ui_id(U, "a"));
    mouse_press(cx(BA), cy(BA), 1);
    scene_buttons();
    CHECK(!clicked_a);                      /* a click needs the release */
    mouse_release(cx(BA), cy(BA));
    scene_buttons();
    CHECK(clicked_a && !clicked_b);
    scene_buttons();
    CHECK(!clicked_a);                      /* once */
    mouse_press(cx(BA), cy(BA), 1);
    scene_buttons();
    mouse_move(cx(BB), cy(BB));
    scene_buttons();
    CHECK(!clicked_a && !clicked_b);        /* B shows no hover while A holds the mouse */
    CHECK(ui_hot(U) != ui_id(U, "b"));
    mouse_release(cx(BB), cy(BB));
    scene_buttons();
    CHECK(!clicked_a && !clicked_b);        /* pressed on A, released on B: nothing */
    mouse_press(cx(BB), cy(BB), 1);
    mouse_release(cx(BB), cy(BB));
    scene_buttons();
    CHECK(clicked_b && !clicked_a);         /* press and release in one frame */
    mouse_press(300, 300, 1);
    mouse_release(300, 300);
    scene_buttons();
    CHECK_INT(ui_focus(U), 0);              /* a click on nothing drops focus */
}

static void test_button_keyboard(void)
{
    key(KEY_ENTER, 0);
    scene_buttons();
    CHECK(view_saw_enter_before && !clicked_a && !clicked_b);   /* nothing focused: the view's */
    key(KEY_TAB, 0);
    scene_buttons();
    CHECK_INT(ui_focus(U), ui_id(U, "a"));
    key(KEY_ENTER, 0);
    scene_buttons();
    CHECK(clicked_a && !view_saw_enter_before);     /* withheld before the button ran */
    key(KEY_SPACE, 0);
    scene_buttons();
    CHECK(clicked_a);
    key(KEY_TAB, 0);
    key(KEY_SPACE, 0);
    scene_buttons();
    CHECK(clicked_b && !clicked_a);         /* Tab moved first, so B drew focused and fired */
    key(KEY_ESCAPE, 0);
    scene_buttons();
    CHECK_INT(ui_focus(U), 0);
}

/* ---- focus order ---- */

static UiTextEdit order_edit;
static UiList order_list;

static void scene_order(bool with_c)
{
    frame_begin();
    ui_button(U, ui_id(U, "a"), BA, "A");
    ui_button(U, ui_id(U, "b"), BB, "B");
    ui_text_input(U, ui_id(U, "edit"), (Rect){10, 110, 200, 30}, &order_edit);
    ui_list_begin(U, ui_id(U, "list"), (Rect){10, 150, 200, 100}, &order_list, 5, 20);
    int i;
    Rect row;
    while (ui_list_row(U, &order_list, &i, &row)) ui_text(U, row, "row", FONT_REGULAR, ui_theme(U)->text);
    ui_list_end(U, &order_list);
    if (with_c) ui_button(U, ui_id(U, "c"), (Rect){10, 260, 120, 30}, "C");
    frame_end();
}

static void test_focus_order(void)
{
    ui_text_edit_init(&order_edit, "", false);
    order_list = (UiList){.selected = 0};
    const char *names[] = {"a", "b", "edit", "list", "c"};
    scene_order(true);
    for (int k = 0; k < 10; k++) {
        key(KEY_TAB, 0);
        scene_order(true);
        CHECK_INT(ui_focus(U), ui_id(U, names[k % 5]));
    }
    for (int k = 3; k >= -5; k--) {
        key(KEY_TAB, MOD_SHIFT);
        scene_order(true);
        CHECK_INT(ui_focus(U), ui_id(U, names[(k + 10) % 5]));
    }
    CHECK_INT(ui_focus(U), ui_id(U, "a"));
    key(KEY_TAB, 0);
    key(KEY_TAB, 0);
    scene_order(true);
    CHECK_INT(ui_focus(U), ui_id(U, "edit"));       /* two Tabs in one frame: two steps */
    key(KEY_TAB, 0);
    key(KEY_TAB, 0);
    scene_order(true);
    CHECK_INT(ui_focus(U), ui_id(U, "c"));
    scene_order(false);                             /* the focused C is gone */
    CHECK_INT(ui_focus(U), 0);
    ui_text_edit_free(&order_edit);
}

/* ---- tabs and nav ---- */

static const char *const TAB_LABELS[] = {"Sources", "Timeline", "People"};
static int tab_sel, nav_sel;
static const Rect TABS = {10, 10, 500, 36}, NAV = {10, 60, 200, 300};

static void scene_strips(void)
{
    frame_begin();
    tab_sel = ui_tabs(U, ui_id(U, "tabs"), TABS, TAB_LABELS, 3, tab_sel);
    nav_sel = ui_nav(U, ui_id(U, "nav"), NAV, TAB_LABELS, 3, nav_sel);
    frame_end();
}

static Rect tab_at(int i)
{
    int x = TABS.x, pad = ui_px(U, 14);
    for (int k = 0; k < i; k++) x += ui_text_width(U, TAB_LABELS[k], FONT_REGULAR) + 2 * pad;
    return (Rect){x, TABS.y, ui_text_width(U, TAB_LABELS[i], FONT_REGULAR) + 2 * pad, TABS.h};
}

static void test_tabs_nav(void)
{
    tab_sel = nav_sel = 0;
    Rect t2 = tab_at(2);
    mouse_press(cx(t2), cy(t2), 1);
    scene_strips();
    CHECK_INT(tab_sel, 0);
    mouse_release(cx(t2), cy(t2));
    scene_strips();
    CHECK_INT(tab_sel, 2);
    CHECK_INT(ui_focus(U), ui_id(U, "tabs"));
    key(KEY_LEFT, 0);
    scene_strips();
    CHECK_INT(tab_sel, 1);
    key(KEY_HOME, 0);
    key(KEY_DOWN, 0);                       /* not a tabs key: the nav is not focused either */
    scene_strips();
    CHECK(tab_sel == 0 && nav_sel == 0);
    key(KEY_END, 0);
    key(KEY_RIGHT, 0);
    scene_strips();
    CHECK_INT(tab_sel, 2);                  /* clamped, no wrap */
    key(KEY_TAB, 0);
    key(KEY_DOWN, 0);
    scene_strips();
    CHECK_INT(ui_focus(U), ui_id(U, "nav"));
    CHECK_INT(nav_sel, 1);
    key(KEY_DOWN, 0);
    key(KEY_DOWN, 0);
    scene_strips();
    CHECK_INT(nav_sel, 2);
    key(KEY_UP, 0);
    scene_strips();
    CHECK_INT(nav_sel, 1);
    int item_y = NAV.y + ui_px(U, 6) + 0 * ui_px(U, 38) + ui_px(U, 18);
    mouse_press(NAV.x + 40, item_y, 1);
    mouse_release(NAV.x + 40, item_y);
    scene_strips();
    CHECK_INT(nav_sel, 0);
    mouse_press(NAV.x + 40, NAV.y + NAV.h - 5, 1);      /* below the items */
    mouse_release(NAV.x + 40, NAV.y + NAV.h - 5);
    scene_strips();
    CHECK_INT(nav_sel, 0);
}

/* ---- lists ---- */

static UiList big;
static int rows_out, row_min, row_max;
static bool row_button_clicked;
static const Rect LIST = {10, 10, 300, 200};

static void scene_list(int count)
{
    frame_begin();
    ui_list_begin(U, ui_id(U, "big"), LIST, &big, count, 20);
    int i;
    Rect row;
    rows_out = 0, row_min = 1 << 30, row_max = -1;
    row_button_clicked = false;
    while (ui_list_row(U, &big, &i, &row)) {
        rows_out++;
        row_min = i < row_min ? i : row_min;
        row_max = i > row_max ? i : row_max;
        CHECK(row.y + row.h > LIST.y && row.y < LIST.y + LIST.h);
        if (i == 7)
            row_button_clicked |= ui_button(U, ui_id_int(U, "rowbtn", i),
                                            (Rect){row.x + 200, row.y, 60, row.h}, "Go");
    }
    ui_list_end(U, &big);
    frame_end();
}

static void test_list(void)
{
    big = (UiList){.selected = -1};
    scene_list(100000);
    CHECK_INT(rows_out, 10);
    CHECK(row_min == 0 && row_max == 9);
    mouse_move(cx(LIST), cy(LIST));
    IN.wheel_y = -0.25f;                    /* scrolls part of a row */
    scene_list(100000);
    scene_list(100000);
    CHECK(big.scroll.offset > 0 && big.scroll.offset % 20 != 0);
    CHECK_INT(rows_out, 11);
    big.scroll.offset = 0;
    mouse_press(LIST.x + 20, LIST.y + 3 * 20 + 5, 1);
    mouse_release(LIST.x + 20, LIST.y + 3 * 20 + 5);
    scene_list(100000);
    CHECK_INT(big.selected, 3);
    CHECK_INT(ui_focus(U), ui_id(U, "big"));
    CHECK(ui_next_frame_ms(U) == 0);        /* its rows were drawn before the click */
    key(KEY_DOWN, 0);
    scene_list(100000);
    CHECK_INT(big.selected, 4);
    key(KEY_PAGE_DOWN, 0);
    scene_list(100000);
    CHECK_INT(big.selected, 4 + 9);
    key(KEY_END, 0);
    scene_list(100000);
    CHECK_INT(big.selected, 99999);
    CHECK_INT(big.scroll.offset, 100000 * 20 - LIST.h);
    CHECK(row_max == 99999 && rows_out == 10);
    key(KEY_ENTER, 0);
    scene_list(100000);
    CHECK_INT(big.activated, 99999);
    scene_list(100000);
    CHECK_INT(big.activated, -1);           /* for one frame */
    key(KEY_HOME, 0);
    key(KEY_UP, 0);
    scene_list(100000);
    CHECK(big.selected == 0 && big.scroll.offset == 0);
    mouse_press(LIST.x + 20, LIST.y + 5 * 20 + 5, 1);
    mouse_release(LIST.x + 20, LIST.y + 5 * 20 + 5);
    scene_list(100000);
    mouse_press(LIST.x + 20, LIST.y + 5 * 20 + 5, 2);
    mouse_release(LIST.x + 20, LIST.y + 5 * 20 + 5);
    scene_list(100000);
    CHECK(big.selected == 5 && big.activated == 5);
    mouse_press(LIST.x + 230, LIST.y + 7 * 20 + 10, 1);    /* a button inside row 7 */
    mouse_release(LIST.x + 230, LIST.y + 7 * 20 + 10);
    scene_list(100000);
    CHECK(row_button_clicked && big.selected == 5);
    scene_list(3);
    CHECK(rows_out == 3 && big.selected == 2);  /* the count shrank */
    scene_list(0);
    CHECK(rows_out == 0 && big.selected == -1);
}

/* ---- scroll bars ---- */

static UiScroll sc;
static Rect sc_inner;
static const Rect SCROLL = {10, 10, 200, 100};

static void scene_scroll(int content)
{
    frame_begin();
    sc_inner = ui_scroll_region(U, ui_id(U, "sc"), SCROLL, &sc, content);
    frame_end();
}

static void test_scroll(void)
{
    int lh = ui_line_height(U, FONT_REGULAR), max = 1000 - SCROLL.h, bar = SCROLL.x + SCROLL.w - 4;
    sc = (UiScroll){0};
    scene_scroll(50);
    CHECK(sc_inner.w == SCROLL.w && sc.offset == 0);     /* fits: no bar */
    mouse_move(cx(SCROLL), cy(SCROLL));
    IN.wheel_y = -1;
    scene_scroll(1000);
    CHECK(sc_inner.w < SCROLL.w);
    CHECK_INT(sc.offset, 3 * lh);
    IN.wheel_y = 5;
    scene_scroll(1000);
    CHECK_INT(sc.offset, 0);                /* clamped at the top */
    IN.wheel_y = -100;
    scene_scroll(1000);
    CHECK_INT(sc.offset, max);              /* and at the bottom */
    sc.offset = 0;
    scene_scroll(1000);
    int thumb_h = ui_px(U, 28) > SCROLL.h * SCROLL.h / 1000 ? ui_px(U, 28) : SCROLL.h * SCROLL.h / 1000;
    mouse_press(bar, SCROLL.y + 5, 1);
    scene_scroll(1000);
    mouse_move(bar, SCROLL.y + 5 + 36);
    scene_scroll(1000);
    CHECK_INT(sc.offset, 36 * max / (SCROLL.h - thumb_h));
    mouse_move(bar + 50, 600);              /* dragging keeps working off the bar */
    scene_scroll(1000);
    CHECK_INT(sc.offset, max);
    mouse_release(bar, 600);
    scene_scroll(1000);
    sc.offset = 0;
    scene_scroll(1000);
    mouse_press(bar, SCROLL.y + SCROLL.h - 3, 1);   /* the track below the thumb */
    mouse_release(bar, SCROLL.y + SCROLL.h - 3);
    scene_scroll(1000);
    CHECK_INT(sc.offset, SCROLL.h - lh);
    mouse_move(cx(SCROLL), cy(SCROLL));
    key(KEY_PAGE_DOWN, 0);
    scene_scroll(1000);
    CHECK_INT(sc.offset, 2 * (SCROLL.h - lh));
    key(KEY_PAGE_UP, 0);
    key(KEY_PAGE_UP, 0);
    key(KEY_PAGE_UP, 0);
    scene_scroll(1000);
    CHECK_INT(sc.offset, 0);
    mouse_move(500, 500);                   /* neither hovered nor focused: not its keys */
    key(KEY_PAGE_DOWN, 0);
    scene_scroll(1000);
    CHECK_INT(sc.offset, 0);
    key(KEY_TAB, 0);                        /* a Tab stop while it scrolls */
    key(KEY_END, 0);
    scene_scroll(1000);
    CHECK_INT(ui_focus(U), ui_id(U, "sc"));
    CHECK_INT(sc.offset, max);
    key(KEY_ESCAPE, 0);
    scene_scroll(1000);
}

/* ---- splitters ---- */

static int split_pos;
static bool split_dragging;

static void scene_split(void)
{
    frame_begin();
    split_dragging = ui_splitter(U, ui_id(U, "split"), (Rect){split_pos + 10, 0, 6, 300}, true,
                                 &split_pos, 100, 400);
    frame_end();
}

static void test_splitter(void)
{
    split_pos = 50;
    scene_split();
    CHECK_INT(split_pos, 100);              /* out of range to start with */
    split_pos = 200;
    mouse_press(213, 150, 1);
    scene_split();
    CHECK(split_dragging && split_pos == 200);
    mouse_move(253, 150);
    scene_split();
    CHECK_INT(split_pos, 240);
    mouse_move(0, 150);
    scene_split();
    CHECK_INT(split_pos, 100);
    mouse_move(900, 20);
    scene_split();
    CHECK_INT(split_pos, 400);
    mouse_release(900, 20);
    scene_split();
    CHECK(!split_dragging && split_pos == 400);
    mouse_move(700, 150);
    scene_split();
    CHECK(!split_dragging && split_pos == 400);
}

/* ---- tooltips ---- */

static const Rect TIP_BTN = {20, 20, 100, 30};

/* Draws the button with a tooltip; returns how many tooltip-coloured
 * pixels lie below it. */
static int scene_tip(void)
{
    frame_begin();
    UiId id = ui_id(U, "tipbtn");
    ui_button(U, id, TIP_BTN, "Hover me");
    ui_tooltip(U, id, TIP_BTN, "Opens the source in the reader");
    ui_end_frame(U);
    Bmp b = {0};
    int n = shot("/tmp/dojo-test-widgets-tip.bmp", &b) ? count_color(&b, (Rect){0, 55, 500, 80}, ui_theme(U)->tooltip) : -1;
    free(b.data);
    remove("/tmp/dojo-test-widgets-tip.bmp");
    platform_end_frame(P);
    IN.mouse_moved = false;
    IN.mouse_pressed = IN.mouse_released = 0;
    IN.clicks = 0;
    return n;
}

static void test_tooltip(void)
{
    mouse_move(600, 600);
    CHECK_INT(scene_tip(), 0);
    mouse_move(cx(TIP_BTN), cy(TIP_BTN));
    NOW = 5000;
    CHECK_INT(scene_tip(), 0);
    CHECK_INT(ui_next_frame_ms(U), 0);      /* the hover changed after the button drew */
    CHECK_INT(scene_tip(), 0);
    CHECK_INT(ui_next_frame_ms(U), UI_TOOLTIP_DELAY_MS);   /* it asks to be woken for it */
    NOW = 5000 + UI_TOOLTIP_DELAY_MS - 1;
    CHECK_INT(scene_tip(), 0);
    NOW = 5000 + UI_TOOLTIP_DELAY_MS;
    CHECK(scene_tip() > 500);
    NOW += 2000;
    CHECK(scene_tip() > 500);               /* stays while hovered */
    mouse_move(600, 600);
    CHECK_INT(scene_tip(), 0);
    mouse_move(cx(TIP_BTN), cy(TIP_BTN));
    CHECK_INT(scene_tip(), 0);              /* back again: the delay starts over */
    NOW += UI_TOOLTIP_DELAY_MS;
    CHECK(scene_tip() > 500);
    mouse_press(cx(TIP_BTN), cy(TIP_BTN), 1);
    CHECK_INT(scene_tip(), 0);              /* a press hides it */
    mouse_release(cx(TIP_BTN), cy(TIP_BTN));
    NOW += 3000;
    CHECK_INT(scene_tip(), 0);              /* until the mouse leaves */
    mouse_move(600, 600);
    scene_tip();
}

/* ---- modals ---- */

static bool behind_clicked, open_clicked, ok_clicked, cancel_clicked, modal_drawn;
static bool key_outside, key_inside;
static const Rect BEHIND = {10, 10, 100, 30}, OPEN = {10, 50, 100, 30};

static void scene_modal(bool draw_modal)
{
    frame_begin();
    UiId mid = ui_id(U, "dialog");
    behind_clicked = ui_button(U, ui_id(U, "behind"), BEHIND, "Behind");
    open_clicked = ui_button(U, ui_id(U, "open"), OPEN, "Open");
    key_outside = ui_key(U, KEY_F5, 0);
    if (open_clicked) ui_modal_open(U, mid);
    Rect c;
    ok_clicked = cancel_clicked = key_inside = false;
    modal_drawn = draw_modal && ui_modal_begin(U, mid, "Start over?", 400, 200, &c);
    if (modal_drawn) {
        key_inside = ui_key(U, KEY_F5, 0);
        ok_clicked = ui_button(U, ui_id(U, "ok"), (Rect){c.x, c.y + c.h - 32, 90, 32}, "OK");
        cancel_clicked = ui_button(U, ui_id(U, "cancel"), (Rect){c.x + 100, c.y + c.h - 32, 90, 32}, "Cancel");
        ui_modal_end(U);
    }
    frame_end();
}

static void test_modal(void)
{
    UiId mid = ui_id(U, "dialog");
    scene_modal(true);
    CHECK(!modal_drawn && !ui_modal_is_open(U, mid));
    key(KEY_TAB, 0);
    key(KEY_TAB, 0);
    scene_modal(true);
    key(KEY_ENTER, 0);
    scene_modal(true);
    CHECK(open_clicked && modal_drawn && ui_modal_is_open(U, mid));
    CHECK_INT(ui_focus(U), ui_id(U, "ok"));         /* focus moves into the dialog */
    mouse_press(cx(BEHIND), cy(BEHIND), 1);
    mouse_release(cx(BEHIND), cy(BEHIND));
    scene_modal(true);
    CHECK(!behind_clicked && modal_drawn);
    CHECK(ui_hot(U) != ui_id(U, "behind"));
    key(KEY_F5, 0);
    scene_modal(true);
    CHECK(!key_outside && key_inside);
    const char *cycle[] = {"cancel", "ok", "cancel", "ok"};
    for (int k = 0; k < 4; k++) {
        key(KEY_TAB, 0);
        scene_modal(true);
        CHECK_INT(ui_focus(U), ui_id(U, cycle[k]));
    }
    key(KEY_TAB, MOD_SHIFT);
    scene_modal(true);
    CHECK_INT(ui_focus(U), ui_id(U, "cancel"));
    key(KEY_ESCAPE, 0);
    scene_modal(true);
    CHECK(!modal_drawn && !ui_modal_is_open(U, mid));
    CHECK_INT(ui_focus(U), ui_id(U, "open"));       /* back where it was */
    mouse_press(cx(BEHIND), cy(BEHIND), 1);
    mouse_release(cx(BEHIND), cy(BEHIND));
    scene_modal(true);
    CHECK(behind_clicked);
    ui_modal_open(U, mid);
    scene_modal(true);
    CHECK(modal_drawn);
    scene_modal(false);                     /* no view drew it: it closes */
    CHECK(!ui_modal_is_open(U, mid));
}

/* ---- ids ---- */

static void test_ids(void)
{
    UiId a = ui_id(U, "x");
    CHECK(a != 0 && a == ui_id(U, "x"));
    ui_push_scope(U, "panel");
    UiId b = ui_id(U, "x");
    CHECK(b != a && ui_id_int(U, "row", 1) != ui_id_int(U, "row", 2));
    ui_pop_scope(U);
    CHECK(ui_id(U, "x") == a);
    Rect r = {0, 0, 100, 50}, top = ui_cut_top(&r, 20);
    CHECK(top.h == 20 && r.y == 20 && r.h == 30);
    Rect right = ui_cut_right(&r, 500);
    CHECK(right.w == 100 && r.w == 0);
    CHECK(ui_px(U, 10) == 10);
}

/* ---- the gallery: every widget in one frame, per theme ---- */

typedef struct Gallery {
    int nav, tab, split;
    UiList table;
    UiScroll brief;
    UiTextEdit search, title, notes;
} Gallery;

static const char *const NAV_ITEMS[] = {"Sources", "Timeline", "People", "Interviews",
                                        "Meeting", "Report", "Debrief"};
static const char *const GTABS[] = {"Chat", "Pull request #482", "Alerts", "Runbook"};
static const char *const COLS[] = {"Time", "Author", "Message"};
static const int COL_W[] = {104, 100, 0};
static const char *const AUTHORS[] = {"maya", "devon", "priya", "sam"};
static const char *const MESSAGES[] = {
    "checkout-api p99 latency is climbing again", "rolling back #482 now",
    "cache hit ratio dropped to 12% after the deploy", "paging the database on-call",
    "error budget burn rate 14x over the last hour", "is the feature flag still on?"};
static const char BRIEF[] =
    "You are the impartial investigator of the checkout outage of 14 March. "
    "You have the incident channel, the pull request that shipped the cache change, "
    "the alert history and the on-call calendar. Talk to the people involved, "
    "reconstruct the timeline and write a blameless review: what happened, why it "
    "made sense at the time, and what the organisation will change.";

static void gallery_table(Gallery *g, Rect r)
{
    const Theme *t = ui_theme(U);
    Rect head = ui_cut_top(&r, ui_px(U, 32));
    ui_table_header(U, head, COLS, COL_W, 3);
    ui_list_begin(U, ui_id(U, "table"), r, &g->table, 1000, ui_px(U, 30));
    int i;
    Rect row;
    char when[16];
    while (ui_list_row(U, &g->table, &i, &row)) {
        snprintf(when, sizeof when, "09:%02d:%02d", 12 + i / 60 % 48, i % 60);
        ui_text(U, ui_table_cell(U, row, COL_W, 3, 0), when, FONT_MONO, t->text_muted);
        ui_text(U, ui_table_cell(U, row, COL_W, 3, 1), AUTHORS[i % 4], FONT_BOLD, t->text);
        ui_text(U, ui_table_cell(U, row, COL_W, 3, 2), MESSAGES[i % 6], FONT_REGULAR, t->text);
    }
    ui_list_end(U, &g->table);
}

static void gallery_side(Gallery *g, Rect side)
{
    const Theme *t = ui_theme(U);
    ui_fill(U, side, t->panel_alt);
    Rect head = ui_cut_top(&side, ui_px(U, 56));
    ui_text(U, ui_inset(head, ui_px(U, 16)), "Incident Dojo", FONT_BOLD, t->text);
    g->nav = ui_nav(U, ui_id(U, "nav"), ui_cut_top(&side, ui_px(U, 300)), NAV_ITEMS, 7, g->nav);
    Rect clock = ui_cut_bottom(&side, ui_px(U, 64));
    ui_text(U, ui_inset(clock, ui_px(U, 16)), "T+01:25  Investigation", FONT_REGULAR, t->text_muted);
}

static Rect gallery_open_button;

static void gallery_controls(Gallery *g, Rect r)
{
    Rect row = ui_cut_top(&r, ui_px(U, 34));
    ui_text_input(U, ui_id(U, "search"), ui_cut_left(&row, ui_px(U, 240)), &g->search);
    ui_cut_left(&row, ui_px(U, 10));
    ui_text_input(U, ui_id(U, "title"), ui_cut_left(&row, ui_px(U, 230)), &g->title);
    ui_cut_left(&row, ui_px(U, 10));
    Rect b = ui_cut_left(&row, ui_px(U, 126));
    gallery_open_button = b;
    ui_button(U, ui_id(U, "open"), b, "Open source");
    ui_tooltip(U, ui_id(U, "open"), b, "Opens the source in the reader (costs reading time)");
    ui_cut_left(&row, ui_px(U, 10));
    ui_button_primary(U, ui_id(U, "pin"), ui_cut_left(&row, ui_px(U, 100)), "Pin");
    ui_cut_top(&r, ui_px(U, 12));
    ui_text_input(U, ui_id(U, "notes"), ui_cut_top(&r, ui_px(U, 96)), &g->notes);
}

static void gallery_brief(Gallery *g, Rect r)
{
    const Theme *t = ui_theme(U);
    ui_box(U, r, ui_px(U, 8), t->panel, t->border, 1);
    Rect in = ui_inset(r, 1);
    Rect view = ui_scroll_region(U, ui_id(U, "brief"), in, &g->brief, g->brief.content);
    ui_push_clip(U, view);
    Rect col = ui_inset(view, ui_px(U, 14));
    col.y -= g->brief.offset;
    int h = ui_text_wrapped(U, col, BRIEF, FONT_REGULAR, t->text);
    h += ui_text_wrapped(U, (Rect){col.x, col.y + h + ui_px(U, 8), col.w, 0}, BRIEF, FONT_ITALIC, t->text_muted);
    g->brief.content = h + ui_px(U, 36);
    ui_pop_clip(U);
}

static void gallery_frame(Gallery *g, bool modal, const char *path)
{
    const Theme *t = ui_theme(U);
    frame_begin();
    int w, h;
    platform_get_size(P, &w, &h);
    Rect all = {0, 0, w, h};
    Rect side = ui_cut_left(&all, g->split);
    gallery_side(g, side);
    ui_splitter(U, ui_id(U, "split"), (Rect){side.x + side.w - 3, 0, 6, h}, true, &g->split, 160, 320);
    Rect main = ui_inset(all, ui_px(U, 20));
    ui_fill(U, ui_cut_top(&all, 0), t->panel);
    g->tab = ui_tabs(U, ui_id(U, "tabs"), ui_cut_top(&main, ui_px(U, 40)), GTABS, 4, g->tab);
    ui_cut_top(&main, ui_px(U, 16));
    gallery_controls(g, ui_cut_top(&main, ui_px(U, 34 + 12 + 96)));
    ui_cut_top(&main, ui_px(U, 16));
    Rect brief = ui_cut_right(&main, ui_px(U, 260));
    ui_cut_right(&main, ui_px(U, 16));
    gallery_brief(g, (Rect){brief.x, brief.y, brief.w, ui_px(U, 200)});
    Rect table = main;
    ui_box(U, ui_inset(table, -1), ui_px(U, 8), t->panel, t->border, 1);
    gallery_table(g, table);
    if (modal) ui_modal_open(U, ui_id(U, "confirm"));
    Rect c;
    if (ui_modal_begin(U, ui_id(U, "confirm"), "Continue where you left off?", 460, 200, &c)) {
        ui_text_wrapped(U, c, "You have a saved session of this scenario with 14 actions. "
                        "Resume it, or start over?", FONT_REGULAR, t->text);
        Rect buttons = ui_cut_bottom(&c, ui_px(U, 34));
        ui_button_primary(U, ui_id(U, "resume"), ui_cut_right(&buttons, ui_px(U, 100)), "Resume");
        ui_cut_right(&buttons, ui_px(U, 10));
        ui_button(U, ui_id(U, "over"), ui_cut_right(&buttons, ui_px(U, 110)), "Start over");
        ui_modal_end(U);
    }
    if (!modal) ui_modal_close(U);
    ui_end_frame(U);
    char err[256];
    if (path) CHECK(platform_save_screenshot(P, path, err, sizeof err));
    platform_end_frame(P);
    IN.mouse_moved = false;
    IN.mouse_pressed = IN.mouse_released = 0;
    IN.clicks = 0;
    IN.key_count = 0;
    NOW += 16;
}

/* Different colours in the frame, sampled on a grid: a blank or flat
 * frame has one or two. */
static int colour_variety(const Bmp *b)
{
    Color seen[64];
    int n = 0;
    for (int y = 0; y < abs(b->h); y += 7)
        for (int x = 0; x < b->w && n < 64; x += 7) {
            Color c = px_at(b, x, y);
            bool known = false;
            for (int k = 0; k < n && !known; k++) known = same(seen[k], c);
            if (!known) seen[n++] = c;
        }
    return n;
}

static void check_gallery_shot(const char *path, bool modal)
{
    Bmp b = {0};
    FILE *f = fopen(path, "rb");
    CHECK(f != NULL);
    if (!f) return;
    fclose(f);
    char copy[256];
    snprintf(copy, sizeof copy, "%s.check.bmp", path);
    CHECK(shot(copy, &b));      /* the last frame is still in the surface */
    remove(copy);
    if (!b.data) return;
    const Theme *t = ui_theme(U);
    int w = b.w, h = abs(b.h), not_bg = 0;
    for (int y = 0; y < h; y += 2)
        for (int x = 0; x < w; x += 2) not_bg += !same(px_at(&b, x, y), t->background);
    CHECK(not_bg > w * h / 4 / 20);
    CHECK(colour_variety(&b) > 20);
    CHECK(count_color(&b, (Rect){0, 0, w, h}, t->accent) > (modal ? 0 : 200));
    free(b.data);
}

static void test_gallery(void)
{
    static const char *const NAMES[] = {"light", "dark", "high-contrast"};
    for (int th = 0; th < THEME_COUNT; th++) {
        ui_set_theme(U, (ThemeId)th);
        Gallery g = {.nav = 1, .split = 210, .table = {.selected = 2}};
        ui_text_edit_init(&g.search, "", false);
        g.search.placeholder = "Search messages\xE2\x80\xA6";
        ui_text_edit_init(&g.title, "Checkout outage, 14 March", false);
        ui_text_edit_init(&g.notes, "Cache change in #482 shipped at 09:02. Latency rose "
                          "within minutes; the rollback at 09:41 brought it back.\nOpen: "
                          "why did the canary not catch it?", true);
        memset(&IN, 0, sizeof IN);
        gallery_frame(&g, false, NULL);
        ui_set_focus(U, ui_id(U, "notes"));
        key(KEY_END, MOD_CTRL);
        key(KEY_LEFT, MOD_CTRL);
        key(KEY_LEFT, MOD_CTRL | MOD_SHIFT);
        key(KEY_LEFT, MOD_CTRL | MOD_SHIFT);
        mouse_move(cx(gallery_open_button), cy(gallery_open_button));
        gallery_frame(&g, false, NULL);
        NOW += UI_TOOLTIP_DELAY_MS;
        char path[128];
        snprintf(path, sizeof path, "/tmp/dojo-gallery-%s.bmp", NAMES[th]);
        gallery_frame(&g, false, path);
        check_gallery_shot(path, false);
        key(KEY_TAB, 0);
        gallery_frame(&g, true, NULL);
        key(KEY_TAB, 0);
        snprintf(path, sizeof path, "/tmp/dojo-gallery-%s-modal.bmp", NAMES[th]);
        gallery_frame(&g, true, path);
        check_gallery_shot(path, true);
        gallery_frame(&g, false, NULL);
        printf("gallery: /tmp/dojo-gallery-%s.bmp and -modal.bmp\n", NAMES[th]);
        ui_text_edit_free(&g.search);
        ui_text_edit_free(&g.title);
        ui_text_edit_free(&g.notes);
    }
    ui_set_theme(U, THEME_LIGHT);
}

/* The same gallery at 150 %: every length goes through ui_px. */
static void test_gallery_scaled(const char *font_dir)
{
    char err[1024] = "";
    PlatformConfig cfg = {.headless = true, .font_dir = font_dir, .width = 1500, .height = 1050,
                          .scale = 1.5f};
    Platform *saved_p = P;
    Ui *saved_u = U;
    P = platform_create(&cfg, err, sizeof err);
    CHECK(P != NULL);
    if (!P) goto done;
    U = ui_create(P);
    CHECK(ui_px(U, 10) == 15 && ui_scale(U) == 1.5f);
    ui_set_theme(U, THEME_DARK);
    Gallery g = {.nav = 3, .split = ui_px(U, 210), .table = {.selected = 4}};
    ui_text_edit_init(&g.search, "latency", false);
    ui_text_edit_init(&g.title, "Checkout outage", false);
    ui_text_edit_init(&g.notes, "Notes at 150 %.", true);
    memset(&IN, 0, sizeof IN);
    gallery_frame(&g, false, NULL);
    key(KEY_TAB, 0);
    gallery_frame(&g, false, NULL);
    gallery_frame(&g, false, "/tmp/dojo-gallery-dark-150.bmp");
    check_gallery_shot("/tmp/dojo-gallery-dark-150.bmp", false);
    printf("gallery: /tmp/dojo-gallery-dark-150.bmp\n");
    ui_text_edit_free(&g.search);
    ui_text_edit_free(&g.title);
    ui_text_edit_free(&g.notes);
    ui_destroy(U);
    platform_destroy(P);
done:
    P = saved_p;
    U = saved_u;
}

int main(int argc, char **argv)
{
    const char *font_dir = argc > 1 ? argv[1] : "assets/fonts";
    char err[1024] = "";
    PlatformConfig cfg = {.headless = true, .font_dir = font_dir, .width = 1000, .height = 700};
    P = platform_create(&cfg, err, sizeof err);
    if (!P) fprintf(stderr, "platform_create: %s\n", err);
    CHECK(P != NULL);
    if (!P) return testing_done("test_widgets");
    U = ui_create(P);
    test_ids();
    test_button_click();
    test_button_keyboard();
    test_focus_order();
    test_tabs_nav();
    test_list();
    test_scroll();
    test_splitter();
    test_tooltip();
    test_modal();
    test_gallery();
    test_gallery_scaled(font_dir);
    ui_destroy(U);
    platform_destroy(P);
    return testing_done("test_widgets");
}
