/** Personas: hand-made segments with optional assignment rules, sharing cards and exports with profiles. */
export { addPersonas, type AddPersonasResult } from './add-personas.js';
export { listPersonasIn, exportPersonas, type PersonaListing } from './export-personas.js';
export { assignPersonas, checkPersonaRules, personaRulesSection } from './assign-personas.js';
export { loadPersonasFile, parsePersonas } from './load-personas.js';
export { personaCard } from './persona-card.js';
export { savePersonas, listPersonas, type StoredPersona } from './store-personas.js';
