/** Whether the signed-in technician may revoke this user's pass, and if not, why (as for mint). */
import type { PreflightBlock, Technician } from '../../../preload/contract';

/** The reason Revoke is disabled, or null when the technician's roles allow it. */
export function revokeBlockedReason(
  capability: Technician['capability'] | undefined,
  blocks: readonly PreflightBlock[],
): string | null {
  if (capability === 'read-only' || capability === 'none') {
    return 'Your roles let you look up users and their passes, but not revoke them.';
  }
  const codes = new Set(blocks.map((b) => b.code));
  if (codes.has('needs-privileged-role')) {
    return "Only a Privileged Authentication Administrator can revoke this user's pass.";
  }
  if (codes.has('outside-admin-unit')) {
    return 'This user is outside the administrative units your role covers.';
  }
  return null;
}
