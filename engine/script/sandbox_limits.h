/* sandbox_limits.h: what a scenario may spend while it loads or runs a condition.
 * Kept apart from sandbox.h so callers outside the script layer need no
 * Lua headers. */
#ifndef DOJO_LIMITS_H
#define DOJO_LIMITS_H

#include <stddef.h>

typedef struct SandboxLimits {
    long long budget;          /* instruction-equivalents per run; 0: default */
    size_t memory;             /* bytes of Lua heap; 0: default */
    size_t file_bytes;         /* largest file read(); 0: default */
    size_t source_bytes;       /* largest Lua file run or include()d; 0: default */
} SandboxLimits;

/* A run may spend its budget plus this much per byte of Lua source it
 * loads, and its time limit plus a second per this many bytes: a big
 * scenario is big because it has much to say, and saying it costs about
 * two units a byte, so the extra scales with the honest work and stays
 * small for a short hostile file. */
#define SANDBOX_UNITS_PER_SOURCE_BYTE 8
#define SANDBOX_SOURCE_BYTES_PER_SECOND ((size_t)8 << 20)

#define SANDBOX_DEFAULT_BUDGET 50000000LL
#define SANDBOX_DEFAULT_MEMORY ((size_t)512 << 20)
#define SANDBOX_DEFAULT_FILE_BYTES ((size_t)16 << 20)
#define SANDBOX_DEFAULT_SOURCE_BYTES ((size_t)64 << 20)

#endif
