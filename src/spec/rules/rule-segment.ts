/**
 * The `rules:` section of segmap.yaml (and the body of the rules API): CRM-style segments defined by
 * conditions, with entry and exit criteria, layering (stakeholder segments within account segments),
 * priority order for mutually exclusive sets, and overlapping tags for everything else.
 *
 *   rules:
 *     segmentation: crm-rules
 *     segments:
 *       - name: ortho-vac-hospitals
 *         entity: account
 *         entry: { all: [ { field: type, equal: hospital }, { field: has_vac, equal: true },
 *                         { field: service_lines, contains: orthopedics } ] }
 *       - name: surgeon-champions
 *         entity: stakeholder
 *         within: ortho-vac-hospitals          # layered: only people at those accounts
 *         entry: { event: { type: webinar, withinDays: 90 } }
 *         exit:  { not: { event: { withinDays: 365 } } }   # hysteresis: stays until a year of silence
 *     exclusive:
 *       - name: engagement
 *         order: [hot, warm, cold]             # an entity matching several keeps the first
 *
 * Semantics (the evaluator and the SQL compiler implement exactly this):
 *   member = within ∧ (entry ∨ (was member at the last run ∧ ¬exit)),  exit defaulting to ¬entry;
 *   in an exclusive group, member_i also requires ¬member_j for every j before i.
 * Segments outside exclusive groups overlap freely (tags). Dates are ISO strings; "now" is the run's
 * `asOf` date, never the clock, so a run can be reproduced.
 *
 * Reference: dittofeed `isomorphic-lib/src/types.ts` (SegmentDefinition with entry and exit nodes).
 */
import { z } from 'zod';
import type { LogicalComposition } from './logical.js';
import { RulePredicate } from './predicate.js';

export type RuleCondition = LogicalComposition<RulePredicate>;

export const RuleCondition: z.ZodType<RuleCondition> = z.lazy(() =>
  z.union([
    z.strictObject({ not: RuleCondition }),
    z.strictObject({ all: z.array(RuleCondition).min(1).max(200) }),
    z.strictObject({ any: z.array(RuleCondition).min(1).max(200) }),
    RulePredicate,
  ]),
);

/** A segment or group name: starts with a letter or digit; letters, digits, space, `_`, `-`, `.`. */
export const RuleName = z.string().min(1).max(100).regex(/^[\p{L}\p{N}][\p{L}\p{N} _.-]*$/u, 'requires letters, digits, space, _, - or .');
export type RuleName = z.infer<typeof RuleName>;

export const ruleEntities = ['account', 'stakeholder'] as const;
export const RuleEntity = z.enum(ruleEntities);
export type RuleEntity = z.infer<typeof RuleEntity>;

export const RuleSegment = z.strictObject({
  name: RuleName,
  entity: RuleEntity,
  label: z.string().max(200).optional(),
  description: z.string().max(2000).optional(),
  /** The headline shown as the message pillar in call lists until message pillars exist. */
  headline: z.string().max(500).optional(),
  /** What a rep should do next with people in this segment (call-list column). */
  nextStep: z.string().max(500).optional(),
  /** Layering: only entities in this other segment (for a stakeholder, via its primary account). */
  within: RuleName.optional(),
  entry: RuleCondition,
  exit: RuleCondition.optional(),
});
export type RuleSegment = z.infer<typeof RuleSegment>;

export const ExclusiveGroup = z.strictObject({
  name: RuleName,
  /** Segment names, highest priority first; all of one entity kind. */
  order: z.array(RuleName).min(2).max(100),
});
export type ExclusiveGroup = z.infer<typeof ExclusiveGroup>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'requires an ISO date such as 2024-06-30');

export const RulesSection = z.strictObject({
  /** The segmentation name the memberships are recorded under (kind `rule`). */
  segmentation: RuleName.default('rules'),
  /** Evaluate as of this date (default: the run date). */
  asOf: isoDate.optional(),
  segments: z.array(RuleSegment).min(1).max(500),
  exclusive: z.array(ExclusiveGroup).max(100).default([]),
});
export type RulesSection = z.infer<typeof RulesSection>;
export type RulesSectionInput = z.input<typeof RulesSection>;
