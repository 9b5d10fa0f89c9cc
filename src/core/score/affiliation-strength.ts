/**
 * Affiliation strength of an account: belonging to a health system (more for a bigger system: its
 * contracts, formulary and referral patterns reach more sites), GPO membership (contract access), and the
 * clinicians affiliated with it (summed affiliation weight). Raw, unbounded; `scoreAccounts` scales it.
 *
 * strength = inSystem x (1 + ln(1 + systemSites)) + inGpo + ln(1 + affiliated)
 * Complexity: O(n).
 *
 * @example
 * affiliationStrength(Uint8Array.of(1, 0), Int32Array.of(4, 0), Uint8Array.of(1, 0), Float64Array.of(9, 0)); // ≈ [6.912, 0]
 */
export function affiliationStrength(inSystem: Uint8Array, systemSites: Int32Array, inGpo: Uint8Array, affiliated: Float64Array): Float64Array {
  const out = new Float64Array(inSystem.length);
  for (let i = 0; i < out.length; i++) {
    const system = inSystem[i] === 1 ? 1 + Math.log1p(systemSites[i] as number) : 0;
    out[i] = system + (inGpo[i] as number) + Math.log1p(Math.max(0, affiliated[i] as number));
  }
  return out;
}
