/* The independent-cascade loop of src/core/graph/independent-cascade.ts in plain C: the reference our kernel is timed against.
 *
 * Same CSR arrays, same run keys, same coin: edge e is live in run r iff lowbias32(e + key1[r]) ^ key2[r] < p(e) * 2^32
 * (Chris Wellons' lowbias32 hash, 2018). The worlds are therefore identical to ours, and so are the reached sets and the
 * edge-visit totals, which the benchmark checks. Same data structures too: an int32 queue and uint32 epoch stamps.
 *
 * Input (little-endian, written by bench/graph-bench.ts): int32 nodeCount, edgeCount, seedCount, runs; then
 * int32 offsets[nodeCount + 1], int32 targets[edgeCount], float32 probabilities[edgeCount], int32 seeds[seedCount],
 * uint32 keys[2 * runs]. Output: "<edge visits> <reached sum> <seconds>", timing only the runs (not the file read).
 * Build: cc -O2 -o bench/.work/cascade bench/cascade-reference.c
 */
#define _POSIX_C_SOURCE 199309L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static void *read_array(FILE *file, size_t count, size_t size) {
  void *data = malloc(count * size + 1);
  if (data == NULL || fread(data, size, count, file) != count) {
    fprintf(stderr, "cascade-reference: truncated input\n");
    exit(2);
  }
  return data;
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

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: cascade INPUT\n");
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

  int32_t *queue = malloc(sizeof(int32_t) * ((size_t)node_count + 1));
  uint32_t *stamps = calloc((size_t)node_count + 1, sizeof(uint32_t));
  uint64_t visits = 0, reached_sum = 0;
  struct timespec start, end;
  clock_gettime(CLOCK_MONOTONIC, &start);
  for (int32_t r = 0; r < runs; r++) {
    const uint32_t epoch = (uint32_t)r + 1, key1 = keys[2 * r], key2 = keys[2 * r + 1];
    int32_t tail = 0;
    for (int32_t i = 0; i < seed_count; i++) {
      if (stamps[seeds[i]] != epoch) {
        stamps[seeds[i]] = epoch;
        queue[tail++] = seeds[i];
      }
    }
    const int32_t seeded = tail;
    for (int32_t head = 0; head < tail; head++) {
      const int32_t u = queue[head], row_end = offsets[u + 1];
      visits += (uint64_t)(row_end - offsets[u]);
      for (int32_t e = offsets[u]; e < row_end; e++) {
        const int32_t w = targets[e];
        if (stamps[w] == epoch) continue;
        if ((double)edge_coin((uint32_t)e, key1, key2) < (double)probabilities[e] * 4294967296.0) {
          stamps[w] = epoch;
          queue[tail++] = w;
        }
      }
    }
    reached_sum += (uint64_t)(tail - seeded);
  }
  clock_gettime(CLOCK_MONOTONIC, &end);
  double seconds = (double)(end.tv_sec - start.tv_sec) + (double)(end.tv_nsec - start.tv_nsec) / 1e9;
  printf("%llu %llu %.6f\n", (unsigned long long)visits, (unsigned long long)reached_sum, seconds);
  return 0;
}
