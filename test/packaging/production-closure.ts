/**
 * The set of packages a packaged TAP Desk must carry: package.json "dependencies" and, transitively,
 * what they depend on, resolved the way Node resolves them from each package's folder. This is
 * the yardstick for the asar content check: anything under node_modules in the asar outside this
 * set is a leak (a dev dependency), anything missing from it breaks the app on a technician's PC.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

interface PackageManifest {
  readonly name?: string;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly optionalDependencies?: Readonly<Record<string, string>>;
  readonly devDependencies?: Readonly<Record<string, string>>;
}

/** Reads and parses a package.json. */
export function readManifest(packageDir: string): PackageManifest {
  return JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as PackageManifest;
}

/** Finds `name` from `fromDir` by walking up node_modules folders, as Node does; null when absent. */
function resolvePackageDir(name: string, fromDir: string, rootDir: string): string | null {
  let dir = fromDir;
  for (;;) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === rootDir) return null;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** Result of walking the production dependency graph. */
export interface ProductionClosure {
  /** Package names that must ship (e.g. `@azure/msal-node`, `zod`). */
  readonly names: ReadonlySet<string>;
  /** Declared, non-optional dependencies that are not installed: the build is already broken. */
  readonly missing: readonly string[];
}

/** Walks the production dependencies of the project at `projectDir`. */
export function productionClosure(projectDir: string): ProductionClosure {
  const root = resolve(projectDir);
  const names = new Set<string>();
  const visitedDirs = new Set<string>();
  const missing: string[] = [];
  const queue: { readonly name: string; readonly from: string; readonly optional: boolean }[] = [];
  const enqueue = (manifest: PackageManifest, from: string): void => {
    for (const name of Object.keys(manifest.dependencies ?? {}))
      queue.push({ name, from, optional: false });
    for (const name of Object.keys(manifest.optionalDependencies ?? {}))
      queue.push({ name, from, optional: true });
  };
  enqueue(readManifest(root), root);
  for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
    const dir = resolvePackageDir(item.name, item.from, root);
    if (dir === null) {
      if (!item.optional) missing.push(item.name);
      continue;
    }
    names.add(item.name);
    if (visitedDirs.has(dir)) continue;
    visitedDirs.add(dir);
    enqueue(readManifest(dir), dir);
  }
  return { names, missing };
}
