/**
 * Set-based validation of a staged file against its table model: every failing cell becomes one row of
 * the temporary `_segmap_rejects` (row, column, value, reason).
 *   1. one pass types every field and flags rows failing a per-cell check (type-staged.ts)
 *   2. the reasons are worked out for the flagged rows only
 *   3. references (anti-joins) and Likert scales (a join) on the typed columns
 *   4. duplicate keys among rows that passed, after a cheap exact pre-check
 *      (`count(*) − count(distinct hash(key))` = 0 rules them out in the common case)
 *
 * Complexity: one scan of the staging table, one of the typed table per reference, one for keys.
 */
import type { Workspace } from '../workspace.js';
import { ident, Params } from '../sql.js';
import { importMessages } from '../../lib/messages/index.js';
import type { ResolvedField, ResolvedMapping } from './resolve-mapping.js';
import { typedTable } from './staged-file.js';
import { rawExpr } from './field-sql.js';
import { cellRejectsSql, keyHashColumn } from './type-staged.js';

export const rejectTable = '_segmap_rejects';
const badRows = '_segmap_bad';

/** The name a reject reports: the user's column when the field comes from one, else the field. */
export const columnLabel = (f: ResolvedField): string => (f.source.kind === 'column' ? f.source.column.name : f.field.name);

/** The value a reject shows: the raw cell when kept (bad rows), else the typed value. */
const reported = (f: ResolvedField): string => `coalesce(${rawExpr(f)}, s.${ident(f.field.name)}::varchar, '')`;

const sourced = (m: ResolvedMapping, name: string): ResolvedField | undefined => m.fields.find((f) => f.field.name === name && f.source.kind !== 'none');

function referenceChecks(m: ResolvedMapping, p: Params): string[] {
  const checks: string[] = [];
  for (const ref of m.table.references.filter((r) => r.enforce === 'import')) {
    const f = sourced(m, ref.field);
    if (!f) continue;
    let when = '';
    if (ref.when) {
      if (!sourced(m, ref.when.field)) continue;
      when = ` and s.${ident(ref.when.field)} = ${p.add(ref.when.equals)}`;
    }
    checks.push(
      `select s._row, ${p.add(columnLabel(f))}, ${reported(f)}, ${p.add(importMessages.dangling(ref.table))}
         from ${typedTable} s anti join ${ident(ref.table)} r on r.${ident(ref.column)} = s.${ident(f.field.name)}
        where s.${ident(f.field.name)} is not null${when}`,
    );
  }
  return checks;
}

/** survey_responses: numeric answers must lie within their question's scale. */
function scaleChecks(m: ResolvedMapping, p: Params): string[] {
  const value = sourced(m, 'value');
  if (m.table.name !== 'survey_responses' || !sourced(m, 'question_id') || !value) return [];
  const reason = `printf(${p.add(importMessages.outOfScale('%d', '%d'))}, q.scale_min, q.scale_max)`;
  return [
    `select s._row, ${p.add(columnLabel(value))}, ${reported(value)}, ${reason}
       from ${typedTable} s join survey_questions q on q.question_id = s.question_id
      where q.scale_min is not null and q.scale_max is not null and (s.value < q.scale_min or s.value > q.scale_max)`,
  ];
}

/** In-file duplicate keys among rows that passed: every copy after the first is rejected. */
export async function findDuplicateKeys(ws: Workspace, m: ResolvedMapping): Promise<void> {
  const keyFields = m.table.key.map((k) => sourced(m, k)).filter((f): f is ResolvedField => f !== undefined);
  const first = keyFields[0];
  if (!first || keyFields.length !== m.table.key.length) return;
  const keys = keyFields.map((f) => `t.${ident(f.field.name)}`).join(', ');
  const [rejected] = await ws.all<{ n: number }>(`select count(*)::bigint as n from ${rejectTable}`);
  const passed = Number(rejected?.n ?? 0) > 0 ? `not t._bad and not exists (select 1 from ${rejectTable} r where r._row = t._row)` : 'not t._bad';
  // exact: equal keys have equal hashes, so no more rows than distinct hashes means no duplicates
  const [probe] = await ws.all<{ extra: number }>(`select (count(*) - count(distinct t.${keyHashColumn}))::bigint as extra from ${typedTable} t where ${passed}`);
  if (!probe || Number(probe.extra) === 0) return;
  const p = new Params();
  const value = keyFields.length === 1 ? `t.${ident(first.field.name)}::varchar` : `concat_ws(' | ', ${keyFields.map((f) => `coalesce(t.${ident(f.field.name)}::varchar, '')`).join(', ')})`;
  await ws.run(
    `insert into ${rejectTable}
     select _row, ${p.add(columnLabel(first))}, value, printf(${p.add(importMessages.duplicateKey('%d'))}, first_row) from (
       select t._row, ${value} as value, min(t._row) over (partition by ${keys}) as first_row from ${typedTable} t where ${passed}
     ) where _row <> first_row`,
    p.values,
  );
}

/** An empty `_segmap_rejects` (row, column, value, reason). */
export async function createRejectTable(ws: Workspace): Promise<void> {
  await ws.run(`create or replace temp table ${rejectTable} (_row bigint, "column" varchar, value varchar, reason varchar)`);
}

/**
 * Fills `_segmap_rejects` from `_segmap_typed` (built while reading). Duplicate keys of tables with a
 * primary key are left to the caller's optimistic insert (`duplicates: false`), which only falls back to
 * this search when the insert hits the key.
 */
export async function findRejects(ws: Workspace, m: ResolvedMapping, today: string, options: { duplicates: boolean }): Promise<void> {
  await createRejectTable(ws);
  const [flagged] = await ws.all<{ n: number }>(`select count(*)::bigint as n from ${typedTable} where _bad`);
  if (Number(flagged?.n ?? 0) > 0) {
    await ws.run(`create or replace temp table ${badRows} as select * from ${typedTable} where _bad`);
    const p = new Params();
    await ws.run(`insert into ${rejectTable} ${cellRejectsSql(m, p, today, badRows).join('\nunion all\n')}`, p.values);
    await ws.run(`drop table ${badRows}`);
  }
  const p = new Params();
  const joins = [...referenceChecks(m, p), ...scaleChecks(m, p)];
  if (joins.length) await ws.run(`insert into ${rejectTable} ${joins.join('\nunion all\n')}`, p.values);
  if (options.duplicates) await findDuplicateKeys(ws, m);
}
