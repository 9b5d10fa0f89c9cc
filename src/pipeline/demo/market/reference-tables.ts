/**
 * The small reference tables of the demo market: sales territories with their reps, and the products of
 * the category (ours and competitors', told apart by manufacturer in the name).
 */
import type { Calendar } from './calendar.js';
import { productCategory, products, sources } from './catalog.js';
import { regions } from './geography.js';
import type { Territories } from './territories.js';
import { constantDate, constantEnum, enumColumn, idColumn, table, textColumn, type Table } from './table.js';

export function territoriesTable(t: Territories, cal: Calendar): Table {
  const n = t.count;
  return table('territories', n, [
    idColumn('territory_id', 'T', 3, Int32Array.from({ length: n }, (_, i) => i + 1)),
    textColumn('name', t.name),
    textColumn('rep_name', t.repName),
    textColumn('rep_email', t.repEmail),
    enumColumn('region', regions, Int16Array.from(t.region)),
    constantEnum('source', sources.crm, n),
    constantDate('last_verified', cal.asOfDay - 30, n),
  ]);
}

export const buyingProcess = 'value-analysis committee review; GPO contract; consignment';

export function productsTable(cal: Calendar): Table {
  const n = products.length;
  return table('products', n, [
    textColumn(
      'product_id',
      products.map((p) => p.id),
    ),
    textColumn(
      'name',
      products.map((p) => p.name),
    ),
    constantEnum('category', productCategory, n),
    constantEnum('buying_process', buyingProcess, n),
    constantEnum('source', sources.crm, n),
    constantDate('last_verified', cal.asOfDay - 30, n),
  ]);
}
