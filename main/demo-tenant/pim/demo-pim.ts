/**
 * What a test, the CLI or a trainer does to PIM from outside the tenant: approve or deny a
 * pending activation (the approver's side), change a role's rules, change the activation delay.
 */
import type { Clock } from '../../kernel/ports';
import type { Directory } from '../directory/store';
import type { RoleName } from '../directory/types';
import { defaultRolePolicy, type PimState, type RolePolicy, type RoleRequest } from './pim-model';

export interface PimRequestSnapshot {
  readonly id: string;
  readonly action: RoleRequest['action'];
  readonly role: RoleName;
  readonly directoryScopeId: string;
  readonly status: RoleRequest['status'];
  readonly justification: string | null;
  readonly ticketNumber: string | null;
  readonly durationMinutes: number;
}

export interface DemoPim {
  /** The approver approves (or denies) the user's pending activation; throws when none is pending. */
  decide(upn: string, approve: boolean): PimRequestSnapshot;
  /** Every request the user made, oldest first. */
  requestsOf(upn: string): readonly PimRequestSnapshot[];
  setRolePolicy(role: RoleName, patch: Partial<RolePolicy>): void;
  /** How long a granted activation takes to become a role, on the tenant clock. */
  setActivationDelay(ms: number): void;
  /** Makes the user eligible for a role (tenant-wide, or in one administrative unit by name). */
  makeEligible(upn: string, role: RoleName, administrativeUnit?: string): void;
}

export function createDemoPim(pim: PimState, directory: Directory, clock: Clock): DemoPim {
  const userId = (upn: string): string => {
    const user = directory.find(upn);
    if (!user) throw new Error(`Demo tenant has no user ${upn}`);
    return user.id;
  };
  const snapshot = (r: RoleRequest): PimRequestSnapshot => ({
    id: r.id,
    action: r.action,
    role: r.role,
    directoryScopeId: r.directoryScopeId,
    status: r.status,
    justification: r.justification,
    ticketNumber: r.ticketNumber,
    durationMinutes: r.durationMinutes,
  });
  return {
    decide(upn, approve) {
      const id = userId(upn);
      const pending = pim.requests.find((r) => r.principalId === id && r.status === 'PendingApproval');
      if (!pending) throw new Error(`${upn} has no activation waiting for approval`);
      const decided = snapshot(pim.decide(pending.id, approve, clock.now()));
      pim.settle(clock.now());
      return decided;
    },
    requestsOf(upn) {
      const id = userId(upn);
      pim.settle(clock.now());
      return pim.requests.filter((r) => r.principalId === id).map(snapshot);
    },
    setRolePolicy(role, patch) {
      pim.policies.set(role, { ...(pim.policies.get(role) ?? defaultRolePolicy()), ...patch });
    },
    setActivationDelay(ms) {
      pim.activationDelayMs = ms;
    },
    makeEligible(upn, role, administrativeUnit) {
      const unit = administrativeUnit === undefined ? undefined : [...directory.administrativeUnits.values()].find((u) => u.displayName === administrativeUnit);
      if (administrativeUnit !== undefined && !unit) throw new Error(`Unknown administrative unit ${administrativeUnit}`);
      pim.eligibilities.push({
        id: crypto.randomUUID(),
        principalId: userId(upn),
        role,
        directoryScopeId: unit ? `/administrativeUnits/${unit.id}` : '/',
        startDateTime: clock.now(),
      });
    },
  };
}
