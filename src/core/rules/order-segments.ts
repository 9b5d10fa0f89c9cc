/**
 * Orders rule segments so every segment comes after the segments it reads (`inSegment`, `within`, and
 * the segments ranked above it in an exclusive group), or finds a circular reference. A cycle is returned
 * as the path that closes it (`a → b → c → a`), which is what a user needs to break it.
 *
 * Reference: depth-first topological sort with three colours (Cormen et al., Introduction to Algorithms,
 * 3rd ed., §22.4); a grey node reached again closes a cycle.
 * Complexity: O(segments + references).
 *
 * @example
 *   orderSegments(new Map([['a', ['b']], ['b', []]]))   // { ok: true, value: ['b', 'a'] }
 *   orderSegments(new Map([['a', ['b']], ['b', ['a']]])) // { ok: false, error: ['a', 'b', 'a'] }
 */
import { err, ok, type Result } from '../../lib/result.js';
import { foldCondition, type ProgramCondition, type ProgramPredicate, type RuleProgram } from './rule-program.js';

/** Each segment's name → the segment names it depends on (unknown names are ignored). */
export type DependencyGraph = ReadonlyMap<string, readonly string[]>;

export function orderSegments(graph: DependencyGraph): Result<string[], string[]> {
  const colour = new Map<string, 'grey' | 'black'>();
  const order: string[] = [];
  const stack: string[] = [];
  const visit = (name: string): string[] | undefined => {
    const state = colour.get(name);
    if (state === 'black') return undefined;
    if (state === 'grey') return [...stack.slice(stack.indexOf(name)), name];
    colour.set(name, 'grey');
    stack.push(name);
    for (const next of graph.get(name) ?? []) {
      if (!graph.has(next)) continue;
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    colour.set(name, 'black');
    order.push(name);
    return undefined;
  };
  for (const name of graph.keys()) {
    const cycle = visit(name);
    if (cycle) return err(cycle);
  }
  return ok(order);
}

function referencedSegments(condition: ProgramCondition | null, into: Set<string>): void {
  if (condition === null) return;
  const ignore = (): void => undefined;
  foldCondition<ProgramPredicate, void>(condition, (p) => void (p.op === 'inSegment' && into.add(p.segment)), { not: ignore, all: ignore, any: ignore });
}

/** The dependency graph of a rule program, in document order. */
export function ruleDependencies(program: RuleProgram): DependencyGraph {
  const graph = new Map<string, readonly string[]>();
  for (const segment of program.segments) {
    const deps = new Set<string>(segment.excludedBy);
    if (segment.within !== null) deps.add(segment.within);
    referencedSegments(segment.entry, deps);
    referencedSegments(segment.exit, deps);
    graph.set(segment.name, [...deps]);
  }
  return graph;
}
