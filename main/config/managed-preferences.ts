/**
 * macOS managed preferences: a configuration profile (see templates/mobileconfig.ts) that an MDM
 * such as Intune installs lands in /Library/Managed Preferences/<domain>.plist, written by the
 * system as root. Its keys are the policy.json document, so it is read as one more policy
 * document: converted to JSON by the system's own plutil (by full path) and parsed like the file.
 */
import type { ConfigFs } from './config-fs';
import { isPlainObject, parseLayer, emptyLayer } from './parse-layer';
import type { Layer } from './parse-layer';
import { maxSettingsBytes } from './policy-file';
import type { ExecFile } from './registry';
import { preferenceDomain } from './templates/mobileconfig';

export const managedPreferencesFile = `/Library/Managed Preferences/${preferenceDomain}.plist`;
const plutil = '/usr/bin/plutil';

export async function readManagedPreferences(
  fs: ConfigFs,
  execFile: ExecFile,
  file: string = managedPreferencesFile,
): Promise<Layer> {
  const problem = (message: string, fix: string): Layer => ({
    ...emptyLayer,
    problems: [{ file, field: '(whole file)', message, fix }],
  });
  const outcome = await fs.readRegularFile(file, maxSettingsBytes);
  if (outcome.kind === 'absent') return emptyLayer;
  if (outcome.kind !== 'ok' || outcome.facts.uid !== 0 || (outcome.facts.mode & 0o022) !== 0) {
    return problem(
      'The managed preferences file is not a root-owned file only root can write, so TAP Desk ignored it',
      'Remove it and deliver the TAP Desk profile again through your MDM.',
    );
  }
  let doc: unknown;
  try {
    const { stdout } = await execFile(plutil, ['-convert', 'json', '-o', '-', '--', file], {
      timeout: 10_000,
      windowsHide: true,
      maxBuffer: 4 * maxSettingsBytes,
    });
    doc = JSON.parse(stdout);
  } catch {
    return problem(
      'The managed preferences could not be converted with plutil, so TAP Desk ignored them',
      'Check the profile against tap-desk.mobileconfig (only strings, numbers, booleans, arrays and dictionaries).',
    );
  }
  if (!isPlainObject(doc)) return parseLayer(doc, { file, platform: 'darwin', role: 'policy' });
  // The system copies the payload's own Payload* keys alongside the settings; they are not settings.
  const settings = Object.fromEntries(Object.entries(doc).filter(([key]) => !key.startsWith('Payload')));
  return parseLayer(settings, { file, platform: 'darwin', role: 'policy' });
}
