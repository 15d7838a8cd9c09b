/* test_util.c: arena, vectors, the string map, text helpers, file reading. */
#include <stdlib.h>
#include <unistd.h>
#include "core/util.h"
#include "testing.h"

static void test_arena(void)
{
    Arena a = {0};
    char *s = arena_strdup(&a, "hello");
    CHECK_STR(s, "hello");
    CHECK(arena_strdup(&a, NULL) == NULL);
    CHECK_STR(arena_strndup(&a, "abcdef", 3), "abc");
    unsigned char *big = arena_alloc(&a, 200000);      /* bigger than a block */
    CHECK(((uintptr_t)big & 15) == 0);
    int zero = 1;
    for (int i = 0; i < 200000; i++) zero &= big[i] == 0;
    CHECK(zero);
    char *after = arena_strdup(&a, "after");           /* small ones keep using the block */
    CHECK_STR(after, "after");
    CHECK_STR(s, "hello");
    for (int i = 0; i < 10000; i++) {
        int *p = arena_alloc(&a, sizeof(int) * 3);
        CHECK_INT(p[0] | p[1] | p[2], 0);
        p[0] = i;
    }
    arena_destroy(&a);
    CHECK(a.head == NULL);
}

static void test_vec_and_map(void)
{
    int *v = NULL, n = 0, cap = 0;
    for (int i = 0; i < 1000; i++) *VEC_PUSH(v, n, cap) = i * 2;
    CHECK_INT(n, 1000);
    CHECK_INT(v[999], 1998);
    CHECK(cap >= 1000);
    free(v);

    StrMap m = {0};
    char keys[500][16];
    for (int i = 0; i < 500; i++) {
        snprintf(keys[i], sizeof keys[i], "key%d", i);
        strmap_put(&m, keys[i], i);
    }
    CHECK_INT(m.count, 500);
    CHECK_INT(strmap_get(&m, "key0"), 0);
    CHECK_INT(strmap_get(&m, "key499"), 499);
    CHECK_INT(strmap_get(&m, "key500"), -1);
    strmap_put(&m, keys[7], 70);
    CHECK_INT(strmap_get(&m, "key7"), 70);
    CHECK_INT(m.count, 500);
    strmap_destroy(&m);
    CHECK_INT(strmap_get(&m, "key1"), -1);
}

static void test_text(void)
{
    CHECK_INT(text_edit_distance("name", "name", 2), 0);
    CHECK_INT(text_edit_distance("nmae", "name", 2), 1);
    CHECK_INT(text_edit_distance("abcd", "badc", 3), 2);
    CHECK(text_is_close("nmae", "name"));
    CHECK(text_is_close("summry", "summary"));
    CHECK(!text_is_close("xx", "id"));
    CHECK(!text_is_close("zz", "id"));
    CHECK_INT(text_edit_distance("mesage", "message", 2), 1);
    CHECK_INT(text_edit_distance("Name", "name", 2), 0);
    CHECK_INT(text_edit_distance("abc", "xyzxyz", 2), 3);
    CHECK_INT(text_edit_distance("", "ab", 5), 2);
    CHECK(text_contains_word("The Cache stampede", "cache"));
    CHECK(text_contains_word("a cache.", "cache"));
    CHECK(!text_contains_word("cached config", "cache"));
    CHECK(text_contains_word("cached config", "cache*"));
    CHECK(!text_contains_word("the precache job", "cache*"));
    CHECK(!text_contains_word("blameless review", "blame"));
    CHECK(text_contains_word("no blame, please", "blame"));
    CHECK(!text_contains_word("the same day", "sam"));
    CHECK(!text_contains_word("by default", "fault"));
    CHECK(text_contains_word("it was Human  error? no: human error.", "human error"));
    CHECK(text_contains_word("the on-call engineer", "on-call"));
    CHECK(text_contains_word("caf\xc3\xa9 au lait", "caf\xc3\xa9"));
    CHECK(!text_contains_word("caf\xc3\xa9s", "caf\xc3\xa9"));
    CHECK(!text_contains_word("x", "*"));
    CHECK(text_contains_word("TTL", "ttl"));
    CHECK(!text_contains_word("cach", "cache"));
    CHECK(!text_contains_word(NULL, "x"));
    CHECK(!text_contains_word("abc", ""));
}

static void test_hashes(void)
{
    CHECK_INT(hash_crc32("123456789", 9), 0xCBF43926u);   /* the standard check value */
    CHECK_INT(hash_crc32("", 0), 0);
    CHECK(hash_fnv1a64(HASH_FNV_SEED, "a", 1) == 0xaf63dc4c8601ec8cull);
    CHECK(hash_fnv1a64(HASH_FNV_SEED, "a", 1) != hash_fnv1a64(HASH_FNV_SEED, "b", 1));
}

static void test_file_read(void)
{
    char path[] = "/tmp/dojo-util-XXXXXX", err[256], *data;
    size_t n;
    int fd = mkstemp(path);
    CHECK(write(fd, "abc\0def", 7) == 7);
    close(fd);
    CHECK(file_read_all(path, &data, &n, err, sizeof err));
    CHECK_INT((long long)n, 7);
    CHECK(memcmp(data, "abc\0def", 8) == 0);
    free(data);
    unlink(path);
    CHECK(!file_read_all(path, &data, &n, err, sizeof err));
    CHECK_CONTAINS(err, path);
    CHECK_CONTAINS(err, "No such file");
}

int main(void)
{
    test_arena();
    test_vec_and_map();
    test_text();
    test_hashes();
    test_file_read();
    return testing_done("test_util");
}
