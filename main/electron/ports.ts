/** The Electron adapters for every port, assembled. Call after `app` is ready. */
import { join } from 'node:path';
import { systemClock } from '../kernel/ports';
import type { CustomerScreen } from '../customer-display/customer-screen';
import type { HandoffWindow, Ports } from '../kernel/ports';
import { electronBrowser, openExternalLink } from './browser';
import { createElectronClipboard } from './clipboard';
import { electronHttp } from './http';
import { electronPaths } from './paths';
import { electronSaveDialog } from './save-dialog';
import { createSafeStorageSecretStore } from './secret-store';

export function createElectronPorts(window: HandoffWindow, customerScreen: CustomerScreen): Ports {
  const paths = electronPaths();
  return {
    clock: systemClock,
    secretStore: createSafeStorageSecretStore(join(paths.userData, 'token-cache.bin')),
    clipboard: createElectronClipboard(),
    browser: electronBrowser,
    http: electronHttp,
    window,
    customerScreen,
    paths,
    saveDialog: electronSaveDialog,
    openExternal: openExternalLink,
  };
}
