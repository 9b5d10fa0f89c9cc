/**
 * `segmap persona list D` and `segmap persona export D --out DIR`: the stored personas with their current
 * assignment counts, and their deliverables — DIR/personas.xlsx (the Cards sheet researchers already know)
 * and DIR/personas.html (the same self-contained report as segments, cards only).
 *
 * @example
 * await exportPersonas('D', 'out'); // { workbook: 'out/personas.xlsx', report: 'out/personas.html' }
 */
import { join } from 'node:path';
import { writeReport } from '../../activation/report/write-report.js';
import { writeCardsWorkbook } from '../../activation/workbook/write-cards-workbook.js';
import { openWorkspace, type Workspace } from '../../data/workspace.js';
import { NotFoundError } from '../../lib/errors.js';
import { profileMessages } from '../../lib/messages/profile.js';
import type { SegmentCard } from '../../spec/segment-card.js';
import { listCards } from '../profile/store-profile.js';
import { listPersonas } from './store-personas.js';

export interface PersonaListing {
  readonly id: string;
  readonly name: string;
  readonly segmentation: string;
  readonly description: string;
  readonly hasRules: boolean;
  readonly assigned: number | null;
}

async function assignedCounts(ws: Workspace): Promise<Map<string, number>> {
  const rows = await ws.all<{ segmentation: string; segment: string; n: number }>(
    "select segmentation, segment, count(*) as n from memberships where kind = 'persona' and valid_to is null group by all",
  );
  return new Map(rows.map((r) => [`${r.segmentation}\u0000${r.segment}`, r.n]));
}

export async function listPersonasIn(dir: string): Promise<PersonaListing[]> {
  const ws = await openWorkspace(dir);
  try {
    const counts = await assignedCounts(ws);
    return (await listPersonas(ws)).map(({ segmentation, persona }) => ({
      id: persona.id,
      name: persona.name,
      segmentation,
      description: persona.description,
      hasRules: persona.rules !== undefined,
      assigned: persona.rules === undefined ? null : (counts.get(`${segmentation}\u0000${persona.id}`) ?? 0),
    }));
  } finally {
    ws.close();
  }
}

export async function exportPersonas(dir: string, outDir: string): Promise<{ workbook: string; report: string; cards: number }> {
  const ws = await openWorkspace(dir);
  let cards: SegmentCard[];
  try {
    const personas = await listPersonas(ws);
    if (personas.length === 0) throw new NotFoundError(profileMessages.noPersonas(dir));
    const ids = new Set(personas.map((p) => `${p.segmentation}\u0000${p.persona.id}`));
    const stored = (await listCards(ws)).filter((c) => ids.has(`${c.segmentation}\u0000${c.segment}`));
    const order = personas.map((p) => `${p.segmentation}\u0000${p.persona.id}`);
    cards = stored.sort((a, b) => order.indexOf(`${a.segmentation}\u0000${a.segment}`) - order.indexOf(`${b.segmentation}\u0000${b.segment}`));
  } finally {
    ws.close();
  }
  const files = { workbook: join(outDir, 'personas.xlsx'), report: join(outDir, 'personas.html') };
  await writeCardsWorkbook(cards, files.workbook, 'Personas');
  await writeReport({ profile: null, cards, title: 'Personas' }, files.report);
  return { ...files, cards: cards.length };
}
