/**
 * Migration 50: memberships of every kind (statistical, projected, rule, persona, quadrant, tier) as a
 * history. A row is one stay of one entity in one segment: it opens at `valid_from` and closes at
 * `valid_to` (null while current), so entries and exits over time are plain range queries and the
 * current tags are `valid_to is null`. `run_id`, `confidence` and `last_verified` describe the latest run
 * that confirmed the stay; `assigned_at` is when the stay began (equal to `valid_from`, kept for CRM
 * exports that want the word).
 */
export const membershipsSchema = `
create table memberships (
  kind varchar not null,
  segmentation varchar not null,
  entity_kind varchar not null,
  entity_id varchar not null,
  segment varchar not null,
  confidence double,
  run_id varchar,
  assigned_at timestamp not null,
  last_verified timestamp not null,
  valid_from timestamp not null,
  valid_to timestamp
);
create index memberships_entity on memberships (entity_kind, entity_id);
create index memberships_segmentation on memberships (kind, segmentation);
`;
