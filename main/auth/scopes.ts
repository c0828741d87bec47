/**
 * The delegated Microsoft Graph permissions TAP Desk asks for: the least set that does the job.
 * Each one is justified in docs/admin-guide.md ("Register the app"); change both together.
 */

/** Permission names, in the order docs/admin-guide.md explains them. */
export const graphPermissions = [
  'User.Read',
  'User.Read.All',
  'UserAuthenticationMethod.ReadWrite.All',
  'Policy.Read.AuthenticationMethod',
  'GroupMember.Read.All',
  'RoleManagement.Read.Directory',
] as const;

/**
 * Graph roots of the national clouds. Short scope names ("User.Read") mean the global
 * graph.microsoft.com resource; these clouds need the resource in the scope
 * ("https://graph.microsoft.us/User.Read"), or Entra issues a token for the wrong audience.
 */
const nationalGraphHosts = new Set(['graph.microsoft.us', 'dod-graph.microsoft.us', 'microsoftgraph.chinacloudapi.cn']);

/** The scopes to request for a Graph endpoint (e.g. `https://graph.microsoft.us/v1.0`). */
export function graphScopes(graphBaseUrl: string): string[] {
  const url = new URL(graphBaseUrl);
  if (!nationalGraphHosts.has(url.hostname.toLowerCase())) return [...graphPermissions];
  return graphPermissions.map((permission) => `${url.origin}/${permission}`);
}

/**
 * Activating a PIM role needs RoleAssignmentSchedule.ReadWrite.Directory ("Create
 * roleAssignmentScheduleRequests", least privileged). It is asked for only when a technician
 * activates, so a tenant that never consented to it still signs in; reading eligible roles and
 * their rules is covered by RoleManagement.Read.Directory above.
 */
export const pimActivationPermission = 'RoleAssignmentSchedule.ReadWrite.Directory';

export function pimActivationScopes(graphBaseUrl: string): string[] {
  const url = new URL(graphBaseUrl);
  return nationalGraphHosts.has(url.hostname.toLowerCase()) ? [`${url.origin}/${pimActivationPermission}`] : [pimActivationPermission];
}

/**
 * For the user's notice, asked for only when one is sent: Mail.Send from the technician's own
 * mailbox, Mail.Send.Shared when the policy names a shared mailbox (least privilege).
 */
export function mailSendScopes(graphBaseUrl: string, shared: boolean): string[] {
  const permission = shared ? 'Mail.Send.Shared' : 'Mail.Send';
  const url = new URL(graphBaseUrl);
  return nationalGraphHosts.has(url.hostname.toLowerCase()) ? [`${url.origin}/${permission}`] : [permission];
}

/** The Graph v1.0 root for a configured endpoint, with or without a version segment. */
export function graphV1Root(graphBaseUrl: string): string {
  const trimmed = graphBaseUrl.replace(/\/+$/, '');
  return /\/(v1\.0|beta)$/.test(trimmed) ? trimmed.replace(/\/beta$/, '/v1.0') : `${trimmed}/v1.0`;
}
