/** The mint form's editable state, kept by the issue page so a sign-in overlay never loses it. */
import type { LifetimeRange } from '../../../preload/contract';
import { lifetimeBounds, presetsWithin } from './lifetime';

/** What the technician has entered in the mint form. */
export interface MintDraft {
  /** A preset in minutes, or 'custom' to use `customMinutes`. */
  readonly preset: number | 'custom';
  readonly customMinutes: string;
  readonly delayed: boolean;
  readonly startDate: string;
  readonly startTime: string;
  readonly oneTime: boolean;
  /** Send the user's notice, where the policy offers the choice. */
  readonly notify?: boolean;
}

/** The starting draft for a card's lifetime range (null before any card): its default lifetime, start now, one-time. */
export function initialDraft(range: LifetimeRange | null): MintDraft {
  const bounds = lifetimeBounds(range);
  const isPreset = presetsWithin(bounds).includes(bounds.preferred);
  return {
    preset: isPreset ? bounds.preferred : 'custom',
    customMinutes: String(bounds.preferred),
    delayed: false,
    startDate: '',
    startTime: '',
    // One-time unless the technician chooses otherwise: the safer default for a credential.
    oneTime: true,
  };
}

/** The lifetime text the draft stands for. */
export function lifetimeText(draft: MintDraft): string {
  return draft.preset === 'custom' ? draft.customMinutes : String(draft.preset);
}
