/** Lifetime rules: presets within the range main allows and a custom value the form will not send out of range. */
import type { LifetimeRange } from '../../../preload/contract';
import { documentedLifetime, tapLifetimeMinutes } from '../../../preload/contract/limits';
import { formatMinutes } from '../../ui/format-time';

/** The range the form allows (the card's: the policy's, learned from Graph, or Entra's defaults). */
export interface LifetimeBounds {
  readonly min: number;
  readonly max: number;
  readonly preferred: number;
  readonly source: LifetimeRange['source'];
}

const allPresets = [60, 240, 480, 1440, 2880, 10_080, 43_200];

/** Before any card: Entra's documented default policy (1 to 8 hours). */
const beforeAnyCard: LifetimeRange = { ...documentedLifetime, source: 'documented-default' };

/** Bounds from the card's range, kept inside Graph's own limits. */
export function lifetimeBounds(range: LifetimeRange | null): LifetimeBounds {
  const { min: low, max: high, default: preferred, source } = range ?? beforeAnyCard;
  const min = Math.max(tapLifetimeMinutes.min, low);
  const max = Math.min(tapLifetimeMinutes.max, high);
  return { min, max, preferred: Math.min(max, Math.max(min, preferred)), source };
}

const whoAllows: Record<LifetimeRange['source'], string> = {
  policy: 'The TAP policy allows',
  learned: 'Microsoft Graph said this tenant allows',
  'documented-default': "The tenant's TAP policy could not be read, so TAP Desk offers Entra's default range,",
};

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
      reason: `${whoAllows[bounds.source]} ${range} (${String(bounds.min)}–${String(bounds.max)} minutes).`,
    };
  }
  return { ok: true, minutes };
}
