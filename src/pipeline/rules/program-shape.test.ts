/**
 * core/ may not import spec/, so core/rules/rule-program.ts restates the shape of a checked rule set.
 * These compile-time checks fail `tsc` the day the two drift apart.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RuleProgram } from '../../core/rules/rule-program.js';
import type { TypedPredicate, TypedRuleSet } from '../../spec/rules/typed-rule.js';
import type { ProgramPredicate } from '../../core/rules/rule-program.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

type _predicatesMatch = Expect<Equal<TypedPredicate, ProgramPredicate>>;
type _setFitsProgram = Expect<TypedRuleSet extends RuleProgram ? true : false>;

test('the evaluator and the checker agree on the shape of a checked rule set (compile-time)', () => {
  const ok: [_predicatesMatch, _setFitsProgram] = [true, true];
  assert.deepEqual(ok, [true, true]);
});
