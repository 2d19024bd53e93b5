/** Summary statistics of repeated measurements. */

/** Median, min and max of a sample (ms or any unit). */
export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** Summarises `values` (throws on an empty sample: a measure that produced nothing is a bug). */
export function summarise(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('no measurements');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, runs: sorted.length };
}
