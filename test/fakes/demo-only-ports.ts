import { join } from 'node:path';
import { noCustomerScreen } from '../../main/customer-display/customer-screen';
import { createNodeHttp } from '../../main/net/fetch-http';
import type { Clipboard, Clock, Ports, SecretStore } from '../../main/kernel/ports';

export interface DemoOnlyPortsOptions {
  readonly clock: Clock;
  readonly clipboard: Clipboard;
  readonly secretStore: SecretStore;
  readonly userData: string;
  /** The clock network time limits run on; the real one unless a test steps time by hand. */
  readonly httpClock?: Clock;
}

/**
 * Ports for running the real app under Node on the demo tenant only: global fetch (Graph's 60 s
 * limit plus a little), no system browser (demo mode brings its own), no window to protect.
 */
export function demoOnlyPorts(options: DemoOnlyPortsOptions): Ports {
  return {
    clock: options.clock,
    clipboard: options.clipboard,
    secretStore: options.secretStore,
    http: createNodeHttp({
      timeoutMs: 65_000,
      ...(options.httpClock ? { clock: options.httpClock } : {}),
    }),
    browser: {
      open: async () => {
        throw new Error('No system browser here: this runs on the demo tenant only.');
      },
    },
    // A browser page has no capture protection: the handoff says so instead of claiming it.
    window: { contentProtectionSupported: false, setContentProtection: () => undefined },
    // No second display unless a caller brings one (the harness's customer page).
    customerScreen: noCustomerScreen,
    paths: { userData: options.userData, audit: join(options.userData, 'audit') },
    // A browser page has no native save dialog: exports reach it as a download.
    saveDialog: { choose: async () => ({ kind: 'download' }) },
    openExternal: async () => undefined,
  };
}
