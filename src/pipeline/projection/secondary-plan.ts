/**
 * Which data-driven columns the projection's input table has: one column per procedure code a
 * stakeholder bills, per engagement (channel, type), per engagement asset and per KOL signal kind. The
 * category lists come from the workspace when a model is trained (commonest first, capped) and are stored
 * in the model (`training.secondary`), so the universe is scored — and `segmap sql` reads — exactly the
 * columns the model was fitted on. Category values reach input names only through ./feature-name.ts;
 * in SQL they are always parameters.
 *
 * Families (source table → aggregate per stakeholder, every column on ln(1 + x)):
 *   volume      volumes (entity_kind 'stakeholder'), per code       → sum of counts (suppressed → 5)
 *   engagement  engagement_events, per (channel, type)              → number of events
 *   asset       engagement_events, per asset                        → number of events
 *   kol         kol_signals, per kind                               → sum of values
 *
 * Complexity: one grouped query per family over its source table.
 *
 * @example
 * const plan = await discoverSecondaryPlan(ws);
 * plan.categories[0];   // { family: 'engagement', values: ['email', 'open'], input: 'engagement_email_open' }
 */
import { z } from 'zod';
import type { Workspace } from '../../data/workspace.js';
import { InputError } from '../../lib/errors.js';
import { typingMessages } from '../../lib/messages/typing.js';
import { ModelName } from '../../spec/scoring-model.js';
import { featureName } from './feature-name.js';

export const secondaryFamilies = ['volume', 'engagement', 'asset', 'kol'] as const;
export type SecondaryFamily = (typeof secondaryFamilies)[number];

export const SecondaryCategory = z
  .object({
    family: z.enum(secondaryFamilies),
    /** The raw category value(s): [code] | [channel, type] | [asset] | [kind]. */
    values: z.array(z.string().max(200)).min(1).max(2),
    /** The input (column) name, made by featureName. */
    input: ModelName,
  })
  .strict();
export type SecondaryCategory = z.infer<typeof SecondaryCategory>;

export const SecondaryPlan = z
  .object({
    version: z.literal(1),
    categories: z.array(SecondaryCategory),
  })
  .strict()
  .superRefine((plan, ctx) => {
    plan.categories.forEach((c, i) => {
      if (c.values.length !== (c.family === 'engagement' ? 2 : 1)) ctx.addIssue({ code: 'custom', path: ['categories', i, 'values'], message: `does not fit family ${c.family}` });
      if (!c.input.startsWith(`${c.family}_`)) ctx.addIssue({ code: 'custom', path: ['categories', i, 'input'], message: `requires the prefix ${c.family}_` });
    });
    if (new Set(plan.categories.map((c) => c.input)).size !== plan.categories.length) ctx.addIssue({ code: 'custom', path: ['categories'], message: 'input names must be unique' });
  });
export type SecondaryPlan = z.infer<typeof SecondaryPlan>;

export interface DiscoverOptions {
  /** At most this many categories per family, the most widespread first (default 30). */
  readonly maxPerFamily?: number;
  /** A category must reach at least this many stakeholders (default 10). */
  readonly minStakeholders?: number;
}

/** Distinct categories of each family, with the number of stakeholders they reach. Fixed SQL, no user text. */
const discoverySql: Record<SecondaryFamily, string> = {
  volume: `select code as v1, null::varchar as v2, count(distinct entity_id) as n from volumes
           where entity_kind = 'stakeholder' and code is not null group by all`,
  engagement: `select channel as v1, type as v2, count(distinct stakeholder_id) as n from engagement_events
               where stakeholder_id is not null and channel is not null and type is not null group by all`,
  asset: `select asset as v1, null::varchar as v2, count(distinct stakeholder_id) as n from engagement_events
          where stakeholder_id is not null and asset is not null group by all`,
  kol: `select kind as v1, null::varchar as v2, count(distinct stakeholder_id) as n from kol_signals group by all`,
};

export async function discoverSecondaryPlan(ws: Workspace, options: DiscoverOptions = {}): Promise<SecondaryPlan> {
  const max = options.maxPerFamily ?? 30;
  const min = options.minStakeholders ?? 10;
  const taken = new Set<string>();
  const categories: SecondaryCategory[] = [];
  for (const family of secondaryFamilies) {
    const rows = await ws.all<{ v1: string; v2: string | null }>(
      `select v1, v2 from (${discoverySql[family]}) where n >= $1 and length(v1) <= 200 and coalesce(length(v2), 0) <= 200
       order by n desc, v1, v2 limit $2`,
      [min, max],
    );
    for (const row of rows) {
      const values = row.v2 === null ? [row.v1] : [row.v1, row.v2];
      categories.push({ family, values, input: featureName(family, values, taken) });
    }
  }
  return { version: 1, categories };
}

/** The plan stored in a model's `training.secondary`, validated. */
export function planFromTraining(training: Readonly<Record<string, unknown>>): SecondaryPlan {
  const parsed = SecondaryPlan.safeParse(training.secondary);
  if (!parsed.success) throw new InputError(typingMessages.secondaryPlanInvalid(parsed.error.issues[0]?.path.join('.') ?? '', parsed.error.issues[0]?.message ?? 'is invalid'));
  return parsed.data;
}
