/**
 * Decides where each model field of the target table gets its value: the mapping's entry when it has one,
 * otherwise a file column with the field's own name (case-insensitive), otherwise nothing. Checks the
 * edges before any row moves: unknown fields and unknown columns in the mapping, and required fields
 * with no source (the error names them all).
 *
 * @example resolveMapping(stakeholders, undefined, staged) // `npi` column → npi field, ...
 * @throws InputError for a mapping that names unknown fields/columns or leaves a required field unmapped
 */
import { InputError } from '../../lib/errors.js';
import { importMessages } from '../../lib/messages/index.js';
import type { FieldSource, Mapping } from '../../spec/mapping.js';
import type { FieldModel, TableModel } from '../model/table-model.js';
import type { StagedColumn } from './staged-file.js';

export type ValueSource =
  | { readonly kind: 'column'; readonly column: StagedColumn }
  | { readonly kind: 'value'; readonly value: string | number | boolean }
  | { readonly kind: 'row'; readonly prefix: string }
  | { readonly kind: 'none' };

export interface ResolvedField {
  readonly field: FieldModel;
  readonly source: ValueSource;
  /** Options of the mapping entry (map, default, format, ...); empty for identity-mapped fields. */
  readonly options: Partial<FieldSource>;
  /** Spellings of "missing" for this field (mapping-wide plus the field's own). */
  readonly nulls: readonly string[];
}

export interface ResolvedMapping {
  readonly table: TableModel;
  readonly fields: readonly ResolvedField[];
  /** File columns no field uses. */
  readonly ignored: readonly string[];
}

const norm = (name: string): string => name.trim().toLowerCase();

export function resolveMapping(table: TableModel, mapping: Mapping | undefined, columns: readonly StagedColumn[], file: string): ResolvedMapping {
  const entries = mapping?.fields ?? {};
  const fieldNames = table.fields.map((f) => f.name);
  for (const name of Object.keys(entries)) {
    if (!fieldNames.includes(name)) throw new InputError(importMessages.mappingUnknownField(name, table.name, fieldNames), { file });
  }
  const byName = new Map(columns.map((c) => [c.name, c] as const));
  const byNorm = new Map(columns.map((c) => [norm(c.name), c] as const));
  const used = new Set<string>();
  const fields = table.fields.map((field): ResolvedField => {
    const entry = entries[field.name];
    const nulls = [...(mapping?.null_values ?? []), ...(entry?.missing ?? [])];
    if (entry) {
      const source = sourceOf(entry, byName, byNorm, field.name, columns, file);
      if (source.kind === 'column') used.add(source.column.name);
      return { field, source, options: entry, nulls };
    }
    const column = byNorm.get(norm(field.name));
    if (column) used.add(column.name);
    return { field, source: column ? { kind: 'column', column } : { kind: 'none' }, options: {}, nulls };
  });
  const missing = fields.filter((f) => f.field.required && f.source.kind === 'none' && f.options.default === undefined).map((f) => f.field.name);
  if (missing.length) throw new InputError(importMessages.missingRequired(missing, table.name, columns.map((c) => c.name)), { file });
  return { table, fields, ignored: columns.filter((c) => !used.has(c.name)).map((c) => c.name) };
}

function sourceOf(
  entry: FieldSource,
  byName: ReadonlyMap<string, StagedColumn>,
  byNorm: ReadonlyMap<string, StagedColumn>,
  field: string,
  columns: readonly StagedColumn[],
  file: string,
): ValueSource {
  if (entry.from !== undefined) {
    const column = byName.get(entry.from.trim()) ?? byNorm.get(norm(entry.from));
    if (!column) throw new InputError(importMessages.mappingUnknownColumn(entry.from, field, columns.map((c) => c.name)), { file, column: entry.from });
    return { kind: 'column', column };
  }
  if (entry.value !== undefined) return { kind: 'value', value: entry.value };
  if (entry.row !== undefined) return { kind: 'row', prefix: entry.row.prefix };
  return { kind: 'none' };
}
