import type { AppError, ErrorCode, Reply } from '../../preload/contract';

/**
 * An expected failure a use case raises; `main/wiring/dispatch.ts` turns it into `{ ok: false, error }`
 * with `toReplyError` below, for the IPC shell and the web harness alike.
 */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly hint?: string,
    readonly requestId?: string,
    /** The range Graph named in a refusal ("between 60 and 480"), so the form can narrow to it. */
    readonly range?: { readonly min: number; readonly max: number },
  ) {
    super(message);
    this.name = 'AppFailure';
  }

  toError(): AppError {
    return {
      code: this.code,
      message: this.message,
      ...(this.hint === undefined ? {} : { hint: this.hint }),
      ...(this.requestId === undefined ? {} : { requestId: this.requestId }),
    };
  }
}

export const ok = <T>(value: T): Reply<T> => ({ ok: true, value });

export const fail = (error: AppError): Reply<never> => ({ ok: false, error });

/** Anything unexpected becomes `internal`, with no detail that could carry a secret. */
export function toReplyError(error: unknown): AppError {
  if (error instanceof AppFailure) return error.toError();
  return {
    code: 'internal',
    message: 'Something went wrong inside TAP Desk.',
    hint: 'Try again. If it keeps happening, restart the app and report the time to your admin.',
  };
}
