/**
 * Syslog over TLS (RFC 5425) with node:tls: one connection, opened when there is something to
 * send and again after it drops. TCP has no application acknowledgement, so a batch counts as
 * delivered once written and the connection stays up for `settleMs` afterwards: a collector that
 * goes away just after a write makes the batch fail and be sent again (the verifier counts a
 * repeat with the same hash once), and the chain position makes any real gap visible centrally.
 */
import { readFile } from 'node:fs/promises';
import tls from 'node:tls';
import type { Clock } from '../../kernel/ports';
import type { ForwardRecord } from './record';
import { frame, syslogMessage } from './syslog-frame';
import { TransportFailure, type Transport } from './transport';

export interface SyslogTarget {
  readonly host: string;
  readonly port: number;
  readonly caFile: string | null;
  readonly clientCertFile: string | null;
  readonly clientKeyFile: string | null;
}

export interface SyslogTransportOptions {
  readonly target: SyslogTarget;
  readonly clock: Clock;
  /** How long the connection must stay up after a write before the batch counts (default 1 s). */
  readonly settleMs?: number;
  readonly connectTimeoutMs?: number;
  /** How long a write may wait for the collector to read (default 60 s). */
  readonly writeTimeoutMs?: number;
  /** Overrides the host TLS checks the certificate against (tests connect to 127.0.0.1). */
  readonly servername?: string;
}

export function createSyslogTransport(options: SyslogTransportOptions): Transport {
  const { target, clock } = options;
  const settleMs = options.settleMs ?? 1_000;
  let socket: tls.TLSSocket | null = null;
  let closedAt = 0;

  async function connect(): Promise<tls.TLSSocket> {
    if (socket && !socket.destroyed && socket.writable) return socket;
    const [ca, cert, key] = await Promise.all(
      [target.caFile, target.clientCertFile, target.clientKeyFile].map((file) =>
        file === null
          ? Promise.resolve(undefined)
          : readFile(file).catch(() => {
              throw new TransportFailure(`could not read ${file}`);
            }),
      ),
    );
    return new Promise((resolve, reject) => {
      const opened = tls.connect({
        host: target.host,
        port: target.port,
        servername: options.servername ?? target.host,
        minVersion: 'TLSv1.2',
        ...(ca ? { ca } : {}),
        ...(cert && key ? { cert, key } : {}),
      });
      const cancel = clock.setTimeout(() => {
        opened.destroy();
        reject(new TransportFailure(`no TLS connection to ${target.host}:${target.port} in time`));
      }, options.connectTimeoutMs ?? 10_000);
      opened.once('secureConnect', () => {
        cancel();
        socket = opened;
        opened.on('close', () => {
          closedAt += 1;
          if (socket === opened) socket = null;
        });
        // The collector sends nothing back; reading keeps 'end' and 'close' timely.
        opened.on('data', () => undefined);
        resolve(opened);
      });
      opened.on('error', (error) => {
        cancel();
        if (socket === opened) socket = null;
        reject(new TransportFailure(`syslog ${target.host}:${target.port}: ${error.message}`));
      });
    });
  }

  return {
    destination: `syslog-tls://${target.host}:${target.port}`,
    async send(records: readonly ForwardRecord[]) {
      const live = await connect();
      const closesBefore = closedAt;
      const bytes = Buffer.concat(records.map((record) => frame(syslogMessage(record))));
      await new Promise<void>((resolve, reject) => {
        // A collector that stops reading fills the socket: give up, drop the connection, try later.
        const cancel = clock.setTimeout(() => {
          live.destroy();
          reject(new TransportFailure(`syslog ${target.host}:${target.port}: the collector stopped reading`));
        }, options.writeTimeoutMs ?? 60_000);
        live.write(bytes, (error) => {
          cancel();
          if (error) reject(new TransportFailure(error.message));
          else resolve();
        });
      });
      await new Promise<void>((resolve) => clock.setTimeout(resolve, settleMs));
      if (closedAt !== closesBefore || live.destroyed) {
        throw new TransportFailure('the collector closed the connection right after the write');
      }
    },
    async close() {
      const open = socket;
      socket = null;
      if (open && !open.destroyed) await new Promise<void>((resolve) => open.end(resolve));
    },
  };
}
