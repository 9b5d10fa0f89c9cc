/**
 * Migration 52: data governance. `field_observations` keeps every value a source reported for a field of
 * an entity (so conflicting values from different sources can be found instead of silently overwritten);
 * `review_queue` holds the records a data steward must look at (stale, conflicting), open until resolved.
 */
export const governanceSchema = `
create table field_observations (
  entity_kind varchar not null,
  entity_id varchar not null,
  field varchar not null,
  value varchar,
  source varchar not null,
  observed_at timestamp
);
create index field_observations_entity on field_observations (entity_kind, entity_id, field);
create table review_queue (
  item_id varchar primary key,
  entity_kind varchar not null,
  entity_id varchar not null,
  field varchar,
  reason varchar not null,
  detail varchar,
  created_at timestamp not null,
  status varchar not null default 'open',
  resolved_by varchar,
  resolved_at timestamp
);
`;
