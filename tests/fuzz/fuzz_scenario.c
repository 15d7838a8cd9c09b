/* fuzz_scenario.c: libFuzzer harness for the scenario loader: any
 * scenario.lua must load or fail with a diagnostic, inside small sandbox
 * limits, never crash, leak or escape. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "core/diag.h"
#include "core/model.h"
#include "script/loader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char fuzz_dir[] = "/tmp/fuzz_scenario.XXXXXX";
static char fuzz_file[sizeof fuzz_dir + 16];

static void fuzz_cleanup(void)
{
    unlink(fuzz_file);
    rmdir(fuzz_dir);
}

/* One private folder for the whole run: a scenario folder holding only
 * scenario.lua, so include() and read() find nothing of ours to read. */
static void fuzz_setup(void)
{
    if (fuzz_file[0]) return;
    if (!mkdtemp(fuzz_dir)) {
        perror("mkdtemp");
        abort();
    }
    snprintf(fuzz_file, sizeof fuzz_file, "%s/scenario.lua", fuzz_dir);
    atexit(fuzz_cleanup);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_setup();
    FILE *f = fopen(fuzz_file, "wb");
    if (!f || fwrite(data, 1, size, f) != size || fclose(f) != 0) {
        perror(fuzz_file);
        abort();
    }
    /* Small limits keep each run fast; the budget and memory cap are
     * themselves under test here. */
    SandboxLimits limits = {.budget = 200000, .memory = (size_t)16 << 20,
                            .file_bytes = (size_t)64 << 10};
    Diags diags = {0};
    ScriptHost *host = NULL;
    Scenario *sc = loader_load(fuzz_dir, &limits, &diags, &host);
    if (!sc && diags.errors == 0) {
        fputs("loader_load failed without an error diagnostic\n", stderr);
        abort();
    }
    script_host_destroy(host);
    if (sc) scenario_destroy(sc);
    diags_destroy(&diags);
    return 0;
}
