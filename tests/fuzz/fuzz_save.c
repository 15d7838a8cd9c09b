/* fuzz_save.c: libFuzzer harness for save_parse: any bytes must give a save
 * or a message, never a crash, a leak or undefined behaviour. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "core/save.h"
#include "core/util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Random bytes almost never carry a matching CRC, so the JSON body would go
 * unfuzzed: an input that starts with '{' is taken as a body and gets a
 * correct header, so mutations reach cJSON and the action parser. */
static char *fuzz_wrap_body(const uint8_t *data, size_t size, size_t *n)
{
    char head[96];
    int hn = snprintf(head, sizeof head, "incident-dojo-save %d %zu %08x\n",
                      SAVE_FORMAT_VERSION, size, (unsigned)hash_crc32(data, size));
    char *buf = xmalloc((size_t)hn + size);
    memcpy(buf, head, (size_t)hn);
    memcpy(buf + hn, data, size);
    *n = (size_t)hn + size;
    return buf;
}

/* What parses must serialize to a canonical form that parses back to the
 * same bytes again; a failure must say why. */
static void fuzz_check(const char *buf, size_t n)
{
    SaveData d, again;
    char err[512] = "";
    if (!save_parse(buf, n, &d, err, sizeof err)) {
        if (!err[0] || d.scenario_id || d.log.count) abort();
        return;
    }
    size_t n1, n2;
    char *s1 = save_serialize(&d, &n1);
    if (!save_parse(s1, n1, &again, err, sizeof err)) {
        fprintf(stderr, "canonical save does not parse: %s\n", err);
        abort();
    }
    char *s2 = save_serialize(&again, &n2);
    if (n1 != n2 || memcmp(s1, s2, n1) != 0) abort();
    free(s1);
    free(s2);
    save_data_clear(&d);
    save_data_clear(&again);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 0 && data[0] == '{') {
        size_t n;
        char *buf = fuzz_wrap_body(data, size, &n);
        fuzz_check(buf, n);
        free(buf);
    } else {
        /* A copy of exactly size bytes: data itself may be shared with libFuzzer. */
        char *buf = xmalloc(size ? size : 1);
        memcpy(buf, data, size);
        fuzz_check(buf, size);
        free(buf);
    }
    return 0;
}
