/* bench_workload.h: the reference workload's text generator, shared by the
 * bench workloads: the LCG, seed and lists of shared/bench/limit.c, so every
 * bench builds the same messages. */
#ifndef DOJO_BENCH_WORKLOAD_H
#define DOJO_BENCH_WORKLOAD_H

#include <stdbool.h>

#define BENCH_SEED 12345u

extern const char *const bench_words[];
extern const unsigned bench_word_count;
extern const char *const bench_names[];
extern const unsigned bench_name_count;

/* The next number of the reference LCG, 0 to 32767. */
unsigned bench_rand(unsigned *state);

/* Wall clock in ms (monotonic), and the process's peak resident size. */
double bench_now_ms(void);
long bench_peak_rss_kb(void);
/* A whole decimal number from min to 10 000 000 into *out; false if not. */
bool bench_parse_count(const char *s, int min, int *out);

int bench_load(int argc, char **argv);      /* bench_load.c */
int bench_search(int argc, char **argv);

#endif
