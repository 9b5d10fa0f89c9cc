/**
 * Referral influence from the shared-patient network: PageRank over stakeholders (and clinicians outside
 * the universe), in/out strength, the top `hub_share` of nodes as hubs and the accounts they feed, and per
 * account the PageRank mass, referring accounts (affiliated ones apart) and hubs feeding it.
 *
 * Phases: 1 CSR graph → 2 power iteration (progress per step) → 3 hubs → 4 account flows.
 */
import { accountFlows, type AccountFlows } from '../../core/network/account-flows.js';
import { buildDirectedGraph, type DirectedGraph } from '../../core/network/directed-graph.js';
import { pagerankSteps, type PagerankStep } from '../../core/network/pagerank.js';
import { hubFeeds, topNodes, type HubFeeds } from '../../core/network/referral-hubs.js';
import type { Logger } from '../../lib/logger.js';
import { prioritizeMessages as msg } from '../../lib/messages/index.js';
import type { ProgressSink } from '../../lib/progress.js';
import type { PrioritizationSpec } from '../../spec/prioritization.js';
import type { Referrals } from './load-referrals.js';

export interface ReferralInfluence {
  readonly graph: DirectedGraph;
  readonly pagerank: Float64Array;
  readonly iterations: number;
  readonly converged: boolean;
  /** Hub nodes, best first. */
  readonly hubs: Int32Array;
  readonly feeds: HubFeeds;
  readonly flows: AccountFlows;
}

export function referralInfluence(
  referrals: Referrals,
  stakeholderAccount: Int32Array,
  system: Int32Array,
  spec: PrioritizationSpec['referrals'],
  io: { logger: Logger; progress: ProgressSink },
): ReferralInfluence {
  const graph = buildDirectedGraph(referrals.nodeCount, referrals.from, referrals.to, referrals.weight);
  let last: PagerankStep = { iteration: 0, change: 0, scores: new Float64Array(graph.nodeCount) };
  for (const step of pagerankSteps(graph, { alpha: spec.alpha, tol: spec.tol, maxIterations: spec.max_iterations })) {
    last = step;
    io.progress({ phase: 'referral pagerank', done: step.iteration, total: spec.max_iterations, detail: `change ${step.change.toExponential(2)}` });
  }
  const converged = last.change < graph.nodeCount * spec.tol;
  if (!converged) io.logger.warn('pagerank-not-converged', msg.notConverged(last.iteration, last.change));
  const nodeAccount = new Int32Array(graph.nodeCount).fill(-1);
  nodeAccount.set(stakeholderAccount.subarray(0, Math.min(stakeholderAccount.length, graph.nodeCount)));
  const hubCount = graph.edgeCount === 0 ? 0 : Math.max(1, Math.ceil(spec.hub_share * graph.nodeCount));
  const hubs = topNodes(last.scores, hubCount);
  const isHub = new Uint8Array(graph.nodeCount);
  for (const h of hubs) isHub[h] = 1;
  const flows = accountFlows(graph, last.scores, nodeAccount, system.length, system, isHub);
  return { graph, pagerank: last.scores, iterations: last.iteration, converged, hubs, feeds: hubFeeds(graph, hubs, nodeAccount), flows };
}
