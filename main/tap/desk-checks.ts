/**
 * What main re-checks of a mint or revoke request before the use case runs, whatever the
 * renderer showed: the verification method and ticket against the organisation's settings, the
 * second technician against the directory, and whether the technician's roles may change passes.
 */
import type { Args, Technician, VerificationConfig } from '../../preload/contract';
import { guardPassChange } from './role-guard';
import { checkSecondTechnician, type SecondTechnicianDeps } from './second-technician';
import { guardTicket, guardVerification } from './ticket-guard';

export interface EvidenceCheckDeps {
  readonly settings: VerificationConfig;
  /** The checklist item ids the request's tier requires. */
  readonly checklist: readonly string[];
  readonly search: SecondTechnicianDeps['search'];
  readonly technician: Technician | null;
}

/**
 * The verification as the journal records it: the ticket as the pattern writes it ("inc0012345"
 * becomes INC0012345) and the second technician as the directory spells them.
 */
export async function checkedVerification(
  args: Args<'tap.mint'>,
  deps: EvidenceCheckDeps,
): Promise<Args<'tap.mint'>['verification']> {
  const ticket = guardVerification(args.verification, deps.settings);
  const secondTechnician = await checkSecondTechnician(args.verification, deps.checklist, {
    search: deps.search,
    technician: deps.technician,
    target: args.user,
  });
  return { ...args.verification, ticket, ...(secondTechnician ? { secondTechnician } : {}) };
}

/** The revoke's ticket as the pattern writes it, once the technician's roles allow a revoke at all. */
export function checkedRevokeTicket(args: Args<'tap.revoke'>, technician: Technician | null, ticketPattern: string): string {
  guardPassChange(technician);
  return guardTicket(args.ticket, ticketPattern);
}
