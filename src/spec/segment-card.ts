/**
 * A segment card: one page a marketer or a rep reads about a segment — who they are (role, specialty and
 * account-type mix), what drives them, barriers, preferred channels and information sources, rep
 * involvement, what to say. Built from a profile (source `profile`) or from a persona (source `persona`),
 * stored in the workspace (table segment_cards), editable: an edited card keeps `edited: true` and a
 * later profile run does not overwrite it.
 *
 * @example
 * SegmentCard.parse({ segmentation: 'survey', segment: '2', name: 'Value guardians', headline: '…', … });
 */
import { z } from 'zod';

const items = z.array(z.string().min(1).max(500)).max(30).default([]);

export const MixEntry = z.object({
  variable: z.string(),
  level: z.string(),
  share: z.number().min(0).max(1),
  /** 100 × share in the segment / share overall (null for personas). */
  index: z.number().nullable(),
});
export type MixEntry = z.infer<typeof MixEntry>;

export const SegmentCard = z
  .object({
    segmentation: z.string().min(1).max(200),
    segment: z.string().min(1).max(200),
    name: z.string().min(1).max(200),
    /** The label the profile suggested (kept when the name is edited). */
    suggestedName: z.string().nullable().default(null),
    headline: z.string().max(1000).default(''),
    size: z.object({ count: z.number(), share: z.number() }).nullable().default(null),
    who: z.object({ summary: z.string().max(1000).default(''), mix: z.array(MixEntry).default([]) }).default({ summary: '', mix: [] }),
    drivers: items,
    barriers: items,
    channels: items,
    informationSources: items,
    repInvolvement: items,
    content: items,
    talkingPoints: items,
    source: z.enum(['profile', 'persona', 'manual']).default('manual'),
    edited: z.boolean().default(false),
  })
  .strict();
export type SegmentCard = z.infer<typeof SegmentCard>;

/** The editable YAML/JSON form: a list of cards (`segmap report D --export-cards` / `--cards`). */
export const SegmentCardsFile = z.object({ cards: z.array(SegmentCard).min(1) }).strict();
export type SegmentCardsFile = z.infer<typeof SegmentCardsFile>;
