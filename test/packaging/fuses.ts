/**
 * The fuse policy TAP Desk ships with, and checks of a configuration and of a binary against it.
 * The policy is written here, not read from electron-builder.yml, so flipping a fuse in the
 * configuration fails the tests instead of silently becoming the new expectation.
 */
import {
  FuseState,
  FuseV1Options,
  FuseVersion,
  getCurrentFuseWire,
  type FuseV1Config,
} from '@electron/fuses';
import type { FuseOptionsV1 } from 'app-builder-lib';

/** A fuse electron-builder can set, by its electron-builder.yml name. */
export type FuseName = Exclude<keyof FuseOptionsV1, 'resetAdHocDarwinSignature'>;

/** Security anchors 1.5 and 19: what each fuse must be in every package. */
export const requiredFuses: Readonly<Partial<Record<FuseName, boolean>>> = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableCookieEncryption: true,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
};

/** Position of each fuse in Electron's fuse wire (V1). */
export const fuseIndex: Readonly<Record<FuseName, FuseV1Options>> = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
};

const requiredEntries = (): [FuseName, boolean][] =>
  Object.entries(requiredFuses) as [FuseName, boolean][];

/** Differences between an `electronFuses` block and the policy; empty when it complies. */
export function configFuseProblems(fuses: FuseOptionsV1 | null | undefined): string[] {
  if (fuses === null || fuses === undefined) return ['electronFuses is missing'];
  return requiredEntries()
    .filter(([name, want]) => fuses[name] !== want)
    .map(
      ([name, want]) => `electronFuses.${name} is ${String(fuses[name])}, must be ${String(want)}`,
    );
}

/** A fuse wire as @electron/fuses reads it: index → FuseState byte. */
export type FuseWire = Readonly<Record<number, number | undefined>>;

/** Reads the fuse wire of a (stub or real) Electron executable. */
export async function readFuseWire(executable: string): Promise<FuseWire> {
  const wire = await getCurrentFuseWire(executable);
  const bytes: Record<number, number | undefined> = {};
  for (const [key, value] of Object.entries(wire)) {
    if (key !== 'version' && typeof value === 'number') bytes[Number(key)] = value;
  }
  return bytes;
}

const stateName = (state: number | undefined): string =>
  state === FuseState.ENABLE
    ? 'enabled'
    : state === FuseState.DISABLE
      ? 'disabled'
      : `byte ${String(state)}`;

/** Differences between a binary's fuse wire and the policy; empty when it complies. */
export function binaryFuseProblems(wire: FuseWire): string[] {
  return requiredEntries()
    .map(([name, want]): [FuseName, number, number | undefined] => [
      name,
      want ? FuseState.ENABLE : FuseState.DISABLE,
      wire[fuseIndex[name]],
    ])
    .filter(([, want, actual]) => actual !== want)
    .map(
      ([name, want, actual]) => `fuse ${name} is ${stateName(actual)}, must be ${stateName(want)}`,
    );
}

/** The @electron/fuses configuration electron-builder derives from an `electronFuses` block. */
export function toFuseConfig(fuses: FuseOptionsV1): FuseV1Config {
  const config: Partial<Record<FuseV1Options, boolean>> = {};
  for (const name of Object.keys(fuseIndex) as FuseName[]) {
    const value = fuses[name];
    if (value !== undefined) config[fuseIndex[name]] = value;
  }
  return { version: FuseVersion.V1, ...config };
}
