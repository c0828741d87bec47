/**
 * electron-builder.yml, loaded and validated by electron-builder's own code (app-builder-lib's
 * internal getConfig + validateConfiguration: the same ajv schema check `electron-builder` runs
 * before a build). These are internal paths, so electron-builder is pinned exactly.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';

/** The configuration file every packaging check reads. */
export const builderConfigFile = 'electron-builder.yml';

/** Loads a configuration file the way electron-builder does (relative to `projectDir`). */
export async function loadBuilderConfig(
  projectDir: string,
  configPath: string,
): Promise<Configuration> {
  return getConfig(projectDir, configPath, null);
}

/** Rejects with electron-builder's own message when the configuration does not match its schema. */
export async function validateBuilderConfig(config: Configuration): Promise<void> {
  // validateConfiguration normalises some fields in place; validate a copy so callers keep theirs.
  await validateConfiguration(structuredClone(config), new DebugLogger(false));
}

/** A configuration as plain JSON, to mutate in tests without touching the real file. */
export type MutableConfig = Record<string, unknown>;

/**
 * Writes a mutated copy of `config` into `dir` and returns its path. JSON is valid YAML, so the
 * copy goes through the same loader as the real electron-builder.yml.
 */
export function writeConfigCopy(
  config: Configuration,
  dir: string,
  mutate: (copy: MutableConfig) => void,
  fileName = 'electron-builder.yml',
): string {
  const copy = structuredClone(config) as unknown as MutableConfig;
  mutate(copy);
  const path = join(dir, fileName);
  writeFileSync(path, JSON.stringify(copy, null, 2));
  return path;
}

/** Reads a nested object property of a mutable config copy, creating nothing. */
export function section(config: MutableConfig, key: string): MutableConfig {
  const value = config[key];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`Configuration has no "${key}" section`);
  }
  return value as MutableConfig;
}
