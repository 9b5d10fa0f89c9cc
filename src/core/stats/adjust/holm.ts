/**
 * Holm's step-down adjustment of p-values: controls the family-wise error rate (the chance of any false
 * "significant" letter in the family) under any dependence, and is uniformly more powerful than Bonferroni.
 * adj_(i) = max_{j ≤ i} min(1, (m − j + 1) p_(j)) over the ascending order; missing p-values (null) are
 * left out of the family and stay null, as R does with NA.
 *
 * Reference: Holm (1979), Scand. J. Statistics 6:65–70; R `p.adjust(p, "holm")`.
 * Complexity: O(m log m).
 *
 * @example
 * holm([0.01, 0.04, 0.03]); // [0.03, 0.06, 0.06]   (R: p.adjust(c(.01,.04,.03), "holm"))
 */
export function holm(pValues: readonly (number | null)[]): (number | null)[] {
  const present = pValues.flatMap((p, i) => (p === null ? [] : [{ p, i }])).sort((a, b) => a.p - b.p || a.i - b.i);
  const m = present.length;
  const out: (number | null)[] = pValues.map(() => null);
  let running = 0;
  present.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    out[i] = running;
  });
  return out;
}
