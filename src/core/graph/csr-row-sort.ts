// Sorting one CSR row by target id, carrying probabilities and kinds along: the step that lets buildCsrGraph merge
// duplicate ties in a single pass.
//
// Rows of a social graph are mostly short (insertion sort, Knuth TAOCP vol. 3 §5.2.1, beats anything else below a few
// dozen items and is stable) with a few very long ones (a user's own 30,000 ties), which go to the engine's native
// numeric sort on packed keys.

/** Rows up to this length are insertion-sorted in place; longer rows (the user's own 30,000 ties) use a native sort. */
const INSERTION_SORT_MAX = 32;

function insertionSort(targets: Int32Array, probabilities: Float32Array, start: number, end: number): void {
  for (let i = start + 1; i < end; i++) {
    const t = targets[i];
    if (targets[i - 1] <= t) continue;
    const p = probabilities[i];
    let j = i - 1;
    for (; j >= start && targets[j] > t; j--) {
      targets[j + 1] = targets[j];
      probabilities[j + 1] = probabilities[j];
    }
    targets[j + 1] = t;
    probabilities[j + 1] = p;
  }
}

function insertionSortWithKinds(targets: Int32Array, probabilities: Float32Array, kinds: Uint8Array, start: number, end: number): void {
  for (let i = start + 1; i < end; i++) {
    const t = targets[i];
    if (targets[i - 1] <= t) continue;
    const p = probabilities[i];
    const k = kinds[i];
    let j = i - 1;
    for (; j >= start && targets[j] > t; j--) {
      targets[j + 1] = targets[j];
      probabilities[j + 1] = probabilities[j];
      kinds[j + 1] = kinds[j];
    }
    targets[j + 1] = t;
    probabilities[j + 1] = p;
    kinds[j + 1] = k;
  }
}

/**
 * Sorts targets[start..end) by target id, carrying probabilities and kinds along. Stable, so among duplicates of a
 * pair the input order survives (the merge keeps the first of equally probable duplicates).
 */
export function sortRow(targets: Int32Array, probabilities: Float32Array, kinds: Uint8Array | undefined, start: number, end: number): void {
  const length = end - start;
  if (length <= INSERTION_SORT_MAX) {
    // Two copies of the insertion sort so the common kind-less case has no per-move branch.
    if (kinds === undefined) insertionSort(targets, probabilities, start, end);
    else insertionSortWithKinds(targets, probabilities, kinds, start, end);
    return;
  }
  // The sorted order as positions within the row. Keys target·length + position sort numerically (no comparator
  // calls) and stay exact doubles while target·length < 2^53, which holds for rows under 2^22 ties; the position
  // makes the sort stable. Longer rows fall back to a comparator sort of positions.
  const order = new Int32Array(length);
  if (length < 2 ** 22) {
    const keys = new Float64Array(length);
    for (let j = 0; j < length; j++) keys[j] = targets[start + j] * length + j;
    keys.sort();
    for (let j = 0; j < length; j++) order[j] = keys[j] % length;
  } else {
    for (let j = 0; j < length; j++) order[j] = j;
    order.sort((x, y) => targets[start + x] - targets[start + y] || x - y);
  }
  const oldTargets = targets.slice(start, end);
  const oldProbabilities = probabilities.slice(start, end);
  const oldKinds = kinds === undefined ? undefined : kinds.slice(start, end);
  for (let j = 0; j < length; j++) {
    const from = order[j];
    targets[start + j] = oldTargets[from];
    probabilities[start + j] = oldProbabilities[from];
    if (kinds !== undefined && oldKinds !== undefined) kinds[start + j] = oldKinds[from];
  }
}
