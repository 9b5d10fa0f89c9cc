/**
 * Stages every stakeholder's referral PageRank in the temp table `pj_pagerank (stakeholder_id, pagerank)`
 * for the projection's input query, computing it at most once per workspace state: the latest successful
 * prioritization run already stored it (`stakeholder_scores.pagerank`, networkx's weighted PageRank over
 * shared patients, suppressed pairs counted as 5), so it is reused unless referrals were imported after
 * that run; only then, or without such a run, is it computed here with the same weights and settings
 * (core/network/pagerank; over stakeholders only, where prioritization also keeps referral partners
 * outside the universe, so the two can differ slightly — a model is always trained and scored on one).
 * Scores are multiplied by the number of stakeholders, so a typical stakeholder scores about 1 whatever
 * the universe's size.
 *
 * Complexity: one set-based copy when stored; else O(edges) per PageRank iteration.
 *
 * @example
 * const source = await stageReferralPagerank(ws);   // 'stored' | 'computed'
 */
import type { DuckDBAppender } from '@duckdb/node-api';
import { buildDirectedGraph } from '../../core/network/directed-graph.js';
import { pagerank } from '../../core/network/pagerank.js';
import type { Workspace } from '../../data/workspace.js';
import { readColumns } from '../../data/read-columns.js';

/** Shared patients assumed for a suppressed referral pair (CMS hides 1–10), as prioritization's default. */
export const suppressedCount = 5;

export const pagerankTable = 'pj_pagerank';

/** The latest ok prioritization run, when no referral import finished after it started. */
const freshRunSql = `
select r.run_id from runs r
where r.kind = 'prioritize' and r.status = 'ok'
  and exists (select 1 from stakeholder_scores s where s.run_id = r.run_id)
  and not exists (select 1 from imports i where i.table_name = 'referrals' and i.finished_at > r.started_at)
order by r.started_at desc, r.run_id desc limit 1`;

export async function stageReferralPagerank(ws: Workspace): Promise<'stored' | 'computed'> {
  const [fresh] = await ws.all<{ run_id: string }>(freshRunSql);
  if (fresh) {
    await ws.run(
      `create or replace temp table ${pagerankTable} as
       select s.stakeholder_id, s.pagerank * (select count(*) from stakeholders) as pagerank
       from stakeholder_scores s where s.run_id = $1`,
      [fresh.run_id],
    );
    return 'stored';
  }
  await computePagerank(ws);
  return 'computed';
}

async function computePagerank(ws: Workspace): Promise<void> {
  await ws.run(
    `create or replace temp table pj_nodes as
     select stakeholder_id, (row_number() over (order by stakeholder_id) - 1)::integer as ix
     from (select distinct stakeholder_id from stakeholders)`,
  );
  const [{ n } = { n: 0 }] = await ws.all<{ n: number }>('select count(*)::integer as n from pj_nodes');
  const { columns } = await readColumns(
    ws,
    `select f.ix as u, t.ix as v,
            sum(case when coalesce(r.suppressed, false) or r.shared_patients is null then $1 else r.shared_patients end)::double as w
     from referrals r join pj_nodes f on f.stakeholder_id = r.from_id join pj_nodes t on t.stakeholder_id = r.to_id
     where f.ix <> t.ix and (r.shared_patients is null or r.shared_patients >= 0)
     group by 1, 2 order by 1, 2`,
    [suppressedCount],
    { u: 'int32', v: 'int32', w: 'float64' },
  );
  const graph = buildDirectedGraph(n, columns.u, columns.v, columns.w);
  // prioritization's defaults (spec/prioritization.ts), so both ways give the same scores
  const scores = pagerank(graph, { alpha: 0.85, tol: 1e-10, maxIterations: 100 }).scores;
  await ws.run(`create or replace temp table pj_ranks (ix integer, pagerank double)`);
  const appender: DuckDBAppender = await ws.connection.createAppender('pj_ranks', 'main', 'temp');
  try {
    for (let i = 0; i < n; i++) {
      appender.appendInteger(i);
      appender.appendDouble(scores[i]! * n);
      appender.endRow();
    }
  } finally {
    appender.closeSync();
  }
  await ws.run(`create or replace temp table ${pagerankTable} as select n.stakeholder_id, r.pagerank from pj_nodes n join pj_ranks r using (ix)`);
  await ws.run('drop table pj_ranks');
  await ws.run('drop table pj_nodes');
}
