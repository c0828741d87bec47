/** Real temp folders for the config tests: a fake /etc, a userData folder, and a store over them. */
import { mkdtemp, mkdir, rm, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { createConfigStore } from '../../../main/config/config-store';
import type { ConfigStoreDeps } from '../../../main/config/config-store';

const made: string[] = [];

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

export const myUid = process.getuid?.() ?? 0;
export const isRoot = myUid === 0;

export interface Sandbox {
  readonly root: string;
  readonly etc: string;
  readonly policyFile: string;
  readonly userData: string;
  readonly audit: string;
  writePolicy(doc: unknown, mode?: number): Promise<void>;
  writeUser(doc: unknown): Promise<void>;
  store(overrides?: Partial<ConfigStoreDeps>): ReturnType<typeof createConfigStore>;
}

export const tenant = '3f1e2d4c-8b7a-4c6d-9e5f-0a1b2c3d4e5f';
export const client = '0d9c1c3e-5b1a-4e55-9a64-3c1f2b7e8a10';
export const otherTenant = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
export const otherClient = '11111111-2222-4333-8444-555555555555';

export async function sandbox(): Promise<Sandbox> {
  const root = await mkdtemp(path.join(tmpdir(), 'tap-config-'));
  made.push(root);
  const etc = path.join(root, 'etc', 'tap-desk');
  await mkdir(etc, { recursive: true, mode: 0o755 });
  // mkdir applies the umask; the trust check needs the folder not group/world-writable.
  await chmod(etc, 0o755);
  const policyFile = path.join(etc, 'policy.json');
  const userData = path.join(root, 'user-data');
  const audit = path.join(root, 'audit');
  return {
    root,
    etc,
    policyFile,
    userData,
    audit,
    async writePolicy(doc, mode = 0o644) {
      await writeFile(policyFile, typeof doc === 'string' ? doc : JSON.stringify(doc));
      await chmod(policyFile, mode);
    },
    async writeUser(doc) {
      await mkdir(userData, { recursive: true });
      await writeFile(
        path.join(userData, 'settings.json'),
        typeof doc === 'string' ? doc : JSON.stringify(doc),
      );
    },
    store(overrides = {}) {
      return createConfigStore({
        platform: 'linux',
        paths: { userData, audit },
        policyFile,
        trustedUid: myUid,
        ...overrides,
      });
    },
  };
}
