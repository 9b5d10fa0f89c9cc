/**
 * The leaves of a rule: small predicates, each an object with one operator key, as a CRM user writes them
 * in `segmap.yaml` or sends them to the API.
 *
 *   { field: beds, gte: 200 }                          comparison (lt, lte, gt, gte on numbers and dates)
 *   { field: type, equal: hospital }                   equality (text, number, boolean, date)
 *   { field: type, oneOf: [hospital, health_system] }  set
 *   { field: beds, range: [100, 500] }                 inclusive range; null leaves a side open
 *   { field: npi, valid: true }                        null check (valid: false = missing)
 *   { field: service_lines, contains: orthopedics }    substring, case-sensitive
 *   { field: last_verified, withinDays: 365 }          date in the last N days (as of the run date)
 *   { event: { type: webinar, withinDays: 90 } }       engagement_events window, optional channel/asset/atLeast
 *   { inSegment: ortho-vac-hospitals }                 another rule segment of the same set
 *   { member: { kind: quadrant, segment: growth, of: account } }  a stored membership (tag) of any kind
 *
 * Field names are checked against the workspace schema later (./check-rule-set.ts); here only the shape.
 * Stakeholder rules may read their primary account's fields as `account.<field>`.
 *
 * Reference: vega-lite `src/predicate.ts` (FieldEqualPredicate, FieldRangePredicate, FieldOneOfPredicate,
 * FieldValidPredicate).
 */
import { z } from 'zod';

const text = z.string().min(1).max(1000);
const finite = z.number().refine(Number.isFinite, 'requires a finite number');
/** A comparison operand: a number, or an ISO date ('2024-06-30') for date fields. */
const ordered = z.union([finite, text]);
const scalar = z.union([text, finite, z.boolean()]);
const field = z.string().min(1).max(200);
const days = z.number().int().min(0).max(36500);
const textOrList = z.union([text, z.array(text).min(1).max(100)]);

export const FieldEqualPredicate = z.strictObject({ field, equal: scalar });
export type FieldEqualPredicate = z.infer<typeof FieldEqualPredicate>;
export const FieldLTPredicate = z.strictObject({ field, lt: ordered });
export type FieldLTPredicate = z.infer<typeof FieldLTPredicate>;
export const FieldLTEPredicate = z.strictObject({ field, lte: ordered });
export type FieldLTEPredicate = z.infer<typeof FieldLTEPredicate>;
export const FieldGTPredicate = z.strictObject({ field, gt: ordered });
export type FieldGTPredicate = z.infer<typeof FieldGTPredicate>;
export const FieldGTEPredicate = z.strictObject({ field, gte: ordered });
export type FieldGTEPredicate = z.infer<typeof FieldGTEPredicate>;
export const FieldRangePredicate = z.strictObject({ field, range: z.tuple([ordered.nullable(), ordered.nullable()]) });
export type FieldRangePredicate = z.infer<typeof FieldRangePredicate>;
export const FieldOneOfPredicate = z.strictObject({ field, oneOf: z.array(scalar).min(1).max(1000) });
export type FieldOneOfPredicate = z.infer<typeof FieldOneOfPredicate>;
export const FieldValidPredicate = z.strictObject({ field, valid: z.boolean() });
export type FieldValidPredicate = z.infer<typeof FieldValidPredicate>;
export const FieldContainsPredicate = z.strictObject({ field, contains: text });
export type FieldContainsPredicate = z.infer<typeof FieldContainsPredicate>;
export const FieldWithinDaysPredicate = z.strictObject({ field, withinDays: days });
export type FieldWithinDaysPredicate = z.infer<typeof FieldWithinDaysPredicate>;

/** "At least N engagement events of this type/channel/asset in the last D days" (N defaults to 1). */
export const EventPredicate = z.strictObject({
  event: z.strictObject({
    type: textOrList.optional(),
    channel: textOrList.optional(),
    asset: textOrList.optional(),
    withinDays: days,
    atLeast: z.number().int().min(1).max(1_000_000).optional(),
  }),
});
export type EventPredicate = z.infer<typeof EventPredicate>;

export const InSegmentPredicate = z.strictObject({ inSegment: text });
export type InSegmentPredicate = z.infer<typeof InSegmentPredicate>;

export const membershipKindNames = ['statistical', 'projected', 'rule', 'persona', 'quadrant', 'tier'] as const;

/** A current tag of the entity itself (`of: self`, default) or of a stakeholder's primary account. */
export const MemberPredicate = z.strictObject({
  member: z.strictObject({
    segment: z.union([text, finite]),
    segmentation: text.optional(),
    kind: z.enum(membershipKindNames).optional(),
    of: z.enum(['self', 'account']).optional(),
  }),
});
export type MemberPredicate = z.infer<typeof MemberPredicate>;

export const fieldOperators = ['equal', 'lt', 'lte', 'gt', 'gte', 'range', 'oneOf', 'valid', 'contains', 'withinDays'] as const;

export const RulePredicate = z.union([
  FieldEqualPredicate,
  FieldLTPredicate,
  FieldLTEPredicate,
  FieldGTPredicate,
  FieldGTEPredicate,
  FieldRangePredicate,
  FieldOneOfPredicate,
  FieldValidPredicate,
  FieldContainsPredicate,
  FieldWithinDaysPredicate,
  EventPredicate,
  InSegmentPredicate,
  MemberPredicate,
]);
export type RulePredicate = z.infer<typeof RulePredicate>;

export type FieldPredicate = Extract<RulePredicate, { field: string }>;

export const isFieldPredicate = (p: RulePredicate): p is FieldPredicate => 'field' in p;
export const isEventPredicate = (p: RulePredicate): p is EventPredicate => 'event' in p;
export const isInSegmentPredicate = (p: RulePredicate): p is InSegmentPredicate => 'inSegment' in p;
export const isMemberPredicate = (p: RulePredicate): p is MemberPredicate => 'member' in p;
