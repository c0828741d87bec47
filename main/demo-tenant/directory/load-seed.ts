import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Clock } from '../../kernel/ports';
import defaultSeed from '../seed.json' with { type: 'json' };
import { generateUsers } from './generate-users';
import { seedSchema, type Seed, type SeedUser } from './seed-schema';
import { createDirectory, type Directory } from './store';
import type { AdministrativeUnit, DirectoryGroup, DirectoryUser, PolicyTarget, RoleAssignment, TapPolicyConfig } from './types';

/** Reads and validates a seed file; without a path, the bundled `seed.json`. */
export async function loadSeed(path?: string): Promise<Seed> {
  const raw: unknown = path === undefined ? defaultSeed : JSON.parse(await readFile(path, 'utf8'));
  const parsed = seedSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`Invalid demo tenant seed${path ? ` ${path}` : ''}: ${parsed.error.message}`);
  return parsed.data;
}

/** Turns a validated seed (plus `extraUsers` generated ones) into the live directory. */
export function buildDirectory(seed: Seed, clock: Clock, extraUsers = 0): Directory {
  const groupIds = new Map(seed.groups.map((g) => [g.displayName, g.id]));
  const groupId = (name: string): string => {
    const id = groupIds.get(name);
    if (id === undefined) throw new Error(`Seed refers to unknown group "${name}"`);
    return id;
  };
  const unitIds = new Map(seed.administrativeUnits.map((u) => [u.displayName, u.id]));
  const assignment = (r: { role: RoleAssignment['role']; administrativeUnit?: string | undefined }): RoleAssignment => {
    if (r.administrativeUnit === undefined) return { role: r.role };
    const unit = unitIds.get(r.administrativeUnit);
    if (unit === undefined) throw new Error(`Unknown administrative unit "${r.administrativeUnit}"`);
    return { role: r.role, administrativeUnitId: unit };
  };
  const groupRoles = new Map(
    seed.groups.map((g) => {
      if (g.roles.length > 0 && !g.isAssignableToRole) throw new Error(`Group "${g.displayName}" holds roles but is not role-assignable`);
      return [g.id, g.roles.map(assignment)] as const;
    }),
  );
  const seededIds = new Map(seed.users.map((u) => [u.userPrincipalName.toLowerCase(), u.id.toLowerCase()]));
  const managerId = (u: SeedUser): string | null => {
    if (u.manager === undefined) return null;
    const id = seededIds.get(u.manager.toLowerCase());
    if (id === undefined) throw new Error(`${u.userPrincipalName} has an unknown manager ${u.manager}`);
    return id;
  };
  const users = seed.users.map((u) => toUser(u, groupId, assignment, groupRoles, managerId(u), clock));
  // Generated users join the first include-target group, so most of them can get a TAP.
  const tapGroup = seed.tapPolicy.includeTargets.find((t) => t.targetType === 'group' && t.group !== 'all_users');
  for (const user of generateUsers(extraUsers, seed.tenant.domain, tapGroup ? groupId(tapGroup.group) : null)) users.push(user);

  const upnToId = new Map(users.map((u) => [u.userPrincipalName.toLowerCase(), u.id]));
  const units: AdministrativeUnit[] = seed.administrativeUnits.map((u) => ({
    id: u.id,
    displayName: u.displayName,
    description: u.description,
    memberIds: new Set(
      u.members.map((upn) => {
        const id = upnToId.get(upn.toLowerCase());
        if (id === undefined) throw new Error(`Administrative unit "${u.displayName}" lists unknown user ${upn}`);
        return id;
      }),
    ),
  }));

  const target = (t: Seed['tapPolicy']['includeTargets'][number]): PolicyTarget => ({
    targetType: t.targetType,
    id: t.group === 'all_users' ? 'all_users' : groupId(t.group),
    ...(t.isRegistrationRequired === undefined ? {} : { isRegistrationRequired: t.isRegistrationRequired }),
  });
  const policy: TapPolicyConfig = {
    ...seed.tapPolicy,
    includeTargets: seed.tapPolicy.includeTargets.map(target),
    excludeTargets: seed.tapPolicy.excludeTargets.map(target),
  };
  const groups: DirectoryGroup[] = seed.groups.map((g) => ({
    id: g.id,
    displayName: g.displayName,
    description: g.description,
    isAssignableToRole: g.isAssignableToRole,
    roles: groupRoles.get(g.id) ?? [],
    ownerIds: g.owners.map((upn) => {
      const id = upnToId.get(upn.toLowerCase());
      if (id === undefined) throw new Error(`Group "${g.displayName}" lists unknown owner ${upn}`);
      return id;
    }),
  }));
  const tenant = { ...seed.tenant };
  return createDirectory(tenant, users, groups, units, policy);
}

function toUser(
  u: SeedUser,
  groupId: (name: string) => string,
  assignment: (r: SeedUser['roles'][number]) => RoleAssignment,
  groupRoles: ReadonlyMap<string, readonly RoleAssignment[]>,
  managerId: string | null,
  clock: Clock,
): DirectoryUser {
  const { tap, technician, groups, roles, manager, photo, ...props } = u;
  const now = clock.now();
  const groupIds = groups.map(groupId);
  // Members of a role-assignable group hold its roles, as Entra evaluates them.
  const inherited = groupIds.flatMap((id) => (groupRoles.get(id) ?? []).map((r) => ({ ...r, viaGroupId: id })));
  return {
    ...props,
    id: props.id.toLowerCase(),
    groupIds,
    roles: [...roles.map(assignment), ...inherited],
    managerId: manager === undefined ? null : managerId,
    hasPhoto: photo,
    tap: tap
      ? {
          id: randomUUID(),
          createdDateTime: now - tap.createdMinutesAgo * 60_000,
          startDateTime: now - tap.startMinutesAgo * 60_000,
          lifetimeInMinutes: tap.lifetimeInMinutes,
          isUsableOnce: tap.isUsableOnce,
          used: false,
        }
      : null,
    ...(technician === undefined ? {} : { technicianDescription: technician }),
  };
}
