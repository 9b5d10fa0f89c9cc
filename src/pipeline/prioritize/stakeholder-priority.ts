/**
 * Rolls account priority down to people: each stakeholder's influence (referral PageRank and KOL index;
 * volume only if configured, and never in PhRMA mode) and a priority score = the score of their account
 * (site, or system for system staff) x (0.5 + 0.5 x influence), so everyone in a priority account is
 * worth a visit and the influential ones first. Also each person's rank by influence within the account.
 *
 * Complexity: O(n log n).
 */
import { stakeholderInfluence } from '../../core/score/stakeholder-influence.js';
import type { PrioritizationSpec } from '../../spec/prioritization.js';

export interface StakeholderPriority {
  readonly influence: Float64Array;
  readonly score: Float64Array;
  /** 1 = most influential in the account; 0 when the person has no account. */
  readonly rankInAccount: Int32Array;
}

export function stakeholderPriority(
  pagerank: Float64Array,
  kolIndex: Float64Array,
  ownVolume: Float64Array,
  stakeholderAccount: Int32Array,
  accountScore: Float64Array,
  spec: PrioritizationSpec,
): StakeholderPriority {
  const n = stakeholderAccount.length;
  const influence = stakeholderInfluence({ pagerank: pagerank.subarray(0, n), kol: kolIndex, volume: ownVolume }, spec.influence, spec.kol.mode);
  const score = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = stakeholderAccount[i] as number;
    score[i] = a >= 0 ? (accountScore[a] as number) * (0.5 + 0.5 * (influence[i] as number)) : 0;
  }
  const order = Int32Array.from({ length: n }, (_, i) => i).sort(
    (x, y) => (stakeholderAccount[x] as number) - (stakeholderAccount[y] as number) || (influence[y] as number) - (influence[x] as number) || x - y,
  );
  const rankInAccount = new Int32Array(n);
  let rank = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    const a = stakeholderAccount[i] as number;
    rank = k > 0 && stakeholderAccount[order[k - 1] as number] === a ? rank + 1 : 1;
    rankInAccount[i] = a >= 0 ? rank : 0;
  }
  return { influence, score, rankInAccount };
}
