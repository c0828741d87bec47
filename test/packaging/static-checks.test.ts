/**
 * Static checks on the built bundles for Electron's checklist items that no runtime test covers:
 * #1 (only secure content: no http:// or ws:// resource the app could load) and #16 (a current
 * Electron).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './project';

/** XML namespace identifiers are names, never fetched; the MSAL loopback is local by design. */
const allowedInsecure = [
  /^http:\/\/www\.w3\.org\//,
  /^http:\/\/localhost(:\d+)?\/?$/,
  /^http:\/\/127\.0\.0\.1(:\d+)?\/?$/,
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function insecureUrls(text: string): string[] {
  const found = text.match(/\b(?:http|ws):\/\/[^\s"'`)<>\\]*/g) ?? [];
  return found.filter((url) => !allowedInsecure.some((allowed) => allowed.test(url)));
}

/** The newest Electron major this release was checked against; bump it with each upgrade. */
const latestKnownElectronMajor = 45;

describe('built bundles', () => {
  beforeAll(async () => {
    await ensureBuilt();
  });

  it('load nothing over http:// or ws:// (checklist #1)', () => {
    const offenders = filesUnder('out')
      .filter((file) => /\.(js|cjs|mjs|html)$/.test(file))
      .flatMap((file) => insecureUrls(readFileSync(file, 'utf8')).map((url) => `${file}: ${url}`));
    expect(offenders).toEqual([]);
  });

  it('the check itself catches an insecure resource', () => {
    expect(insecureUrls('fetch("http://cdn.example/x.js"); new WebSocket("ws://evil:1")')).toEqual([
      'http://cdn.example/x.js',
      'ws://evil:1',
    ]);
    expect(insecureUrls('xmlns="http://www.w3.org/2000/svg" http://localhost:4000')).toEqual([]);
  });
});

describe('Electron version (checklist #16)', () => {
  it('is within the three supported majors', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    const major = Number(pkg.devDependencies.electron?.split('.')[0]);
    expect(major).toBeGreaterThanOrEqual(latestKnownElectronMajor - 2);
  });
});
