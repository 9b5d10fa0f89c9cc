/**
 * Talking points for the call list: the headline of each segment's card (D/out/segment-cards.json, when
 * the profiling stage wrote one) and the headline and next step each rule segment declares in the
 * project's `rules:` section. Both are optional; a malformed file is skipped with a warning, because a
 * missing talking point must not stop a call list.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Logger } from '../../lib/logger.js';
import { projectFileName } from '../../data/workspace.js';
import { RulesSection } from '../../spec/rules/rule-segment.js';
import { rulesSectionOf } from '../rules/load-rule-set.js';

export interface RuleTalkingPoints {
  readonly headline: string | null;
  readonly nextStep: string | null;
}

export interface Headlines {
  /** Segment → card headline (also keyed `segmentation/segment` when the card names its segmentation). */
  readonly cards: ReadonlyMap<string, string>;
  /** Rule segment name → its talking points, in the order of the rules file. */
  readonly rules: ReadonlyMap<string, RuleTalkingPoints>;
}

function cardsFrom(document: unknown): Map<string, string> {
  const cards = new Map<string, string>();
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
    cards.set(String(segment), headline);
    if (typeof c.segmentation === 'string') cards.set(`${c.segmentation}/${String(segment)}`, headline);
  }
  return cards;
}

export function loadHeadlines(workspaceDir: string, outDir: string, logger: Logger): Headlines {
  let cards = new Map<string, string>();
  const cardsFile = join(outDir, 'segment-cards.json');
  if (existsSync(cardsFile)) {
    try {
      cards = cardsFrom(JSON.parse(readFileSync(cardsFile, 'utf8')));
    } catch {
      logger.warn('calllist-cards-unreadable', `${cardsFile} is not valid JSON; message pillars from segment cards are skipped`);
    }
  }
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
