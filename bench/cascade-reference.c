/* The independent-cascade loop of src/core/graph/cascade-kernel.ts (spreadInWorld) in plain C: the reference our kernel
 * is timed against.
 *
 * Same CSR arrays, same run keys, same coin: edge e is live in run r iff lowbias32(e + key1[r]) ^ key2[r] < p(e) * 2^32
 * (Chris Wellons' lowbias32 hash, 2018). The worlds are therefore identical to ours, and so are the reached sets and the
 * edge-visit totals, which the benchmark checks (every run's reached set, not only the totals). Same data structures
 * too: an int32 queue and epoch stamps (uint32, or one byte as ours with -DBYTE_STAMPS).
 *
 * Same work in the same order as ours: the coin is flipped first and the stamp read only for live edges, and rows
 * ahead in the queue are brought into cache before they are expanded. Built with -DTHRESHOLDS it compares the coin with the integer threshold
 * ceil(p * 2^32) - 1 (computed before the timed runs, as ours caches it per graph) instead of p * 2^32 in double
 * precision: exactly our kernel's arithmetic. Built with -DSTAMP_FIRST it reads the stamp first and flips coins only
 * for targets not yet informed (fewer coins, an unpredictable branch), the order this file used to have. Built with
 * -DINTERLEAVED it is -DTHRESHOLDS reading each edge's threshold and target from one array of pairs, the layout our
 * kernel reads (one cache line per row instead of one in each of two arrays). -DBYTE_STAMPS (with either) keeps one
 * byte per node as its visit stamp, cleared every 255 runs, as ours does. The bench times these loops and takes the
 * fastest as the reference, so the reference is the fastest loop we know, not ours.
 *
 * Input (little-endian, written by bench/graph-bench.ts): int32 nodeCount, edgeCount, seedCount, runs; then
 * int32 offsets[nodeCount + 1], int32 targets[edgeCount], float32 probabilities[edgeCount], int32 seeds[seedCount],
 * uint32 keys[2 * runs]. Output: "<edge visits> <reached sum> <seconds>", the processor time of the runs only (not the
 * file read): on a machine shared with other work, wall time also counts the time others ran, and ours is timed alike.
 * With a second argument SETS, it then runs the same cascades again, untimed, and writes each run's informed non-seed
 * nodes to SETS as int32 count followed by the node ids in the order they were informed.
 * Build: cc -O2 [-DTHRESHOLDS | -DSTAMP_FIRST | -DINTERLEAVED] [-DBYTE_STAMPS] -o bench/.work/cascade bench/cascade-reference.c -lm
 */
#define _POSIX_C_SOURCE 199309L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <math.h>
#include <string.h>

static void *read_array(FILE *file, size_t count, size_t size) {
  void *data = malloc(count * size + 1);
  if (data == NULL || fread(data, size, count, file) != count) {
    fprintf(stderr, "cascade-reference: truncated input\n");
    exit(2);
  }
  return data;
}

/* Visit stamps: one byte per node with -DBYTE_STAMPS, as ours has (cleared every 255 runs), else uint32. */
#ifdef BYTE_STAMPS
typedef uint8_t stamp_t;
#define STAMP_LIMIT 0xffU
#else
typedef uint32_t stamp_t;
#define STAMP_LIMIT 0xffffffffU
#endif

/* A fresh epoch for the next run; on wrap-around the stamps are cleared once (inside the timed runs, as ours). */
static uint32_t next_epoch(stamp_t *stamps, int32_t node_count, uint32_t epoch) {
  if (epoch >= STAMP_LIMIT) {
    memset(stamps, 0, sizeof(stamp_t) * ((size_t)node_count + 1));
    epoch = 0;
  }
  return epoch + 1;
}

static inline uint32_t edge_coin(uint32_t edge, uint32_t key1, uint32_t key2) {
  uint32_t h = edge + key1;
  h ^= h >> 16;
  h *= 0x7feb352dU;
  h ^= h >> 15;
  h *= 0x846ca68bU;
  h ^= h >> 16;
  return h ^ key2;
}

/* One cascade in the world (key1, key2): fills queue with the informed nodes, seeds first; returns how many. */
static int32_t spread(const int32_t *offsets, const int32_t *targets, const float *probabilities, const uint32_t *thresholds, const int32_t *live,
                      int32_t edge_count,
                      const int32_t *seeds, int32_t seed_count, uint32_t key1, uint32_t key2, uint32_t wide_epoch,
                      int32_t *queue, stamp_t *stamps, uint64_t *visits, int32_t *seeded) {
  const stamp_t epoch = (stamp_t)wide_epoch;
  int32_t tail = 0;
  for (int32_t i = 0; i < seed_count; i++) {
    if (stamps[seeds[i]] != epoch) {
      stamps[seeds[i]] = epoch;
      queue[tail++] = seeds[i];
    }
  }
  *seeded = tail;
  uint64_t examined = 0;
  for (int32_t head = 0; head < tail; head++) {
    const int32_t u = queue[head], row_end = offsets[u + 1];
#ifndef NO_PREFETCH
    /* Bring the row of the node two places ahead in the queue into cache while this row is expanded (the row's
     * thresholds or probabilities, whichever this build compares with). Ours reads the rows of eight nodes at once
     * instead, 8 to 15 places ahead: a JavaScript read that misses holds up the processor until it returns, a prefetch
     * does not, so batching is our workaround; here the same batching measured no faster, so C keeps its own way. */
    if (edge_count > 0) {
      const int32_t ahead = offsets[queue[head + 2 < tail ? head + 2 : head]];
#if defined(INTERLEAVED)
      __builtin_prefetch(&live[2 * (size_t)(ahead < edge_count ? ahead : edge_count - 1)]);
#elif defined(THRESHOLDS)
      __builtin_prefetch(&targets[ahead < edge_count ? ahead : edge_count - 1]);
      __builtin_prefetch(&thresholds[ahead < edge_count ? ahead : edge_count - 1]);
#else
      __builtin_prefetch(&targets[ahead < edge_count ? ahead : edge_count - 1]);
      __builtin_prefetch(&probabilities[ahead < edge_count ? ahead : edge_count - 1]);
#endif
    }
#endif
    examined += (uint64_t)(row_end - offsets[u]);
    for (int32_t e = offsets[u]; e < row_end; e++) {
#ifdef STAMP_FIRST
      (void)thresholds;
      (void)live;
      const int32_t w = targets[e];
      if (stamps[w] == epoch) continue;
      if ((double)edge_coin((uint32_t)e, key1, key2) < (double)probabilities[e] * 4294967296.0) {
        stamps[w] = epoch;
        queue[tail++] = w;
      }
#elif defined(INTERLEAVED)
      (void)probabilities;
      (void)thresholds;
      if (edge_coin((uint32_t)e, key1, key2) <= (uint32_t)live[2 * (size_t)e]) {
        const int32_t w = live[2 * (size_t)e + 1];
        if (stamps[w] != epoch) {
          stamps[w] = epoch;
          queue[tail++] = w;
        }
      }
#elif defined(THRESHOLDS)
      (void)probabilities;
      (void)live;
      if (edge_coin((uint32_t)e, key1, key2) <= thresholds[e]) {
        const int32_t w = targets[e];
        if (stamps[w] != epoch) {
          stamps[w] = epoch;
          queue[tail++] = w;
        }
      }
#else
      (void)thresholds;
      (void)live;
      if ((double)edge_coin((uint32_t)e, key1, key2) < (double)probabilities[e] * 4294967296.0) {
        const int32_t w = targets[e];
        if (stamps[w] != epoch) {
          stamps[w] = epoch;
          queue[tail++] = w;
        }
      }
#endif
    }
  }
  *visits += examined;
  return tail;
}

int main(int argc, char **argv) {
  if (argc != 2 && argc != 3) {
    fprintf(stderr, "usage: cascade INPUT [SETS]\n");
    return 2;
  }
  FILE *file = fopen(argv[1], "rb");
  if (file == NULL) {
    perror(argv[1]);
    return 2;
  }
  int32_t *header = read_array(file, 4, sizeof(int32_t));
  int32_t node_count = header[0], edge_count = header[1], seed_count = header[2], runs = header[3];
  int32_t *offsets = read_array(file, (size_t)node_count + 1, sizeof(int32_t));
  int32_t *targets = read_array(file, (size_t)edge_count, sizeof(int32_t));
  float *probabilities = read_array(file, (size_t)edge_count, sizeof(float));
  int32_t *seeds = read_array(file, (size_t)seed_count, sizeof(int32_t));
  uint32_t *keys = read_array(file, 2 * (size_t)runs, sizeof(uint32_t));
  fclose(file);

  /* Live iff coin <= ceil(p * 2^32) - 1, the same as coin < p * 2^32 for an integer coin (used with -DTHRESHOLDS). */
  uint32_t *thresholds = malloc(sizeof(uint32_t) * ((size_t)edge_count + 1));
  for (int32_t e = 0; e < edge_count; e++) thresholds[e] = (uint32_t)(ceil((double)probabilities[e] * 4294967296.0) - 1.0);
  /* Each edge's threshold and target side by side (used with -DINTERLEAVED): one cache line holds both for a row. */
  int32_t *live = malloc(2 * sizeof(int32_t) * ((size_t)edge_count + 1));
  for (int32_t e = 0; e < edge_count; e++) {
    live[2 * (size_t)e] = (int32_t)thresholds[e];
    live[2 * (size_t)e + 1] = targets[e];
  }
  int32_t *queue = malloc(sizeof(int32_t) * ((size_t)node_count + 1));
  stamp_t *stamps = calloc((size_t)node_count + 1, sizeof(stamp_t));
  uint32_t epoch = 0;
  uint64_t visits = 0, reached_sum = 0;
  int32_t seeded = 0;
  struct timespec start, end;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &start);
  for (int32_t r = 0; r < runs; r++) {
    const int32_t tail = spread(offsets, targets, probabilities, thresholds, live, edge_count, seeds, seed_count, keys[2 * r], keys[2 * r + 1],
                                (epoch = next_epoch(stamps, node_count, epoch)), queue, stamps, &visits, &seeded);
    reached_sum += (uint64_t)(tail - seeded);
  }
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &end);
  double seconds = (double)(end.tv_sec - start.tv_sec) + (double)(end.tv_nsec - start.tv_nsec) / 1e9;
  printf("%llu %llu %.6f\n", (unsigned long long)visits, (unsigned long long)reached_sum, seconds);

  if (argc == 3) {
    FILE *sets = fopen(argv[2], "wb");
    if (sets == NULL) {
      perror(argv[2]);
      return 2;
    }
    uint64_t ignored = 0;
    for (int32_t r = 0; r < runs; r++) {
      /* Epochs continue after the timed runs' so no stamp from them counts. */
      const int32_t tail = spread(offsets, targets, probabilities, thresholds, live, edge_count, seeds, seed_count, keys[2 * r], keys[2 * r + 1],
                                  (epoch = next_epoch(stamps, node_count, epoch)), queue, stamps, &ignored, &seeded);
      const int32_t count = tail - seeded;
      fwrite(&count, sizeof count, 1, sets);
      fwrite(queue + seeded, sizeof(int32_t), (size_t)count, sets);
    }
    fclose(sets);
  }
  return 0;
}
