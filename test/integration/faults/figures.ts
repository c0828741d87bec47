/**
 * The fault gate's figures and rules, computed from what the demo tenant saw (its request log)
 * and what the technician was shown (the replies). Pure functions, so the gate's own test can feed
 * them a deliberately broken run and prove each rule can fail.
 */
import { errorCodes, type AppError } from '../../../preload/contract';
import type { RequestLogEntry } from '../../../main/demo-tenant/index';

/** One command's reply and the tenant requests it caused. Never holds a pass value. */
export interface CallRecord {
  readonly command: string;
  /** The error shown, when the reply was `ok: false`. */
  readonly error?: AppError;
  /** For a mint: the target's object id (lower case), the one user this call may create a pass for. */
  readonly mintFor?: string;
  readonly entries: readonly RequestLogEntry[];
}

export interface Figures {
  readonly requests: number;
  readonly retries: number;
  readonly errorsShown: number;
  /** Error codes shown, in order. */
  readonly errorCodes: readonly string[];
  /** Error replies without a code from the contract's closed set, or without a message. */
  readonly malformedErrors: number;
  readonly duplicatePasses: number;
  readonly unhandledRejections: number;
}

export interface ScenarioFigures extends Figures {
  readonly scenario: string;
}

const TAP_POST = /^\/(?:v1\.0|beta)\/users\/([^/]+)\/authentication\/temporaryAccessPassMethods$/;
const known = new Set<string>(errorCodes);

/**
 * Requests that repeat an earlier request of the SAME command (same method and URL): a retry of a
 * throttled read, a re-sent `$batch`, or a blind re-POST.
 */
export function retriesIn(calls: readonly CallRecord[]): number {
  let retries = 0;
  for (const call of calls) {
    const seen = new Set<string>();
    for (const entry of call.entries) {
      const key = `${entry.method} ${entry.url}`;
      if (seen.has(key)) retries += 1;
      seen.add(key);
    }
  }
  return retries;
}

/**
 * TAP POSTs that may have created a pass, by user key as it appears in the path: the tenant
 * answered 201, or answered nothing (status 0: reset, hang, commit-then-drop), in which case the
 * pass may exist and the client cannot know.
 */
export function passPosts(entries: readonly RequestLogEntry[]): Map<string, number> {
  const posts = new Map<string, number>();
  for (const entry of entries) {
    const match = entry.method === 'POST' ? TAP_POST.exec(entry.path) : null;
    if (!match?.[1] || (entry.status !== 201 && entry.status !== 0)) continue;
    const user = decodeURIComponent(match[1]).toLowerCase();
    posts.set(user, (posts.get(user) ?? 0) + 1);
  }
  return posts;
}

/**
 * Passes beyond what each command was allowed to create: one for a mint, for its own target;
 * none for anything else. Counted per command, so a blind re-POST inside one mint is caught even
 * when the technician later mints again on purpose.
 */
export function duplicatePasses(calls: readonly CallRecord[]): number {
  let duplicates = 0;
  for (const call of calls) {
    for (const [user, count] of passPosts(call.entries)) {
      duplicates += Math.max(0, count - (user === call.mintFor ? 1 : 0));
    }
  }
  return duplicates;
}

export function isWellFormedError(error: AppError): boolean {
  return known.has(error.code) && typeof error.message === 'string' && error.message.trim() !== '';
}

export function measure(
  scenario: string,
  calls: readonly CallRecord[],
  unhandledRejections: number,
): ScenarioFigures {
  const errors = calls.flatMap((call) => (call.error ? [call.error] : []));
  const entries = calls.flatMap((call) => call.entries);
  return {
    scenario,
    requests: entries.length,
    retries: retriesIn(calls),
    errorsShown: errors.length,
    errorCodes: errors.map((error) => error.code),
    malformedErrors: errors.filter((error) => !isWellFormedError(error)).length,
    duplicatePasses: duplicatePasses(calls),
    unhandledRejections,
  };
}

/** The gate's rules; an empty list means the run passes. */
export function ruleViolations(figures: Figures): string[] {
  const broken: string[] = [];
  if (figures.duplicatePasses !== 0) broken.push(`${figures.duplicatePasses} duplicate pass(es) created`);
  if (figures.unhandledRejections !== 0) broken.push(`${figures.unhandledRejections} unhandled rejection(s)`);
  if (figures.malformedErrors !== 0) broken.push(`${figures.malformedErrors} error reply(ies) without a known code and a message`);
  return broken;
}

export function totalsOf(rows: readonly ScenarioFigures[], unhandledRejections: number): Figures {
  const sum = (pick: (row: ScenarioFigures) => number): number => rows.reduce((n, row) => n + pick(row), 0);
  return {
    requests: sum((row) => row.requests),
    retries: sum((row) => row.retries),
    errorsShown: sum((row) => row.errorsShown),
    errorCodes: rows.flatMap((row) => row.errorCodes),
    malformedErrors: sum((row) => row.malformedErrors),
    duplicatePasses: sum((row) => row.duplicatePasses),
    // The suite-wide count, which also catches a rejection that surfaced between scenarios.
    unhandledRejections,
  };
}
