/* bench_workload.c: the word and name lists and the LCG of the reference
 * workload (shared/bench/limit.c), in one place. */
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
