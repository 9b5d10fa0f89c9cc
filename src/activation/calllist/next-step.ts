/**
 * The "next step" column: one short instruction per stakeholder, chosen by a fixed precedence so a rep
 * can trust it. Governance comes first (a stale record is verified before anyone acts on it; no call
 * without consent), then strong buying signals (hand-off to sales), then what the rule segment says, then
 * what the account's opportunity quadrant implies.
 *
 * @example nextStep({ stale: false, consentCall: true, signal: { type: 'demo_request', date: '2024-06-02' },
 *                     ruleNextStep: null, quadrant: 'growth' })   // 'hand off to sales: demo_request on 2024-06-02'
 */
export interface NextStepInput {
  readonly stale: boolean;
  readonly consentCall: boolean | null;
  readonly signal: { readonly type: string; readonly date: string } | null;
  readonly ruleNextStep: string | null;
  readonly quadrant: string | null;
}

/** Quadrants of the opportunity matrix (BRIEF): low priority, expansion, maintain/monitor, growth. */
function quadrantStep(quadrant: string): string | null {
  const q = quadrant.toLowerCase();
  if (q.includes('growth')) return 'book a meeting: high potential, low share';
  if (q.includes('expan')) return 'propose the next product or service line';
  if (q.includes('maintain') || q.includes('monitor')) return 'keep the call cadence; protect share';
  if (q.includes('low')) return 'digital nurture only';
  return null;
}

export function nextStep(input: NextStepInput): string {
  if (input.stale) return 'verify role and contact details before outreach';
  if (input.consentCall === false) return 'no calls (no consent): use approved e-mail or meet in person';
  if (input.signal) return `hand off to sales: ${input.signal.type} on ${input.signal.date}`;
  if (input.ruleNextStep) return input.ruleNextStep;
  const fromQuadrant = input.quadrant === null ? null : quadrantStep(input.quadrant);
  return fromQuadrant ?? 'introduce the segment message';
}
