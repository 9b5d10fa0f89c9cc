/**
 * The profile (D/out/profile.json) and segment cards as the web UI shows them: variables strongest first,
 * one heatmap row per numeric variable or per level of a categorical one; cards with their sections.
 */
import { readFile } from 'node:fs/promises';
import type { Workspace } from '../../data/workspace.js';
import { ProfileDocument } from '../../spec/profile.js';
import type { SegmentCard } from '../../spec/segment-card.js';
import type { ProfileView, ProfileVariableView, SegmentCardView } from '../../spec/views.js';
import { listCards } from '../profile/store-profile.js';
import { outPath } from './out-files.js';

export async function profileView(outDir: string): Promise<ProfileView | null> {
  const path = outPath(outDir, 'profile');
  if (!path) return null;
  const doc = ProfileDocument.parse(JSON.parse(await readFile(path, 'utf8')));
  const shortNames = new Map(doc.segments.map((s) => [s.id, `${s.letter}. segment ${s.id}`]));
  const byName = new Map(doc.variables.map((v) => [v.name, v]));
  const ordered = [...doc.ranking.map((n) => byName.get(n)), ...doc.variables.filter((v) => !doc.ranking.includes(v.name))].filter(
    (v): v is ProfileDocument['variables'][number] => v !== undefined,
  );
  const variables: ProfileVariableView[] = ordered.flatMap((v) =>
    v.rows.map((row) => ({
      name: v.name,
      label: v.kind === 'numeric' ? v.label : `${v.label}: ${row.label}`,
      test: v.test,
      pValue: v.adjustedPValue ?? v.pValue,
      effectSize: v.effectSize,
      cells: row.cells.map((c) => ({ segment: shortNames.get(c.segment) ?? c.segment, value: c.value, index: c.index, significance: c.significance })),
    })),
  );
  return { segments: doc.segments.map((s) => shortNames.get(s.id) ?? s.id), variables };
}

const sections: readonly { title: string; key: keyof SegmentCard }[] = [
  { title: 'What drives them', key: 'drivers' },
  { title: 'Barriers', key: 'barriers' },
  { title: 'Channels', key: 'channels' },
  { title: 'Information sources', key: 'informationSources' },
  { title: 'Rep involvement', key: 'repInvolvement' },
  { title: 'What to say', key: 'talkingPoints' },
];

export async function cardsView(ws: Workspace): Promise<SegmentCardView[]> {
  const cards = await listCards(ws);
  return cards.map((card) => ({
    segment: card.segment,
    name: card.name,
    headline: card.headline,
    sections: [
      ...(card.who.summary ? [{ title: 'Who they are', items: [card.who.summary] }] : []),
      ...sections.map((s) => ({ title: s.title, items: card[s.key] as readonly string[] })),
    ],
  }));
}
