/**
 * What app.asar may hold: the electron-vite output, package.json and exactly the production
 * dependency closure, and none of maps, TypeScript sources, tests or dev dependencies.
 */
import { listPackage } from '@electron/asar';

/** Lists every entry of an asar archive as an absolute, '/'-separated path (e.g. `/out/main/index.js`). */
export function listAsar(archive: string): string[] {
  return listPackage(archive, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
}

/** Files the app cannot start without. */
export const requiredAsarFiles = [
  '/package.json',
  '/out/main/index.js',
  '/out/preload/index.cjs',
  '/out/renderer/index.html',
] as const;

/** Top-level entries the files allow-list permits. */
const allowedTopLevel = new Set(['out', 'package.json', 'node_modules']);

const testSegment = /(^|\/)(test|tests|__tests__|spec)(\/|$)/;
const testFile = /\.(test|spec)\.[cm]?[jt]sx?$/;
const typeScriptSource = /\.(ts|tsx|mts|cts)$/;
const sourceMap = /\.map$/;

/** Names of the packages in an asar listing (hoisted or nested), from their package.json entries. */
export function asarPackages(entries: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const entry of entries) {
    const at = entry.lastIndexOf('/node_modules/');
    if (at === -1) continue;
    const match = /^((?:@[^/]+\/)?[^/]+)\/package\.json$/.exec(
      entry.slice(at + '/node_modules/'.length),
    );
    if (match?.[1] !== undefined) names.add(match[1]);
  }
  return names;
}

/** What the content check compares an asar against. */
export interface AsarExpectations {
  /** The production dependency closure (see production-closure.ts). */
  readonly runtimePackages: ReadonlySet<string>;
}

/** Every way `entries` breaks the allow-list; empty when the asar is clean. */
export function asarProblems(entries: readonly string[], expected: AsarExpectations): string[] {
  const problems: string[] = [];
  const present = new Set(entries);
  for (const file of requiredAsarFiles) {
    if (!present.has(file)) problems.push(`missing ${file}`);
  }
  for (const entry of entries) {
    const top = entry.split('/')[1] ?? '';
    if (!allowedTopLevel.has(top)) problems.push(`not in the files allow-list: ${entry}`);
    if (sourceMap.test(entry)) problems.push(`source map: ${entry}`);
    if (typeScriptSource.test(entry)) problems.push(`TypeScript source: ${entry}`);
    if (testSegment.test(entry) || testFile.test(entry)) problems.push(`test file: ${entry}`);
  }
  const shipped = asarPackages(entries);
  for (const name of shipped) {
    if (!expected.runtimePackages.has(name))
      problems.push(`not a runtime dependency: node_modules/${name}`);
  }
  for (const name of expected.runtimePackages) {
    if (!shipped.has(name)) problems.push(`runtime dependency missing: node_modules/${name}`);
  }
  return problems;
}

/** Modules a sandboxed preload may require (Electron polyfills these; nothing else resolves). */
const sandboxedPreloadModules = new Set([
  'electron',
  'events',
  'timers',
  'url',
  'node:events',
  'node:timers',
  'node:url',
]);

/** Modules the bundled preload requires that a sandboxed preload cannot load. */
export function preloadRequireProblems(source: string): string[] {
  const required = [...source.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map(
    (m) => m[1] ?? '',
  );
  return required
    .filter((name) => !sandboxedPreloadModules.has(name))
    .map((name) => `preload requires ${name}`);
}
