/** Pure rules for the identity check that gates the mint button. */
import type {
  ChecklistItem,
  VerificationConfig,
  VerificationTier,
} from '../../../preload/contract';
import { ticketMatches } from '../../../preload/ticket-pattern';

/** What the technician has ticked, chosen and typed so far. */
export interface VerificationDraft {
  readonly checked: readonly string[];
  readonly method: string;
  readonly ticket: string;
  /** UPN of the second technician as found in the directory; '' until one is found. */
  readonly secondTechnician: string;
}

/** An empty draft: nothing ticked, no method, no ticket, no second technician. */
export const emptyDraft: VerificationDraft = {
  checked: [],
  method: '',
  ticket: '',
  secondTechnician: '',
};

/** The checklist item that asks for a second technician by name (main checks the name too). */
export const secondTechnicianItem = 'second-technician';

/** Whether the tier's checklist asks for a named second technician. */
export function needsSecondTechnician(config: VerificationConfig, tier: VerificationTier): boolean {
  return checklistFor(config, tier).some((item) => item.id === secondTechnicianItem);
}

/** The checklist for a tier (the privileged one is stricter by configuration). */
export function checklistFor(
  config: VerificationConfig,
  tier: VerificationTier,
): readonly ChecklistItem[] {
  return config.checklists[tier];
}

/**
 * Whether a ticket reference matches the configured pattern, compiled exactly as main compiles
 * it (preload/ticket-pattern.ts). The whole reference must match, so "INC123 and more" does not
 * pass a pattern meant for "INC123". A broken pattern accepts nothing.
 */
export { ticketMatches };

/** Why the check is not complete yet, or null when mint may be enabled. */
export function verificationGap(
  config: VerificationConfig,
  tier: VerificationTier,
  draft: VerificationDraft,
): string | null {
  const missing = checklistFor(config, tier).filter((item) => !draft.checked.includes(item.id));
  if (missing.length > 0) return `Tick every identity check (${String(missing.length)} left).`;
  if (needsSecondTechnician(config, tier) && draft.secondTechnician === '')
    return 'Name the second technician, as found in the directory.';
  if (!draft.method) return 'Choose how you verified the person.';
  if (!ticketMatches(config.ticketPattern, draft.ticket))
    return `Enter a ticket reference like ${config.ticketExample}.`;
  return null;
}
