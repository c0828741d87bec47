/**
 * A stand-in for an unpacked Electron Linux distribution, good enough for electron-builder's
 * `--linux dir` with `electronDist` and for @electron/fuses: the "electron" executable is a few
 * bytes of padding around the fuse sentinel and a V1 fuse wire. No real binary is ever needed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FuseState } from '@electron/fuses';

/** The marker @electron/fuses scans an Electron binary for (its SENTINEL constant). */
export const fuseSentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

const { ENABLE: on, DISABLE: off } = FuseState;

/**
 * Electron's shipped defaults (wire order: RunAsNode, CookieEncryption, NodeOptions,
 * NodeCliInspect, EmbeddedAsarIntegrity, OnlyLoadAppFromAsar, V8Snapshot,
 * GrantFileProtocolExtraPrivileges, WasmTrapHandlers). Every fuse TAP Desk sets starts at the
 * opposite value, so a passing check proves electron-builder flipped each one.
 */
export const electronDefaultWire: readonly number[] = [on, off, on, on, off, off, off, on, on];

/** Locales in the stub, so the electronLanguages trim is observable. */
export const stubLocales = ['en-US', 'de', 'fr'] as const;

/** Writes the stub distribution into `dir` (which must exist and be empty). */
export function writeStubElectronDist(
  dir: string,
  wire: readonly number[] = electronDefaultWire,
): void {
  const executable = Buffer.concat([
    Buffer.alloc(4096, 0x7f),
    Buffer.from(fuseSentinel, 'ascii'),
    Buffer.from([1, wire.length]), // wire version 1, wire length
    Buffer.from(wire),
    Buffer.alloc(4096, 0x7f),
  ]);
  writeFileSync(join(dir, 'electron'), executable, { mode: 0o755 });
  writeFileSync(join(dir, 'chrome-sandbox'), 'stub', { mode: 0o755 });
  writeFileSync(join(dir, 'LICENSE'), 'Electron license (stub)\n');
  writeFileSync(join(dir, 'version'), '45.5.0');
  mkdirSync(join(dir, 'resources'));
  mkdirSync(join(dir, 'locales'));
  for (const locale of stubLocales) writeFileSync(join(dir, 'locales', `${locale}.pak`), 'pak');
}
