import type { ErrorCode } from '../../preload/contract';
import { AppFailure } from '../kernel/result';

/**
 * Whether a failed request reached Graph. A mint that was `maybe-delivered` may have created a
 * pass, so it is never sent again: its outcome is read back instead.
 */
export type Delivery = 'answered' | 'not-sent' | 'maybe-delivered';

/** A failed Graph call: a technician-facing AppFailure plus what the caller needs to react. */
export class GraphCallError extends AppFailure {
  constructor(
    code: ErrorCode,
    message: string,
    hint: string | undefined,
    requestId: string | undefined,
    readonly delivery: Delivery,
    /** HTTP status when Graph answered; -1 otherwise. */
    readonly status: number,
    /** The caller aborted (a newer search, the technician moved on): not a failure to show. */
    readonly cancelled = false,
    range?: AppFailure['range'],
  ) {
    super(code, message, hint, requestId, range);
    this.name = 'GraphCallError';
  }

  static from(
    failure: AppFailure,
    delivery: Delivery,
    status: number,
    cancelled = false,
  ): GraphCallError {
    return new GraphCallError(
      failure.code,
      failure.message,
      failure.hint,
      failure.requestId,
      delivery,
      status,
      cancelled,
      failure.range,
    );
  }
}

/** True when a call failed only because its caller cancelled it. */
export function isCancelled(error: unknown): boolean {
  return error instanceof GraphCallError && error.cancelled;
}
