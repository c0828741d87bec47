/**
 * `tsx scripts/policy-templates.ts <folder>`: writes the ADMX/ADML and the .mobileconfig example
 * generated from main/config/fields.ts. Run by the electron-builder hook (scripts/before-pack.mjs)
 * so every package carries templates that match its own field table.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeTemplates } from '../main/config/templates/write-templates';

const folder = process.argv[2];
if (folder === undefined) {
  process.stderr.write('usage: tsx scripts/policy-templates.ts <output folder>\n');
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};
await writeTemplates(resolve(folder), manifest.version);
process.stdout.write(`policy templates written to ${resolve(folder)}\n`);
