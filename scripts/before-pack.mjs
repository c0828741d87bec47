/**
 * electron-builder `beforePack` hook: generates the policy templates from the field table into
 * build/policy-templates, which extraResources then copies into the package (resources/
 * policy-templates). Generated per build, never committed, so they cannot drift from the code.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const templatesFolder = join(dirname(fileURLToPath(import.meta.url)), '..', 'build', 'policy-templates');

export default async function beforePack() {
  const require = createRequire(import.meta.url);
  const tsx = join(dirname(require.resolve('tsx/package.json')), 'dist', 'cli.mjs');
  const script = join(dirname(fileURLToPath(import.meta.url)), 'policy-templates.ts');
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const run = spawnSync(process.execPath, [tsx, script, templatesFolder], { encoding: 'utf8', env });
  if (run.status !== 0) throw new Error(`policy templates could not be generated:\n${run.stderr}`);
}
