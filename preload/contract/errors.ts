/** The closed set of error codes, and the reply every command returns. */

export const errorCodes = [
  'bad-request',
  'not-configured',
  'not-signed-in',
  'sign-in-cancelled',
  'sign-in-timeout',
  'interaction-required',
  'forbidden',
  'needs-privileged-role',
  'outside-admin-unit',
  'policy-disabled',
  'user-not-in-policy',
  'not-checked',
  'pass-unusable',
  'lifetime-out-of-range',
  'one-time-required',
  'start-in-past',
  'guest-user',
  'account-disabled',
  'self-issuance',
  'not-found',
  'conflict',
  'throttled',
  'offline',
  'tls',
  'timeout',
  'outcome-unknown',
  'verification-incomplete',
  'handoff-gone',
  'config-invalid',
  'config-locked',
  'audit-unavailable',
  'cancelled',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface AppError {
  readonly code: ErrorCode;
  /** What happened, in a technician's words. */
  readonly message: string;
  /** What to do next. */
  readonly hint?: string;
  /** Graph `request-id`, to quote in a ticket to Microsoft. */
  readonly requestId?: string;
}

export type Reply<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError };
