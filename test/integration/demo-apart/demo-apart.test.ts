/**
 * Demo mode apart from the real tenant (issue 15 item 4): its own token cache and its own journal,
 * across switches. The real app through `dispatch`, demo tenant over TLS; the "real tenant" is a
 * configured tenant whose token cache already holds a technician's session.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemorySecretStore } from '../../fakes/memory-secret-store';
import { createFaultDesk, type FaultDesk } from '../faults/fault-desk';
import { signIn, valueOf } from '../faults/scenario-kit';

const tenant = { tenantId: '3f1e2d4c-8b7a-4c6d-9e5f-0a1b2c3d4e5f', clientId: '0d9c1c3e-5b1a-4e55-9a64-3c1f2b7e8a10', cloud: 'Public' } as const;
interface AuditPage {
  readonly total: number;
  readonly folder: string;
}

const realCache = new TextEncoder().encode('the real tenant token cache');

let desk: FaultDesk | undefined;
let folder: string | undefined;
afterEach(async () => {
  await desk?.stop();
  if (folder) await rm(folder, { recursive: true, force: true });
  desk = undefined;
  folder = undefined;
});

async function linesIn(dir: string): Promise<Record<string, unknown>[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const lines: Record<string, unknown>[] = [];
  for (const name of names.filter((n) => n.endsWith('.jsonl')).sort()) {
    for (const line of (await readFile(join(dir, name), 'utf8')).split('\n'))
      if (line) lines.push(JSON.parse(line) as Record<string, unknown>);
  }
  return lines;
}

describe('demo mode apart from the tenant', () => {
  it('keeps the real token cache and journal untouched, and its own entries marked demo, across switches', async () => {
    folder = await mkdtemp(join(tmpdir(), 'tap-demo-apart-'));
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'settings.json'), JSON.stringify(tenant));
    const secretStore = createMemorySecretStore(true);
    await secretStore.save(realCache);
    desk = await createFaultDesk({ userData: folder, secretStore });
    const tenantAudit = join(folder, 'audit');
    const demoAudit = join(folder, 'demo-audit');

    valueOf(await desk.call('config.useDemo', {}));
    valueOf(await signIn(desk));
    // The demo signed in without writing over the tenant's cache.
    expect(secretStore.saved()).toEqual(realCache);
    // The sign-in is journalled as the session changes, just after the reply (a new journal's
    // genesis line comes first, so wait for the sign-in itself).
    await vi.waitFor(async () => expect((await linesIn(demoAudit)).map((line) => line['action'])).toContain('sign-in'));
    const demoLines = await linesIn(demoAudit);
    expect(demoLines.every((line) => line['demo'] === true)).toBe(true);
    expect(await linesIn(tenantAudit)).toEqual([]);

    // Back to the tenant: its journal is empty of demo entries and its session is still cached.
    valueOf(await desk.call('config.setTenant', tenant));
    const tenantPage = valueOf<AuditPage>(await desk.call('audit.list', {}));
    expect(tenantPage.total).toBe(0);
    expect(secretStore.saved()).toEqual(realCache);

    // And the demo again: its own trail is where it was, and it still verifies.
    valueOf(await desk.call('config.useDemo', {}));
    const demoPage = valueOf<AuditPage>(await desk.call('audit.list', {}));
    expect(demoPage.total).toBe(demoLines.length);
    expect(demoPage.folder).toBe(demoAudit);
    expect(valueOf<{ ok: boolean }>(await desk.call('audit.verify', {})).ok).toBe(true);
    expect(await linesIn(tenantAudit)).toEqual([]);
  });
});
