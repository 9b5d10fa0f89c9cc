/**
 * Personas in the workspace (migration 21): upsert by id, list in priority order.
 *
 * @example
 * await savePersonas(ws, file); // { added: 3, updated: 1 }
 * (await listPersonas(ws)).map((p) => p.persona.name);
 */
import type { Workspace } from '../../data/workspace.js';
import { Persona, type PersonasFile } from '../../spec/persona.js';

export interface StoredPersona {
  readonly segmentation: string;
  readonly priority: number;
  readonly persona: Persona;
}

export async function savePersonas(ws: Workspace, file: PersonasFile, source: string | null, at: Date = new Date()): Promise<{ added: number; updated: number }> {
  let added = 0;
  let updated = 0;
  await ws.transaction(async (tx) => {
    for (const [priority, persona] of file.personas.entries()) {
      const existing = await tx.all<{ n: number }>('select count(*) as n from personas where persona_id = $1', [persona.id]);
      if ((existing[0]?.n ?? 0) > 0) updated++;
      else added++;
      await tx.run('delete from personas where persona_id = $1', [persona.id]);
      await tx.run(
        'insert into personas (persona_id, segmentation, name, priority, definition, source, updated_at) values ($1, $2, $3, $4, $5::json, $6, $7::timestamp)',
        [persona.id, file.segmentation, persona.name, priority, JSON.stringify(persona), source, at.toISOString()],
      );
    }
  });
  return { added, updated };
}

export async function listPersonas(ws: Workspace, segmentation?: string): Promise<StoredPersona[]> {
  const rows = await ws.all<{ segmentation: string; priority: number; definition: unknown }>(
    `select segmentation, priority, definition from personas ${segmentation === undefined ? '' : 'where segmentation = $1'} order by segmentation, priority, persona_id`,
    segmentation === undefined ? [] : [segmentation],
  );
  return rows.map((r) => ({
    segmentation: r.segmentation,
    priority: r.priority,
    persona: Persona.parse(typeof r.definition === 'string' ? JSON.parse(r.definition) : r.definition),
  }));
}
