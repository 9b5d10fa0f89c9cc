/**
 * Which fields a rule may name, and their types. Identifiers in compiled SQL come only from here: a
 * field that is not in the catalog never reaches a query, so the catalog is the allow-list of practice 8.
 *
 * The default catalog mirrors the data model (migration 001); the pipeline builds the live one from the
 * workspace's columns (`fieldCatalogFromColumns`), so columns an import added are usable too.
 * Complexity: O(columns).
 *
 * @example fieldCatalogFromColumns([{ table: 'accounts', column: 'beds', sqlType: 'INTEGER' }]).account.get('beds') // 'number'
 */
import type { RuleEntity } from './rule-segment.js';

export type FieldType = 'string' | 'number' | 'boolean' | 'date';

export interface FieldCatalog {
  readonly account: ReadonlyMap<string, FieldType>;
  readonly stakeholder: ReadonlyMap<string, FieldType>;
}

/** The table each rule entity reads, and its key column. */
export const entityTables: Readonly<Record<RuleEntity, { readonly table: string; readonly key: string }>> = {
  account: { table: 'accounts', key: 'account_id' },
  stakeholder: { table: 'stakeholders', key: 'stakeholder_id' },
};

/** Plain lower-case SQL names only: the shape every dialect can quote safely. */
export const safeIdentifier = /^[a-z_][a-z0-9_]{0,62}$/;

/** Maps an engine's column type to a rule field type; undefined for types rules do not compare. */
export function sqlTypeToFieldType(sqlType: string): FieldType | undefined {
  const t = sqlType.toUpperCase();
  if (/^(VARCHAR|TEXT|CHAR|STRING|CHARACTER VARYING|CHARACTER|BPCHAR)/.test(t)) return 'string';
  if (/^(TINYINT|SMALLINT|INTEGER|INT|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|REAL|DOUBLE|DECIMAL|NUMERIC)/.test(t)) return 'number';
  if (/^BOOL/.test(t)) return 'boolean';
  if (t === 'DATE') return 'date';
  return undefined;
}

export interface ColumnInfo {
  readonly table: string;
  readonly column: string;
  readonly sqlType: string;
}

/** Builds the catalog from column metadata (information_schema), keeping safe names of supported types. */
export function fieldCatalogFromColumns(columns: readonly ColumnInfo[]): FieldCatalog {
  const pick = (table: string): Map<string, FieldType> => {
    const fields = new Map<string, FieldType>();
    for (const c of columns) {
      if (c.table !== table || !safeIdentifier.test(c.column)) continue;
      const type = sqlTypeToFieldType(c.sqlType);
      if (type) fields.set(c.column, type);
    }
    return fields;
  };
  return { account: pick(entityTables.account.table), stakeholder: pick(entityTables.stakeholder.table) };
}

const accountColumns: readonly (readonly [string, FieldType])[] = [
  ['account_id', 'string'], ['name', 'string'], ['type', 'string'], ['parent_id', 'string'], ['gpo_id', 'string'],
  ['state', 'string'], ['zip', 'string'], ['city', 'string'], ['region', 'string'], ['territory_id', 'string'],
  ['beds', 'number'], ['service_lines', 'string'], ['has_vac', 'boolean'], ['ehr_vendor', 'string'],
  ['installed_vendors', 'string'], ['source', 'string'], ['last_verified', 'date'],
];
const stakeholderColumns: readonly (readonly [string, FieldType])[] = [
  ['stakeholder_id', 'string'], ['npi', 'string'], ['name', 'string'], ['role', 'string'], ['specialty', 'string'],
  ['department', 'string'], ['account_id', 'string'], ['territory_id', 'string'], ['state', 'string'], ['zip', 'string'],
  ['consent_email', 'boolean'], ['consent_call', 'boolean'], ['source', 'string'], ['last_verified', 'date'],
];

/** The catalog of the base data model, for validating rules without a workspace (API, editor). */
export const defaultFieldCatalog: FieldCatalog = {
  account: new Map(accountColumns),
  stakeholder: new Map(stakeholderColumns),
};
