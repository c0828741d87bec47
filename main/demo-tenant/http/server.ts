import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { gunzipSync } from 'node:zlib';
import type { Clock } from '../../kernel/ports';
import type { FaultAction, FaultEngine } from '../faults';
import type { EmuRequest, EmuResponse } from './types';

/** Graph rejects bodies above this size; so do we, with 413 (a bound keeps a bad client from filling memory). */
export const maxBodyBytes = 1024 * 1024;

export interface RequestLogEntry {
  readonly method: string;
  /** Path without the query string. */
  readonly path: string;
  /** Path and query as received. */
  readonly url: string;
  /** HTTP status sent, or 0 when no reply was sent (reset, hang, commit-then-drop). */
  readonly status: number;
  /** Tenant clock time the request arrived. */
  readonly at: number;
}

/** What the server needs from the emulator's routes. */
export interface RequestApp {
  handle(request: EmuRequest): Promise<EmuResponse>;
  /** The body for a scripted 429/503/non-JSON fault, in the family (Graph or Entra) of the route. */
  faultResponse(request: EmuRequest, action: FaultAction): EmuResponse;
  tooLarge(request: EmuRequest): EmuResponse;
  internalError(request: EmuRequest): EmuResponse;
}

export interface EmulatorServer {
  readonly port: number;
  readonly log: RequestLogEntry[];
  stop(): Promise<void>;
}

export async function startServer(options: {
  readonly port: number;
  readonly key: string;
  readonly cert: string;
  readonly clock: Clock;
  readonly faults: FaultEngine;
  readonly app: RequestApp;
}): Promise<EmulatorServer> {
  const log: RequestLogEntry[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let origin = '';

  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  const onRequest = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const at = options.clock.now();
    const record = (status: number, request: EmuRequest): void => {
      log.push({ method: request.method, path: request.url.pathname, url: request.url.pathname + request.url.search, status, at });
    };
    let read: { body: string; tooLarge: boolean };
    try {
      read = await readBody(req);
    } catch {
      // The client went away mid-body: nobody is left to answer.
      return;
    }
    const { body, tooLarge } = read;
    const request = parseRequest(req, origin, body);
    const send = (response: EmuResponse): void => {
      record(response.status, request);
      writeResponse(res, response);
    };
    try {
      const plan = options.faults.plan(request.method, request.url.pathname);
      if (plan.latencyMs > 0) await sleep(plan.latencyMs);
      const action = plan.action;
      if (action?.kind === 'reset') {
        record(0, request);
        req.socket.destroy();
        return;
      }
      if (action?.kind === 'hang') {
        record(0, request);
        return;
      }
      if (action?.kind === 'status' || action?.kind === 'non-json') {
        send(options.app.faultResponse(request, action));
        return;
      }
      if (tooLarge) {
        send(options.app.tooLarge(request));
        return;
      }
      const response = await options.app.handle(request);
      if (action?.kind === 'commit-then-drop') {
        record(0, request);
        req.socket.destroy();
        return;
      }
      send(response);
    } catch {
      // A bug in a route must still produce a Graph-shaped 500, never a hung socket.
      if (!res.headersSent) send(options.app.internalError(request));
    }
  };

  const server: Server = createServer({ key: options.key, cert: options.cert }, (req, res) => {
    void onRequest(req, res);
  });
  server.on('secureConnection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // A client that aborts mid-handshake must not take the server down.
  server.on('tlsClientError', () => undefined);
  server.on('clientError', (_error, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  origin = `https://127.0.0.1:${port}`;

  return {
    port,
    log,
    stop: async () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
      await closed;
    },
  };
}

async function readBody(req: IncomingMessage): Promise<{ body: string; tooLarge: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  // Drain the whole body even when too large, so the client reads our 413 instead of an EPIPE.
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes) tooLarge = true;
    else chunks.push(chunk);
  }
  if (tooLarge) return { body: '', tooLarge };
  const raw = Buffer.concat(chunks);
  // Azure SDK clients gzip their uploads (Logs Ingestion always does); decode as the service would,
  // bounded so a small bomb cannot become a huge body.
  if (/\bgzip\b/i.test(String(req.headers['content-encoding'] ?? ''))) {
    try {
      return { body: gunzipSync(raw, { maxOutputLength: 16 * maxBodyBytes }).toString('utf8'), tooLarge: false };
    } catch {
      return { body: '', tooLarge: true };
    }
  }
  return { body: raw.toString('utf8'), tooLarge };
}

function parseRequest(req: IncomingMessage, origin: string, rawBody: string): EmuRequest {
  let url: URL;
  try {
    url = new URL(origin + (req.url ?? '/'));
  } catch {
    url = new URL(`${origin}/`);
  }
  const segments = url.pathname
    .split('/')
    .filter((s) => s.length > 0)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  const requestId = randomUUID();
  const clientRequestId = headers['client-request-id'] ?? url.searchParams.get('client-request-id') ?? requestId;
  return { method: (req.method ?? 'GET').toUpperCase(), url, segments, headers, rawBody, requestId, clientRequestId };
}

function writeResponse(res: ServerResponse, response: EmuResponse): void {
  const headers: Record<string, string> = { ...response.headers };
  let payload: string | Uint8Array = '';
  if (response.bytes !== undefined) {
    payload = response.bytes;
    headers['content-type'] = response.contentType ?? 'application/octet-stream';
  } else if (response.json !== undefined) {
    payload = JSON.stringify(response.json);
    headers['content-type'] ??= 'application/json; charset=utf-8';
  } else if (response.text !== undefined) {
    payload = response.text;
    headers['content-type'] = response.contentType ?? 'text/plain; charset=utf-8';
  }
  headers['content-length'] = String(Buffer.byteLength(payload));
  res.writeHead(response.status, headers);
  res.end(payload);
}
