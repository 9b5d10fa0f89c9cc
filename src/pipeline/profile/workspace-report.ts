/**
 * `segmap report D`: the self-contained HTML report of the workspace's latest segmentation (any kind:
 * statistical, projected, rule, persona, quadrant), with its segment cards.
 *
 * Phases: 1. apply edited cards (--cards FILE, YAML or JSON) → 2. pick the profile: the stored one when it
 * is newer than the latest memberships, else profile the latest segmentation now (and store it); a
 * workspace with personas only gets a personas report → 3. write D/out/report.html (or --out) →
 * 4. optionally export the cards as YAML for editing (--export-cards FILE).
 *
 * @example
 * await writeWorkspaceReport('D', {}); // { file: 'D/out/report.html', segmentation: 'survey', source: 'stored profile' }
 * @throws NotFoundError when the workspace has no segmentation, no stored profile and no personas
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { atomicWrite } from '../../activation/atomic-write.js';
import { writeReport } from '../../activation/report/write-report.js';
import { openWorkspace, type Workspace } from '../../data/workspace.js';
import { InputError, NotFoundError } from '../../lib/errors.js';
import type { Logger } from '../../lib/logger.js';
import { profileMessages } from '../../lib/messages/profile.js';
import type { ProfileDocument } from '../../spec/profile.js';
import { SegmentCardsFile, type SegmentCard } from '../../spec/segment-card.js';
import { profileWorkspace } from './profile-workspace.js';
import { latestProfile, listCards, saveCards } from './store-profile.js';
import { latestSegmentation } from './workspace-members.js';

export interface WorkspaceReportOptions {
  readonly out?: string;
  readonly cardsFile?: string;
  readonly exportCards?: string;
  readonly logger?: Logger;
}

export interface WorkspaceReportResult {
  readonly file: string;
  readonly segmentation: string;
  readonly source: 'stored profile' | 'new profile' | 'personas';
  readonly cardsSaved: number;
  readonly cardsExported: string | null;
}

/** Reads edited cards (YAML or JSON); each is marked edited so later profile runs keep it. */
export async function readCardsFile(file: string): Promise<SegmentCard[]> {
  let raw: unknown;
  try {
    raw = parseYaml(await readFile(file, 'utf8'));
  } catch (error) {
    throw new InputError(profileMessages.fileInvalid(file, error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)), { file });
  }
  const parsed = SegmentCardsFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(profileMessages.fileInvalid(file, `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`), { file });
  }
  return parsed.data.cards.map((c) => ({ ...c, edited: true }));
}

/** Cards of a segmentation in the profile's segment order. */
const ordered = (cards: readonly SegmentCard[], doc: ProfileDocument | null): SegmentCard[] =>
  doc ? doc.segments.flatMap((s) => cards.filter((c) => c.segment === s.id)) : [...cards];

async function pick(ws: Workspace, logger: Logger | undefined): Promise<{ doc: ProfileDocument | null; segmentation: string; cards: SegmentCard[]; source: WorkspaceReportResult['source'] }> {
  const latest = await latestSegmentation(ws);
  const stored = await latestProfile(ws, latest?.segmentation);
  if (stored && (!latest || stored.createdAt.getTime() >= latest.at.getTime())) {
    return { doc: stored.document, segmentation: stored.segmentation, cards: ordered(await listCards(ws, stored.segmentation), stored.document), source: 'stored profile' };
  }
  if (latest) {
    const result = await profileWorkspace(ws, { ...(logger ? { logger } : {}) });
    return { doc: result.document, segmentation: result.segmentation, cards: [...result.cards], source: 'new profile' };
  }
  const personas = (await listCards(ws)).filter((c) => c.source === 'persona');
  if (personas.length === 0) throw new NotFoundError(profileMessages.noSegmentation(ws.dir));
  return { doc: null, segmentation: personas[0]?.segmentation ?? 'personas', cards: personas, source: 'personas' };
}

export async function writeWorkspaceReport(dir: string, options: WorkspaceReportOptions = {}): Promise<WorkspaceReportResult> {
  const ws = await openWorkspace(dir);
  try {
    const edited = options.cardsFile ? await readCardsFile(options.cardsFile) : [];
    const cardsSaved = edited.length > 0 ? await saveCards(ws, edited, { force: true }) : 0;
    const chosen = await pick(ws, options.logger);
    const file = options.out ?? join(dir, 'out', 'report.html');
    const title = chosen.source === 'personas' ? 'Personas' : `Segments: ${chosen.segmentation}`;
    await writeReport({ profile: chosen.doc, cards: chosen.cards, title }, file);
    if (options.exportCards) await atomicWrite(options.exportCards, stringifyYaml({ cards: chosen.cards }));
    return { file, segmentation: chosen.segmentation, source: chosen.source, cardsSaved, cardsExported: options.exportCards ?? null };
  } finally {
    ws.close();
  }
}
