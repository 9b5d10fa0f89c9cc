/**
 * Results of account prioritization (`segmap prioritize`, the demo's prioritize stage), one set of rows
 * per run so a later run can be compared with an earlier one. Every visible part of the score is kept next
 * to the score, with the reason shown to reps. The `account_priority` view is the latest run.
 */
export const prioritizationSchema = `
create table account_scores (
  run_id varchar not null, account_id varchar not null, level varchar not null, system_id varchar,
  score double, opportunity double, position double, quadrant varchar, tier integer, decile integer,
  calls_per_month double, reason varchar,
  volume double, potential double, growth double, sales double, share double, affiliation double,
  referral double, kol double, relationship double, has_volume boolean,
  referring_accounts integer, affiliated_referrers integer, hubs_feeding integer, kol_count integer,
  primary key (run_id, account_id)
);
create table stakeholder_scores (
  run_id varchar not null, stakeholder_id varchar not null, account_id varchar,
  pagerank double, in_strength double, out_strength double, kol_index double, influence double,
  is_hub boolean, score double, rank_in_account integer,
  primary key (run_id, stakeholder_id)
);
create table referral_hubs (
  run_id varchar not null, hub_rank integer not null, stakeholder_id varchar not null, pagerank double,
  account_id varchar not null, shared_patients double
);
create view account_priority as
  select s.* from account_scores s
  where s.run_id = (select r.run_id from runs r where r.kind = 'prioritize' and r.status = 'ok'
                    order by r.started_at desc, r.run_id desc limit 1);
`;
