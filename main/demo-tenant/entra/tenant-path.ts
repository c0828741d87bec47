import type { Directory } from '../directory/store';

/** Entra accepts the tenant GUID or a verified domain in the path; `organizations` maps to it too. */
export function isOurTenant(directory: Directory, segment: string): boolean {
  const value = segment.toLowerCase();
  return value === directory.tenant.tenantId || value === directory.tenant.domain.toLowerCase() || value === 'organizations';
}
