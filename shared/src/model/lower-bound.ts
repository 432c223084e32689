/**
 * The first index in [0, length) for which `below(i)` is false, where `below` is true for a prefix
 * of the indices and false after it (a sorted list searched for a value): a binary search.
 */
export function lowerBound(length: number, below: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (below(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
