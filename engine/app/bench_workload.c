/* bench_workload.c: the word and name lists and the LCG of the reference
 * workload (shared/bench/limit.c), and the clock, memory and argument
 * helpers every bench uses, in one place. */
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>
#include "bench_workload.h"

const char *const bench_words[] = {
    "cert", "expired", "deploy", "rollback", "the", "a", "to", "we", "is",
    "checking", "dashboard", "latency", "p99", "paging", "on-call", "who",
    "owns", "this", "service", "ingress", "gateway", "looks", "like", "TLS",
    "handshake", "failures", "since", "09:14", "customer", "support", "says",
    "tickets", "spiking", "can", "someone", "from", "payments", "join",
    "bridge", "restarted", "pods", "no", "change", "yet", "rotation", "job",
    "didn't", "run", "PR", "#482", "merged", "yesterday", "and", "of", "in"};
const unsigned bench_word_count = sizeof bench_words / sizeof *bench_words;

const char *const bench_names[] = {"priya", "marco", "lin", "sam", "oluwaseun",
    "jess", "dmitri", "ana", "kieran", "noor", "tom", "wei"};
const unsigned bench_name_count = sizeof bench_names / sizeof *bench_names;

unsigned bench_rand(unsigned *state)
{
    *state = *state * 1103515245u + 12345u;
    return (*state >> 16) & 0x7fff;
}

double bench_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

long bench_peak_rss_kb(void)
{
    struct rusage ru;
    return getrusage(RUSAGE_SELF, &ru) == 0 ? ru.ru_maxrss : -1;
}

bool bench_parse_count(const char *s, int min, int *out)
{
    char *end;
    long v = s ? strtol(s, &end, 10) : 0;
    if (!s || !*s || *end || v < min || v > 10000000) return false;
    *out = (int)v;
    return true;
}
