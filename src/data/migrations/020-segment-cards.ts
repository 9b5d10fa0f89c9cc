/**
 * Migration 20: segment cards. One card per (segmentation, segment), stored as the JSON of
 * spec/segment-card.ts so the card can grow without a migration; `edited` marks a card a person changed,
 * which a later profile run leaves alone.
 */
export const segmentCardsSchema = `
create table segment_cards (
  segmentation varchar not null,
  segment varchar not null,
  name varchar not null,
  card json not null,
  source varchar not null,
  edited boolean not null default false,
  updated_at timestamp not null,
  primary key (segmentation, segment)
);
`;
