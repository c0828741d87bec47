/**
 * The user's own settings, `<userData>/settings.json`: read with the same schema as the policy
 * (the user may set anything the policy leaves open) and written back only from validated
 * fields, so a hand-added unknown or secret-looking field never survives a save.
 */
import path from 'node:path';
import type { ConfigFs } from './config-fs';
import type { FieldKey, Settings } from './fields';
import { emptyLayer } from './parse-layer';
import type { Layer } from './parse-layer';
import { maxSettingsBytes, parseSettingsBytes } from './policy-file';

export const userSettingsName = 'settings.json';

export function userSettingsPath(userData: string): string {
  return path.join(userData, userSettingsName);
}

export async function readUserSettings(
  fs: ConfigFs,
  file: string,
  platform: NodeJS.Platform,
): Promise<Layer> {
  const outcome = await fs.readRegularFile(file, maxSettingsBytes);
  const problem = (message: string): Layer => ({
    ...emptyLayer,
    problems: [
      {
        file,
        field: '(whole file)',
        message,
        fix: 'Delete the file and choose your settings again in TAP Desk.',
      },
    ],
  });
  switch (outcome.kind) {
    case 'absent':
      return emptyLayer;
    case 'ok':
      return parseSettingsBytes(outcome.bytes, { file, platform });
    case 'symlink':
      return problem('Your settings file is a symbolic link, so TAP Desk ignored it');
    case 'not-a-file':
      return problem('Your settings path is not a regular file, so TAP Desk ignored it');
    case 'too-large':
      return problem(
        `Your settings file is ${outcome.size} bytes; the limit is ${maxSettingsBytes} bytes, so TAP Desk ignored it`,
      );
    case 'unreadable':
      return problem(`Your settings file could not be read (${outcome.reason})`);
  }
}

/** Rebuilds the nested document from flat fields; the inverse of reading it. */
export function toDocument(values: Partial<Settings>): Record<string, unknown> {
  const doc: Record<string, unknown> = {};
  const put = (keys: readonly string[], value: unknown): void => {
    let node = doc;
    for (const key of keys.slice(0, -1)) {
      const child = node[key];
      node = (child ?? (node[key] = {})) as Record<string, unknown>;
    }
    node[keys[keys.length - 1] ?? ''] = value;
  };
  for (const [key, value] of Object.entries(values) as [FieldKey, unknown][]) {
    if (value === undefined || value === null) continue;
    if (key === 'verification.ticket') {
      const rule = value as Settings['verification.ticket'];
      put(['verification', 'ticketPattern'], rule.pattern);
      put(['verification', 'ticketExample'], rule.example);
    } else {
      put(key.split('.'), value);
    }
  }
  return doc;
}

/** Writes the user's settings: one atomic replace, readable by the user only. */
export async function writeUserSettings(
  fs: ConfigFs,
  file: string,
  values: Partial<Settings>,
): Promise<void> {
  await fs.writeFileAtomic(file, `${JSON.stringify(toDocument(values), null, 2)}\n`, 0o600);
}
