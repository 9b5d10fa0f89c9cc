import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { csvField, isFormulaLike, neutralizeCell, neutralizeFormula } from './formula-guard.js';

test('every dangerous first character gets an apostrophe', () => {
  for (const text of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '\uFF1D1+1', '=HYPERLINK("http://x","y")']) {
    assert.equal(neutralizeFormula(text), `'${text}`, JSON.stringify(text));
  }
});

test('ordinary text and numbers are unchanged', () => {
  assert.equal(neutralizeFormula('Cardiology'), 'Cardiology');
  assert.equal(neutralizeFormula(''), '');
  assert.equal(neutralizeFormula(' =not at start'), ' =not at start');
  assert.equal(neutralizeCell(-5), -5);
  assert.equal(neutralizeCell(null), null);
  assert.equal(neutralizeCell('-5'), "'-5");
});

test('csvField quotes after neutralizing', () => {
  assert.equal(csvField('=a,b'), `"'=a,b"`);
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField(3.5), '3.5');
  assert.equal(csvField(undefined), '');
});

test('property: output never starts with a dangerous character and keeps the text', () => {
  fc.assert(
    fc.property(fc.string(), (s) => {
      const out = neutralizeFormula(s);
      assert.equal(isFormulaLike(out), false);
      assert.ok(out === s || out === `'${s}`);
    }),
  );
});
