/**
 * `segmap network`: PageRank (networkx-equal: alpha 0.85, tol 1e-6 per node, dangling mass to the
 * personalization, uniform teleport) and in/out strength of every node of any edge list, written as CSV
 * (node, pagerank, in_strength, out_strength; highest PageRank first), with a report of what was read.
 *
 * Phases: 1 read and validate the edge list (DuckDB) → 2 build the graph (CSR) → 3 power iteration →
 * 4 write the CSV atomically.
 */
import { performance } from 'node:perf_hooks';
import { memoryWorkspace } from '../../data/workspace.js';
import { buildDirectedGraph } from '../../core/network/directed-graph.js';
import { pagerankSteps, type PagerankStep } from '../../core/network/pagerank.js';
import { atomicWrite } from '../../activation/atomic-write.js';
import { csvField } from '../../activation/formula-guard.js';
import { prioritizeMessages as msg } from '../../lib/messages/index.js';
import { silentLogger, type Logger } from '../../lib/logger.js';
import { noProgress, type ProgressSink } from '../../lib/progress.js';
import { loadEdgeList, type EdgeListIssues, type EdgeListRequest } from './load-edge-list.js';

export interface NetworkRequest extends EdgeListRequest {
  readonly out: string;
  readonly alpha?: number;
  readonly tol?: number;
  readonly maxIterations?: number;
}

export interface NetworkReport {
  readonly out: string;
  readonly nodes: number;
  readonly edges: number;
  readonly dangling: number;
  readonly iterations: number;
  readonly converged: boolean;
  readonly alpha: number;
  readonly tol: number;
  readonly issues: EdgeListIssues;
  readonly seconds: number;
}

export async function networkCentrality(
  request: NetworkRequest,
  options: { logger?: Logger; progress?: ProgressSink } = {},
): Promise<NetworkReport> {
  const started = performance.now();
  const logger = options.logger ?? silentLogger;
  const progress = options.progress ?? noProgress;
  const ws = await memoryWorkspace();
  try {
    progress({ phase: 'reading edges', done: 0 });
    const edges = await loadEdgeList(ws, request);
    const graph = buildDirectedGraph(edges.nodeCount, edges.from, edges.to, edges.weight);
    const alpha = request.alpha ?? 0.85;
    const tol = request.tol ?? 1e-6;
    const maxIterations = request.maxIterations ?? 100;
    let last: PagerankStep = { iteration: 0, change: Infinity, scores: new Float64Array(graph.nodeCount) };
    for (const step of pagerankSteps(graph, { alpha, tol, maxIterations })) {
      last = step;
      progress({ phase: 'pagerank', done: step.iteration, total: maxIterations, detail: `change ${step.change.toExponential(2)}` });
    }
    const converged = last.change < graph.nodeCount * tol;
    if (!converged) logger.warn('pagerank-not-converged', msg.notConverged(last.iteration, last.change));
    else if (graph.nodeCount * tol > 1e-2) logger.warn('pagerank-loose-tolerance', msg.looseTolerance(graph.nodeCount, tol, last.iteration));
    progress({ phase: 'writing', done: 0 });
    const ids = (await ws.all<{ id: string }>('select id from nw_nodes order by ix')).map((r) => r.id);
    await atomicWrite(request.out, centralityCsv(ids, last.scores, graph.inStrength, graph.outStrength));
    return {
      out: request.out,
      nodes: graph.nodeCount,
      edges: graph.edgeCount,
      dangling: graph.outStrength.filter((s) => s === 0).length,
      iterations: last.iteration,
      converged,
      alpha,
      tol,
      issues: edges.issues,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    ws.close();
  }
}

/**
 * Rows by PageRank descending, ties by node order (`ids` come sorted); numbers in full precision (the
 * shortest text that reads back as the same double).
 */
export function centralityCsv(ids: readonly string[], pagerank: Float64Array, inStrength: Float64Array, outStrength: Float64Array): string {
  const order = Int32Array.from(ids, (_, i) => i).sort((a, b) => (pagerank[b] as number) - (pagerank[a] as number) || a - b);
  const lines = ['node,pagerank,in_strength,out_strength'];
  for (const i of order) lines.push(`${csvField(ids[i])},${pagerank[i]},${inStrength[i]},${outStrength[i]}`);
  return `${lines.join('\n')}\n`;
}
