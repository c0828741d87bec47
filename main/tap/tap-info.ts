/**
 * Graph `temporaryAccessPassAuthenticationMethod` → the contract's TapInfo. Never copies
 * `temporaryAccessPass`: the pass value leaves this shape on purpose.
 */
import type { TapInfo, TapState } from '../../preload/contract';

/** The fields Graph returns for a TAP (GET, list and POST). */
export interface GraphTap {
  readonly id: string;
  readonly createdDateTime?: string;
  readonly startDateTime?: string;
  readonly lifetimeInMinutes?: number;
  readonly isUsableOnce?: boolean;
  readonly isUsable?: boolean;
  readonly methodUsabilityReason?: string;
}

const states: readonly TapState[] = [
  'EnabledByPolicy',
  'DisabledByPolicy',
  'Expired',
  'NotYetValid',
  'OneTimeUsed',
];

/** Graph v1.0 spells the reason in PascalCase, the beta docs in camelCase: accept both. */
function stateOf(reason: string | undefined, isUsable: boolean): TapState {
  const match = states.find((s) => s.toLowerCase() === reason?.toLowerCase());
  return match ?? (isUsable ? 'EnabledByPolicy' : 'DisabledByPolicy');
}

export function toTapInfo(tap: GraphTap): TapInfo {
  const created = tap.createdDateTime ?? new Date(0).toISOString();
  const start = tap.startDateTime ?? created;
  const lifetime = tap.lifetimeInMinutes ?? 0;
  const isUsable = tap.isUsable === true;
  return {
    id: tap.id,
    createdDateTime: created,
    startDateTime: start,
    expiresDateTime: new Date(Date.parse(start) + lifetime * 60_000).toISOString(),
    lifetimeInMinutes: lifetime,
    isUsableOnce: tap.isUsableOnce === true,
    isUsable,
    state: stateOf(tap.methodUsabilityReason, isUsable),
  };
}

/**
 * A pass that can be used now or will be once its start time comes. Minting replaces it, so the
 * technician must confirm; an expired or used pass is replaced without asking.
 */
export function isLiveTap(tap: TapInfo | null): boolean {
  return tap !== null && (tap.isUsable || tap.state === 'NotYetValid');
}
