/**
 * Writes the rows that passed validation from `_segmap_typed` into the target table, with `source` and
 * `last_verified` on every row. Re-importing is an upsert by the table's key. Runs inside the caller's
 * transaction.
 */
import type { Workspace } from '../workspace.js';
import { ident, Params } from '../sql.js';
import { rejectTable } from './find-rejects.js';
import type { ResolvedField, ResolvedMapping } from './resolve-mapping.js';
import { typedTable } from './staged-file.js';
import { sourcedFields } from './type-staged.js';

export interface Governance {
  readonly source: string;
  /** The import date, YYYY-MM-DD: default `last_verified`. */
  readonly today: string;
}

interface Column {
  readonly name: string;
  readonly expr: string;
}

const col = (f: ResolvedField): string => `t.${ident(f.field.name)}`;

function columnsToWrite(m: ResolvedMapping, g: Governance, p: Params): Column[] {
  const fields = sourcedFields(m);
  const byName = new Map(fields.map((f) => [f.field.name, f] as const));
  const columns: Column[] = fields.filter((f) => f.field.name !== 'source' && f.field.name !== 'last_verified').map((f) => ({ name: f.field.name, expr: col(f) }));
  const source = byName.get('source');
  const verified = byName.get('last_verified');
  columns.push({ name: 'source', expr: source ? `coalesce(${col(source)}, ${p.add(g.source)}::varchar)` : `${p.add(g.source)}::varchar` });
  columns.push({ name: 'last_verified', expr: verified ? `coalesce(${col(verified)}, ${p.add(g.today)}::date)` : `${p.add(g.today)}::date` });
  // suppressed counts: a blank count is a suppressed one (CMS blanks counts under 11), never a zero
  for (const count of fields.filter((f) => f.field.suppressedFlag)) {
    const flag = count.field.suppressedFlag ?? '';
    const mapped = byName.get(flag);
    const expr = mapped ? `coalesce(${col(mapped)}, ${col(count)} is null)` : `(${col(count)} is null)`;
    const at = columns.findIndex((c) => c.name === flag);
    if (at >= 0) columns[at] = { name: flag, expr };
    else columns.push({ name: flag, expr });
  }
  return columns;
}

/**
 * Into the empty table `target` (the mapping's table or a table of the same shape): every row of `rows`
 * (aliased `t`: typed fields by name), one INSERT; returns how many rows it wrote. `p` holds the
 * parameters `rows` already uses.
 */
export async function insertAll(ws: Workspace, target: string, m: ResolvedMapping, g: Governance, rows: string, p: Params): Promise<number> {
  const columns = columnsToWrite(m, g, p);
  const names = columns.map((c) => ident(c.name)).join(', ');
  const [result] = await ws.all<{ Count: number }>(`insert into ${ident(target)} (${names}) select ${columns.map((c) => c.expr).join(', ')} from ${rows} t`, p.values);
  return Number(result?.Count ?? 0);
}

export async function isEmpty(ws: Workspace, table: string): Promise<boolean> {
  return (await ws.all(`select 1 from ${ident(table)} limit 1`)).length === 0;
}

/**
 * Into an empty table: one INSERT. Otherwise an upsert by key without needing an index: UPDATE the rows
 * whose key exists (only the fields this file maps, so a partial file does not blank the rest), then
 * INSERT the others. Keys compare with IS NOT DISTINCT FROM, since a key part may be empty (affiliation kind).
 */
export async function loadStaged(ws: Workspace, m: ResolvedMapping, g: Governance, anyRejects: boolean): Promise<void> {
  const p = new Params();
  const columns = columnsToWrite(m, g, p);
  const target = ident(m.table.name);
  const passed = anyRejects ? `not t._bad and not exists (select 1 from ${rejectTable} r where r._row = t._row)` : 'true';
  const names = columns.map((c) => ident(c.name)).join(', ');
  const values = columns.map((c) => c.expr).join(', ');
  if (await isEmpty(ws, m.table.name)) {
    await ws.run(`insert into ${target} (${names}) select ${values} from ${typedTable} t where ${passed}`, p.values);
    return;
  }
  const typed = new Set(sourcedFields(m).map((f) => f.field.name));
  const match = m.table.key.map((k) => `x.${ident(k)} is not distinct from ${typed.has(k) ? `t.${ident(k)}` : 'NULL'}`).join(' and ');
  const updates = columns.filter((c) => !m.table.key.includes(c.name)).map((c) => `${ident(c.name)} = ${c.expr}`);
  if (updates.length) await ws.run(`update ${target} x set ${updates.join(', ')} from ${typedTable} t where ${passed} and ${match}`, p.values);
  await ws.run(`insert into ${target} (${names}) select ${values} from ${typedTable} t where ${passed} and not exists (select 1 from ${target} x where ${match})`, p.values);
}

/**
 * Runs `work` (a whole transaction) with `preserve_insertion_order = false`: DuckDB then inserts in
 * parallel without re-sequencing, about 3x faster on 10M rows; row order in a table carries no meaning
 * here. Set outside the transaction, because an aborted transaction refuses even a SET.
 */
export async function withUnorderedInserts<T>(ws: Workspace, work: () => Promise<T>): Promise<T> {
  await ws.run('set preserve_insertion_order = false');
  try {
    return await work();
  } finally {
    await ws.run('set preserve_insertion_order = true');
  }
}


/**
 * Long tables whose text columns are ids, codes and periods (many rows per entity): DuckDB's dictionary
 * encoding already compresses them as well as FSST does, so their bulk load skips FSST's analysis —
 * about 1 s of CPU (a sixth of the load) per 10M volume rows, and a database file no larger. Tables of
 * people and places keep FSST: their names and ids are mostly unique, and without it 1M stakeholders
 * took 52 MB instead of 24 MB.
 */
const codeTables = new Set(['volumes', 'referrals', 'affiliations', 'sales', 'kol_signals', 'survey_responses']);

/**
 * The streaming load's settings around its one transaction: unordered inserts (see
 * `withUnorderedInserts`) and, for `codeTables`, no FSST string compression; restored afterwards.
 */
export async function withBulkInserts<T>(ws: Workspace, table: string, work: () => Promise<T>): Promise<T> {
  if (!codeTables.has(table)) return withUnorderedInserts(ws, work);
  const [row] = await ws.all<{ v: string }>(`select current_setting('disabled_compression_methods') as v`);
  const before = row?.v ?? '';
  const disabled = [...new Set([...before.split(',').filter((m) => m !== ''), 'fsst', 'dict_fsst'].map((m) => m.toLowerCase()))];
  await ws.run(`set disabled_compression_methods = ${quoteSetting(disabled.join(','))}`);
  try {
    return await withUnorderedInserts(ws, work);
  } finally {
    await ws.run(`set disabled_compression_methods = ${quoteSetting(before)}`);
  }
}

/** SET takes no parameters: a setting value as a SQL string literal (quotes doubled). */
const quoteSetting = (value: string): string => `'${value.replace(/'/g, "''")}'`;
