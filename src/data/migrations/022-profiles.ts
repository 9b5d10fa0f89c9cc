/**
 * Migration 22: stored profiles. Each profile run keeps its profile.json (spec/profile.ts) so
 * `segmap report D` and the API can show the latest profile of a segmentation without recomputing it.
 */
export const profilesSchema = `
create table profiles (
  profile_id varchar primary key,
  segmentation varchar not null,
  created_at timestamp not null,
  run_id varchar,
  document json not null
);
create index profiles_segmentation on profiles (segmentation, created_at);
`;
