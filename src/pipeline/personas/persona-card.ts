/**
 * A persona as a segment card, so personas share the cards, the workbook and the report of data-driven
 * segments: name, description as headline, drivers, barriers, channels, content and talking points; size
 * when people have been assigned to it.
 *
 * @example
 * personaCard(persona, 'personas', { count: 120, share: 0.3 }).source; // 'persona'
 */
import type { Persona } from '../../spec/persona.js';
import type { SegmentCard } from '../../spec/segment-card.js';

export function personaCard(persona: Persona, segmentation: string, size: { count: number; share: number } | null = null): SegmentCard {
  return {
    segmentation,
    segment: persona.id,
    name: persona.name,
    suggestedName: null,
    headline: persona.description,
    size,
    who: { summary: '', mix: [] },
    drivers: persona.drivers,
    barriers: persona.barriers,
    channels: persona.channels,
    informationSources: [],
    repInvolvement: [],
    content: persona.content,
    talkingPoints: persona.talkingPoints,
    source: 'persona',
    edited: false,
  };
}
