/**
 * Looking up sorted, disjoint spans by offset (binary search): the sentences, the tree's children, the mentions of one type.
 */

/** Index of the first of `spans` (sorted, disjoint) whose end is after `at`; `spans.length` when none is. */
export function firstEndingAfter(spans: readonly { end: number }[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
