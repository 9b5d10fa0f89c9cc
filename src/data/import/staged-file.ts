/**
 * What every reader (CSV, Parquet, XLSX, SAV) provides: the file's columns before any row is read (so a
 * mapping is checked first), and a `read` that puts every row into the temporary `_segmap_typed` — the
 * raw text columns c1..cn, `_row` (the user's row number), and whatever the caller's projection computes
 * in the same pass (typed fields, the `_bad` flag). Everything after reading — validation, upsert — is the
 * same SQL whatever the format.
 */
import type { Workspace } from '../workspace.js';
import { ident, Params } from '../sql.js';
import type { Reject } from './import-report.js';

export type FileFormat = 'csv' | 'parquet' | 'xlsx' | 'sav';

/** Raw rows of readers that append row by row (XLSX, SAV) before typing. */
export const stageTable = '_segmap_stage';
/** Raw columns + typed fields + `_bad`: the one table validation and the upsert read. */
export const typedTable = '_segmap_typed';

export interface StagedColumn {
  /** The name in the user's file (after trimming; empty/repeated names made unique). */
  readonly name: string;
  /** The raw column: c1, c2, ... (never user text, so safe as an identifier). */
  readonly sql: string;
}

/** Select expressions computed while reading, over the alias `s` (raw columns and `_row`). */
export interface Projection {
  /** `, expr as "field", ...` (empty string for none); sees the raw columns. */
  typed(p: Params): string;
  /** A boolean; sees the raw columns and the typed fields by name. */
  bad(p: Params): string;
  /** Extra `, expr as name` over the typed fields (e.g. a key hash), computed in the same pass. */
  readonly afterTyping: string;
  /** The column names `typed` and `afterTyping` add. */
  readonly fields: readonly string[];
  /** Keep every raw cell (a wide survey reads its answers from them); otherwise only those of `_bad` rows. */
  readonly keepRaw: boolean;
  /** Raw columns kept for every row anyway: keys and references, whose rejects are found later. */
  readonly keepColumns: readonly string[];
  /**
   * A field is built from the record number (`row: {prefix}`), so a reader must give `_row` its final
   * value (blank lines and unparsable records counted) before typing.
   */
  readonly usesRecordNumbers: boolean;
}

export interface FileRead {
  /** Data rows in the file, readable or not (header rows excluded). */
  readonly rowsIn: number;
  /** Rows the reader could not split into fields (ragged, bad bytes); not in `_segmap_typed`. */
  readonly rowRejects: readonly Reject[];
}

export interface PreparedFile {
  readonly format: FileFormat;
  readonly encoding?: string;
  readonly columns: readonly StagedColumn[];
  readonly warnings: readonly string[];
  /** Question texts by column (Qualtrics row 2, SPSS variable labels). */
  readonly questionText?: Readonly<Record<string, string>>;
  /** Columns a survey tool marked as questions (Qualtrics ImportId `QID…`); undefined when unknown. */
  readonly questionColumns?: readonly string[];
  /** Value labels by column (SPSS): code → label. */
  readonly valueLabels?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  read(ws: Workspace, projection: Projection): Promise<FileRead>;
  /**
   * The file's rows as a relation to scan directly (raw c1..cn and `_row`, header rows excluded), for
   * readers that can re-read the file cheaply (CSV); used by the streaming load of a clean file. `_row`
   * may be NULL (the scan does not number records). A reader's unparsable rows are counted in
   * `readerRejects` after a scan. Columns in `types` (raw name → DuckDB type) are parsed by the reader
   * when it can (`parsesTypes`); a cell that does not parse is then a reader reject.
   */
  readonly scan?: {
    relation(p: Params, types: ReadonlyMap<string, string>): string;
    readonly parsesTypes: boolean;
    readerRejects(ws: Workspace): Promise<number>;
  };
  /** Removes temporary files and tables (always called). */
  dispose(ws: Workspace): Promise<void>;
}

/**
 * The typed rows of a relation aliased `s` (whose SQL may already hold parameters in `p`): `_row`, `_bad`,
 * the typed fields and the raw cells. Raw cells of good rows are dropped unless asked for (a reject
 * reports a raw value only for a bad row; later checks fall back to the typed value), which halves what a
 * large import holds in memory.
 */
export function typedRelation(relation: string, p: Params, projection: Projection, columns: readonly StagedColumn[]): string {
  const typed = projection.typed(p);
  const bad = projection.bad(p);
  const always = new Set(projection.keepColumns);
  const raw = columns.map((c) => (projection.keepRaw || always.has(c.sql) ? c.sql : `case when _bad then ${c.sql} end as ${c.sql}`));
  const keep = ['_row', '_bad', ...projection.fields.map(ident), ...raw].join(', ');
  return `(select ${keep} from (select *, ${bad} as _bad${projection.afterTyping} from (select s.*${typed} from ${relation} s) s))`;
}

/** Builds `_segmap_typed` from a relation (see `typedRelation`). */
export async function createTyped(ws: Workspace, relation: string, p: Params, projection: Projection, columns: readonly StagedColumn[]): Promise<void> {
  await ws.run(`create or replace temp table ${typedTable} as select * from ${typedRelation(relation, p, projection, columns)}`, p.values);
}

/** `read` for readers that filled `_segmap_stage` row by row. */
export function readFromStage(columns: readonly StagedColumn[], rowsIn: number, rowRejects: readonly Reject[]): PreparedFile['read'] {
  return async (ws, projection) => {
    await createTyped(ws, stageTable, new Params(), projection, columns);
    await ws.run(`drop table if exists ${stageTable}`);
    return { rowsIn, rowRejects };
  };
}

/** Gives file columns raw names c1..cn, making empty or repeated header names unique. */
export function stagedColumns(header: readonly string[]): { columns: StagedColumn[]; renamed: string[] } {
  const seen = new Set<string>();
  const renamed: string[] = [];
  const columns = header.map((raw, i) => {
    let name = raw.trim() === '' ? `column_${i + 1}` : raw.trim();
    if (seen.has(name)) name = `${name}_${i + 1}`;
    if (name !== raw.trim()) renamed.push(name);
    seen.add(name);
    return { name, sql: `c${i + 1}` };
  });
  return { columns, renamed };
}
