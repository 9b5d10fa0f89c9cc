/**
 * Sales territories of the demo market: each Census region gets territories in proportion to its
 * population, and within a region a territory is a contiguous slice of the states (ordered by code) and
 * their ZIP prefixes, weighted by population, so neighbouring accounts share a rep.
 *
 * Complexity: O(states + territories) to build, O(states) per lookup.
 *
 * @example
 * const t = buildTerritories(rng, 12);
 * t.territoryOf(stateIndex, zip3); // 0..11
 */
import type { Rng } from '../../../core/random/rng.js';
import { regions, stateRegion, states } from './geography.js';
import { emailLocalPart, personName } from './names.js';

export interface Territories {
  readonly count: number;
  readonly region: Int8Array;
  readonly name: readonly string[];
  readonly repName: readonly string[];
  readonly repEmail: readonly string[];
  territoryOf(state: number, zip3: number): number;
}

export function buildTerritories(rng: Rng, wanted: number): Territories {
  const regionPopulation = regions.map((_, r) => states.reduce((sum, st, i) => (stateRegion[i] === r ? sum + st.population : sum), 0));
  const total = regionPopulation.reduce((a, b) => a + b, 0);
  const perRegion = regionPopulation.map((p) => Math.max(1, Math.round((wanted * p) / total)));
  const firstOfRegion = perRegion.map((_, r) => perRegion.slice(0, r).reduce((a, b) => a + b, 0));
  const count = perRegion.reduce((a, b) => a + b, 0);

  // Each state's population interval inside its region, as fractions of the region's population.
  const stateFrom = new Float64Array(states.length);
  const stateTo = new Float64Array(states.length);
  const running = new Float64Array(regions.length);
  states.forEach((st, i) => {
    const r = stateRegion[i]!;
    stateFrom[i] = running[r]! / regionPopulation[r]!;
    running[r] = running[r]! + st.population;
    stateTo[i] = running[r]! / regionPopulation[r]!;
  });

  const region = new Int8Array(count);
  const name: string[] = [];
  const repName: string[] = [];
  const repEmail: string[] = [];
  regions.forEach((regionName, r) => {
    for (let k = 0; k < perRegion[r]!; k++) {
      const t = firstOfRegion[r]! + k;
      region[t] = r;
      name.push(`${regionName} ${k + 1}`);
      const rep = personName(rng);
      repName.push(rep);
      repEmail.push(`${emailLocalPart(rep)}@example.com`);
    }
  });

  const territoryOf = (state: number, zip3: number): number => {
    const st = states[state]!;
    const r = stateRegion[state]!;
    const within = (zip3 - st.zip3From + 0.5) / (st.zip3To - st.zip3From + 1);
    const position = stateFrom[state]! + within * (stateTo[state]! - stateFrom[state]!);
    return firstOfRegion[r]! + Math.min(perRegion[r]! - 1, Math.floor(position * perRegion[r]!));
  };

  return { count, region, name, repName, repEmail, territoryOf };
}
