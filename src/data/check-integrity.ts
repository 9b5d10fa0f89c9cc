/**
 * Cross-table health of a workspace, all in SQL: rows per table, references that point nowhere (every
 * reference of the model, including those an import only warns about, such as territories and parent
 * accounts), duplicate natural keys, NPIs failing their check digit, and records whose `last_verified` is
 * older than the staleness limit or missing.
 *
 * Complexity: one scan per table plus one anti-join per reference.
 */
import type { Workspace } from './workspace.js';
import { ident, Params } from './sql.js';
import { tableModels } from './model/tables.js';
import { npiValidExpr } from './import/field-sql.js';

export interface TableHealth {
  readonly table: string;
  readonly rows: number;
  /** last_verified older than the limit. */
  readonly stale: number;
  /** last_verified missing. */
  readonly unverified: number;
  /** Rows sharing a natural key with another row (tables without a primary key). */
  readonly duplicateKeys: number;
}

export interface DanglingReference {
  readonly table: string;
  readonly field: string;
  readonly references: string;
  readonly rows: number;
  /** Up to 5 of the missing values. */
  readonly examples: string[];
}

export interface IntegrityReport {
  readonly staleAfterDays: number;
  readonly asOf: string;
  readonly tables: TableHealth[];
  readonly dangling: DanglingReference[];
  readonly invalidNpis: number;
  readonly imports: number;
  readonly rejectedRows: number;
}

async function tableHealth(ws: Workspace, table: (typeof tableModels)[number], asOf: string, days: number): Promise<TableHealth> {
  const p = new Params();
  const t = ident(table.name);
  const [row] = await ws.all<{ rows: number; stale: number; unverified: number }>(
    `select count(*)::bigint as rows,
            count(*) filter (where last_verified < ${p.add(asOf)}::date - ${p.add(days)}::integer)::bigint as stale,
            count(*) filter (where last_verified is null)::bigint as unverified
       from ${t}`,
    p.values,
  );
  let duplicateKeys = 0;
  if (!table.primaryKey && Number(row?.rows ?? 0) > 0) {
    const keys = table.key.map(ident).join(', ');
    const [dup] = await ws.all<{ n: number | null }>(`select sum(n)::bigint as n from (select count(*) as n from ${t} group by ${keys} having count(*) > 1)`);
    duplicateKeys = Number(dup?.n ?? 0);
  }
  return { table: table.name, rows: Number(row?.rows ?? 0), stale: Number(row?.stale ?? 0), unverified: Number(row?.unverified ?? 0), duplicateKeys };
}

async function danglingReferences(ws: Workspace): Promise<DanglingReference[]> {
  const found: DanglingReference[] = [];
  for (const table of tableModels) {
    for (const ref of table.references) {
      const p = new Params();
      const when = ref.when ? ` and t.${ident(ref.when.field)} = ${p.add(ref.when.equals)}` : '';
      const rows = await ws.all<{ value: string; n: number }>(
        `select t.${ident(ref.field)} as value, count(*)::bigint as n from ${ident(table.name)} t
           left join ${ident(ref.table)} r on r.${ident(ref.column)} = t.${ident(ref.field)}
          where t.${ident(ref.field)} is not null and r.${ident(ref.column)} is null${when}
          group by 1 order by 2 desc, 1`,
        p.values,
      );
      if (rows.length === 0) continue;
      found.push({
        table: table.name,
        field: ref.field,
        references: `${ref.table}.${ref.column}`,
        rows: rows.reduce((sum, r) => sum + Number(r.n), 0),
        examples: rows.slice(0, 5).map((r) => String(r.value)),
      });
    }
  }
  return found;
}

export async function checkIntegrity(ws: Workspace, options: { staleAfterDays: number; asOf: string }): Promise<IntegrityReport> {
  const tables: TableHealth[] = [];
  for (const table of tableModels) tables.push(await tableHealth(ws, table, options.asOf, options.staleAfterDays));
  const [npi] = await ws.all<{ n: number }>(
    `select count(*)::bigint as n from stakeholders where npi is not null and not (regexp_full_match(npi, '[0-9]{10}') and ${npiValidExpr('npi')})`,
  );
  const [imports] = await ws.all<{ n: number; rejected: number | null }>('select count(*)::bigint as n, sum(rows_rejected)::bigint as rejected from imports');
  return {
    staleAfterDays: options.staleAfterDays,
    asOf: options.asOf,
    tables,
    dangling: await danglingReferences(ws),
    invalidNpis: Number(npi?.n ?? 0),
    imports: Number(imports?.n ?? 0),
    rejectedRows: Number(imports?.rejected ?? 0),
  };
}
