/**
 * The `prioritization:` section of the project file (segmap.yaml): which data count as volume, potential,
 * sales, relationship and influence, how the parts are weighted, how the opportunity matrix finds its cut
 * points, tiers and call frequencies. Every key is optional; `Prioritization.parse({})` is the default
 * set-up, which fits a device market with procedure claims, a sales feed and a shared-patient network.
 *
 * Rules checked here, because they are policy and not arithmetic:
 * - influence is never prescribing volume alone (pagerank or kol must carry weight);
 * - `kol.mode: phrma` excludes volume from influence entirely (PhRMA Code on Interactions with Health Care
 *   Professionals, §7: speakers are not selected on the basis of past, present or future prescribing).
 *
 * @example
 *   prioritization:
 *     products: [MER-ATH, MER-DCB]
 *     volume: { codes: ['37224', '37225', '37226', '37252'], reported_rate: { '37252': 0.3 } }
 *     potential: { diagnosis_codes: [I70.2] }
 *     weights: { volume: 0.3, potential: 0.3, referral: 0.2, kol: 0.1, affiliation: 0.1 }
 *     cut_points: { method: jenks }
 *     kol: { mode: phrma }
 */
import { z } from 'zod';
import { prioritizeMessages as msg } from '../lib/messages/prioritize.js';

const weight = z.number().min(0).max(1000);
const code = z.union([z.string().min(1), z.number()]).transform(String);
const positiveSum = (values: Record<string, number>): boolean => Object.values(values).some((w) => w > 0);

export const VolumeOptions = z
  .object({
    /** Procedure or claims codes mapped to the product; empty = every code not used for potential. */
    codes: z.array(code).default([]),
    /** Codes known to be under-reported, with the share that reaches claims: count / rate is used. */
    reported_rate: z.record(z.string(), z.number().gt(0).max(1)).default({}),
    /** How many of the latest periods make "current" volume (4 quarters = a year). */
    periods: z.number().int().min(1).max(120).default(4),
    /** Count assumed for a suppressed cell (CMS suppresses counts of 1 to 10). */
    suppressed_value: z.number().min(0).default(5),
  })
  .strict();

export const PotentialOptions = z
  .object({
    /** Diagnosis codes whose counts are the diagnosed patients; untreated = diagnosed - treated. */
    diagnosis_codes: z.array(code).default([]),
    /** Codes that count treated patients (not add-ons); empty = the volume codes. */
    treated_codes: z.array(code).default([]),
    /** A volumes code holding each account's catchment population; with `prevalence` it gives diagnosed patients. */
    population_code: code.optional(),
    prevalence: z.number().gt(0).max(1).optional(),
    /** Scale untreated patients by the account's volume trend (latest periods against the ones before). */
    growth: z.boolean().default(true),
  })
  .strict()
  .refine((p) => p.prevalence === undefined || p.population_code !== undefined, { message: msg.prevalenceNeedsPopulation() });

export const OpportunityWeights = z
  .object({
    volume: weight.default(0.3),
    potential: weight.default(0.3),
    /** Current sales as part of opportunity (0 by default: sales belong to current position). */
    sales: weight.default(0),
    affiliation: weight.default(0.1),
    referral: weight.default(0.2),
    kol: weight.default(0.1),
  })
  .strict()
  .refine(positiveSum, { message: msg.weightsNeedPositive('weights') });

export const PositionWeights = z
  .object({ share: weight.default(0.7), relationship: weight.default(0.3) })
  .strict()
  .refine(positiveSum, { message: msg.weightsNeedPositive('position_weights') });

export const KolOptions = z
  .object({
    /** phrma: no prescribing volume anywhere in influence or KOL scoring. */
    mode: z.enum(['standard', 'phrma']).default('standard'),
    /** Weight per kol_signals kind (publications, trials, speaker programmes, Open Payments...); others weigh 1. */
    signals: z.record(z.string(), weight).default({}),
  })
  .strict();

export const InfluenceWeights = z
  .object({ pagerank: weight.default(0.5), kol: weight.default(0.5), volume: weight.default(0) })
  .strict()
  .refine((w) => w.pagerank > 0 || w.kol > 0, { message: msg.influenceNeedsNonVolume() });

export const ReferralOptions = z
  .object({
    alpha: z.number().gt(0).lt(1).default(0.85),
    /**
     * Stop when the l1 change < nodes x tol (networkx's rule). networkx's own default, 1e-6, stops a
     * million-clinician network after one step (l1 < 1), hence a tighter default here.
     */
    tol: z.number().gt(0).max(1e-2).default(1e-10),
    max_iterations: z.number().int().min(1).max(10_000).default(100),
    /** Share of stakeholders (by PageRank) that count as referral hubs. */
    hub_share: z.number().gt(0).max(0.5).default(0.02),
    /** Shared patients assumed for a suppressed referral pair. */
    suppressed_value: z.number().min(0).default(5),
  })
  .strict();

const quadrantCalls = z.array(z.number().min(0).max(100)).min(1);

export const PrioritizationSpec = z
  .object({
    /** Our products in the sales table; empty = every product. */
    products: z.array(code).default([]),
    sales_measure: z.enum(['units', 'revenue']).default('units'),
    volume: VolumeOptions.prefault({}),
    potential: PotentialOptions.prefault({}),
    /**
     * Our units over: 'sales' — all units in the sales table (a syndicated feed with competitors);
     * 'volume' — the corrected procedure volume; 'auto' — 'sales' when the table holds products that are
     * not ours, else 'volume'.
     */
    share: z.object({ denominator: z.enum(['auto', 'volume', 'sales']).default('auto') }).strict().prefault({}),
    relationship: z
      .object({
        /** Weight per engagement event type; types not listed weigh `other`. */
        event_types: z.record(z.string(), weight).default({}),
        other: weight.default(1),
        /** A vendor name; an account whose installed_vendors lists it counts as a relationship. */
        own_vendor: z.string().min(1).optional(),
      })
      .strict()
      .prefault({}),
    weights: OpportunityWeights.prefault({}),
    position_weights: PositionWeights.prefault({}),
    kol: KolOptions.prefault({}),
    influence: InfluenceWeights.prefault({}),
    referrals: ReferralOptions.prefault({}),
    cut_points: z
      .object({
        method: z.enum(['jenks', 'mixture', 'quantile']).default('jenks'),
        quantile: z.number().gt(0).lt(1).default(0.5),
        /** 'type': cut points and tiers fitted per account type (peer groups); 'all': one set for everyone. */
        by: z.enum(['type', 'all']).default('type'),
        /** Accounts with volume a type needs for its own cut points; smaller types use everyone's. */
        min_group: z.number().int().min(5).default(30),
      })
      .strict()
      .prefault({}),
    tiers: z.object({ method: z.enum(['jenks', 'quantile']).default('jenks'), count: z.number().int().min(2).max(10).default(3) }).strict().prefault({}),
    /** Suggested calls per month by quadrant, one number per tier (the last repeats). */
    calls_per_month: z
      .object({
        growth: quadrantCalls.default([4, 2, 1]),
        expansion: quadrantCalls.default([3, 2, 1]),
        maintain_monitor: quadrantCalls.default([2, 1, 0.5]),
        low_priority: quadrantCalls.default([1, 0.5, 0.25]),
      })
      .strict()
      .prefault({}),
    /** Account types placed on the matrix (sites of care). */
    scored_types: z.array(z.string().min(1)).min(1).default(['hospital', 'asc', 'specialty_clinic', 'independent_lab', 'pharmacy']),
    /** Account types that roll up their member sites (health systems / IDNs). */
    system_types: z.array(z.string().min(1)).default(['health_system']),
  })
  .strict()
  .refine((s) => !(s.kol.mode === 'phrma' && s.influence.volume > 0), { message: msg.phrmaExcludesVolume(), path: ['influence', 'volume'] });

/** The validated, fully defaulted `prioritization:` section. */
export type PrioritizationSpec = z.infer<typeof PrioritizationSpec>;
/** What a user may write (every key optional). */
export type PrioritizationInput = z.input<typeof PrioritizationSpec>;
