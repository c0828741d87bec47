/**
 * Any way a Graph call can fail (the caller cancelled, our time limit, no token, the network, a
 * Graph error reply, a reply cut off mid-body) → one GraphCallError, saying whether the request
 * may have reached Graph. That last fact decides what a failed mint does next.
 */
import { classifyNetworkError } from '../net/network-failure';
import { AppFailure } from '../kernel/result';
import type { FailureContext } from './failure-context';
import { GraphCallError } from './graph-call-error';
import { problemFromGraphError } from './graph-problem';
import type { RequestTrace } from './request-trace';
import { translateProblem } from './translate-problem';
import type { GraphError } from '@microsoft/microsoft-graph-client';

export interface FailureFacts {
  readonly cancelled: boolean;
  readonly timedOut: boolean;
  readonly timeoutMs: number;
  readonly baseUrl: string;
  readonly context: FailureContext;
}

function isGraphError(error: unknown): error is GraphError {
  return (
    error instanceof Error && typeof (error as { statusCode?: unknown }).statusCode === 'number'
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'Microsoft Graph';
  }
}

export function translateFailure(
  error: unknown,
  trace: RequestTrace,
  facts: FailureFacts,
): GraphCallError {
  const sent = trace.attempts > 0 ? 'maybe-delivered' : 'not-sent';
  if (facts.cancelled) {
    return new GraphCallError(
      'internal',
      'The request was cancelled.',
      undefined,
      undefined,
      sent,
      -1,
      true,
    );
  }
  if (facts.timedOut) {
    const seconds = Math.round(facts.timeoutMs / 1000);
    return new GraphCallError(
      'timeout',
      `Microsoft Graph (${hostOf(facts.baseUrl)}) did not answer within ${seconds} seconds.`,
      'The network or Graph may be slow. Try again in a moment.',
      undefined,
      sent,
      -1,
    );
  }
  if (trace.tokenError !== undefined) {
    const failure =
      trace.tokenError instanceof AppFailure
        ? trace.tokenError
        : new AppFailure(
            'not-signed-in',
            'TAP Desk could not get a sign-in token for Microsoft Graph.',
            'Sign in again.',
          );
    return GraphCallError.from(failure, 'not-sent', -1);
  }
  if (trace.transportError !== undefined) {
    const failure =
      trace.transportError instanceof AppFailure
        ? trace.transportError
        : classifyNetworkError(trace.transportError, facts.baseUrl);
    // A TLS failure stops before any byte of the request is sent; anything else might not.
    return GraphCallError.from(
      failure,
      failure.code === 'tls' ? 'not-sent' : 'maybe-delivered',
      -1,
    );
  }
  if (isGraphError(error) && error.statusCode >= 200 && error.statusCode < 300) {
    // Graph answered success but the body was cut off: the change happened, the reply is lost.
    return new GraphCallError(
      'outcome-unknown',
      `The reply from Microsoft Graph (${hostOf(facts.baseUrl)}) was cut off.`,
      'Open the user again to see the current state.',
      undefined,
      'maybe-delivered',
      error.statusCode,
    );
  }
  if (isGraphError(error) && error.statusCode > 0) {
    return GraphCallError.from(
      translateProblem(problemFromGraphError(error), facts.context),
      'answered',
      error.statusCode,
    );
  }
  return new GraphCallError(
    'internal',
    'Something went wrong inside TAP Desk while calling Microsoft Graph.',
    'Try again. If it keeps happening, restart the app.',
    undefined,
    sent,
    -1,
  );
}
