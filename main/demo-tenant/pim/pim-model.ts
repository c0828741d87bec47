/**
 * Privileged Identity Management for directory roles, as the emulator keeps it: who is eligible
 * for which role at which scope, each role's activation rules, the activation requests, and the
 * activations they turned into. Time is the tenant clock: an activation becomes a role only after
 * the configured delay, and ends at its end time ("PIM APIs for Microsoft Entra roles",
 * "Activate Microsoft Entra roles in PIM").
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Clock } from '../../kernel/ports';
import { roleNames } from '../directory/roles';
import type { Directory } from '../directory/store';
import type { RoleAssignment, RoleName } from '../directory/types';
import defaultPimSeed from './pim-seed.json' with { type: 'json' };

/** Activation is at most 8 hours; a role's setting may lower it ("PIM APIs for Microsoft Entra roles"). */
export const maxActivationMinutes = 8 * 60;

export interface RolePolicy {
  maximumDurationMinutes: number;
  justification: boolean;
  ticketing: boolean;
  /** "On activation, require: Azure MFA": the token must carry `mfa` in `amr`. */
  mfa: boolean;
  approval: boolean;
  /** "On activation, require: Conditional Access authentication context": the token's `acrs`. */
  authenticationContext: string | null;
}

export interface Eligibility {
  readonly id: string;
  readonly principalId: string;
  readonly role: RoleName;
  /** `/` or `/administrativeUnits/{id}`. */
  readonly directoryScopeId: string;
  readonly startDateTime: number;
}

export type RequestStatus = 'PendingApproval' | 'Granted' | 'Provisioned' | 'Denied' | 'Revoked' | 'Canceled';

export interface RoleRequest {
  readonly id: string;
  readonly action: 'selfActivate' | 'selfDeactivate';
  readonly principalId: string;
  readonly role: RoleName;
  readonly directoryScopeId: string;
  readonly justification: string | null;
  readonly ticketNumber: string | null;
  readonly ticketSystem: string | null;
  readonly createdDateTime: number;
  readonly durationMinutes: number;
  status: RequestStatus;
  /** When a granted activation becomes a role (tenant clock). */
  effectiveAt: number | null;
  completedDateTime: number | null;
}

export interface Activation {
  readonly id: string;
  readonly requestId: string;
  readonly principalId: string;
  readonly role: RoleName;
  readonly directoryScopeId: string;
  readonly startDateTime: number;
  readonly endDateTime: number;
  /** The object pushed onto the user's roles, removed by identity when the activation ends. */
  readonly assignment: RoleAssignment;
}

export interface PimState {
  readonly eligibilities: Eligibility[];
  readonly policies: Map<RoleName, RolePolicy>;
  readonly requests: RoleRequest[];
  readonly activations: Activation[];
  activationDelayMs: number;
  /** Applies what the clock says is due: delayed activations start, expired ones end. */
  settle(now: number): void;
  /** An approver's decision on the user's pending request. */
  decide(requestId: string, approve: boolean, now: number): RoleRequest;
}

const role = z.enum(roleNames as [RoleName, ...RoleName[]]);
export const pimSeedSchema = z.object({
  activationDelaySeconds: z.number().min(0).default(15),
  policies: z.array(
    z.object({
      role,
      maximumDurationHours: z.number().positive().max(24),
      require: z.array(z.enum(['Justification', 'Ticketing', 'MultiFactorAuthentication'])).default([]),
      approval: z.boolean().default(false),
      authenticationContext: z.string().optional(),
    }),
  ),
  eligibilities: z.array(z.object({ user: z.string(), role, administrativeUnit: z.string().optional() })),
});
export type PimSeed = z.infer<typeof pimSeedSchema>;

/** The default rule set Entra applies to a role nobody configured: 8 hours, MFA, justification. */
export const defaultRolePolicy = (): RolePolicy => ({
  maximumDurationMinutes: maxActivationMinutes,
  justification: true,
  ticketing: false,
  mfa: true,
  approval: false,
  authenticationContext: null,
});

export function createPimState(directory: Directory, clock: Clock, raw: unknown = defaultPimSeed): PimState {
  const seed = pimSeedSchema.parse(raw);
  const unitId = (name: string): string => {
    const unit = [...directory.administrativeUnits.values()].find((u) => u.displayName === name);
    if (!unit) throw new Error(`PIM seed names unknown administrative unit "${name}"`);
    return unit.id;
  };
  const policies = new Map<RoleName, RolePolicy>(
    seed.policies.map((p) => [
      p.role,
      {
        maximumDurationMinutes: Math.round(p.maximumDurationHours * 60),
        justification: p.require.includes('Justification'),
        ticketing: p.require.includes('Ticketing'),
        mfa: p.require.includes('MultiFactorAuthentication'),
        approval: p.approval,
        authenticationContext: p.authenticationContext ?? null,
      },
    ]),
  );
  const eligibilities: Eligibility[] = seed.eligibilities.map((e) => {
    const user = directory.find(e.user);
    if (!user) throw new Error(`PIM seed names unknown user ${e.user}`);
    return {
      id: randomUUID(),
      principalId: user.id,
      role: e.role,
      directoryScopeId: e.administrativeUnit === undefined ? '/' : `/administrativeUnits/${unitId(e.administrativeUnit)}`,
      startDateTime: clock.now() - 30 * 86_400_000,
    };
  });
  const requests: RoleRequest[] = [];
  const activations: Activation[] = [];

  const state: PimState = {
    eligibilities,
    policies,
    requests,
    activations,
    activationDelayMs: seed.activationDelaySeconds * 1000,
    settle(now) {
      for (const request of requests) {
        if (request.status !== 'Granted' || request.effectiveAt === null || request.effectiveAt > now) continue;
        const user = directory.find(request.principalId);
        request.status = 'Provisioned';
        request.completedDateTime = now;
        if (!user) continue;
        const unit = request.directoryScopeId.startsWith('/administrativeUnits/') ? request.directoryScopeId.split('/')[2] : undefined;
        const assignment: RoleAssignment = unit === undefined ? { role: request.role } : { role: request.role, administrativeUnitId: unit };
        user.roles = [...user.roles, assignment];
        activations.push({
          id: randomUUID(),
          requestId: request.id,
          principalId: request.principalId,
          role: request.role,
          directoryScopeId: request.directoryScopeId,
          startDateTime: request.effectiveAt,
          endDateTime: request.effectiveAt + request.durationMinutes * 60_000,
          assignment,
        });
      }
      for (const activation of [...activations]) if (activation.endDateTime <= now) deactivate(state, directory, activation);
    },
    decide(requestId, approve, now) {
      const request = requests.find((r) => r.id === requestId);
      if (!request || request.status !== 'PendingApproval') throw new Error(`No pending PIM request ${requestId}`);
      request.status = approve ? 'Granted' : 'Denied';
      request.effectiveAt = approve ? now + state.activationDelayMs : null;
      if (!approve) request.completedDateTime = now;
      return request;
    },
  };

  return state;
}

/** Ends an activation: at its end time, or at once (selfDeactivate). */
export function deactivate(state: PimState, directory: Directory, activation: Activation): void {
  state.activations.splice(state.activations.indexOf(activation), 1);
  const user = directory.find(activation.principalId);
  if (user) user.roles = user.roles.filter((r) => r !== activation.assignment);
}
