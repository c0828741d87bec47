import { namesById, roleTemplates as r } from '../auth/role-templates';

/** Built-in role names by template id (the same in every tenant), for roles Graph names only by id. */
const names = namesById([
  r.globalAdministrator,
  r.privilegedAuthenticationAdministrator,
  r.authenticationAdministrator,
  r.authenticationPolicyAdministrator,
  r.globalReader,
  r.userAdministrator,
  r.helpdeskAdministrator,
  r.passwordAdministrator,
  r.directoryReaders,
  r.reportsReader,
  r.privilegedRoleAdministrator,
]);

export function roleNameOf(templateId: string): string {
  return names[templateId.toLowerCase()] ?? `Role ${templateId}`;
}
