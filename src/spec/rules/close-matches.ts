/**
 * "Did you mean": the candidates closest to a misspelt name, by optimal-string-alignment distance
 * (Levenshtein plus adjacent transposition), case-insensitive. A candidate counts as close when its
 * distance is at most max(1, ⌊len/3⌋), or when one name contains the other (`bed` → `beds`); of those,
 * only the ones within one edit of the best are kept (an exact case-insensitive match stands alone).
 *
 * Reference: Damerau (1964); the OSA variant as in Wikipedia "Damerau–Levenshtein distance".
 * Complexity: O(|a|·|b|) per candidate.
 *
 * @example closeMatches('specality', ['specialty', 'state', 'role'])   // ['specialty']
 */
export function editDistance(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  let prev2 = new Int32Array(m + 1);
  let prev = Int32Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Int32Array(m + 1);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (prev2[j - 2] ?? 0) + 1);
      cur[j] = best;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m] ?? 0;
}

export function closeMatches(name: string, candidates: Iterable<string>, max = 3): string[] {
  const target = name.toLowerCase();
  const limit = Math.max(1, Math.floor(target.length / 3));
  const scored: { candidate: string; distance: number }[] = [];
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    const distance = editDistance(target, lower);
    const contains = target.length >= 3 && (lower.includes(target) || target.includes(lower));
    if (distance <= limit || contains) scored.push({ candidate, distance });
  }
  scored.sort((x, y) => x.distance - y.distance || x.candidate.localeCompare(y.candidate));
  // only names about as close as the best one: `bed` suggests `beds`, not also `zip`
  const best = scored[0]?.distance ?? 0;
  const cut = best === 0 ? 0 : best + 1;
  return scored.filter((s) => s.distance <= cut).slice(0, max).map((s) => s.candidate);
}
