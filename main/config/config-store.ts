/**
 * The deployment configuration as a service: reads the machine policy, the user's settings and
 * the defaults, answers `ConfigView` for the renderer and `EffectiveConfig` for main, and saves
 * the user's changes where the policy leaves them open. Implements ConfigService minus `useDemo`,
 * which the composition root adds.
 */
import type { Args, ConfigView, HandoffSettings } from '../../preload/contract';
import type { Paths } from '../kernel/ports';
import { AppFailure } from '../kernel/result';
import { createNodeConfigFs } from './config-fs';
import type { ConfigFs } from './config-fs';
import { defaultSettings } from './defaults';
import { fieldSpecs } from './fields';
import type { FieldKey, Settings } from './fields';
import { mergeLayers } from './merge';
import { emptyLayer } from './parse-layer';
import type { Layer } from './parse-layer';
import { readManagedPreferences } from './managed-preferences';
import { machinePolicyPath, readPolicyFile } from './policy-file';
import { readRegistryPolicy, registryKey } from './registry';
import { sddlCommand } from './windows-acl';
import { powershellExe, regExe } from './windows-folders';
import type { ExecFile } from './registry';
import { resolveSettings, tenantFields } from './resolve';
import type { Resolved } from './resolve';
import { readUserSettings, userSettingsPath, writeUserSettings } from './user-settings';
import { handoffFields, toConfigView, toEffective } from './view';
import type { DetailedConfigView, EffectiveConfig } from './view';

export interface ConfigStoreDeps {
  readonly platform: NodeJS.Platform;
  readonly paths: Pick<Paths, 'userData' | 'audit'>;
  readonly fs?: ConfigFs;
  /** Runs reg.exe and PowerShell on Windows; required there, unused elsewhere. */
  readonly execFile?: ExecFile;
  /** Overrides the platform's policy file location (tests). */
  readonly policyFile?: string;
  /** Overrides the macOS managed preferences location (tests). */
  readonly managedPreferences?: string;
  /** Owner a policy file must have; root (0) unless a test says otherwise. */
  readonly trustedUid?: number;
}

export interface ConfigStore {
  view(): Promise<DetailedConfigView>;
  effective(): Promise<EffectiveConfig>;
  setTenant(args: Args<'config.setTenant'>): Promise<ConfigView>;
  setHandoff(args: Args<'config.setHandoff'>): Promise<ConfigView>;
  /** Reads every source again (e.g. after an admin changed the policy). */
  reload(): Promise<ConfigView>;
  /** Called with the new view whenever it changes; returns an unsubscribe function. */
  onChange(listener: (view: ConfigView) => void): () => void;
}

async function readSddl(execFile: ExecFile, target: string): Promise<string> {
  const { stdout } = await execFile(
    powershellExe,
    ['-NoProfile', '-NonInteractive', '-Command', sddlCommand(target)],
    { timeout: 20_000, windowsHide: true, maxBuffer: 64 * 1024 },
  );
  return stdout;
}

export function createConfigStore(deps: ConfigStoreDeps): ConfigStore {
  const fs = deps.fs ?? createNodeConfigFs();
  const policyFile = deps.policyFile ?? machinePolicyPath(deps.platform);
  const policyName =
    deps.platform === 'win32'
      ? `${registryKey} or ${policyFile}`
      : deps.platform === 'darwin'
        ? `the TAP Desk configuration profile or ${policyFile}`
        : policyFile;
  const userFile = userSettingsPath(deps.paths.userData);
  const defaults = defaultSettings(deps.paths.audit);
  const specs = new Map(fieldSpecs(deps.platform).map((spec) => [spec.key, spec]));
  const listeners = new Set<(view: ConfigView) => void>();

  let policy: Layer = emptyLayer;
  let user: Layer = emptyLayer;
  let resolved: Resolved | null = null;
  let loading: Promise<Resolved> | null = null;
  // Saves run one at a time so two quick changes cannot lose one another.
  let queue: Promise<unknown> = Promise.resolve();

  async function readPolicy(): Promise<Layer> {
    const execFile = deps.execFile;
    if (deps.platform === 'win32' && execFile === undefined)
      throw new Error('createConfigStore: execFile is required on Windows');
    const file = await readPolicyFile({
      file: policyFile,
      platform: deps.platform,
      fs,
      trustedUid: deps.trustedUid ?? 0,
      ...(execFile === undefined ? {} : { readSddl: (target) => readSddl(execFile, target) }),
    });
    if (deps.platform === 'darwin' && execFile !== undefined) {
      // A profile from the MDM is the stronger channel, as the registry is on Windows.
      return mergeLayers(await readManagedPreferences(fs, execFile, deps.managedPreferences), file);
    }
    if (deps.platform !== 'win32' || execFile === undefined) return file;
    // The registry is the stronger channel (Group Policy, Intune), so it wins field by field.
    return mergeLayers(await readRegistryPolicy(execFile, regExe), file);
  }

  function settle(): Resolved {
    const previous = resolved === null ? null : JSON.stringify(toConfigView(resolved));
    resolved = resolveSettings(policy, user, defaults, policyName, userFile, deps.platform);
    const view = toConfigView(resolved);
    if (previous !== null && previous !== JSON.stringify(view))
      for (const listener of listeners) listener(view);
    return resolved;
  }

  async function load(): Promise<Resolved> {
    [policy, user] = await Promise.all([
      readPolicy(),
      readUserSettings(fs, userFile, deps.platform),
    ]);
    return settle();
  }

  function current(): Promise<Resolved> {
    if (resolved !== null) return Promise.resolve(resolved);
    loading ??= load().finally(() => {
      loading = null;
    });
    return loading;
  }

  /** Validates, saves and re-reads the user's file; `changes` are flat fields. */
  function save(changes: Partial<Record<FieldKey, unknown>>): Promise<ConfigView> {
    const run = queue.then(async () => {
      await current();
      const next: Record<string, unknown> = { ...user.values };
      for (const [key, raw] of Object.entries(changes) as [FieldKey, unknown][]) {
        const parsed = specs.get(key)?.schema.safeParse(raw);
        if (!parsed?.success)
          throw new AppFailure(
            'config-invalid',
            `The value for ${key} is not valid.`,
            specs.get(key)?.fix,
          );
        next[key] = parsed.data;
      }
      await writeUserSettings(fs, userFile, next as Partial<Settings>);
      user = await readUserSettings(fs, userFile, deps.platform);
      return toConfigView(settle());
    });
    queue = run.catch(() => undefined);
    return run;
  }

  const lockedFailure = (what: string): AppFailure =>
    new AppFailure(
      'config-locked',
      `Your organisation sets ${what} for TAP Desk, so it cannot be changed here.`,
      `Ask your IT admin. The setting comes from ${policyName}.`,
    );

  return {
    async view() {
      return toConfigView(await current());
    },
    async effective() {
      return toEffective(await current());
    },
    async setTenant(args) {
      const { states } = await current();
      if (tenantFields.some((key) => states[key].locked))
        throw lockedFailure('the tenant, app registration and cloud');
      return save({ tenantId: args.tenantId, clientId: args.clientId, cloud: args.cloud });
    },
    async setHandoff(args) {
      const { states, settings } = await current();
      const changes: Partial<Record<FieldKey, unknown>> = {};
      const refused: string[] = [];
      for (const name of Object.keys(args) as (keyof HandoffSettings)[]) {
        const key = handoffFields[name];
        if (key === undefined) continue;
        // Re-sending a locked field's current value (a whole form) is not a change, so it passes.
        if (states[key].locked) {
          if (args[name] !== settings[key]) refused.push(name);
        } else {
          changes[key] = args[name];
        }
      }
      if (refused.length > 0) throw lockedFailure(`the handoff setting ${refused.join(', ')}`);
      return save(changes);
    },
    async reload() {
      await current();
      return toConfigView(await load());
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
