/**
 * Checks a parsed `rules:` section against the field catalog and turns it into a TypedRuleSet: unknown
 * fields (named, with close matches), type mismatches (`beds equal "many"`, `type lt 3`), unknown or
 * duplicate segments, badly formed exclusive groups. Every problem is collected, not just the first,
 * each with the path of the condition it sits in. Circular references are found afterwards on the typed
 * set (core/rules/find-cycle.ts), because they need the whole graph.
 *
 * Complexity: O(leaves + segments · names) (close matches only on failures).
 *
 * @example
 *   checkRuleSet(RulesSection.parse({ segments: [{ name: 'big', entity: 'account', entry: { field: 'bed', gte: 200 } }] }))
 *   // → err([{ code: 'unknown_field', path: 'segments[0].entry', field: 'bed', suggestions: ['beds'], message: … }])
 */
import { err, ok, type Result } from '../../lib/result.js';
import { rulesMessages } from '../../lib/messages/rules.js';
import { closeMatches } from './close-matches.js';
import { defaultFieldCatalog, type FieldCatalog } from './field-catalog.js';
import { mapLeaves } from './logical.js';
import type { RuleCondition, RuleEntity, RulesSection } from './rule-segment.js';
import type { TypedCondition, TypedRuleSet, TypedSegment } from './typed-rule.js';
import { typePredicate, type LeafContext } from './type-predicate.js';

export type RuleIssueCode =
  | 'invalid'
  | 'unknown_field'
  | 'type_mismatch'
  | 'unknown_segment'
  | 'duplicate_segment'
  | 'bad_scope'
  | 'bad_group'
  | 'circular_reference';

export interface RuleIssue {
  readonly code: RuleIssueCode;
  /** Where in the section: `segments[2].entry.all[0]`. */
  readonly path: string;
  readonly message: string;
  readonly field?: string;
  readonly suggestions?: readonly string[];
}

export function checkRuleSet(section: RulesSection, catalog: FieldCatalog = defaultFieldCatalog): Result<TypedRuleSet, RuleIssue[]> {
  const issues: RuleIssue[] = [];
  const entities = new Map<string, RuleEntity>();
  section.segments.forEach((s, i) => {
    if (entities.has(s.name)) issues.push({ code: 'duplicate_segment', path: `segments[${i}].name`, message: rulesMessages.duplicateSegment(s.name) });
    else entities.set(s.name, s.entity);
  });
  const groups = checkGroups(section, entities, issues);
  const segments = section.segments.map((s, i): TypedSegment => {
    const base = `segments[${i}]`;
    const ctx: LeafContext = { entity: s.entity, catalog, segments: entities, report: (issue) => issues.push(issue) };
    const typed = (condition: RuleCondition, path: string): TypedCondition => mapLeaves(condition, (leaf, at) => typePredicate(leaf, ctx, at), path);
    if (s.within !== undefined && !entities.has(s.within)) {
      issues.push({ code: 'unknown_segment', path: `${base}.within`, message: rulesMessages.unknownSegment(s.within, closeMatches(s.within, entities.keys())) });
    }
    const group = groups.get(s.name);
    return {
      name: s.name,
      entity: s.entity,
      label: s.label ?? null,
      headline: s.headline ?? null,
      nextStep: s.nextStep ?? null,
      within: s.within ?? null,
      entry: typed(s.entry, `${base}.entry`),
      exit: s.exit === undefined ? null : typed(s.exit, `${base}.exit`),
      group: group?.name ?? null,
      excludedBy: group?.before ?? [],
    };
  });
  if (issues.length > 0) return err(issues);
  return ok({ segmentation: section.segmentation, asOf: section.asOf ?? null, segments });
}

interface GroupPlace {
  readonly name: string;
  readonly before: readonly string[];
}

/** Validates exclusive groups and returns, per segment, its group and the segments ranked above it. */
function checkGroups(section: RulesSection, entities: ReadonlyMap<string, RuleEntity>, issues: RuleIssue[]): Map<string, GroupPlace> {
  const places = new Map<string, GroupPlace>();
  section.exclusive.forEach((group, g) => {
    const path = `exclusive[${g}]`;
    const kinds = new Set<RuleEntity>();
    const seen = new Set<string>();
    group.order.forEach((name, k) => {
      const entity = entities.get(name);
      if (entity === undefined) {
        issues.push({ code: 'unknown_segment', path: `${path}.order[${k}]`, message: rulesMessages.unknownSegment(name, closeMatches(name, entities.keys())) });
        return;
      }
      if (seen.has(name)) {
        issues.push({ code: 'bad_group', path: `${path}.order[${k}]`, message: rulesMessages.duplicateInGroup(group.name, name) });
        return;
      }
      if (places.has(name)) issues.push({ code: 'bad_group', path: `${path}.order[${k}]`, message: rulesMessages.segmentInTwoGroups(name) });
      seen.add(name);
      kinds.add(entity);
      places.set(name, { name: group.name, before: group.order.slice(0, k).filter((n) => entities.has(n)) });
    });
    if (kinds.size > 1) issues.push({ code: 'bad_group', path, message: rulesMessages.groupMixesEntities(group.name) });
  });
  return places;
}

/** One line for a CLI or API error: the first issue, with its path, and how many more there are. */
export function summarizeRuleIssues(issues: readonly RuleIssue[]): string {
  const first = issues[0];
  if (!first) return '';
  return rulesMessages.ruleSetInvalid(issues.length, `${first.path}: ${first.message}`);
}
