/**
 * Schema migrations, applied in order inside one transaction when a workspace is opened, so an older
 * workspace file is brought up to date and a failed migration leaves it as it was.
 *
 * Numbers are reserved per area to keep parallel work apart: 1–9 foundation, 10–19 segmentation engine,
 * 20–29 profiles/personas, 30–39 typing/projection, 40–49 prioritization, 50–59 rules/activation/governance,
 * 60–69 server.
 */
import { initialSchema } from './001-initial.js';
import { enumTypesSchema } from './002-enum-types.js';
import { segmentCardsSchema } from './020-segment-cards.js';
import { personasSchema } from './021-personas.js';
import { profilesSchema } from './022-profiles.js';
import { prioritizationSchema } from './040-prioritization.js';
import { membershipsSchema } from './050-memberships.js';
import { exportsAuditSchema } from './051-exports-audit.js';
import { governanceSchema } from './052-governance.js';
import { usersSchema } from './060-users.js';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const migrations: readonly Migration[] = [
  { version: 1, name: 'initial data model', sql: initialSchema },
  { version: 2, name: 'closed vocabularies as ENUM types', sql: enumTypesSchema },
  { version: 20, name: 'segment cards', sql: segmentCardsSchema },
  { version: 21, name: 'personas', sql: personasSchema },
  { version: 22, name: 'stored profiles', sql: profilesSchema },
  { version: 40, name: 'account prioritization scores, stakeholder influence, referral hubs', sql: prioritizationSchema },
  { version: 50, name: 'memberships with history', sql: membershipsSchema },
  { version: 51, name: 'export audit and export rows', sql: exportsAuditSchema },
  { version: 52, name: 'governance: field observations, review queue', sql: governanceSchema },
  { version: 60, name: 'server users', sql: usersSchema },
].sort((a, b) => a.version - b.version);
