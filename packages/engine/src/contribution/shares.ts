/**
 * Shares rounded to hundredths that still sum to exactly 1: the plan shows them as
 * percentages and validators check the sum, so rounding must not leak 0.99 or 1.01.
 * `raw` must have a positive total over `ids`.
 */
export function roundShares(
  raw: Record<string, number>,
  ids: readonly string[],
): Record<string, number> {
  const total = ids.reduce((sum, id) => sum + (raw[id] ?? 0), 0);
  const cents = ids.map((id) => Math.round(((raw[id] ?? 0) / total) * 100));
  // The remainder goes to the largest share, where a cent changes the meaning least.
  let largest = 0;
  cents.forEach((c, i) => {
    if (c > (cents[largest] ?? 0)) largest = i;
  });
  cents[largest] = (cents[largest] ?? 0) + 100 - cents.reduce((a, b) => a + b, 0);
  return Object.fromEntries(ids.map((id, i) => [id, (cents[i] ?? 0) / 100]));
}
