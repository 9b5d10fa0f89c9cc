/**
 * Migration 51: the audit trail of every export that leaves Segmap (who, when, what, how many rows) and
 * the rows each export contained, keyed by the CRM id, so the next export can say what was added,
 * removed or changed since this one.
 */
export const exportsAuditSchema = `
create table exports (
  export_id varchar primary key,
  kind varchar not null,
  scope varchar not null,
  file varchar not null,
  format varchar not null,
  exported_by varchar not null,
  exported_at timestamp not null,
  row_count bigint not null,
  added bigint,
  removed bigint,
  changed bigint,
  previous_export_id varchar,
  content_sha256 varchar,
  params json
);
create table export_rows (
  export_id varchar not null,
  row_key varchar not null,
  row_hash varchar not null,
  row_json json not null
);
create index export_rows_export on export_rows (export_id);
`;
