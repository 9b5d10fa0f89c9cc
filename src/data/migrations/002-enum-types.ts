/**
 * Migration 2: `volumes.entity_kind` — which table an entity id points into — is a DuckDB ENUM rather
 * than text: one byte per row on the workspace's longest table (a 10M-row load writes it about 0.3 s
 * faster than a string column, and the reference check compares it without casting), and a kind outside
 * the data model cannot be written even by SQL that bypasses the importer.
 *
 * Only this vocabulary: it is fixed by the data model itself (the tables an id can point into), while
 * account types and question types are business vocabularies a team may extend, on small tables, that
 * rules compare as text. The codes are written out because a migration is history: a new kind is a new
 * migration, never an edit of this one. model/tables.test.ts checks them against model/enums.ts.
 */
export const enumTypesSchema = `
create type entity_kind_code as enum ('stakeholder', 'account');
alter table volumes alter column entity_kind set data type entity_kind_code;
`;
