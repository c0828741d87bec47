import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Agent } from 'undici';
import { describe, expect, it } from 'vitest';

describe('npm run demo-tenant (CLI)', () => {
  it('prints one JSON line, serves with the written CA, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'main/demo-tenant/cli.ts', '--port', '0', '--users', '10'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const line = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout }).once('line', resolve);
        child.once('exit', () => reject(new Error('CLI exited before printing')));
      });
      const info = JSON.parse(line) as { authority: string; graphBaseUrl: string; tenantId: string; clientId: string; caPem: string; technicians: string[] };
      expect(info.authority).toBe(`${info.graphBaseUrl}${info.tenantId}`);
      expect(info.technicians).toContain('tom.becker@contoso.example');
      expect(existsSync(info.caPem)).toBe(true);
      const agent = new Agent({ connect: { ca: readFileSync(info.caPem, 'utf8') } });
      const response = await fetch(`${info.authority}/v2.0/.well-known/openid-configuration`, { dispatcher: agent } as RequestInit);
      expect(((await response.json()) as Record<string, string>)['issuer']).toBe(`${info.authority}/v2.0`);
      await agent.close();
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(existsSync(info.caPem)).toBe(false);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  it('rejects unknown arguments with a usage message and exit code 1', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'main/demo-tenant/cli.ts', '--bogus'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain('Usage: demo-tenant');
  });
});
