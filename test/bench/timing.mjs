// Timing helpers shared by the benchmarks: medians of repeated runs after one warm-up run.
import { performance } from "node:perf_hooks";

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median wall time of `runs` calls of `fn(i)`; a first call warms up the JIT and lazy set-up. */
export async function timeMedian(runs, fn) {
  await fn(-1);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    times.push(performance.now() - start);
  }
  return median(times);
}
