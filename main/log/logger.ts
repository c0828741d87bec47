/**
 * The one logger for main: pino writing JSON lines synchronously (no worker transport, so a
 * crash loses nothing and no secret sits in another thread's buffer), with every argument,
 * every child binding and finally every output line passed through the redactor.
 */
import { pino, type DestinationStream, type Logger, type LevelWithSilent } from 'pino';
import type { Redactor } from './redactor';

export type { Logger } from 'pino';

export interface LoggerOptions {
  readonly redactor: Redactor;
  /** Where lines go; defaults to stdout. Use `createFileDestination` for a log file. */
  readonly destination?: DestinationStream;
  readonly level?: LevelWithSilent;
}

/** A synchronous append-only log file, its folder created if needed. */
export function createFileDestination(path: string): DestinationStream {
  return pino.destination({ dest: path, sync: true, mkdir: true });
}

/** Creates the redacting logger. */
export function createLogger(options: LoggerOptions): Logger {
  const { redactor } = options;
  return pino(
    {
      level: options.level ?? 'info',
      base: { pid: process.pid },
      // Errors arrive already redacted as plain objects; pino's own serializer would relabel them.
      serializers: { err: (err: unknown) => err },
      formatters: {
        // Child bindings are serialised once, when the child is made: redact them there.
        bindings: (bindings) => asRecord(redactor.redact(bindings)),
      },
      hooks: {
        logMethod(args, method) {
          const redacted = args.map((arg) => redactor.redact(arg));
          // An Error as first argument becomes `{ err }`, as pino itself would do; redacted,
          // it is a plain object and pino would otherwise spread it.
          if (args[0] instanceof Error) redacted[0] = { err: redacted[0] };
          method.apply(this, redacted as Parameters<typeof method>);
        },
        // The last line of defence: whatever slipped through (a format argument, a serializer
        // output) is caught in the final text, raw or JSON-escaped.
        streamWrite: (line) => redactor.redactText(line),
      },
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}
