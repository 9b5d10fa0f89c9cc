/**
 * A call list (or its delta) as a header plus rows of cells, before any file format: the one place
 * where CRM headers are applied and cell values are formatted (booleans true/false, numbers as numbers,
 * dates as ISO text). Both writers consume this, so CSV and XLSX always carry the same content.
 */
import { callListColumns, type CallListRow } from './calllist-row.js';
import { crmHeader, type CrmProfile } from './crm-headers.js';
import { deltaRows, type CallListDelta } from './calllist-delta.js';

export type Cell = string | number | boolean | null;

export interface CellTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

export function callListTable(rows: readonly CallListRow[], profile: CrmProfile): CellTable {
  return {
    header: callListColumns.map((c) => crmHeader(profile, c)),
    rows: rows.map((r) => callListColumns.map((c) => r[c])),
  };
}

export function deltaTable(delta: CallListDelta, profile: CrmProfile): CellTable {
  return {
    header: ['change', 'changed_fields', ...callListColumns.map((c) => crmHeader(profile, c))],
    rows: deltaRows(delta).map((d) => [d.change, d.changedFields, ...callListColumns.map((c) => d.row[c])]),
  };
}
