/** Lifetime rules: presets within the policy range and a custom value the form will not send out of range. */
import type { TapPolicy } from '../../../preload/contract';
import { formatMinutes } from '../../ui/format-time';

/** The range the form allows: the policy's, or Graph's own limits when the policy is unreadable. */
export interface LifetimeBounds {
  readonly min: number;
  readonly max: number;
  readonly preferred: number;
}

const graphMin = 10;
const graphMax = 43_200;
const allPresets = [60, 240, 480, 1440, 2880, 10_080, 43_200];

/** Bounds from the policy (null: unreadable, so the server validates). */
export function lifetimeBounds(policy: TapPolicy | null): LifetimeBounds {
  if (!policy) return { min: graphMin, max: graphMax, preferred: 60 };
  const min = Math.max(graphMin, policy.minimumLifetimeInMinutes);
  const max = Math.min(graphMax, policy.maximumLifetimeInMinutes);
  return { min, max, preferred: Math.min(max, Math.max(min, policy.defaultLifetimeInMinutes)) };
}

/** The presets that fall inside the bounds. */
export function presetsWithin(bounds: LifetimeBounds): readonly number[] {
  return allPresets.filter((m) => m >= bounds.min && m <= bounds.max);
}

/** The minutes to send, or a reason the value cannot be sent. */
export function checkLifetime(
  text: string,
  bounds: LifetimeBounds,
):
  | { readonly ok: true; readonly minutes: number }
  | { readonly ok: false; readonly reason: string } {
  const range = `between ${formatMinutes(bounds.min)} and ${formatMinutes(bounds.max)}`;
  if (!/^\d+$/.test(text.trim())) return { ok: false, reason: `Enter whole minutes, ${range}.` };
  const minutes = Number(text.trim());
  if (minutes < bounds.min || minutes > bounds.max) {
    return {
      ok: false,
      reason: `The TAP policy allows ${range} (${String(bounds.min)}–${String(bounds.max)} minutes).`,
    };
  }
  return { ok: true, minutes };
}
