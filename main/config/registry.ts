/**
 * The Windows policy key, `HKLM\SOFTWARE\Policies\TAP Desk`, read with `reg.exe query` so no native
 * module is needed. Only administrators can write under HKLM\SOFTWARE\Policies, and Group Policy and
 * Intune can deliver it. Values (all REG_SZ):
 *   TenantId, ClientId, Cloud  the tenant, one value each, so an ADMX or a one-line script can set them;
 *   PolicyJson                 everything else, as the same JSON document policy.json holds.
 * The key is not redirected for 32-bit processes (HKLM\SOFTWARE\Policies is shared), so no /reg:64.
 */
import path from 'node:path';
import type { ConfigProblem } from '../../preload/contract';
import { isPlainObject, parseLayer, emptyLayer } from './parse-layer';
import type { Layer } from './parse-layer';
import { mergeLayers } from './merge';
import { maxSettingsBytes } from './policy-file';

export const registryKey = 'HKLM\\SOFTWARE\\Policies\\TAP Desk';

/** `execFile` as the config module needs it; rejects with `{ code }` when the process fails. */
export type ExecFile = (
  file: string,
  args: readonly string[],
  options: { readonly timeout: number; readonly windowsHide: boolean; readonly maxBuffer: number },
) => Promise<{ readonly stdout: string; readonly stderr: string }>;

const valueNames = { TenantId: 'tenantId', ClientId: 'clientId', Cloud: 'cloud' } as const;
type ValueName = keyof typeof valueNames | 'PolicyJson';

const isValueName = (name: string): name is ValueName =>
  name === 'PolicyJson' || Object.hasOwn(valueNames, name);

/** The full path of reg.exe, so a `reg.exe` earlier on PATH is never run. */
export function regExePath(env: Readonly<Record<string, string | undefined>>): string {
  return path.win32.join(env['SystemRoot'] ?? 'C:\\Windows', 'System32', 'reg.exe');
}

export async function readRegistryPolicy(execFile: ExecFile, regExe: string): Promise<Layer> {
  let stdout: string;
  try {
    ({ stdout } = await execFile(regExe, ['query', registryKey], {
      timeout: 10_000,
      windowsHide: true,
      maxBuffer: 4 * maxSettingsBytes,
    }));
  } catch (error) {
    // reg.exe exits with 1 when the key does not exist: that is an unmanaged machine, not a fault.
    // (Its message text is localized, so the exit code is the only portable signal.)
    if (error instanceof Error && 'code' in error && error.code === 1) return emptyLayer;
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unknown error';
    return registryProblem(
      '(whole key)',
      `could not be read with reg.exe (${reason}), so registry policy was not applied`,
      'Check that reg.exe runs for standard users; policy.json and user settings apply meanwhile.',
    );
  }
  const problems: ConfigProblem[] = [];
  const direct: Record<string, unknown> = {};
  let policyJson: Layer = emptyLayer;
  for (const { name, type, data } of parseRegQuery(stdout)) {
    if (!isValueName(name)) {
      problems.push(
        problemFor(
          name,
          'is not a TAP Desk policy value and was ignored',
          'Use TenantId, ClientId, Cloud and PolicyJson only.',
        ),
      );
    } else if (type !== 'REG_SZ') {
      problems.push(
        problemFor(
          name,
          `is ${type}, not REG_SZ, and was ignored`,
          `Delete it and create it again as a string value (REG_SZ).`,
        ),
      );
    } else if (name === 'PolicyJson') {
      policyJson = parsePolicyJson(data);
    } else {
      direct[valueNames[name]] = data;
    }
  }
  const directLayer = parseLayer(direct, { file: registryKey, platform: 'win32' });
  const renamed = directLayer.problems.map((p) => ({ ...p, field: registryName(p.field) }));
  // The named values win over the same fields inside PolicyJson.
  const merged = mergeLayers({ ...directLayer, problems: renamed }, policyJson);
  return { ...merged, problems: [...problems, ...merged.problems] };
}

function parsePolicyJson(data: string): Layer {
  if (data.length > maxSettingsBytes) {
    return registryProblem(
      'PolicyJson',
      `is ${data.length} characters; the limit is ${maxSettingsBytes}`,
      'Move long lists out, or use policy.json.',
    );
  }
  let doc: unknown;
  try {
    doc = JSON.parse(data);
  } catch (error) {
    return registryProblem(
      'PolicyJson',
      `is not valid JSON (${error instanceof SyntaxError ? error.message : 'parse error'}) and was ignored`,
      'Store one JSON object on a single line, as in policy.example.json.',
    );
  }
  if (!isPlainObject(doc))
    return registryProblem(
      'PolicyJson',
      'is not a JSON object and was ignored',
      'Store one JSON object: {"handoff": {...}, ...}.',
    );
  return parseLayer(doc, { file: registryKey, platform: 'win32', fieldPrefix: 'PolicyJson.' });
}

export interface RegValue {
  readonly name: string;
  readonly type: string;
  readonly data: string;
}

/**
 * Parses `reg.exe query` output: a header line with the key path, then one line per value,
 * `    Name    REG_TYPE    Data`, columns separated by four spaces. Data may contain spaces.
 */
export function parseRegQuery(stdout: string): RegValue[] {
  const values: RegValue[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^ {4}(.+?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined)
      values.push({ name: match[1], type: match[2], data: match[3] ?? '' });
  }
  return values;
}

const registryName = (field: string): string =>
  Object.entries(valueNames).find(([, key]) => key === field)?.[0] ?? field;

const problemFor = (field: string, message: string, fix: string): ConfigProblem => ({
  file: registryKey,
  field,
  message,
  fix,
});

const registryProblem = (field: string, message: string, fix: string): Layer => ({
  ...emptyLayer,
  problems: [problemFor(field, message, fix)],
});
