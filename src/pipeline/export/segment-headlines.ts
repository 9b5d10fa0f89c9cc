/**
 * Talking points for the call list: the name and headline of each segment's card (the workspace's
 * segment_cards, else D/out/segment-cards.json) and the headline and next step each rule segment declares in the
 * project's `rules:` section. Both are optional; a malformed file is skipped with a warning, because a
 * missing talking point must not stop a call list.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Logger } from '../../lib/logger.js';
import { projectFileName, type Workspace } from '../../data/workspace.js';
import { segmentCardLines } from '../../data/calllist-source.js';
import { RulesSection } from '../../spec/rules/rule-segment.js';
import { rulesSectionOf } from '../rules/load-rule-set.js';

export interface RuleTalkingPoints {
  readonly headline: string | null;
  readonly nextStep: string | null;
}

export interface CardLine {
  readonly name: string | null;
  readonly headline: string | null;
}

export interface Headlines {
  /** `segmentation/segment` (and bare `segment` for cards files without a segmentation) → name and headline. */
  readonly cards: ReadonlyMap<string, CardLine>;
  /** Rule segment name → its talking points, in the order of the rules file. */
  readonly rules: ReadonlyMap<string, RuleTalkingPoints>;
}

function cardsFrom(document: unknown): Map<string, CardLine> {
  const cards = new Map<string, CardLine>();
  const list: unknown = Array.isArray(document)
    ? document
    : typeof document === 'object' && document !== null
      ? ('cards' in document ? document.cards : 'segments' in document ? document.segments : undefined)
      : undefined;
  if (!Array.isArray(list)) return cards;
  for (const card of list as unknown[]) {
    if (typeof card !== 'object' || card === null) continue;
    const c = card as Record<string, unknown>;
    const segment = c.segment ?? c.name ?? c.id;
    const headline = c.headline ?? c.message_pillar ?? c.title;
    if ((typeof segment !== 'string' && typeof segment !== 'number') || typeof headline !== 'string') continue;
    const line = { name: typeof c.name === 'string' ? c.name : null, headline };
    cards.set(typeof c.segmentation === 'string' ? `${c.segmentation}/${String(segment)}` : String(segment), line);
  }
  return cards;
}

/**
 * Cards stored in the workspace (segment_cards) win over a D/out/segment-cards.json file, which serves
 * workspaces whose profiling ran elsewhere.
 */
export async function loadHeadlines(ws: Workspace, outDir: string, logger: Logger): Promise<Headlines> {
  const workspaceDir = ws.dir;
  let cards = new Map<string, CardLine>();
  const cardsFile = join(outDir, 'segment-cards.json');
  if (existsSync(cardsFile)) {
    try {
      cards = cardsFrom(JSON.parse(readFileSync(cardsFile, 'utf8')));
    } catch {
      logger.warn('calllist-cards-unreadable', `${cardsFile} is not valid JSON; message pillars from segment cards are skipped`);
    }
  }
  for (const line of await segmentCardLines(ws)) cards.set(`${line.segmentation}/${line.segment}`, { name: line.name, headline: line.headline });
  const rules = new Map<string, RuleTalkingPoints>();
  const project = join(workspaceDir, projectFileName);
  if (existsSync(project)) {
    try {
      const parsed = RulesSection.safeParse(rulesSectionOf(parseYaml(readFileSync(project, 'utf8'))));
      if (parsed.success) for (const s of parsed.data.segments) rules.set(s.name, { headline: s.headline ?? null, nextStep: s.nextStep ?? null });
    } catch {
      logger.warn('calllist-project-unreadable', `${project} is not readable yaml; rule talking points are skipped`);
    }
  }
  return { cards, rules };
}
