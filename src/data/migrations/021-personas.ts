/**
 * Migration 21: personas defined by hand (spec/persona.ts). The whole definition is kept as JSON
 * (`definition`), with name and priority as columns for listing; assignments are memberships of kind
 * `persona` (migration 50).
 */
export const personasSchema = `
create table personas (
  persona_id varchar primary key,
  segmentation varchar not null,
  name varchar not null,
  priority integer not null,
  definition json not null,
  source varchar,
  updated_at timestamp not null
);
`;
