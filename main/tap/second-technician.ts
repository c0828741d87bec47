/**
 * Main re-checks the second technician a privileged checklist asks for: the UPN must name one
 * enabled person in the directory who is neither the signed-in technician nor the person being
 * helped. The renderer looked them up for speed; this decides. Returns the UPN as the directory
 * writes it, for the journal.
 */
import type { Args, Technician, UserSummary } from '../../preload/contract';
import { AppFailure } from '../kernel/result';

/** The checklist item id that asks for a named second technician. */
export const secondTechnicianItem = 'second-technician';

export interface SecondTechnicianDeps {
  readonly search: (args: { query: string }) => Promise<{ readonly users: readonly UserSummary[] }>;
  readonly technician: Technician | null;
  /** The mint's target, as sent (object id or UPN). */
  readonly target: string;
}

const refuse = (message: string) =>
  new AppFailure(
    'verification-incomplete',
    message,
    'Name the colleague who was present, as the directory lists them.',
  );

/** Undefined when the checklist does not ask for one; otherwise the checked UPN, or a refusal. */
export async function checkSecondTechnician(
  evidence: Args<'tap.mint'>['verification'],
  required: readonly string[],
  deps: SecondTechnicianDeps,
): Promise<string | undefined> {
  if (!required.includes(secondTechnicianItem)) return undefined;
  const named = evidence.secondTechnician?.trim() ?? '';
  if (named === '') throw refuse('The second technician is not named.');
  const wanted = named.toLowerCase();
  const { users } = await deps.search({ query: named });
  const person = users.find((u) => u.userPrincipalName.toLowerCase() === wanted);
  if (!person) throw refuse(`"${named}" is not a user in the directory.`);
  if (person.tags.includes('Disabled')) throw refuse(`${person.displayName}'s account is disabled.`);
  const target = deps.target.toLowerCase();
  if (
    person.id === deps.technician?.id ||
    person.id.toLowerCase() === target ||
    person.userPrincipalName.toLowerCase() === target
  ) {
    throw refuse('The second technician must be someone other than you and the person being helped.');
  }
  return person.userPrincipalName;
}
