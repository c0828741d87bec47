import type { TapState } from '../../../preload/contract';

/** Graph's `methodUsabilityReason` in a technician's words. */
export const tapStateText: Readonly<Record<TapState, string>> = {
  EnabledByPolicy: 'Usable',
  NotYetValid: 'Not yet valid',
  Expired: 'Expired',
  OneTimeUsed: 'Already used',
  DisabledByPolicy: 'Blocked by policy',
};
