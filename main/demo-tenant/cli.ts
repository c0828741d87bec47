/**
 * `npm run demo-tenant -- [--port N] [--seed FILE] [--users N] [--create-outside-policy]
 * [--play-person SECONDS]`: starts the demo tenant, prints
 * ONE JSON line (authority, graphBaseUrl, tenantId, clientId, caPem path, technicians) and
 * serves until SIGINT/SIGTERM. Acceptance tests outside the project read that line.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TapBehaviour } from './graph/tap-rules';
import { startDemoTenant, type DemoTenantOptions } from './index';

const usage = 'Usage: demo-tenant [--port N] [--seed FILE] [--users N] [--create-outside-policy] [--play-person SECONDS]';

function parseArgs(argv: readonly string[]): { options: DemoTenantOptions; behaviour: Partial<TapBehaviour> } {
  const options: DemoTenantOptions = {};
  const behaviour: Partial<TapBehaviour> = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    // Entra's older answer for a user outside the policy: a pass that cannot sign in.
    if (flag === '--create-outside-policy') {
      behaviour.rejectCreateOutsidePolicy = false;
      continue;
    }
    const value = argv[i + 1];
    const number = (): number => {
      const n = Number(value);
      if (value === undefined || !Number.isInteger(n) || n < 0) throw new Error(`${flag} needs a non-negative integer`);
      return n;
    };
    if (flag === '--port') options.port = number();
    else if (flag === '--users') options.extraUsers = number();
    else if (flag === '--play-person') behaviour.playPersonAfterMs = number() * 1000;
    else if (flag === '--seed') {
      if (value === undefined) throw new Error('--seed needs a file path');
      options.seed = value;
    } else throw new Error(`Unknown argument ${flag ?? ''}. ${usage}`);
    i++;
  }
  return { options, behaviour };
}

async function main(): Promise<void> {
  const { options, behaviour } = parseArgs(process.argv.slice(2));
  const tenant = await startDemoTenant(options);
  tenant.setTapBehaviour(behaviour);
  const dir = await mkdtemp(join(tmpdir(), 'tap-desk-demo-tenant-'));
  const caPath = join(dir, 'ca.pem');
  await writeFile(caPath, tenant.caPem, { mode: 0o600 });
  process.stdout.write(
    `${JSON.stringify({
      authority: tenant.authority,
      graphBaseUrl: tenant.graphBaseUrl,
      tenantId: tenant.tenantId,
      clientId: tenant.clientId,
      caPem: caPath,
      technicians: tenant.technicians.map((t) => t.upn),
    })}\n`,
  );
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void tenant
      .stop()
      .then(() => rm(dir, { recursive: true, force: true }))
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`demo-tenant: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
