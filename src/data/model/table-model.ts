/**
 * A declarative description of each importable model table: field types, which fields are required, keys
 * used for upserts, enumerations, references and special checks. The importer builds its SQL from it, the
 * validator walks its references, and a test checks it against the migrated schema so the two never drift.
 */

export type FieldType = 'varchar' | 'integer' | 'bigint' | 'double' | 'boolean' | 'date' | 'timestamp';

/** A closed list of codes; `aliases` are accepted spellings (matched case- and punctuation-insensitively). */
export interface EnumValue {
  readonly code: string;
  readonly aliases?: readonly string[];
}

export interface FieldModel {
  readonly name: string;
  readonly type: FieldType;
  /** Must be present in the file (or mapped) and non-empty on every row. */
  readonly required?: boolean;
  readonly enum?: readonly EnumValue[];
  /**
   * The DuckDB ENUM type that stores `enum`'s codes, when the column is one (migration 2): one byte per
   * row instead of a string, and the database itself refuses an unknown code.
   */
  readonly enumType?: string;
  /** Special content checks beyond the type. */
  readonly check?: 'npi' | 'nonNegative' | 'probability';
  /** For counts that public files blank when small: the boolean field that records the suppression. */
  readonly suppressedFlag?: string;
  /** Filled by the importer, never taken from the file's column of the same name unless mapped. */
  readonly governance?: boolean;
}

/** `field` must name an existing row of `table.column` (NULL passes). `whenKind` limits it to rows of one kind. */
export interface Reference {
  readonly field: string;
  readonly table: string;
  readonly column: string;
  /** Enforced at import (row rejected) or only reported by `segmap validate`. */
  readonly enforce: 'import' | 'validate';
  readonly when?: { readonly field: string; readonly equals: string };
}

export interface TableModel {
  readonly name: string;
  readonly fields: readonly FieldModel[];
  /** Natural key: re-importing a row with the same key replaces it (upsert). */
  readonly key: readonly string[];
  /** True when `key` is also the PRIMARY KEY in the schema (then an import into an empty table skips the duplicate search: the index catches them). */
  readonly primaryKey: boolean;
  readonly references: readonly Reference[];
}

export function fieldOf(table: TableModel, name: string): FieldModel | undefined {
  return table.fields.find((f) => f.name === name);
}
