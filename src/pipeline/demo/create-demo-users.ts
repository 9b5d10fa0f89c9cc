/**
 * Demo stage: who may look at the demo. An administrator who sees everything, and a rep who sees only the
 * territory with the most accounts, so the UI shows both views. The tokens are written to
 * D/demo-access.json (readable by the owner only): it is a demo, and `segmap demo` prints the admin's
 * sign-in address when it serves.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { addUser } from '../access/manage-users.js';
import type { DemoStage } from './context.js';

export const demoAccessFile = 'demo-access.json';

export const DemoAccess = z.object({
  adminToken: z.string(),
  repToken: z.string(),
  repTerritory: z.string(),
});
export type DemoAccess = z.infer<typeof DemoAccess>;

export const createDemoUsersStage: DemoStage = {
  title: 'users',
  async run(ctx) {
    const [busiest] = await ctx.workspace.all<{ territory_id: string }>(
      'select territory_id from accounts where territory_id is not null group by all order by count(*) desc, territory_id limit 1',
    );
    const territory = busiest?.territory_id;
    const admin = await addUser(ctx.workspace, { name: 'Demo administrator', role: 'admin' });
    const rep = territory ? await addUser(ctx.workspace, { name: `Rep for ${territory}`, role: 'rep', territoryId: territory }) : undefined;
    const access: DemoAccess = { adminToken: admin.token, repToken: rep?.token ?? '', repTerritory: territory ?? '' };
    await writeFile(join(ctx.dir, demoAccessFile), `${JSON.stringify(access, null, 2)}\n`, { mode: 0o600 });
    ctx.summary.set('users', [`an administrator, and a rep who sees only territory ${territory ?? '(none)'}; tokens in ${demoAccessFile}`]);
  },
};

export async function readDemoAccess(dir: string): Promise<DemoAccess | undefined> {
  const path = join(dir, demoAccessFile);
  if (!existsSync(path)) return undefined;
  return DemoAccess.parse(JSON.parse(await readFile(path, 'utf8')));
}
