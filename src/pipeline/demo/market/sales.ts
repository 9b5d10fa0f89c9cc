/**
 * Unit sales of the category by account, product and quarter (a syndicated sales-tracking feed: ours and
 * competitors'), so current share is computable: our units over all units. About 1.2 devices are used per
 * intervention; our share follows the account's planted position with quarter-to-quarter noise; the
 * competitors split the rest by account-specific preference. Revenue applies the account's contract
 * discount (deeper with a GPO). Zero-unit rows are absent.
 *
 * Complexity: O(treating accounts · products · quarters).
 */
import type { Rng } from '../../../core/random/rng.js';
import type { Accounts } from './accounts.js';
import { accountIdWidth } from './accounts-table.js';
import { quartersShown, type Calendar } from './calendar.js';
import { products, sources } from './catalog.js';
import { GrowableFloat64, GrowableInt16, GrowableInt32 } from './growable.js';
import { logNormal } from './sampling.js';
import { constantDate, constantEnum, enumColumn, floatColumn, idColumn, intColumn, table, type Table } from './table.js';

const devicesPerProcedure = 1.2;
const ourSplit = [0.45, 0.55];

export function salesTable(rng: Rng, a: Accounts, cal: Calendar, perQuarter: Float64Array): Table {
  const account = new GrowableInt32();
  const product = new GrowableInt16();
  const period = new GrowableInt16();
  const units = new GrowableFloat64();
  const revenue = new GrowableFloat64();
  const ours = products.filter((p) => p.ours).length;
  const theirs = new Float64Array(products.length - ours);

  for (let i = 0; i < a.count; i++) {
    if (a.procedures[i]! <= 0) continue;
    const discount = 0.05 + 0.1 * rng.next() + (a.gpo[i]! >= 0 ? 0.05 : 0);
    let theirTotal = 0;
    for (let k = 0; k < theirs.length; k++) theirTotal += theirs[k] = logNormal(rng, 0, 0.6);
    for (let q = 0; q < quartersShown; q++) {
      const total = perQuarter[i * quartersShown + q]! * devicesPerProcedure;
      const share = Math.min(0.95, Math.max(0.002, a.share[i]! + 0.03 * rng.normal()));
      products.forEach((p, k) => {
        const fraction = k < ours ? share * ourSplit[k]! : ((1 - share) * theirs[k - ours]!) / theirTotal;
        const sold = Math.round(total * fraction);
        if (sold <= 0) return;
        account.push(i + 1);
        product.push(k);
        period.push(q);
        units.push(sold);
        revenue.push(Math.round(sold * p.price * (1 - discount) * 100) / 100);
      });
    }
  }
  const n = units.length;
  return table('sales', n, [
    idColumn('account_id', 'A', accountIdWidth, account.finish()),
    enumColumn(
      'product_id',
      products.map((p) => p.id),
      product.finish(),
    ),
    enumColumn('period', cal.periods, period.finish()),
    intColumn('units', units.finish()),
    floatColumn('revenue', revenue.finish(), 2),
    constantEnum('source', sources.sales, n),
    constantDate('last_verified', cal.asOfDay - 20, n),
  ]);
}
