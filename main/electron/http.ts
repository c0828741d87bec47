import { net } from 'electron';
import { createFetchHttp } from '../net/fetch-http';
import type { Http } from '../kernel/ports';

/** Graph's own limit for authentication-method requests is 60 s; give a mint a little more. */
const requestTimeoutMs = 65_000;

/**
 * Chromium's network stack: the system proxy and PAC, and the OS certificate store, which
 * corporate TLS inspection relies on. Failures come back naming the host that was not reached.
 */
export const electronHttp: Http = createFetchHttp((input, init) => net.fetch(String(input), init), {
  timeoutMs: requestTimeoutMs,
});
