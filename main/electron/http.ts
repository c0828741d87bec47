import { net } from 'electron';
import type { Http } from '../ports';

/**
 * Chromium's network stack: the system proxy and PAC, and the OS certificate store, which
 * corporate TLS inspection relies on.
 */
export const electronHttp: Http = {
  fetch: (input, init) => net.fetch(String(input), init),
};
