/**
 * The first card after sign-in, through the app's own connection: sign-in reads the TAP policy
 * in the background, so by the time the technician has typed a name the card is one request.
 */
import type { DemoTenant } from '../../main/demo-tenant/index';
import { connectAs } from '../integration/graph/connection-fixture';
import { graphRequests } from '../integration/graph/graph-fixture';
import type { Sample } from './measure';

export async function firstCardAfterSignIn(tenant: DemoTenant, upn: string, user: string): Promise<Sample> {
  const connection = connectAs(tenant, upn);
  await connection.auth.signIn({ flow: 'browser' });
  // The technician types for longer than the warm-up takes; wait for it, without starting one.
  const deadline = Date.now() + 10_000;
  while (!graphRequests(tenant).some((r) => r.path.endsWith('/TemporaryAccessPass')) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await connection.users.warmUp();
  const before = graphRequests(tenant).length;
  const start = performance.now();
  await connection.users.card({ user });
  const sample = { ms: performance.now() - start, requests: graphRequests(tenant).length - before };
  await connection.auth.signOut();
  return sample;
}
