/**
 * The web test harness: serves the built renderer on 127.0.0.1 and binds the very same handler
 * map as the Electron shell (main/wiring/app.ts → main/wiring/dispatch.ts) to loopback HTTP. A random per-run
 * token guards every call. Test-only: nothing here ships in the app.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createApp, type App } from '../../main/wiring/app';
import { systemClock } from '../../main/kernel/ports';
import { createManualClock, type ManualClock } from '../fakes/manual-clock';
import { dispatch } from '../../main/wiring/dispatch';
import { createEventHub } from '../../main/kernel/events';
import type { Clock } from '../../main/kernel/ports';
import { demoOnlyPorts } from '../fakes/demo-only-ports';
import { createMemoryClipboard, type MemoryClipboard } from '../fakes/memory-clipboard';
import { createMemorySecretStore, type MemorySecretStore } from '../fakes/memory-secret-store';
import { createHarnessCustomerDisplay } from './customer-display';
import { harnessRefusal, sameToken } from './harness-guard';
import { customerShimPath, customerShimSource, shimPath, shimSource, tokenFragment } from './shim-source';

export interface HarnessOptions {
  /** Built renderer folder; defaults to out/renderer. */
  readonly rendererDir?: string;
  /** A manual clock for tests that move time; the real clock otherwise. */
  readonly clock?: ManualClock | Clock;
  /** Enter demo mode before the page loads (the preview does). */
  readonly demo?: boolean;
  /** Forward the demo journal to the demo Logs Ingestion endpoint (the preview does). */
  readonly forwardDemo?: boolean;
  /**
   * Writable per-user folder (settings, audit). By default a fresh temp folder that stop()
   * removes (85 were once left behind after a day of runs), unless `keepUserData`.
   */
  readonly userData?: string;
  /** Keep the temp folder on stop, for debugging; TAPDESK_KEEP_DATA=1 does the same. */
  readonly keepUserData?: boolean;
  readonly port?: number;
  /** Whether the OS would encrypt secrets (false shows the memory-only notice). */
  readonly encryptedSecrets?: boolean;
  /**
   * Start under a machine policy that puts passes on the customer display (issue 19). Set at
   * launch only: no call from a page can change the policy, in the harness as in the app.
   */
  readonly customerDisplayPolicy?: boolean;
}

export interface Harness {
  /**
   * The page to open. Its fragment carries the per-run token to the page: browsers never send a
   * fragment to the server, so no request (and no unauthenticated GET) ever carries it back.
   */
  readonly url: string;
  /** The per-run token, for a test runner that calls the harness itself. */
  readonly token: string;
  readonly app: App;
  readonly clock: Clock;
  readonly clipboard: MemoryClipboard;
  readonly secretStore: MemorySecretStore;
  readonly userData: string;
  /** The customer display's page, for a second window (the preview's second display). */
  readonly customerUrl: string;
  /** Whether a customer page is connected (tests wait for it before minting). */
  customerDisplayAttached(): boolean;
  stop(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/**
 * Folders harnesses in this process made, removed once more when it exits: a write still in
 * flight at stop (a sign-in entry journalled after the session event) can recreate one.
 */
const madeFolders = new Set<string>();

function removeAgainOnExit(folder: string): void {
  if (madeFolders.size === 0) {
    process.once('exit', () => {
      for (const made of madeFolders) rmSync(made, { recursive: true, force: true });
    });
  }
  madeFolders.add(folder);
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const rendererDir = resolve(options.rendererDir ?? 'out/renderer');
  const token = randomBytes(24).toString('hex');
  const clock = options.clock ?? systemClock;
  const clipboard = createMemoryClipboard();
  const secretStore = createMemorySecretStore(options.encryptedSecrets ?? true);
  const ownsUserData = options.userData === undefined;
  const keepUserData = options.keepUserData ?? process.env.TAPDESK_KEEP_DATA === '1';
  const userData = options.userData ?? (await mkdtemp(join(tmpdir(), 'tap-desk-harness-')));
  const hub = createEventHub();
  const streams = new Set<ServerResponse>();
  hub.subscribe((event, payload) => {
    const data = `data: ${JSON.stringify({ event, payload })}\n\n`;
    for (const stream of streams) stream.write(data);
  });

  const customerDisplay = createHarnessCustomerDisplay();
  const app = await createApp({
    version: 'harness',
    emit: hub.emit,
    ports: { ...demoOnlyPorts({ clock, clipboard, secretStore, userData }), customerScreen: customerDisplay },
    forwardDemo: options.forwardDemo === true,
    ...(options.customerDisplayPolicy ? { policyFile: await writeCustomerDisplayPolicy(userData) } : {}),
  });
  customerDisplay.onLost(() => app.onCustomerDisplayLost());

  if (options.demo) await dispatch(app.handlers, 'config.useDemo', {});

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    // Refuse anything not addressed to our loopback origin (DNS rebinding).
    if (request.headers.host !== `127.0.0.1:${port}`) {
      response.writeHead(421).end();
      return;
    }
    if (url.pathname === '/__harness/invoke' && request.method === 'POST') {
      if (!sameToken(request.headers['x-harness-token'], token)) {
        response.writeHead(403).end();
        return;
      }
      const body = JSON.parse(await readBody(request)) as { command?: unknown; args?: unknown };
      const { mode } = await app.handlers['app.info']({});
      const reply =
        harnessRefusal(body.command, body.args, mode) ??
        (await dispatch(app.handlers, body.command, body.args));
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
      return;
    }
    if (url.pathname === '/__harness/events') {
      // EventSource cannot send headers, so the token rides in the query (loopback only).
      if (!sameToken(url.searchParams.get('token'), token)) {
        response.writeHead(403).end();
        return;
      }
      response.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      response.write(': connected\n\n');
      streams.add(response);
      request.on('close', () => streams.delete(response));
      return;
    }
    if (url.pathname === '/__harness/customer-events') {
      if (!sameToken(url.searchParams.get('token'), token)) {
        response.writeHead(403).end();
        return;
      }
      response.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      response.write(': connected\n\n');
      request.on('close', customerDisplay.connect(response));
      return;
    }
    if (url.pathname === customerShimPath) {
      response
        .writeHead(200, { 'content-type': contentTypes['.js'], 'cache-control': 'no-store' })
        .end(customerShimSource());
      return;
    }
    if (url.pathname === shimPath) {
      // The same script for everyone: it reads the token from the page's URL fragment, which
      // the browser never sends to a server.
      response
        .writeHead(200, { 'content-type': contentTypes['.js'], 'cache-control': 'no-store' })
        .end(shimSource());
      return;
    }
    await serveStatic(url.pathname, response);
  }

  async function serveStatic(pathname: string, response: ServerResponse): Promise<void> {
    const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname.slice(1));
    const file = normalize(join(rendererDir, relative));
    if (!file.startsWith(rendererDir + sep)) {
      response.writeHead(404).end();
      return;
    }
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      response.writeHead(404).end();
      return;
    }
    const type = contentTypes[extname(file)] ?? 'application/octet-stream';
    if (relative === 'index.html') {
      body = Buffer.from(injectShim(body.toString('utf8'), shimPath));
    } else if (relative === 'customer-display.html') {
      // The customer page gets its own shim: its stream only, never the handlers.
      body = Buffer.from(injectShim(body.toString('utf8'), customerShimPath));
    }
    response.writeHead(200, { 'content-type': type, 'cache-control': cacheControlFor(relative) }).end(body);
  }

  const port = await new Promise<number>((resolvePort) => {
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.address();
      resolvePort(typeof address === 'object' && address ? address.port : 0);
    });
  });

  return {
    url: `http://127.0.0.1:${port}/#${tokenFragment}=${token}`,
    customerUrl: `http://127.0.0.1:${port}/customer-display.html#${tokenFragment}=${token}`,
    customerDisplayAttached: () => customerDisplay.attached(),
    token,
    app,
    clock,
    clipboard,
    secretStore,
    userData,
    async stop() {
      // Quit first: it hides any pass on screen and tells the page, over the open streams.
      await app.beforeQuit();
      customerDisplay.end();
      for (const stream of streams) stream.end();
      streams.clear();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      if (!ownsUserData) return;
      if (keepUserData) console.log(`TAP Desk harness data kept in ${userData}`);
      else {
        await rm(userData, { recursive: true, force: true });
        removeAgainOnExit(userData);
      }
    },
  };
}

/**
 * A bundled script or style sheet carries a hash of its content in its name, so a browser may
 * keep it, and with it V8's compiled code, as the app keeps that code between launches
 * (`codeCache` in main/electron/protocol.ts). Pages and everything else are fetched afresh.
 */
function cacheControlFor(relative: string): string {
  return /^assets\/[^/]+\.(js|css)$/.test(relative) ? 'public, max-age=31536000, immutable' : 'no-store';
}

/**
 * Loads the shim before the app's module script and lets the page reach the harness's own
 * origin; every other CSP directive stays exactly as the app ships it. Deferred, so it runs in
 * document order before the module script (as the preload runs before the page in the app)
 * without holding up the parser and the fetch of the app's scripts.
 */
function injectShim(html: string, shim: string): string {
  const withConnect = html.replace("connect-src 'none'", "connect-src 'self'");
  return withConnect.replace('<head>', `<head>\n    <script defer src="${shim}"></script>`);
}

/**
 * A machine policy that turns the customer display on, in a folder only this user can write and
 * owned by them, so the app's own trust checks accept it (as they would a root-owned file).
 */
async function writeCustomerDisplayPolicy(userData: string): Promise<{ path: string; trustedUid: number }> {
  const folder = join(userData, 'machine-policy');
  await mkdir(folder, { mode: 0o755 });
  const path = join(folder, 'policy.json');
  await writeFile(path, JSON.stringify({ handoff: { customerDisplay: true } }), { mode: 0o644 });
  return { path, trustedUid: process.getuid?.() ?? 0 };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > 1_000_000) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export { createManualClock };
