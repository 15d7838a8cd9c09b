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
} SandboxLimits;

#define SANDBOX_DEFAULT_BUDGET 50000000LL
#define SANDBOX_DEFAULT_MEMORY ((size_t)512 << 20)
#define SANDBOX_DEFAULT_FILE_BYTES ((size_t)16 << 20)

#endif
