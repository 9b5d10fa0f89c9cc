import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { memoryWorkspace } from '../workspace.js';
import { isValidNpi, npiCheckDigit } from '../../spec/npi.js';
import { npiValidExpr } from './field-sql.js';

test('the SQL NPI check agrees with the TypeScript one on random 10-digit strings', async () => {
  const ws = await memoryWorkspace();
  try {
    const samples = fc.sample(fc.stringMatching(/^[0-9]{9}$/), { numRuns: 300, seed: 7 });
    // half valid (correct check digit), half with a random last digit
    const npis = samples.map((p, i) => (i % 2 === 0 ? `${p}${npiCheckDigit(p)}` : `${p}${(i * 7) % 10}`));
    const rows = await ws.all<{ npi: string; ok: boolean }>(`select npi, ${npiValidExpr('npi')} as ok from (select unnest($1::varchar[]) as npi)`, [
      `[${npis.map((n) => `'${n}'`).join(',')}]`,
    ]);
    assert.equal(rows.length, npis.length);
    for (const row of rows) assert.equal(row.ok, isValidNpi(row.npi), row.npi);
  } finally {
    ws.close();
  }
});
