/* testing.h: the few macros the C tests need. A test binary returns
 * non-zero if any CHECK failed, and says how many checks ran, so a test
 * that checked nothing is visible. */
#ifndef DOJO_TESTING_H
#define DOJO_TESTING_H

#include <stdio.h>
#include <string.h>

static int testing_checks, testing_failures;

#define CHECK(cond) do { testing_checks++; if (!(cond)) { testing_failures++; \
    fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); } } while (0)
#define CHECK_STR(a, b) do { const char *a_ = (a), *b_ = (b); testing_checks++; \
    if (!a_ || !b_ || strcmp(a_, b_) != 0) { testing_failures++; \
    fprintf(stderr, "%s:%d: CHECK_STR failed: \"%s\" != \"%s\"\n", __FILE__, __LINE__, \
            a_ ? a_ : "(null)", b_ ? b_ : "(null)"); } } while (0)
#define CHECK_CONTAINS(hay, needle) do { const char *h_ = (hay), *n_ = (needle); testing_checks++; \
    if (!h_ || !strstr(h_, n_)) { testing_failures++; \
    fprintf(stderr, "%s:%d: expected \"%s\" to contain \"%s\"\n", __FILE__, __LINE__, \
            h_ ? h_ : "(null)", n_); } } while (0)
#define CHECK_INT(a, b) do { long long a_ = (a), b_ = (b); testing_checks++; if (a_ != b_) { \
    testing_failures++; fprintf(stderr, "%s:%d: CHECK_INT failed: %s = %lld, expected %lld\n", \
    __FILE__, __LINE__, #a, a_, b_); } } while (0)

/* Call at the end of main: prints the tally, fails on no checks too. */
static inline int testing_done(const char *name) {
    printf("%s: %d checks, %d failed\n", name, testing_checks, testing_failures);
    if (testing_checks == 0) { fprintf(stderr, "%s: no checks ran\n", name); return 1; }
    return testing_failures ? 1 : 0;
}

#endif
