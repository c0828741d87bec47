/**
 * What `npm start` needs to be tested without the internet: a stub Electron release (a zip
 * holding a shell script named `electron`), a loopback mirror serving it, and a throwaway copy
 * of the project in which Electron's real installer can unpack it without touching
 * node_modules/electron of this checkout.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
const electronPackage = join(root, 'node_modules', 'electron');
export const electronVersion = (
  JSON.parse(readFileSync(join(electronPackage, 'package.json'), 'utf8')) as { version: string }
).version;
export const zipName = `electron-v${electronVersion}-${process.platform}-${process.arch}.zip`;

/** The stub binary: records its working folder and arguments, one per line, where told to. */
const stubScript = '#!/bin/sh\nprintf \'%s\\n\' "$PWD" "$@" > "$TAPDESK_STUB_RECORD"\n';

/** A zip (stored, no compression) with one executable file, as Electron's releases are laid out. */
export function stubElectronZip(name = 'electron', body = stubScript): Buffer {
  const data = Buffer.from(body);
  const fileName = Buffer.from(name);
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(10, 4);
  local.writeUInt16LE(0x21, 12); // 1980-01-01
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE((3 << 8) | 20, 4); // made on Unix, so the mode below counts
  central.writeUInt16LE(10, 6);
  central.writeUInt16LE(0x21, 14);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(fileName.length, 28);
  central.writeUInt32LE((0o100755 << 16) >>> 0, 38);
  const centralOffset = local.length + fileName.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, fileName, data, central, fileName, end]);
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export interface Mirror {
  /** The ELECTRON_MIRROR value: `http://127.0.0.1:<port>/`. */
  readonly url: string;
  readonly requests: string[];
  close(): Promise<void>;
}

/**
 * A loopback Electron mirror: `/v<version>/<zip>` and `/v<version>/SHASUMS256.txt`. It also
 * answers as an HTTP proxy would (absolute request URLs). `hang` accepts and never answers.
 */
export async function startMirror(zip: Buffer, { hang = false } = {}): Promise<Mirror> {
  const files = new Map([
    [`/v${electronVersion}/${zipName}`, zip],
    [`/v${electronVersion}/SHASUMS256.txt`, Buffer.from(`${sha256(zip)} *${zipName}\n`)],
  ]);
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? '');
    if (hang) return;
    const body = files.get(new URL(request.url ?? '/', 'http://mirror').pathname);
    response.writeHead(body ? 200 : 404, { 'content-length': body?.length ?? 0 });
    response.end(body);
  });
  // As a proxy, undici tunnels every request with CONNECT: record it and tunnel to ourselves.
  server.on('connect', (request: IncomingMessage, client: Duplex, head: Buffer) => {
    requests.push(`CONNECT ${request.url ?? ''}`);
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A loopback port nothing listens on. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const previewStub = `import { writeFileSync } from 'node:fs';
writeFileSync(process.env.TAPDESK_STUB_RECORD ?? '', ['preview', ...process.argv.slice(2)].join('\\n') + '\\n');
console.log('TAP Desk preview (stub)');
`;

/**
 * A throwaway project: scripts/start.mjs and its helpers, a copy of the electron package (so
 * its installer unpacks here), the real @electron/get and tsx by symlink, a finished build (so
 * nothing is built) and a preview stub at test/harness/preview.ts.
 */
export function projectCopy(checksums?: Record<string, string>): string {
  const copy = mkdtempSync(join(tmpdir(), 'tap-desk-start-'));
  cpSync(join(root, 'scripts', 'start'), join(copy, 'scripts', 'start'), { recursive: true });
  copyFileSync(join(root, 'scripts', 'start.mjs'), join(copy, 'scripts', 'start.mjs'));
  const electron = join(copy, 'node_modules', 'electron');
  mkdirSync(electron, { recursive: true });
  for (const file of ['package.json', 'install.js', 'checksums.json'])
    copyFileSync(join(electronPackage, file), join(electron, file));
  if (checksums) writeFileSync(join(electron, 'checksums.json'), JSON.stringify(checksums));
  for (const linked of ['@electron', '@electron-internal', 'tsx']) {
    symlinkSync(join(root, 'node_modules', linked), join(copy, 'node_modules', linked), 'dir');
  }
  for (const file of [
    'test/harness/preview.ts',
    'out/main/index.js',
    'out/preload/index.cjs',
    'out/renderer/index.html',
  ]) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    writeFileSync(join(copy, file), file.endsWith('preview.ts') ? previewStub : '');
  }
  return copy;
}
