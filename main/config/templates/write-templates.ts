/**
 * Writes the admin templates generated from the field table into a folder, laid out as Group
 * Policy's PolicyDefinitions store expects (`tap-desk.admx`, `en-US/tap-desk.adml`), plus the
 * macOS profile example. Used at build time (scripts/policy-templates.ts) and by the tests.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultSettings } from '../defaults';
import { fieldSpecs } from '../fields';
import { generateAdmx } from './admx';
import { generateMobileconfig } from './mobileconfig';

export const templateFiles = {
  admx: 'tap-desk.admx',
  adml: join('en-US', 'tap-desk.adml'),
  mobileconfig: 'tap-desk.mobileconfig',
} as const;

export interface GeneratedTemplates {
  readonly admx: string;
  readonly adml: string;
  readonly mobileconfig: string;
}

export function generateTemplates(version: string): GeneratedTemplates {
  // The defaults' audit folder is per-user and never part of a template.
  const defaults = defaultSettings('');
  const { admx, adml } = generateAdmx(fieldSpecs('win32'), defaults, version);
  return { admx, adml, mobileconfig: generateMobileconfig(defaults) };
}

export async function writeTemplates(folder: string, version: string): Promise<void> {
  const generated = generateTemplates(version);
  await mkdir(join(folder, 'en-US'), { recursive: true });
  for (const key of Object.keys(templateFiles) as (keyof GeneratedTemplates)[])
    await writeFile(join(folder, templateFiles[key]), generated[key], 'utf8');
}
