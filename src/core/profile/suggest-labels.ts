/**
 * Suggests a short, editable label for each segment from its most distinctive traits among the top
 * differentiators: "High engagement, role: nurse". An analyst renames segments anyway; a label that
 * already says what sets a segment apart makes the first read of a profile faster.
 *
 * A trait is a cell that is significantly higher or lower than the other segments. Its score is the
 * standardized difference from the total: (mean − total) / sd for numeric rows, (p − p₀)/√(p₀(1 − p₀)) for
 * a level share (only "higher" levels held by at least 10% of the segment, so a label never rests on a
 * rare answer). The two best traits form the label; duplicates get the segment letter.
 * Reference: Cohen's d-style standardized differences (Cohen 1988, ch. 2).
 * Complexity: O(k · m · L).
 *
 * @example
 * suggestLabels(ranked, sizes)[0].label; // "High exer, health: 5"
 */
import type { Descriptor, ProfileResult, SegmentSize, VariableResult } from './profile-types.js';

const minimumShare = 0.1;

/** The first words of a long label, up to about 32 characters: labels stay short enough for a chart axis. */
export function brief(label: string, limit = 32): string {
  const words = label.replace(/^(the|a|an|I)\s+/i, '').split(/\s+/);
  let out = words[0] ?? label;
  for (const word of words.slice(1)) {
    if (out.length + 1 + word.length > limit) break;
    out += ` ${word}`;
  }
  // never end on a dangling connective ("integration with our EHR and")
  let previous = '';
  while (previous !== out) {
    previous = out;
    out = out.replace(/[,;:(]+$/, '').replace(/\s+(and|or|of|with|from|the|to|for|in|on|our|your|a|an|by|at)$/i, '');
  }
  return out;
}

function traits(variable: VariableResult, segment: number): Descriptor[] {
  const out: Descriptor[] = [];
  for (const row of variable.rows) {
    const cell = row.cells[segment];
    if (!cell || cell.value === null || row.total === null) continue;
    if (cell.significance !== 'higher' && cell.significance !== 'lower') continue;
    if (variable.kind === 'numeric') {
      if (!row.totalSd) continue;
      const score = Math.abs(cell.value - row.total) / row.totalSd;
      out.push({ variable: variable.name, text: `${cell.significance === 'higher' ? 'high' : 'low'} ${brief(variable.label)}`, score });
    } else if (cell.significance === 'higher' && cell.value >= minimumShare && row.total > 0 && row.total < 1) {
      const score = (cell.value - row.total) / Math.sqrt(row.total * (1 - row.total));
      out.push({ variable: variable.name, text: `${brief(variable.label, 20)}: ${brief(row.label, 20)}`, score });
    }
  }
  return out;
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export function suggestLabels(variables: readonly VariableResult[], sizes: readonly SegmentSize[], top = 10, parts = 2): ProfileResult['labels'] {
  const ranked = variables.filter((v) => v.significant && v.rank !== null).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)).slice(0, top);
  const labels = sizes.map((size) => {
    const candidates = ranked.flatMap((v) => traits(v, size.index)).sort((a, b) => b.score - a.score);
    const chosen: Descriptor[] = [];
    for (const c of candidates) {
      if (chosen.length >= parts) break;
      if (!chosen.some((d) => d.variable === c.variable)) chosen.push(c);
    }
    const label = chosen.length > 0 ? capitalize(chosen.map((d) => d.text).join(', ')) : `Segment ${size.name}`;
    return { segment: size.index, label, descriptors: chosen };
  });
  const seen = new Map<string, number>();
  for (const l of labels) seen.set(l.label, (seen.get(l.label) ?? 0) + 1);
  return labels.map((l) => ((seen.get(l.label) ?? 0) > 1 ? { ...l, label: `${l.label} (${sizes[l.segment]?.letter ?? l.segment})` } : l));
}
