import type { Cloud } from '../../../preload/contract';

/** Labels for the contract's clouds; a Record so a new cloud in the contract fails to compile here. */
export const cloudLabel: Record<Cloud, string> = {
  Public: 'Global (public cloud)',
  USGov: 'US Government (GCC High)',
  USGovDoD: 'US Government (DoD)',
  China: 'China (21Vianet)',
};
