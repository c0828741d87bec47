import type { DirectoryUser, TapPolicyConfig, TapRecord } from '../directory/types';
import { graphDateTime } from '../http/format';
import { usability } from './tap-rules';

export const tapOdataType = '#microsoft.graph.temporaryAccessPassAuthenticationMethod';

/** ISO without a zero millisecond part, like the doc examples (`2022-06-05T00:00:00Z`). */
const isoDate = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

/**
 * The resource (A.1). `pass` is only ever given for the POST reply; reads say null. Usability
 * comes from the clock at read time.
 */
export function shapeTap(
  tap: TapRecord,
  user: DirectoryUser,
  policy: TapPolicyConfig,
  now: number,
  options: { readonly pass?: string; readonly withType: boolean; readonly beta: boolean },
): Record<string, unknown> {
  return {
    ...(options.withType ? { '@odata.type': tapOdataType } : {}),
    id: tap.id,
    temporaryAccessPass: options.pass ?? null,
    createdDateTime: graphDateTime(tap.createdDateTime),
    startDateTime: isoDate(tap.startDateTime),
    lifetimeInMinutes: tap.lifetimeInMinutes,
    isUsableOnce: tap.isUsableOnce,
    ...usability(tap, policy, user, now),
    ...(options.beta ? { lastUsedDateTime: null } : {}),
  };
}
