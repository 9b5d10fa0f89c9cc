/**
 * Referral influence of accounts, from a stakeholder-level referral graph: for each account, the PageRank
 * mass of its stakeholders, the weight referred in from other accounts, how many distinct other accounts
 * refer in (and how many of those are affiliated — in the same health system), and how many referral hubs
 * send patients to it. These are the facts behind reasons like "3 affiliated sites refer in".
 *
 * Complexity: O(n + m): each in-edge of each stakeholder is seen once; distinct counts use a last-seen
 * marker per account (no sets, no per-account objects).
 *
 * @example
 * const flows = accountFlows(graph, pagerankScores, nodeAccount, 3, system, isHub);
 * flows.referringAccounts[2]; // distinct accounts whose stakeholders refer into account 2
 */
import type { DirectedGraph } from './directed-graph.js';

export interface AccountFlows {
  /** Sum of PageRank of the account's stakeholders. */
  readonly pagerankMass: Float64Array;
  /** Edge weight (shared patients) from stakeholders of other accounts into this one. */
  readonly inflow: Float64Array;
  readonly referringAccounts: Int32Array;
  /** Referring accounts in the same system (`system[a] === system[b] >= 0`). */
  readonly affiliatedReferrers: Int32Array;
  /** Distinct hub nodes with an edge into the account's stakeholders (from anywhere, own account included). */
  readonly hubsFeeding: Int32Array;
}

/**
 * @param nodeAccount account of each node, -1 when unknown (outside the universe)
 * @param system system of each account, -1 when independent
 * @param isHub 1 for hub nodes
 */
export function accountFlows(
  graph: DirectedGraph,
  pagerank: Float64Array,
  nodeAccount: Int32Array,
  accountCount: number,
  system: Int32Array,
  isHub: Uint8Array,
): AccountFlows {
  const members = membersByAccount(nodeAccount, accountCount);
  const out = {
    pagerankMass: new Float64Array(accountCount),
    inflow: new Float64Array(accountCount),
    referringAccounts: new Int32Array(accountCount),
    affiliatedReferrers: new Int32Array(accountCount),
    hubsFeeding: new Int32Array(accountCount),
  };
  const accountSeen = new Int32Array(accountCount).fill(-1);
  const hubSeen = new Int32Array(graph.nodeCount).fill(-1);
  for (let a = 0; a < accountCount; a++) {
    for (let k = members.offset[a] as number, kEnd = members.offset[a + 1] as number; k < kEnd; k++) {
      const v = members.node[k] as number;
      out.pagerankMass[a] = (out.pagerankMass[a] as number) + (pagerank[v] as number);
      for (let e = graph.inOffset[v] as number, end = graph.inOffset[v + 1] as number; e < end; e++) {
        const u = graph.inSource[e] as number;
        if (isHub[u] === 1 && hubSeen[u] !== a) {
          hubSeen[u] = a;
          out.hubsFeeding[a] = (out.hubsFeeding[a] as number) + 1;
        }
        const b = nodeAccount[u] as number;
        if (b < 0 || b === a) continue;
        out.inflow[a] = (out.inflow[a] as number) + (graph.inWeight[e] as number);
        if (accountSeen[b] === a) continue;
        accountSeen[b] = a;
        out.referringAccounts[a] = (out.referringAccounts[a] as number) + 1;
        if ((system[a] as number) >= 0 && system[b] === system[a]) out.affiliatedReferrers[a] = (out.affiliatedReferrers[a] as number) + 1;
      }
    }
  }
  return out;
}

/** Nodes grouped by account (CSR by counting sort); nodes with account -1 are left out. */
function membersByAccount(nodeAccount: Int32Array, accountCount: number): { offset: Int32Array; node: Int32Array } {
  const offset = new Int32Array(accountCount + 1);
  for (let v = 0; v < nodeAccount.length; v++) {
    const a = nodeAccount[v] as number;
    if (a >= 0) offset[a + 1] = (offset[a + 1] as number) + 1;
  }
  for (let a = 0; a < accountCount; a++) offset[a + 1] = (offset[a + 1] as number) + (offset[a] as number);
  const cursor = offset.slice(0, accountCount);
  const node = new Int32Array(offset[accountCount] as number);
  for (let v = 0; v < nodeAccount.length; v++) {
    const a = nodeAccount[v] as number;
    if (a < 0) continue;
    const at = cursor[a] as number;
    cursor[a] = at + 1;
    node[at] = v;
  }
  return { offset, node };
}
