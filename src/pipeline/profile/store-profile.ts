/**
 * Profiles and segment cards in the workspace (migrations 20 and 22): the latest profile of a
 * segmentation, and its cards. Cards are upserted by (segmentation, segment); a card someone edited
 * (`edited`) or one that came from a persona is never overwritten by a profile run.
 *
 * @example
 * await saveProfile(ws, 'survey', doc, runId);
 * await saveCards(ws, buildCards(doc, { segmentation: 'survey' }));   // keeps edited cards
 * (await latestProfile(ws))?.segmentation;                            // 'survey'
 */
import { randomUUID } from 'node:crypto';
import type { Workspace } from '../../data/workspace.js';
import { ProfileDocument } from '../../spec/profile.js';
import { SegmentCard } from '../../spec/segment-card.js';

const json = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

export async function saveProfile(ws: Workspace, segmentation: string, doc: ProfileDocument, runId: string | null = null, at: Date = new Date()): Promise<string> {
  const id = randomUUID();
  await ws.run('insert into profiles (profile_id, segmentation, created_at, run_id, document) values ($1, $2, $3::timestamp, $4, $5::json)', [
    id,
    segmentation,
    at.toISOString(),
    runId,
    JSON.stringify(doc),
  ]);
  return id;
}

export interface StoredProfile {
  readonly segmentation: string;
  readonly createdAt: Date;
  readonly document: ProfileDocument;
}

export async function latestProfile(ws: Workspace, segmentation?: string): Promise<StoredProfile | undefined> {
  const rows = await ws.all<{ segmentation: string; created_at: Date; document: unknown }>(
    `select segmentation, created_at, document from profiles ${segmentation === undefined ? '' : 'where segmentation = $1'} order by created_at desc limit 1`,
    segmentation === undefined ? [] : [segmentation],
  );
  const row = rows[0];
  return row ? { segmentation: row.segmentation, createdAt: row.created_at, document: ProfileDocument.parse(json(row.document)) } : undefined;
}

export interface SaveCardsOptions {
  /** Overwrite edited and persona cards too (an explicit edit does). */
  readonly force?: boolean;
  readonly at?: Date;
}

/** Upserts cards; returns how many were written (edited and persona cards are kept unless `force`). */
export async function saveCards(ws: Workspace, cards: readonly SegmentCard[], options: SaveCardsOptions = {}): Promise<number> {
  const at = (options.at ?? new Date()).toISOString();
  let written = 0;
  await ws.transaction(async (tx) => {
    for (const card of cards) {
      const kept = await tx.all<{ n: number }>(
        "select count(*) as n from segment_cards where segmentation = $1 and segment = $2 and (edited or source = 'persona')",
        [card.segmentation, card.segment],
      );
      if (!options.force && (kept[0]?.n ?? 0) > 0) continue;
      await tx.run('delete from segment_cards where segmentation = $1 and segment = $2', [card.segmentation, card.segment]);
      await tx.run('insert into segment_cards (segmentation, segment, name, card, source, edited, updated_at) values ($1, $2, $3, $4::json, $5, $6, $7::timestamp)', [
        card.segmentation,
        card.segment,
        card.name,
        JSON.stringify(card),
        card.source,
        card.edited,
        at,
      ]);
      written++;
    }
  });
  return written;
}

export async function listCards(ws: Workspace, segmentation?: string): Promise<SegmentCard[]> {
  const rows = await ws.all<{ card: unknown }>(
    `select card from segment_cards ${segmentation === undefined ? '' : 'where segmentation = $1'} order by segmentation, segment`,
    segmentation === undefined ? [] : [segmentation],
  );
  return rows.map((r) => SegmentCard.parse(json(r.card)));
}
