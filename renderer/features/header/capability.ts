import type { Technician } from '../../../preload/contract';

/** What the technician's roles let them do, in one line. */
export const capabilityText: Readonly<Record<Technician['capability'], string>> = {
  everyone: 'Can issue passes for everyone',
  members: 'Members only (not admins)',
  'read-only': 'Read only: cannot issue passes',
  none: 'No role to issue passes',
  unknown: 'Roles unknown',
};
