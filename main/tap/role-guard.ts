import type { Technician } from '../../preload/contract';
import { AppFailure } from '../kernel/result';

/**
 * Main re-checks that the signed-in technician's roles may change passes at all: the renderer
 * disables Revoke for a read-only technician, but a hostile caller could still send `tap.revoke`.
 * Roles not read ('unknown') pass through: Graph decides, and its refusal is translated.
 */
export function guardPassChange(technician: Technician | null): void {
  if (technician?.capability === 'read-only' || technician?.capability === 'none') {
    throw new AppFailure(
      'forbidden',
      'Your roles let you look up users but not revoke Temporary Access Passes.',
      'Ask a colleague with the Authentication Administrator role, or ask your admin for it.',
    );
  }
}
