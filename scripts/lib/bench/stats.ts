/** Small statistics for interleaved samples: medians resist the odd slow run a 2-core box throws in. */
export function median(values: readonly number[]): number {
  const finite = values.filter((v) => Number.isFinite(v));
  if (!finite.length) return Number.NaN;
  const sorted = [...finite].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function max(values: readonly number[]): number {
  const finite = values.filter((v) => Number.isFinite(v));
  return finite.length ? Math.max(...finite) : Number.NaN;
}

/** The median of each field over samples that have it. */
export function medians<K extends string>(samples: readonly Partial<Record<K, number>>[]): Record<K, number> {
  const keys = new Set(samples.flatMap((s) => Object.keys(s) as K[]));
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = median(samples.map((s) => s[k] ?? Number.NaN));
  return out;
}
