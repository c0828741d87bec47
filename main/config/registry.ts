/**
 * The Windows policy key, `HKLM\SOFTWARE\Policies\TAP Desk`, read with `reg.exe query /s` so no
 * native module is needed. Only administrators can write under HKLM\SOFTWARE\Policies; Group Policy
 * and Intune write it from the ADMX template generated from fields.ts, so the value names, types
 * and subkeys read here are exactly the ones that template writes:
 *   text and enums   REG_SZ          (TenantId, Cloud, AuditFolder, …)
 *   numbers, on/off  REG_DWORD       (DisplaySeconds, AllowCopy = 1 or 0, …)
 *   lists            a subkey        values 1, 2, 3… (PrivilegedGroups) or id = label (checklists)
 *   PolicyJson       REG_SZ          the policy.json document, for fields not set by name
 * The key is not redirected for 32-bit processes (HKLM\SOFTWARE\Policies is shared), so no /reg:64.
 */
import type { ConfigProblem } from '../../preload/contract';
import { fieldSpecs } from './fields';
import type { FieldKey, FieldSpec } from './fields';
import { isPlainObject, lockedSuffix, parseLayer, emptyLayer } from './parse-layer';
import type { Layer } from './parse-layer';
import { mergeLayers } from './merge';
import { maxSettingsBytes } from './policy-file';

export const registryKey = 'HKLM\\SOFTWARE\\Policies\\TAP Desk';
/** How reg.exe prints the key in its section headers. */
const printedKey = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\TAP Desk';

/** `execFile` as the config module needs it; rejects with `{ code }` when the process fails. */
export type ExecFile = (
  file: string,
  args: readonly string[],
  options: { readonly timeout: number; readonly windowsHide: boolean; readonly maxBuffer: number },
) => Promise<{ readonly stdout: string; readonly stderr: string }>;

export interface RegValue {
  readonly name: string;
  readonly type: string;
  readonly data: string;
}

/** The key's values, and each subkey's values by the subkey's name ('' is the key itself). */
export type RegSections = ReadonlyMap<string, readonly RegValue[]>;

export async function readRegistryPolicy(execFile: ExecFile, regExe: string): Promise<Layer> {
  let stdout: string;
  try {
    ({ stdout } = await execFile(regExe, ['query', registryKey, '/s'], {
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
  return registryLayer(parseRegSections(stdout));
}

/** Turns the key's values into a layer: named values first, PolicyJson for the rest. */
export function registryLayer(sections: RegSections): Layer {
  const specs = fieldSpecs('win32');
  const byName = new Map<string, FieldSpec>();
  for (const spec of specs) {
    byName.set(spec.template.valueName, spec);
    if (spec.template.control.kind === 'ticket')
      byName.set(spec.template.control.exampleValueName, spec);
  }
  const problems: ConfigProblem[] = [];
  const wrongType = new Set<FieldKey>();
  const doc: Record<string, unknown> = {};
  let policyJson: Layer = emptyLayer;

  for (const value of sections.get('') ?? []) {
    const spec = byName.get(value.name);
    if (value.name === 'PolicyJson' && value.type === 'REG_SZ') {
      policyJson = parsePolicyJson(value.data);
    } else if (spec === undefined || isListControl(spec)) {
      problems.push(
        problemFor(
          value.name,
          'is not a TAP Desk policy value and was ignored',
          'Use the value names of the TAP Desk ADMX template (see the admin guide).',
        ),
      );
    } else {
      const read = scalar(spec, value);
      if (read.ok) put(doc, documentPath(spec, value.name), read.value);
      else {
        wrongType.add(spec.key);
        problems.push(problemFor(value.name, read.message, read.fix));
      }
    }
  }
  for (const [subkey, values] of sections) {
    if (subkey === '') continue;
    const spec = byName.get(subkey);
    if (spec === undefined || !isListControl(spec)) {
      problems.push(
        problemFor(
          subkey,
          'is not a TAP Desk policy subkey and was ignored',
          'Use the list names of the TAP Desk ADMX template.',
        ),
      );
      continue;
    }
    // Group Policy empties a list's subkey when the policy is switched off: nothing is set then.
    if (values.length === 0) continue;
    const notText = values.find((v) => v.type !== 'REG_SZ');
    if (notText !== undefined) {
      wrongType.add(spec.key);
      problems.push(
        problemFor(
          `${subkey}\\${notText.name}`,
          `is ${notText.type}, not REG_SZ${lockedSuffix}`,
          'Set the list again from the ADMX template (every entry is a string).',
        ),
      );
      continue;
    }
    put(doc, spec.path, listValue(spec, values));
  }

  const direct = parseLayer(doc, {
    file: registryKey,
    platform: 'win32',
    role: 'policy',
    fieldName: (spec, dotted) =>
      spec.template.control.kind === 'ticket' && dotted.endsWith('ticketExample')
        ? spec.template.control.exampleValueName
        : spec.template.valueName,
  });
  const directLayer: Layer = {
    ...direct,
    named: new Set([...direct.named, ...wrongType]),
    problems: [...problems, ...direct.problems],
  };
  // The named values win over the same fields inside PolicyJson.
  return mergeLayers(directLayer, policyJson);
}

const isListControl = (spec: FieldSpec): boolean =>
  spec.template.control.kind === 'list' || spec.template.control.kind === 'checklist';

type Scalar =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly message: string; readonly fix: string };

/** A single value as its control writes it: REG_SZ for text, REG_DWORD for numbers and switches. */
function scalar(spec: FieldSpec, value: RegValue): Scalar {
  const kind = spec.template.control.kind;
  const wants = kind === 'number' || kind === 'boolean' ? 'REG_DWORD' : 'REG_SZ';
  if (value.type !== wants) {
    return {
      ok: false,
      message: `is ${value.type}, not ${wants}${lockedSuffix}`,
      fix: `Delete it and set the policy again from the ADMX template (it writes ${wants}).`,
    };
  }
  if (wants === 'REG_SZ') return { ok: true, value: value.data };
  const number = Number.parseInt(value.data, value.data.startsWith('0x') ? 16 : 10);
  if (kind === 'boolean') return { ok: true, value: number === 1 ? true : number === 0 ? false : number };
  return { ok: true, value: number };
}

/** Where a value sits in the settings document (the ticket's example is a sibling field). */
function documentPath(spec: FieldSpec, valueName: string): readonly string[] {
  const control = spec.template.control;
  if (control.kind === 'ticket' && valueName === control.exampleValueName)
    return ['verification', 'ticketExample'];
  return spec.path;
}

/** A list subkey: values 1, 2, 3… in numeric order, or a checklist's id = label in written order. */
function listValue(spec: FieldSpec, values: readonly RegValue[]): unknown {
  if (spec.template.control.kind === 'checklist')
    return values.map((v) => ({ id: v.name, label: v.data }));
  const numbered = values.every((v) => /^\d+$/.test(v.name));
  const ordered = numbered ? [...values].sort((a, b) => Number(a.name) - Number(b.name)) : values;
  return ordered.map((v) => v.data);
}

function put(doc: Record<string, unknown>, keys: readonly string[], value: unknown): void {
  let node = doc;
  for (const key of keys.slice(0, -1)) {
    const child = node[key];
    node = isPlainObject(child) ? child : (node[key] = {}) as Record<string, unknown>;
  }
  node[keys[keys.length - 1] ?? ''] = value;
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
  return parseLayer(doc, {
    file: registryKey,
    platform: 'win32',
    fieldPrefix: 'PolicyJson.',
    role: 'policy',
  });
}

/**
 * Parses `reg.exe query /s` output: a header line with each key's path, then one line per value,
 * `    Name    REG_TYPE    Data`, columns separated by four spaces. Data may contain spaces;
 * REG_MULTI_SZ prints its parts joined by `\0`.
 */
export function parseRegSections(stdout: string): RegSections {
  const sections = new Map<string, RegValue[]>();
  let current: RegValue[] | undefined;
  for (const line of stdout.split(/\r?\n/)) {
    if (line.toUpperCase().startsWith(printedKey.toUpperCase())) {
      const rest = line.slice(printedKey.length);
      // Only the key itself and its direct subkeys carry policy; deeper keys are reported by name.
      const name = rest.startsWith('\\') ? rest.slice(1) : rest;
      current = [];
      sections.set(name, current);
      continue;
    }
    const match = /^ {4}(.+?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined)
      current?.push({ name: match[1], type: match[2], data: match[3] ?? '' });
  }
  return sections;
}

/** The values of the policy key itself, as `reg.exe query` prints them. */
export function parseRegQuery(stdout: string): RegValue[] {
  const sections = parseRegSections(stdout);
  return [...(sections.get('') ?? [])];
}

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
