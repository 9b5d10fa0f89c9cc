/**
 * Benjamini–Hochberg adjustment: controls the false discovery rate (the expected share of false letters
 * among the significant ones), the usual choice when a banner has hundreds of cells.
 * adj_(i) = min_{j ≥ i} min(1, m p_(j) / j) over the ascending order; nulls stay null and do not count in m.
 *
 * Reference: Benjamini & Hochberg (1995), JRSS B 57:289–300; R `p.adjust(p, "BH")`.
 * Complexity: O(m log m).
 *
 * @example
 * benjaminiHochberg([0.01, 0.04, 0.03]); // [0.03, 0.04, 0.04]   (R: p.adjust(c(.01,.04,.03), "BH"))
 */
export function benjaminiHochberg(pValues: readonly (number | null)[]): (number | null)[] {
  const present = pValues.flatMap((p, i) => (p === null ? [] : [{ p, i }])).sort((a, b) => a.p - b.p || a.i - b.i);
  const m = present.length;
  const out: (number | null)[] = pValues.map(() => null);
  let running = 1;
  for (let rank = m - 1; rank >= 0; rank--) {
    const item = present[rank];
    if (!item) continue;
    running = Math.min(running, Math.min(1, (m * item.p) / (rank + 1)));
    out[item.i] = running;
  }
  return out;
}
