/**
 * Drafts a segment card per segment from a profile: who they are (the role / specialty / account-type mix
 * where the segment over-indexes), what drives them and what holds them back (survey items significantly
 * higher than in the other segments, strongest first), their channels and information sources, how they
 * see reps, and talking points that follow from those. A draft: people edit it, and an edited card is
 * kept by later runs (see ./store-cards.ts).
 *
 * @example
 * buildCards(doc, { segmentation: 'survey', sections: new Map([['barrier_budget', 'barriers']]) })[0].barriers;
 * // ['budget constraints (index 131)']
 */
import type { ProfileDocument, ProfileVariable } from '../../spec/profile.js';
import type { MixEntry, SegmentCard } from '../../spec/segment-card.js';
import { cardSection, type CardSection } from './card-sections.js';

export interface CardOptions {
  readonly segmentation: string;
  /** Section per variable name; unlisted variables are placed by name (./card-sections.ts). */
  readonly sections?: ReadonlyMap<string, CardSection>;
  /** Items per section. */
  readonly perSection?: number;
}

interface Trait {
  readonly text: string;
  readonly score: number;
  readonly direction: 'higher' | 'lower';
}

/** The wording of an item without its battery stem: "…, how important is strong evidence" → "strong evidence". */
export function shortText(v: ProfileVariable): string {
  const full = v.description ?? v.label;
  const tail = full.split(/:\s+|how important is\s+|how often do you rely on\s+/i).pop()?.trim() ?? full;
  return tail.length > 0 ? tail : full;
}

function traits(v: ProfileVariable, g: number): Trait[] {
  return v.rows.flatMap((row): Trait[] => {
    const cell = row.cells[g];
    if (!cell || cell.value === null || row.total === null || (cell.significance !== 'higher' && cell.significance !== 'lower')) return [];
    const index = cell.index === null ? '' : ` (index ${Math.round(cell.index)})`;
    const subject = v.kind === 'numeric' ? shortText(v) : `${shortText(v)}: ${row.label}`;
    const score = v.kind === 'numeric' ? Math.abs(cell.value - row.total) / (row.totalSd || 1) : Math.abs(cell.value - row.total) / Math.sqrt(row.total * (1 - row.total) || 1);
    return [{ text: `${subject}${index}`, score, direction: cell.significance }];
  });
}

function mix(v: ProfileVariable, g: number): MixEntry[] {
  return v.rows
    .flatMap((row) => {
      const cell = row.cells[g];
      return cell && cell.value !== null && cell.value >= 0.1 ? [{ variable: v.label, level: row.label, share: cell.value, index: cell.index }] : [];
    })
    .sort((a, b) => b.share - a.share)
    .slice(0, 3);
}

export function buildCards(doc: ProfileDocument, options: CardOptions): SegmentCard[] {
  const per = options.perSection ?? 4;
  const sectionOf = (v: ProfileVariable): CardSection => options.sections?.get(v.name) ?? cardSection(v.name);
  const significant = doc.variables.filter((v) => v.significant);
  return doc.segments.map((segment, g) => {
    const pick = (section: CardSection, direction?: 'higher' | 'lower'): Trait[] =>
      significant
        .filter((v) => sectionOf(v) === section)
        .flatMap((v) => traits(v, g))
        .filter((t) => direction === undefined || t.direction === direction)
        .sort((a, b) => b.score - a.score)
        .slice(0, per);
    const arrow = (t: Trait): string => `${t.direction === 'higher' ? 'more' : 'less'}: ${t.text}`;
    const drivers = pick('drivers', 'higher').map((t) => t.text);
    const barriers = pick('barriers', 'higher').map((t) => t.text);
    const channels = pick('channels', 'higher').map((t) => t.text);
    const informationSources = pick('informationSources', 'higher').map((t) => t.text);
    const repInvolvement = pick('repInvolvement').map(arrow);
    const whoVariables = doc.variables.filter((v) => sectionOf(v) === 'who' && v.kind === 'categorical');
    const whoTraits = pick('who', 'higher');
    const strip = (t: string): string => t.replace(/ \(index \d+\)$/, '');
    const talkingPoints = [
      ...drivers.slice(0, 2).map((d) => `Lead with ${strip(d)}`),
      ...barriers.slice(0, 1).map((b) => `Address ${strip(b)} early`),
      ...channels.slice(0, 1).map((c) => `Reach them through ${strip(c)}`),
    ];
    return {
      segmentation: options.segmentation,
      segment: segment.id,
      name: segment.label,
      suggestedName: segment.suggestedLabel,
      headline: `${(segment.share * 100).toFixed(0)}% of ${doc.weightMode === 'unweighted' ? 'respondents' : 'the weighted sample'}; ${segment.suggestedLabel.toLowerCase()}`,
      size: { count: segment.count, share: segment.share },
      who: { summary: whoTraits.map((t) => t.text).slice(0, 3).join('; '), mix: whoVariables.flatMap((v) => mix(v, g)) },
      drivers,
      barriers,
      channels,
      informationSources,
      repInvolvement,
      content: [],
      talkingPoints,
      source: 'profile',
      edited: false,
    };
  });
}
