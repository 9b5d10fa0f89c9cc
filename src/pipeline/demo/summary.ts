/**
 * The data-health summary that ends `segmap demo`: rows per table, what each import took in, loaded and
 * rejected (with the reasons), and how many records are stale (last_verified older than the limit). Read
 * from the workspace itself, not from the stages, so it describes what is really there. `formatSummary`
 * turns it into the lines the CLI prints on stderr; `--json` prints the object.
 *
 * Table names come from a fixed list, never from input.
 */
import type { Workspace } from '../../data/workspace.js';

export const summaryTables = [
  'territories',
  'products',
  'accounts',
  'stakeholders',
  'affiliations',
  'referrals',
  'volumes',
  'sales',
  'kol_signals',
  'survey_questions',
  'survey_respondents',
  'survey_responses',
  'engagement_events',
] as const;

export interface TableSummary {
  readonly table: string;
  readonly rows: number;
  readonly stale: number;
  /** From the table's latest import (0 when it was not imported). */
  readonly rowsIn: number;
  readonly rowsLoaded: number;
  readonly rowsRejected: number;
}

export interface RejectSummary {
  readonly table: string;
  readonly column: string;
  readonly reason: string;
  readonly rows: number;
  /** Up to five row numbers, as the import report gives them (header = row 1). */
  readonly examples: readonly number[];
}

export interface StageSummary {
  readonly title: string;
  readonly seconds: number;
  readonly lines: readonly string[];
}

export interface DataHealthSummary {
  readonly staleAfterDays: number;
  readonly tables: readonly TableSummary[];
  readonly rejects: readonly RejectSummary[];
  readonly totals: { readonly rows: number; readonly rowsIn: number; readonly rowsLoaded: number; readonly rowsRejected: number; readonly stale: number };
}

export interface DemoSummary {
  readonly dir: string;
  readonly size: string;
  readonly seed: number;
  readonly asOf: string;
  readonly seconds: number;
  readonly stages: readonly StageSummary[];
  readonly health: DataHealthSummary;
  /** Files the pipeline delivered in D/out (relative names). */
  readonly outputs: readonly string[];
  readonly runId: string;
}

export async function summarizeData(ws: Workspace, staleAfterDays = 365): Promise<DataHealthSummary> {
  const imported = new Map(
    (
      await ws.all<{ table_name: string; rows_in: number; rows_loaded: number; rows_rejected: number }>(
        `select table_name, arg_max(rows_in, started_at) as rows_in, arg_max(rows_loaded, started_at) as rows_loaded,
                arg_max(rows_rejected, started_at) as rows_rejected
           from imports group by table_name`,
      )
    ).map((r) => [r.table_name, r]),
  );
  const tables: TableSummary[] = [];
  for (const table of summaryTables) {
    const [row] = await ws.all<{ rows: number; stale: number }>(
      `select count(*)::bigint as rows, count(*) filter (where last_verified < current_date - to_days($1::integer))::bigint as stale from ${table}`,
      [staleAfterDays],
    );
    const i = imported.get(table);
    tables.push({
      table,
      rows: Number(row?.rows ?? 0),
      stale: Number(row?.stale ?? 0),
      rowsIn: Number(i?.rows_in ?? 0),
      rowsLoaded: Number(i?.rows_loaded ?? 0),
      rowsRejected: Number(i?.rows_rejected ?? 0),
    });
  }
  const rejects = await ws.all<{ table: string; column: string; reason: string; rows: number; examples: number[] }>(
    `select i.table_name as "table", r."column" as "column", r.reason, count(distinct r.row)::bigint as rows,
            list(distinct r.row order by r.row)[1:5] as examples
       from import_rejects r join imports i using (import_id)
      group by all order by "table", rows desc, reason`,
  );
  const sum = (key: keyof Omit<TableSummary, 'table'>): number => tables.reduce((s, t) => s + t[key], 0);
  return {
    staleAfterDays,
    tables,
    rejects: rejects.map((r) => ({ ...r, rows: Number(r.rows), examples: Array.from(r.examples ?? [], Number) })),
    totals: { rows: sum('rows'), rowsIn: sum('rowsIn'), rowsLoaded: sum('rowsLoaded'), rowsRejected: sum('rowsRejected'), stale: sum('stale') },
  };
}

const n = (value: number): string => value.toLocaleString('en-US');

/** The summary as terminal lines (the CLI writes them to stderr). */
export function formatSummary(s: DemoSummary): string[] {
  const lines = [`segmap demo: ${s.size} market, seed ${s.seed}, as of ${s.asOf}, ${s.seconds.toFixed(1)} s`];
  for (const stage of s.stages) {
    stage.lines.forEach((line, k) => lines.push(`  ${(k === 0 ? stage.title : '').padEnd(20)}${(k === 0 ? `${stage.seconds.toFixed(1)} s` : '').padStart(7)}  ${line}`));
    if (stage.lines.length === 0) lines.push(`  ${stage.title.padEnd(20)}${`${stage.seconds.toFixed(1)} s`.padStart(7)}`);
  }
  const h = s.health;
  lines.push('', `data health (stale = last verified more than ${h.staleAfterDays} days ago)`);
  lines.push(`  ${'table'.padEnd(20)}${'rows'.padStart(12)}${'rows in'.padStart(12)}${'rejected'.padStart(10)}${'stale'.padStart(10)}`);
  for (const t of [...h.tables, { table: 'total', ...h.totals }]) {
    lines.push(`  ${t.table.padEnd(20)}${n(t.rows).padStart(12)}${n(t.rowsIn).padStart(12)}${n(t.rowsRejected).padStart(10)}${n(t.stale).padStart(10)}`);
  }
  if (h.rejects.length) {
    lines.push('', 'rejected rows (all in the workspace table import_rejects)');
    for (const r of h.rejects) lines.push(`  ${r.table}.${r.column}: ${n(r.rows)} × ${r.reason} (rows ${r.examples.join(', ')})`);
  }
  if (s.outputs.length) lines.push('', `deliverables in ${s.dir}/out: ${s.outputs.join(', ')}`);
  lines.push('', `workspace ${s.dir} (planted truth in truth/, never read by the pipeline)`);
  return lines;
}
