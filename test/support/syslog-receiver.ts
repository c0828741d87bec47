/**
 * A real syslog-over-TLS receiver on loopback for the forwarding tests: RFC 5425 octet-counting
 * frames over node:tls with the demo tenant's throwaway CA. It can stop (dropping every
 * connection, as a collector restart does) and start again on the same port.
 */
import { writeFile } from 'node:fs/promises';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import tls from 'node:tls';
import { createTlsMaterial } from '../../main/demo-tenant/tls';

export interface SyslogReceiver {
  readonly port: number;
  /** PEM file of the CA that signed the receiver's certificate. */
  readonly caFile: string;
  /** Every message received, in arrival order, frame removed. */
  readonly messages: string[];
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function startSyslogReceiver(folder: string): Promise<SyslogReceiver> {
  const material = await createTlsMaterial();
  const caFile = join(folder, 'syslog-ca.pem');
  await writeFile(caFile, material.caPem);
  const messages: string[] = [];
  const sockets = new Set<Socket>();
  let server: tls.Server | null = null;
  let port = 0;

  const listen = (): Promise<void> =>
    new Promise((resolve) => {
      const next = tls.createServer({ key: material.key, cert: material.cert }, (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        socket.on('error', () => undefined);
        let buffer = Buffer.alloc(0);
        socket.on('data', (chunk: Buffer) => {
          buffer = Buffer.concat([buffer, chunk]);
          for (;;) {
            const space = buffer.indexOf(0x20);
            if (space < 0) return;
            const length = Number(buffer.subarray(0, space).toString('ascii'));
            if (buffer.length < space + 1 + length) return;
            messages.push(buffer.subarray(space + 1, space + 1 + length).toString('utf8'));
            buffer = buffer.subarray(space + 1 + length);
          }
        });
      });
      next.listen(port, '127.0.0.1', () => {
        port = (next.address() as AddressInfo).port;
        server = next;
        resolve();
      });
    });

  await listen();
  return {
    get port() {
      return port;
    },
    caFile,
    messages,
    async stop() {
      const closing = server;
      server = null;
      for (const socket of sockets) socket.destroy();
      if (closing) await new Promise<void>((resolve) => closing.close(() => resolve()));
    },
    start: listen,
  };
}
