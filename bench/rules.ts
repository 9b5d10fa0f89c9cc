/**
 * Rule segments at universe scale: Segmap's compiled rule SQL in DuckDB against the SQL an analyst would
 * write by hand for the same segments (joins and GROUP BY, the reference), and against the in-memory
 * evaluator; then the call-list export. Same DuckDB, same data, same session; members are checked equal.
 *
 *   npx tsx bench/rules.ts                                  # 100k stakeholders, 3 reps
 *   npx tsx bench/rules.ts --stakeholders 1000000 --reps 3 --no-memory
 *   npx tsx bench/rules.ts --stakeholders 1000000 --workspace /tmp/rules-1m --export-only
 *
 * `--workspace DIR` generates the data into DIR once and reuses it on later runs (earlier bench exports
 * are deleted first, so every run starts from "no previous export"); `--export-only` times only the
 * call-list exports (no rule engines).
 *
 * Data are generated inside DuckDB from hashes (deterministic, nothing written to the repo): 6,000
 * accounts, N stakeholders, 4·N engagement events over two years, a quadrant tag per account.
 * Writes bench/results/rules.md.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkspace, type Workspace } from '../src/data/workspace.js';
import { loadRuleInputs } from '../src/data/rule-inputs.js';
import { evaluateRules } from '../src/core/rules/evaluate-rules.js';
import { compileRuleSetToSql } from '../src/compile/rules/compile-rule-to-sql.js';
import { checkRules } from '../src/pipeline/rules/load-rule-set.js';
import { exportCallList } from '../src/pipeline/export/export-calllist.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const stakeholders = Number(opt('stakeholders', '100000'));
const reps = Number(opt('reps', '3'));
const exportOnly = args.includes('--export-only');
const withMemory = !args.includes('--no-memory') && !exportOnly;
const workspaceDir = opt('workspace', '');
const outFile = opt('out', args.includes('--export-only') ? '' : join('bench', 'results', 'rules.md'));
const asOf = '2024-06-30';

const rules = checkRules({
  segmentation: 'bench',
  segments: [
    { name: 'vac-hospitals', entity: 'account', entry: { all: [{ field: 'type', equal: 'hospital' }, { field: 'has_vac', equal: true }, { field: 'service_lines', contains: 'vascular' }] } },
    { name: 'champions', entity: 'stakeholder', within: 'vac-hospitals', entry: { all: [{ field: 'specialty', oneOf: ['vascular_surgery', 'interventional_cardiology'] }, { event: { channel: 'webinar', type: 'attended', withinDays: 180 } }] } },
    { name: 'hand-raisers', entity: 'stakeholder', entry: { event: { channel: 'demo_request', withinDays: 30 } } },
    { name: 'engaged', entity: 'stakeholder', entry: { event: { withinDays: 90, atLeast: 3 } } },
    { name: 'growth-physicians', entity: 'stakeholder', entry: { all: [{ field: 'role', equal: 'physician' }, { member: { kind: 'quadrant', segment: 'growth', of: 'account' } }] } },
  ],
  exclusive: [{ name: 'ladder', order: ['hand-raisers', 'engaged'] }],
});

/** The same segments as an analyst would write them for DuckDB (the reference). */
const handWritten: Record<string, string> = {
  'vac-hospitals': `select account_id from accounts where type = 'hospital' and has_vac and contains(service_lines, 'vascular')`,
  champions: `select s.stakeholder_id from stakeholders s join accounts a on a.account_id = s.account_id
    where a.type = 'hospital' and a.has_vac and contains(a.service_lines, 'vascular')
      and s.specialty in ('vascular_surgery', 'interventional_cardiology')
      and s.stakeholder_id in (select stakeholder_id from engagement_events where channel = 'webinar' and type = 'attended'
        and ts >= timestamp '2024-01-02 00:00:00' and ts < timestamp '2024-07-01 00:00:00')`,
  'hand-raisers': `select distinct stakeholder_id from engagement_events where channel = 'demo_request'
    and ts >= timestamp '2024-05-31 00:00:00' and ts < timestamp '2024-07-01 00:00:00' and stakeholder_id is not null`,
  engaged: `select stakeholder_id from engagement_events where ts >= timestamp '2024-04-01 00:00:00' and ts < timestamp '2024-07-01 00:00:00'
      and stakeholder_id is not null group by stakeholder_id having count(*) >= 3
    except select stakeholder_id from engagement_events where channel = 'demo_request'
      and ts >= timestamp '2024-05-31 00:00:00' and ts < timestamp '2024-07-01 00:00:00' and stakeholder_id is not null`,
  'growth-physicians': `select s.stakeholder_id from stakeholders s join memberships m on m.entity_kind = 'account' and m.entity_id = s.account_id
    and m.valid_to is null and m.kind = 'quadrant' and m.segment = 'growth' where s.role = 'physician'`,
};

async function generate(ws: Workspace): Promise<void> {
  const r = (salt: string, col = 'i'): string => `(hash(${col}, '${salt}') % 1000000) / 1000000.0`;
  await ws.run(`insert into territories select 'T' || lpad(i::varchar, 3, '0'), 'Territory ' || i, 'Rep ' || i, null, null, 'bench', date '2024-01-01' from range(1, 101) t(i)`);
  await ws.run(`insert into accounts (account_id, name, type, territory_id, beds, has_vac, service_lines, source, last_verified)
    select 'A' || i, 'Account ' || i, case when ${r('t')} < 0.3 then 'hospital' when ${r('t')} < 0.6 then 'specialty_clinic' else 'asc' end,
      'T' || lpad((1 + i % 100)::varchar, 3, '0'), (${r('b')} * 600)::integer, ${r('v')} < 0.5,
      case when ${r('s')} < 0.4 then 'vascular;orthopedics' when ${r('s')} < 0.7 then 'cardiology' else null end,
      'bench', date '2023-01-01' + (${r('d')} * 600)::integer
    from range(0, 6000) t(i)`);
  await ws.run(`insert into stakeholders (stakeholder_id, name, role, specialty, account_id, territory_id, consent_call, source, last_verified)
    select 'S' || i, 'Person ' || i, case when ${r('r')} < 0.6 then 'physician' when ${r('r')} < 0.8 then 'nurse' else 'procurement' end,
      case when ${r('p')} < 0.2 then 'vascular_surgery' when ${r('p')} < 0.35 then 'interventional_cardiology' else 'internal_medicine' end,
      'A' || (hash(i, 'a') % 6000), null, ${r('c')} < 0.9, 'bench', date '2023-01-01' + (${r('d')} * 600)::integer
    from range(0, ${stakeholders}) t(i)`);
  await ws.run(`insert into engagement_events (event_id, stakeholder_id, account_id, channel, type, asset, ts)
    select 'E' || i, 'S' || (hash(i, 'who') % ${stakeholders}), null,
      case when ${r('ch')} < 0.5 then 'email' when ${r('ch')} < 0.8 then 'webinar' when ${r('ch')} < 0.95 then 'rep_visit' else 'demo_request' end,
      case when ${r('ty')} < 0.5 then 'attended' else 'open' end, null,
      timestamp '2022-07-01 00:00:00' + to_seconds((${r('ts')} * 63158400)::bigint)
    from range(0, ${stakeholders * 4}) t(i)`);
  await ws.run(`insert into memberships select 'quadrant', 'opportunity', 'account', 'A' || i,
      case when ${r('q')} < 0.25 then 'growth' else 'maintain_monitor' end, null, 'bench', now(), now(), now(), null from range(0, 6000) t(i)`);
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

interface Timing {
  readonly median: number;
  readonly runs: number[];
  /** Median CPU seconds of the whole process (every DuckDB thread included): fairer than wall time on a shared machine. */
  readonly cpu: number;
}

async function time(run: () => Promise<unknown>): Promise<Timing> {
  const runs: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    await run();
    const used = process.cpuUsage(c);
    runs.push((performance.now() - t) / 1000);
    cpus.push((used.user + used.system) / 1e6);
  }
  return { median: median(runs), runs, cpu: median(cpus) };
}

const dir = workspaceDir === '' ? mkdtempSync(join(tmpdir(), 'segmap-bench-rules-')) : workspaceDir;
const ws = await openWorkspace(dir, { create: true });
const [present] = await ws.all<{ n: number }>('select count(*) as n from stakeholders');
let genSeconds = Number.NaN;
if (!present?.n) {
  const t0 = performance.now();
  await generate(ws);
  genSeconds = (performance.now() - t0) / 1000;
} else if (present.n !== stakeholders) {
  throw new Error(`${dir} holds ${present.n} stakeholders, not ${stakeholders}`);
}
// a reused workspace keeps earlier bench exports: drop them so run 1 always starts without a previous export
await ws.run(`delete from export_rows where export_id in (select export_id from exports where exported_by = 'bench')`);
await ws.run(`delete from exports where exported_by = 'bench'`);
await ws.run('checkpoint');
const compiled = compileRuleSetToSql(rules, { dialect: 'duckdb', asOf });
const sets = new Map<string, string[]>();
const skipped: Timing = { median: Number.NaN, runs: [], cpu: Number.NaN };
const segmap = exportOnly ? skipped : await time(async () => {
  for (const q of compiled) sets.set(q.segment, (await ws.all<{ entity_id: string }>(q.sql, [...q.parameters])).map((x) => x.entity_id).sort());
});
const reference = exportOnly ? skipped : await time(async () => {
  for (const [name, sql] of Object.entries(handWritten)) {
    const ids = (await ws.all<{ id: string }>(`select * from (${sql}) as t(id)`)).map((x) => x.id).sort();
    if (JSON.stringify(ids) !== JSON.stringify(sets.get(name))) throw new Error(`hand-written SQL disagrees on ${name}`);
  }
});
let n = 0;
const exportRun = await time(async () => {
  n++;
  await exportCallList(ws, { out: join(dir, `calllist-${n}.csv`), asOf, who: 'bench', at: new Date(Date.UTC(2024, 5, 30, 0, 0, n)) });
});
const territory = await time(async () => {
  n++;
  await exportCallList(ws, { out: join(dir, `t001-${n}.xlsx`), territory: 'T001', asOf, who: 'bench', at: new Date(Date.UTC(2024, 5, 30, 0, 0, n)) });
});
// the in-memory evaluator last: its million row objects would otherwise slow the exports' GC
let memory: Timing | undefined;
let loadSeconds = Number.NaN;
if (withMemory) {
  const t = performance.now();
  const inputs = await loadRuleInputs(ws, 'bench');
  loadSeconds = (performance.now() - t) / 1000;
  memory = await time(async () => {
    const result = evaluateRules(rules, inputs, { asOf });
    if (!result.ok) throw new Error('cycle');
    for (const s of result.value.segments) if (JSON.stringify(s.members) !== JSON.stringify(sets.get(s.name))) throw new Error(`in-memory disagrees on ${s.name}`);
  });
}
ws.close();

const sizes = [...sets.entries()].map(([k, v]) => `${k} ${v.length}`).join(', ');
const fmt = (x: number): string => x.toFixed(3);
const generated = Number.isNaN(genSeconds) ? `reused from ${dir}` : `generated in ${genSeconds.toFixed(1)} s`;
const ruleLines = exportOnly
  ? []
  : [
      `| hand-written DuckDB SQL, 5 segments (reference) | ${fmt(reference.median)} | ${fmt(reference.cpu)} | ${reference.runs.map(fmt).join(', ')} | 1.00 |`,
      `| Segmap compiled rule SQL in DuckDB | ${fmt(segmap.median)} | ${fmt(segmap.cpu)} | ${segmap.runs.map(fmt).join(', ')} | ${(segmap.median / reference.median).toFixed(2)} |`,
      ...(memory ? [`| Segmap in-memory evaluator (after ${loadSeconds.toFixed(2)} s loading rows) | ${fmt(memory.median)} | ${fmt(memory.cpu)} | ${memory.runs.map(fmt).join(', ')} | ${(memory.median / reference.median).toFixed(2)} |`] : []),
    ];
const lines = [
  '# Rule segments and call-list export',
  '',
  `Machine load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}. ${stakeholders.toLocaleString('en-US')} stakeholders, 6,000 accounts, ${(stakeholders * 4).toLocaleString('en-US')} events (${generated}); ${reps} reps, medians.`,
  ...(exportOnly ? [] : [`Segments: ${sizes}. All three engines returned identical members.`]),
  '',
  '| task | median s | median CPU s | runs (s) | ratio to reference |',
  '| --- | ---: | ---: | --- | ---: |',
  ...ruleLines,
  `| call list, whole universe, CSV (delta + audit included) | ${fmt(exportRun.median)} | ${fmt(exportRun.cpu)} | ${exportRun.runs.map(fmt).join(', ')} | |`,
  `| call list, one territory, XLSX | ${fmt(territory.median)} | ${fmt(territory.cpu)} | ${territory.runs.map(fmt).join(', ')} | |`,
  '',
  'Commands:',
  '',
  '```sh',
  `npx tsx bench/rules.ts ${args.join(' ')}`.trim(),
  '```',
  '',
];
if (outFile !== '') writeFileSync(outFile, lines.join('\n'));
console.log(lines.join('\n'));
