/**
 * Assigns stakeholders to personas by their rules, through the workspace's rule engine (spec/rules,
 * pipeline/rules: checked against the workspace's fields, compiled to SQL, values as parameters), with the
 * personas as one exclusive group in priority order, so each stakeholder gets at most one persona: the
 * first whose rules match. Recorded as memberships of kind `persona` (with history, like every tag).
 *
 * @example
 * await assignPersonas(ws, 'personas', stored); // { assigned: { 'busy-clinician': 812, … }, recorded: { entered, exited, verified } }
 * @throws InputError when a rule names an unknown field or has a bad value (the rules engine's message)
 */
import { workspaceFieldCatalog } from '../../data/rule-inputs.js';
import { recordMemberships, type RecordMembershipsResult } from '../../data/memberships.js';
import type { Workspace } from '../../data/workspace.js';
import type { Persona } from '../../spec/persona.js';
import { checkRules } from '../rules/load-rule-set.js';
import { runRules } from '../rules/run-rules.js';

export interface PersonaAssignment {
  readonly assigned: Readonly<Record<string, number>>;
  readonly recorded: RecordMembershipsResult | null;
}

/** The personas' rules as a rules section: one stakeholder segment per persona with rules, exclusive in order. */
export function personaRulesSection(segmentation: string, personas: readonly Persona[]): unknown {
  const ruled = personas.filter((p) => p.rules !== undefined);
  return {
    segmentation,
    segments: ruled.map((p) => ({ name: p.id, entity: 'stakeholder', label: p.name, entry: p.rules })),
    exclusive: ruled.length >= 2 ? [{ name: `${segmentation}-priority`, order: ruled.map((p) => p.id) }] : [],
  };
}

/** Checks the rules against the workspace's fields without running them (fails fast on `persona add`). */
export async function checkPersonaRules(ws: Workspace, segmentation: string, personas: readonly Persona[], file?: string): Promise<void> {
  if (personas.some((p) => p.rules !== undefined)) checkRules(personaRulesSection(segmentation, personas), await workspaceFieldCatalog(ws), file);
}

export async function assignPersonas(ws: Workspace, segmentation: string, personas: readonly Persona[], at: Date = new Date()): Promise<PersonaAssignment> {
  const assigned: Record<string, number> = Object.fromEntries(personas.map((p) => [p.id, 0]));
  if (!personas.some((p) => p.rules !== undefined)) return { assigned, recorded: null };
  const rules = checkRules(personaRulesSection(segmentation, personas), await workspaceFieldCatalog(ws));
  const run = await runRules(ws, rules, { record: false, at });
  const rows = run.evaluation.segments.flatMap((s) => s.members.map((id) => ({ entityKind: 'stakeholder' as const, entityId: id, segment: s.name, confidence: 1 })));
  for (const s of run.evaluation.segments) assigned[s.name] = s.members.length;
  const recorded = await recordMemberships(ws, { kind: 'persona', segmentation, runId: `personas-${at.toISOString().replace(/[-:.TZ]/g, '')}`, rows, at });
  return { assigned, recorded };
}
