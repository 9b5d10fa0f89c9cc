/**
 * Personas: segments defined by hand from interviews, for teams without data (medical, comms, HR).
 * A persona has a name, a description, drivers, barriers, channels, content and talking points, and
 * optional assignment `rules` in the rules language of spec/rules (the `entry` of a rule segment, e.g.
 * `{ all: [{ field: role, equal: nurse }, { field: account.beds, gte: 300 }] }`), checked against the
 * workspace's fields when assigned. Personas are tried in `priority` order (then file order); a
 * stakeholder gets the first persona whose rules match.
 *
 * @example YAML (`segmap persona add D --file personas.yaml`)
 *   personas:
 *     - id: busy-clinician
 *       name: The busy clinician
 *       description: Sees patients all day; decides fast on evidence a peer trusts.
 *       drivers: [patient outcomes, time saved]
 *       channels: [peer events, short videos]
 *       rules: { all: [{ field: role, equal: physician }] }
 */
import { z } from 'zod';

const items = z.array(z.string().min(1).max(500)).max(30).default([]);

export const Persona = z
  .object({
    /** A short slug: lowercase letters, digits and dashes. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'an id requires lowercase letters, digits and dashes'),
    name: z.string().min(1).max(200),
    description: z.string().max(2000).default(''),
    drivers: items,
    barriers: items,
    channels: items,
    content: items,
    talkingPoints: items,
    /** Assignment rules (spec/rules condition); absent = assigned by hand only. */
    rules: z.unknown().optional(),
    /** Lower first; default: the order in the file. */
    priority: z.number().int().optional(),
  })
  .strict();
export type Persona = z.infer<typeof Persona>;

export const PersonasFile = z
  .object({
    /** The segmentation name the personas' memberships are recorded under. */
    segmentation: z.string().min(1).max(200).default('personas'),
    personas: z.array(Persona).min(1).max(12),
  })
  .strict();
export type PersonasFile = z.infer<typeof PersonasFile>;
