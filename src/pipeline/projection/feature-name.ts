/**
 * The one gate through which a data value (an engagement channel, an asset, a procedure code, a KOL kind)
 * becomes part of a model input name: lowercase ASCII letters and digits joined by single underscores,
 * after a fixed family prefix, at most 63 characters, unique among the names already taken. The result
 * always satisfies the model's identifier rule (spec/scoring-model.ts `ModelName`), so a hostile value —
 * quotes, semicolons, SQL, formulas — can never reach an identifier; the raw value itself only ever
 * travels as a SQL parameter.
 *
 * Complexity: O(length of the values) plus a set lookup per retry.
 *
 * @example
 * const taken = new Set<string>();
 * featureName('engagement', ['Email', 'open'], taken);   // 'engagement_email_open'
 * featureName('volume', ['I70.2'], taken);                // 'volume_i70_2'
 * featureName('asset', ['"; drop table x; --'], taken);   // 'asset_drop_table_x'
 * featureName('asset', ['drop table x'], taken);          // 'asset_drop_table_x_2'
 */

/** The longest model input name (spec/scoring-model.ts: a first character and up to 62 more). */
export const maxNameLength = 63;

function slug(value: string): string {
  return value
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** A fresh input name `prefix_value1_value2…`, recorded in `taken`. `prefix` must itself be a plain name. */
export function featureName(prefix: string, values: readonly string[], taken: Set<string>): string {
  const body = values.map(slug).filter((part) => part !== '').join('_') || 'blank';
  const base = `${prefix}_${body}`.slice(0, maxNameLength).replace(/_+$/, '');
  let name = base;
  for (let n = 2; taken.has(name); n++) {
    const suffix = `_${n}`;
    name = `${base.slice(0, maxNameLength - suffix.length)}${suffix}`;
  }
  taken.add(name);
  return name;
}
