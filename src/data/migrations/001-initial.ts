/**
 * The data model of ../shared/BRIEF.md. Every entity row carries `source` and `last_verified` so a tag
 * or a call list can say where a fact came from and how old it is.
 *
 * The tables that reach millions of rows (stakeholders, engagement events, volumes, responses) have no
 * PRIMARY KEY: DuckDB maintains one as an ART index that costs more than the rest of a bulk load. Their
 * keys are kept unique by the importer (in-file duplicates rejected, re-imports upserted by key, see
 * data/import/) and checked by `segmap validate`.
 */
export const initialSchema = `
create table territories (
  territory_id varchar primary key, name varchar, rep_name varchar, rep_email varchar, region varchar,
  source varchar, last_verified date
);
create table products (
  product_id varchar primary key, name varchar, category varchar, buying_process varchar,
  source varchar, last_verified date
);
create table accounts (
  account_id varchar primary key, name varchar not null, type varchar not null, parent_id varchar,
  gpo_id varchar, state varchar, zip varchar, city varchar, region varchar, territory_id varchar,
  beds integer, service_lines varchar, has_vac boolean, ehr_vendor varchar, installed_vendors varchar,
  source varchar, last_verified date
);
create table stakeholders (
  stakeholder_id varchar not null, npi varchar, name varchar, role varchar not null, specialty varchar,
  department varchar, account_id varchar, territory_id varchar, state varchar, zip varchar,
  consent_email boolean, consent_call boolean, source varchar, last_verified date
);
create table kol_signals (
  stakeholder_id varchar not null, kind varchar not null, value double not null, period varchar,
  source varchar, last_verified date
);
create table affiliations (
  stakeholder_id varchar not null, account_id varchar not null, kind varchar, weight double,
  source varchar, last_verified date
);
create table referrals (
  from_id varchar not null, to_id varchar not null, shared_patients integer, suppressed boolean default false,
  source varchar, last_verified date
);
create table volumes (
  entity_id varchar not null, entity_kind varchar not null, code varchar not null, period varchar not null,
  count integer, suppressed boolean default false, source varchar, last_verified date
);
create table sales (
  account_id varchar not null, product_id varchar not null, period varchar not null, units double,
  revenue double, source varchar, last_verified date
);
create table survey_questions (
  question_id varchar primary key, text varchar, type varchar not null, battery varchar, scale_min integer,
  scale_max integer, options varchar, source varchar, last_verified date
);
create table survey_respondents (
  respondent_id varchar primary key, stakeholder_id varchar, duration_seconds double, completed_at timestamp,
  weight double, source varchar, last_verified date
);
create table survey_responses (
  respondent_id varchar not null, question_id varchar not null, value double, value_text varchar,
  source varchar, last_verified date
);
create table engagement_events (
  event_id varchar not null, stakeholder_id varchar, account_id varchar, channel varchar, type varchar,
  asset varchar, ts timestamp, source varchar, last_verified date
);
create table runs (
  run_id varchar primary key, kind varchar not null, started_at timestamp not null, finished_at timestamp,
  status varchar not null, spec_hash varchar, data_hash varchar, seed bigint, versions json, params json,
  summary json
);
create table imports (
  import_id varchar primary key, table_name varchar not null, file varchar not null, format varchar,
  encoding varchar, source varchar, started_at timestamp, finished_at timestamp, rows_in bigint,
  rows_loaded bigint, rows_rejected bigint, status varchar, warnings json, mapping json, run_id varchar
);
create table import_rejects (
  import_id varchar not null, row bigint, "column" varchar, value varchar, reason varchar
);
`;
