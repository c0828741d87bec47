/**
 * Real servers on loopback that fail the way corporate networks do: a closed port, an untrusted
 * self-signed certificate, a server that never answers, a proxy that demands credentials.
 */
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';

export interface Running {
  readonly port: number;
  close(): Promise<void>;
}

async function listen(server: http.Server | https.Server): Promise<Running> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port that was just free and is now closed: connecting is refused. */
export async function closedPort(): Promise<number> {
  const server = await listen(http.createServer());
  await server.close();
  return server.port;
}

/** Plain HTTP server with a request handler. */
export function httpServer(handler: http.RequestListener): Promise<Running> {
  return listen(http.createServer(handler));
}

/** An HTTPS server whose certificate is self-signed, so nothing trusts it unless told. */
export async function selfSignedServer(handler: http.RequestListener): Promise<Running & { readonly cert: string }> {
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }, { type: 2, value: 'localhost' }] }],
  });
  const running = await listen(https.createServer({ key: pems.private, cert: pems.cert }, handler));
  return { ...running, cert: pems.cert };
}

/** An HTTP proxy that answers every CONNECT with 407 Proxy Authentication Required. */
export async function proxyDemandingCredentials(): Promise<Running> {
  const server = http.createServer();
  server.on('connect', (_req, socket) => {
    socket.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Negotiate\r\n\r\n');
  });
  return listen(server);
}
