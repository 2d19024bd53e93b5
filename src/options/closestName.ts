/**
 * Finds the known name a mistyped one most likely meant, for "did you mean" hints.
 *
 * Matching is case-insensitive and uses edit distance (Levenshtein, with adjacent
 * transpositions counted as one edit). A candidate only counts when it is close
 * enough to be a plausible typo: at most a third of the typed name's length, and
 * never more than 3 edits, so `foo` does not "mean" `env`. A name of 4+ characters that
 * starts exactly one known name also matches (`workingDir` → `workingDirectory`).
 *
 * @example
 * ```ts
 * closestName('sandobx', ['sandbox', 'model']); // → 'sandbox'
 * closestName('xyz', ['sandbox', 'model']);     // → undefined
 * ```
 *
 * @param typed The unknown name the caller wrote.
 * @param known Every valid name.
 * @returns The closest valid name, or `undefined` when none is close enough.
 */
export function closestName(typed: string, known: readonly string[]): string | undefined {
  const needle = typed.toLowerCase();
  const limit = Math.min(3, Math.max(1, Math.floor(needle.length / 3)));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const distance = editDistance(needle, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (bestDistance <= limit) return best;
  // A truncated name (`workingDir`) is too far by edit distance but unambiguous as a prefix.
  if (needle.length >= 4) {
    const prefixed = known.filter((k) => k.toLowerCase().startsWith(needle));
    if (prefixed.length === 1) return prefixed[0];
  }
  return undefined;
}

/** Optimal-string-alignment distance: insertions, deletions, substitutions, swaps of neighbours. */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number): number => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, at(i - 2, j - 2) + 1);
      }
      d[i * cols + j] = value;
    }
  }
  return at(a.length, b.length);
}
