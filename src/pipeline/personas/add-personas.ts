/**
 * `segmap persona add D --file personas.yaml`: personas for teams without data. Validates the file and its
 * rules, stores the personas, assigns stakeholders by the rules (memberships of kind `persona`), and
 * stores one card per persona (persona cards are never overwritten by a profile run).
 *
 * Phases: 1. read and validate → 2. check rules against the workspace → 3. store personas →
 * 4. assign → 5. cards with sizes.
 *
 * @example
 * const r = await addPersonas('D', 'personas.yaml'); // { added: 4, updated: 0, assigned: { … } }
 */
import { openWorkspace } from '../../data/workspace.js';
import { silentLogger, type Logger } from '../../lib/logger.js';
import { saveCards } from '../profile/store-profile.js';
import { assignPersonas, checkPersonaRules } from './assign-personas.js';
import { loadPersonasFile } from './load-personas.js';
import { personaCard } from './persona-card.js';
import { savePersonas } from './store-personas.js';

export interface AddPersonasResult {
  readonly segmentation: string;
  readonly added: number;
  readonly updated: number;
  readonly personas: readonly { readonly id: string; readonly name: string; readonly assigned: number | null }[];
}

export async function addPersonas(dir: string, file: string, logger: Logger = silentLogger, at: Date = new Date()): Promise<AddPersonasResult> {
  const personasFile = await loadPersonasFile(file, logger);
  const ws = await openWorkspace(dir);
  try {
    await checkPersonaRules(ws, personasFile.segmentation, personasFile.personas, file);
    const { added, updated } = await savePersonas(ws, personasFile, file, at);
    const assignment = await assignPersonas(ws, personasFile.segmentation, personasFile.personas, at);
    const total = Object.values(assignment.assigned).reduce((a, b) => a + b, 0);
    const cards = personasFile.personas.map((p) => {
      const count = assignment.assigned[p.id] ?? 0;
      return personaCard(p, personasFile.segmentation, p.rules !== undefined && total > 0 ? { count, share: count / total } : null);
    });
    await saveCards(ws, cards, { force: true, at });
    return {
      segmentation: personasFile.segmentation,
      added,
      updated,
      personas: personasFile.personas.map((p) => ({ id: p.id, name: p.name, assigned: p.rules === undefined ? null : (assignment.assigned[p.id] ?? 0) })),
    };
  } finally {
    ws.close();
  }
}
