/**
 * Precedence and locking as a pure function: machine policy, then the user's settings, then the
 * built-in defaults, field by field. A field the policy sets validly is locked. A field the policy
 * names but gets wrong fails closed: it is locked to the built-in (safe) default, never to what
 * the technician chose. Admin-only fields ignore the user's settings unless the policy opens them.
 */
import type { ConfigProblem, SettingView } from '../../preload/contract';
import { fieldSpecs } from './fields';
import type { FieldKey, Settings } from './fields';
import type { Layer } from './parse-layer';

export type Source = SettingView<unknown>['source'];

export interface FieldState {
  readonly source: Source;
  readonly locked: boolean;
}

export interface Resolved {
  readonly settings: Settings;
  readonly states: Readonly<Record<FieldKey, FieldState>>;
  readonly problems: readonly ConfigProblem[];
}

export const tenantFields = [
  'tenantId',
  'clientId',
  'cloud',
] as const satisfies readonly FieldKey[];

/** `policyName` and `userName` name the two sources in problems. */
export function resolveSettings(
  policy: Layer,
  user: Layer,
  defaults: Settings,
  policyName: string,
  userName: string,
  platform: NodeJS.Platform,
): Resolved {
  const extra: ConfigProblem[] = [];
  const settings: Record<string, unknown> = {};
  const states: Record<string, FieldState> = {};
  const opened = new Set<string>(policy.values.technicianMayChange ?? []);
  const specs = fieldSpecs(platform);
  const adminOnly = new Set(
    specs.filter((spec) => spec.adminOnly && !opened.has(spec.key)).map((spec) => spec.key),
  );
  const failClosed = new Map(specs.map((spec) => [spec.key, spec.failClosedTo]));
  for (const key of Object.keys(defaults) as FieldKey[]) {
    if (policy.values[key] !== undefined) {
      settings[key] = policy.values[key];
      states[key] = { source: 'policy', locked: true };
    } else if (policy.named.has(key)) {
      // Present but invalid: the policy meant to decide this field, so the user's value must not.
      settings[key] = failClosed.get(key) ?? defaults[key];
      states[key] = { source: 'policy', locked: true };
    } else if (adminOnly.has(key)) {
      settings[key] = defaults[key];
      states[key] = { source: 'default', locked: true };
      if (user.named.has(key)) extra.push(adminOnlyProblem(userName, key));
    } else if (user.values[key] !== undefined) {
      settings[key] = user.values[key];
      states[key] = { source: 'user', locked: false };
    } else {
      settings[key] = defaults[key];
      states[key] = { source: 'default', locked: false };
    }
  }
  // Tenant, app registration and cloud only make sense together. Once the policy names any of
  // them it owns all three: a user value is never mixed into an admin's tenant, and a policy
  // tenant with a bad value leaves the app unconfigured (shown as a problem) rather than
  // falling back to whatever tenant the user typed. Fail closed.
  if (tenantFields.some((key) => policy.named.has(key))) {
    const allValid = tenantFields.every(
      (key) => !policy.named.has(key) || policy.values[key] !== undefined,
    );
    settings['tenantId'] = allValid ? (policy.values.tenantId ?? null) : null;
    settings['clientId'] = allValid ? (policy.values.clientId ?? null) : null;
    settings['cloud'] = policy.values.cloud ?? defaults.cloud;
    for (const key of tenantFields) states[key] = { source: 'policy', locked: true };
    for (const key of ['tenantId', 'clientId'] as const) {
      if (!policy.named.has(key)) {
        extra.push({
          file: policyName,
          field: key,
          message:
            'is missing: the policy sets the tenant, so it must set tenantId and clientId together, and TAP Desk stays unconfigured',
          fix: `Add ${key} to the machine policy (see policy.example.json).`,
        });
      }
    }
  }
  return {
    settings: settings as unknown as Settings,
    states: states as Record<FieldKey, FieldState>,
    problems: [...policy.problems, ...extra, ...user.problems],
  };
}

function adminOnlyProblem(userName: string, key: FieldKey): ConfigProblem {
  return {
    file: userName,
    field: key,
    message:
      'is an admin-only setting, so your value was ignored and the built-in default applies',
    fix: 'Remove it from your settings file, or ask your IT admin to set it (or open it to technicians) in the machine policy.',
  };
}
